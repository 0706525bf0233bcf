"""The notices of the four orders' last step, 群众评单 (app/orders/reviews.py):

- 评单结果公示 (review_results), for the community board: the month's review
  sessions (who reviewed, as counts by group), the result of every unit and
  in-service member, every reviewed order with its score, and the overall
  satisfaction. The month is the month whose completed orders were reviewed
  (ReviewSession.month; the session itself is held early in the next month).
- 评单通报 (review_record), a 通报 with a red 版头 from the community party
  committee or the subdistrict office: each provider's monthly record — orders
  accepted, completed, completed on time, returned, average score — ranked as
  app.orders.reviews.monthly_record ranks (best average, then most completed).

Personal data on the board: providers are named in full — registered units, and
in-service party members 在职党员 who serve residents as part of the 双报到 duty;
their review results are published and count in cadre awards, so their names
are public in this context. Residents are never named in full: reviewers appear
only as counts by group, a requesting resident as surname + ** (王**); no phone,
address or need description (which may carry health or family details) is shown.

The feedback letter and the order slip are in kinds_orders_letters.py, the
figures all of them print in orders_figures.py.
"""

import json
from collections import Counter

from app.errors import ValidationError
from app.notices import orders_figures as fig
from app.notices.document import LINE, Spacer, chinese_date, head, para, table, title_para
from app.notices.kinds import Meta, NoticeRequest, Page, register
from app.orders.reviews import REVIEWER_KINDS
from app.orders.service import SATISFACTION
from app.privacy import mask_name
from db.models import Level, Need, Offer, OrgUnit, Request, ReviewScore, ReviewSession, ServiceOrder


@register("review_results", "评单结果公示", ("org", "period"),
          "社区群众评单结果公示（按社区、月份，月份指被评议工单的办结月份）：--org 社区编码 --period 2026-09")
class ReviewResults:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        org, period = fig.community(request, "评单结果公示"), request.period
        fig.month_only(request, "评单结果公示")
        if not _sessions(org, period.key):
            raise ValidationError(f"{org.name}{period.label}办结的工单还没有召开评议会：请先在“四单管理—评单”"
                                  "登记评议会和评分，再出具公示。", field="period")
        return Meta(title=f"{org.name}{period.label}群众评单结果公示", subject=f"{org.name} {period.label} 评单结果",
                    org=org, mark="公", period=period.key)

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        org, period, s = request.org, request.period, page.styles
        sessions = _sessions(org, period.key)
        rows = list(ReviewScore.select(ReviewScore, ReviewSession, ServiceOrder, Offer, Need, Request)
                    .join(ReviewSession).switch(ReviewScore).join(ServiceOrder).join(Offer)
                    .switch(ServiceOrder).join(Need).join(Request)
                    .where(ReviewScore.session.in_([x.uuid for x in sessions])
                           & (ReviewScore.deleted == False))  # noqa: E712
                    .order_by(ReviewSession.held_on, ServiceOrder.number, ReviewScore.uuid))
        story = [para(page.number, s.right), title_para(meta.title, s),
                 para(f"按照“群众点单、社区派单、单位接单、群众评单”工作机制，社区党委组织点单群众、两代表一委员和"
                      f"群众代表，对{period.label}社区办结的服务工单进行了评议。现将评议结果公示如下：", s.body),
                 *fig.heading(s, "一、评议会召开情况")]
        story += [para(_session_text(x, sum(r.session_uuid == x.uuid for r in rows)), s.body) for x in sessions]
        return story + _results(s, rows) + [fig.closing(
            s, "公示期为七天（自公示之日起）。群众对评议结果有异议的，请在公示期内向社区党委反映。",
            fig.party_committee(org), page.issued_on)]


def _sessions(org: OrgUnit, month: str) -> list[ReviewSession]:
    return list(ReviewSession.live().where((ReviewSession.community == org) & (ReviewSession.month == month))
                .order_by(ReviewSession.held_on, ReviewSession.uuid))


def _session_text(session: ReviewSession, scored: int) -> str:
    groups = Counter(r.get("kind") for r in json.loads(session.reviewers or "[]"))
    parts = "、".join(f"{label}{groups.get(kind, 0)}人" for kind, label in REVIEWER_KINDS.items())
    place = f"在{session.place}" if session.place else ""
    return (f"{chinese_date(session.held_on)}，{place}召开评议会，参加评议{sum(groups.values())}人，"
            f"其中{parts}；评议工单{scored}张。")


def _results(s, rows: list[ReviewScore]) -> list:
    if not rows:
        return [para("本次评议会尚未录入评分。", s.body)]
    offers = {fig.provider_key(r.order.offer): r.order.offer for r in rows}
    names, kinds = fig.provider_names(offers.values()), fig.category_names()
    satisfaction = fig.last_callbacks([r.order_uuid for r in rows])
    per: dict[str, list[int]] = {}
    for r in rows:
        per.setdefault(fig.provider_key(r.order.offer), []).append(r.score)
    best = sorted(per.items(), key=lambda kv: (-sum(kv[1]) / len(kv[1]), -len(kv[1]), names.get(kv[0], "")))
    places = fig.ranks([(round(sum(v) / len(v), 2), len(v)) for _, v in best])
    summary = [[place, names.get(k, fig.GONE), fig.provider_kind(offers[k], long=True), len(v),
                fig.number_text(sum(v) / len(v))] for place, (k, v) in zip(places, best, strict=True)]
    detail = [[r.order.number, kinds.get(r.order.need.category, r.order.need.category),
               mask_name(r.order.need.request.requester_name), names.get(fig.provider_key(r.order.offer), fig.GONE),
               satisfaction.get(r.order_uuid, "未回访"), r.score, r.comment or ""] for r in rows]
    values = [r.score for r in rows]
    said = Counter(satisfaction.get(r.order_uuid) for r in rows)
    heard, good = sum(said[label] for label in SATISFACTION.values()), said["满意"] + said["基本满意"]
    overall = (f"本次共评议工单{len(values)}张，平均得分{fig.number_text(sum(values) / len(values))}分，其中5分"
               f"{values.count(5)}张、4分{values.count(4)}张、3分及以下{sum(v <= 3 for v in values)}张。回访评价满意"
               f"{said['满意']}张、基本满意{said['基本满意']}张、不满意{said['不满意']}张，群众满意率"
               f"{fig.percent(good, heard)}（满意和基本满意占已回访工单的比例）。")
    return [Spacer(1, LINE * 0.2), *fig.heading(s, "二、承办单位和党员评议结果"),
            table(s, ["名次", "承办单位/党员", "类型", "评议工单", "平均得分"], summary, [10, 62, 20, 16, 18],
                  numeric={0, 3, 4}),
            Spacer(1, LINE * 0.3), *fig.heading(s, "三、工单评议明细（点单群众只显示姓氏）"),
            table(s, ["工单编号", "服务类别", "点单群众", "承办单位/党员", "回访", "得分", "评议意见"], detail,
                  [48, 17, 17, 27, 17, 10, 20], numeric={5}, codes={0}, small=True),
            Spacer(1, LINE * 0.3), *fig.heading(s, "四、总体评价"), para(overall, s.body)]


@register("review_record", "评单通报", ("org", "period"),
          "报到单位和在职党员月度评单情况通报（按社区或街道、月份）：--org 社区或街道编码 --period 2026-09")
class ReviewRecord:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        org, period = request.org, request.period
        if org.level not in (Level.COMMUNITY, Level.SUBDISTRICT):
            raise ValidationError("评单通报按社区或街道出具：请选择一个社区或街道。", field="org")
        fig.month_only(request, "评单通报")
        if not _orders(org, period):
            raise ValidationError(f"{org.name}{period.label}没有派发、接单或办结的服务工单，无需通报。", field="period")
        return Meta(title=f"关于{period.label}服务工单评单情况的通报", subject=f"{org.name} {period.label} 评单通报",
                    org=org, mark="通", period=period.key)

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        org, period, s = request.org, request.period, page.styles
        town = org.level == Level.SUBDISTRICT
        rows = fig.tally(_orders(org, period), period)
        issuer = f"{org.name}办事处" if town else fig.party_committee(org)
        sessions = (ReviewSession.live().join(OrgUnit, on=(ReviewSession.community == OrgUnit.uuid))
                    .where(OrgUnit.under(org.path) & (ReviewSession.month == period.key)).count())
        scored = [x for r in rows for x in r.scores]
        d, a, r_, c, t = (sum(getattr(r, f) for r in rows)
                          for f in ("dispatched", "accepted", "returned", "completed", "on_time"))
        header = ["名次", "承办单位/党员", "类型", *(["社区"] if town else []), "接单", "办结", "按时办结", "退单", "平均分"]
        widths = [9, 36 if town else 48, 10, *([22] if town else []), 11, 11, 16, 11, 14]
        body = [[place, r.name, r.kind, *([r.community] if town else []), r.accepted, r.completed, r.on_time,
                 r.returned, fig.number_text(r.average)] for place, r in zip(_places(rows), rows, strict=True)]
        first = len(header) - 5
        return [*head(s, title=meta.title, issuer=issuer, number=page.number),
                para("各社区党委，各报到单位、在职党员：" if town else "各报到单位、在职党员：", s.plain),
                para(f"{period.label}，{org.name}共派发服务工单{d}张；各报到单位和在职党员接单{a}张、退单{r_}张，"
                     f"办结{c}张，其中按时办结{t}张，按时办结率{fig.percent(t, c)}；{fig.reviewed(sessions, scored)}。"
                     "现将各报到单位和在职党员评单情况通报如下：", s.body),
                *fig.heading(s, "一、评单情况（按评议平均分、办结数排名）"),
                table(s, header, body, widths, numeric={0, *range(first, len(header))}, small=town),
                *[para("注：当月没有评议得分的不排名次。", s.small)] * any(r.average is None for r in rows),
                Spacer(1, LINE * 0.3), *fig.heading(s, "二、表扬和整改"), *_praise(s, rows, "街道办事处" if town else "社区党委"),
                fig.closing(s, "希望各报到单位和在职党员以评促改，把群众满意作为服务的标准，做到事事有着落、"
                            "件件有回音。", issuer, page.issued_on)]


def _places(rows: list[fig.Tally]) -> list:
    """Places by average score, then completed orders; providers without a review score are not placed."""
    places = fig.ranks([(r.average, r.completed) for r in rows])
    return [place if r.average is not None else "—" for place, r in zip(places, rows, strict=True)]


def _orders(org: OrgUnit, period) -> list[ServiceOrder]:
    inside = ServiceOrder.community.in_(OrgUnit.select(OrgUnit.uuid).where(OrgUnit.under(org.path)))
    return fig.activity(inside, period)


def _praise(s, rows, to: str) -> list:
    best = rows[0].average if rows else None
    out = []
    if best is not None:
        names = "、".join(r.name for r in rows if r.average == best)
        out.append(para(f"对评议平均分最高（{fig.number_text(best)}分）的{names}予以通报表扬。", s.body))
    issues = []
    for r in rows:
        found = [f"退单{r.returned}张"] * bool(r.returned) + [f"超时办结{r.completed - r.on_time}张"] * (r.on_time < r.completed)
        found += [f"评议平均{fig.number_text(r.average)}分"] * (r.average is not None and r.average < 4)
        if found:
            issues.append(f"{r.name}（{'、'.join(found)}）")
    if issues:
        out.append(para(f"{'；'.join(issues)}。请以上单位和党员认真查找原因、改进服务，并于下次评议会前向{to}"
                        "报告整改情况。", s.body))
    else:
        out.append(para("本月各报到单位和在职党员均无退单、无超时办结，也没有评议平均分低于4分的。", s.body))
    return out
