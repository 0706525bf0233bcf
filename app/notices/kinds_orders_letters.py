"""The four orders' notices that go to one provider:

- 反馈函 (feedback_letter) to a registered unit for a month or a quarter: what the
  unit did (orders dispatched, accepted, returned, completed, on time; the latest
  call-back of each order; review scores), its orders, what residents and the
  review sessions said (comments only, with any phone or ID number in them
  masked; no resident is named), then the thanks or the improvement asked.
  --id takes the unit's uuid or its exact name.
- 服务工单 (order_slip), the slip handed to the provider: the need, the resident's
  name, address and phone, the deadlines, and a feedback part to fill in by hand
  (result, completed on, the resident's rating and signature). --id takes the
  order's uuid or its number. The provider must be able to call the resident, so
  the phone is printed in full — but only for a user allowed to see personal data
  (app.auth.can("personal"): admin, leader, staff; every user who may issue a
  notice has it). A preview by a read-only user shows the phone masked and says
  to ask the community for it.

The figures follow orders_figures.py (the rules of the monthly record).
"""

import datetime as dt
import re

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from app.auth import can
from app.errors import NotFound, ValidationError
from app.notices import orders_figures as fig
from app.notices.document import LINE, WIDTH, Spacer, head, para, table, title_para
from app.notices.kinds import Meta, NoticeRequest, Page, register
from app.orders.catalogue import URGENCIES
from app.privacy import mask_id_number, mask_phone
from db.models import CallBack, Offer, ReviewScore, ReviewSession, ServiceOrder, Unit

GREY = colors.HexColor("#F2F2F2")


@register("feedback_letter", "反馈函", ("id", "period"),
          "给报到单位的服务情况反馈函（按月或季度）：--id 单位编号或全称 --period 2026-Q3")
class FeedbackLetter:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        unit, period = _unit(request.record_uuid), request.period
        if not re.fullmatch(r"\d{4}-(\d{2}|Q[1-4])", period.key):
            raise ValidationError("反馈函按月或季度出具：期间请写 2026-10 或 2026-Q3。", field="period")
        return Meta(title=f"关于{period.label}服务群众情况的反馈函", subject=f"{unit.name} {period.label} 反馈函",
                    org=unit.community, mark="函", period=period.key, record_uuid=unit.uuid)

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        unit, period, s = _unit(meta.record_uuid), request.period, page.styles
        orders = fig.activity(Offer.unit == unit.uuid, period)
        t = next(iter(fig.tally(orders, period)), fig.Tally(unit.name, "单位", ""))
        uuids = [o.uuid for o in orders]
        said, points, kinds = fig.last_callbacks(uuids), fig.scores(uuids, fig.months(period)), fig.category_names()
        heard = [said[u] for u in uuids if u in said]
        late, unhappy = t.completed - t.on_time, heard.count("不满意")
        story = [*head(s, title=meta.title, issuer=fig.party_committee(meta.org), number=page.number),
                 para(f"{unit.name}：", s.plain),
                 para(f"感谢贵单位积极参与“双报到”工作、到{meta.org.name}认领服务群众事项。现将{period.label}贵单位"
                      "承接服务工单的情况反馈如下：", s.body)]
        if not orders:
            return story + [para(f"{period.label}社区没有向贵单位派发服务工单。欢迎贵单位结合自身职能和特长，及时"
                                 "更新供给清单，主动认领居民需求。", s.body),
                            fig.closing(s, "特此函告。", fig.party_committee(meta.org), page.issued_on)]
        story.append(para(
            f"本期社区向贵单位派发服务工单{t.dispatched}张；贵单位接单{t.accepted}张、退单{t.returned}张，办结"
            f"{t.completed}张，其中按时办结{t.on_time}张。经回访，居民满意{heard.count('满意')}张、基本满意"
            f"{heard.count('基本满意')}张、不满意{unhappy}张；" + (
                f"经社区评议会评议{len(t.scores)}张，平均得分{fig.number_text(t.average)}分。" if t.scores
                else "本期办结的工单未经社区评议会评议。"), s.body))
        rows = [[o.number, kinds.get(o.offer.category, o.offer.category), _day(o.dispatched_at), _day(o.completed_at),
                 said.get(o.uuid, "—"), fig.number_text(points.get(o.uuid)) if o.uuid in points else "—"]
                for o in orders]
        story += [*fig.heading(s, "一、承接的服务工单"),
                  table(s, ["工单编号", "服务类别", "派单日期", "办结日期", "回访", "评议得分"], rows,
                        [50, 20, 22, 22, 18, 18], numeric={5}, codes={0, 2, 3}, small=True),
                  Spacer(1, LINE * 0.3), *_comments(s, uuids, period), *fig.heading(s, "三、意见和建议")]
        found = [f"退单{t.returned}张"] * bool(t.returned) + [f"超时办结{late}张"] * bool(late)
        found += [f"回访不满意{unhappy}张"] * bool(unhappy)
        found += [f"评议平均分{fig.number_text(t.average)}分"] * (t.average is not None and t.average < 4)
        if found:
            story.append(para(f"本期贵单位有{'、'.join(found)}。请贵单位认真分析原因、改进服务，并于收到本函后"
                              "十五日内将整改情况书面反馈社区党委。", s.body))
        elif not t.completed:
            story.append(para("贵单位承接的工单正在办理中，请按时限办结，并及时向社区和居民反馈办理结果。", s.body))
        else:
            story.append(para("贵单位承接的工单件件有回音、事事有着落，居民评价良好。社区党委对贵单位的支持表示衷心"
                              "感谢，希望继续发挥优势，与社区一道把服务群众的实事办好。", s.body))
        return story + [fig.closing(s, "特此函告。", fig.party_committee(meta.org), page.issued_on)]


def _unit(key: str | None) -> Unit:
    key = (key or "").strip()
    unit = Unit.live_by_id(key)
    if unit is not None:
        return unit
    same = list(Unit.live().where(Unit.name == key).order_by(Unit.uuid))
    if len(same) > 1:
        raise ValidationError(f"有{len(same)}个名为“{key}”的报到单位：请用单位编号（uuid）指定。", field="id")
    if not same:
        raise NotFound(f"找不到报到单位“{key}”：请写单位的完整名称或编号。")
    return same[0]


def _day(value) -> str:
    return _local(value)[:10] if value else "—"


def _local(value: dt.datetime | None) -> str:
    """A stored (naive UTC) time on this computer's clock, to the minute."""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def _scrub(text: str) -> str:
    """A comment as it may be printed: ID and phone numbers in it masked."""
    text = re.sub(r"\d{17}[\dXx]", lambda m: mask_id_number(m[0]), text)
    return re.sub(r"(?<!\d)\d{7,12}(?!\d)", lambda m: mask_phone(m[0]), text)


def _comments(s, uuids: list[str], period) -> list:
    said = (CallBack.select(CallBack, ServiceOrder.number).join(ServiceOrder)
            .where(CallBack.order.in_(uuids) & CallBack.comment.is_null(False) & (CallBack.deleted == False))  # noqa: E712
            .order_by(ServiceOrder.number, CallBack.at))
    scored = (ReviewScore.select(ReviewScore, ServiceOrder.number).join(ServiceOrder).switch(ReviewScore)
              .join(ReviewSession).where(ReviewScore.order.in_(uuids) & ReviewScore.comment.is_null(False)
                                         & ReviewSession.month.in_(fig.months(period))
                                         & (ReviewScore.deleted == False))  # noqa: E712
              .order_by(ServiceOrder.number))
    rows = [[c.order.number, "居民回访", _scrub(c.comment)] for c in said]
    rows += [[r.order.number, "评议会", _scrub(r.comment)] for r in scored]
    return [*fig.heading(s, "二、居民和评议会的意见"),
            table(s, ["工单编号", "来源", "意见"], rows, [50, 18, 88], codes={0}, small=True) if rows
            else para("本期没有填写意见。", s.body), Spacer(1, LINE * 0.3)]


@register("order_slip", "服务工单", ("id",),
          "交承办方的服务工单（含居民联系方式与办理反馈栏）：--id 工单编号（如 GD-611002-2026-000123-1）或 uuid")
class OrderSlip:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        order = _order(request.record_uuid)
        return Meta(title=f"{order.community.name}服务工单", subject=f"服务工单 {order.number}", org=order.community,
                    mark="单", record_uuid=order.uuid)

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        s, order = page.styles, _order(meta.record_uuid)
        need, offer = order.need, order.offer
        ask, resident = need.request, need.request.resident
        phone = ask.requester_phone or (resident.phone if resident else None)
        full = can("personal")
        address = f"{resident.address or ''}{resident.room or ''}" if resident else ""
        provider = fig.provider_names([offer]).get(fig.provider_key(offer), fig.GONE)
        rows = [("工单编号", order.number, "派单时间", _local(order.dispatched_at)),
                ("服务类别", fig.category_names().get(need.category, need.category), "紧急程度",
                 URGENCIES.get(ask.urgency, ask.urgency)),
                ("需求内容", need.description), ("居民姓名", ask.requester_name, "联系电话",
                                                  (phone if full else mask_phone(phone)) or "未留电话"),
                ("联系地址", address or f"{ask.grid.name}（详见需求内容）"),
                ("承办方", f"{provider}（{fig.provider_kind(offer, long=True)}）"),
                ("接单时限", _local(order.respond_by), "办结时限", _local(order.complete_by)),
                ("派单说明", order.match_reason or "—")]
        gap = "\u00a0" * 6  # kept by the paragraph, unlike ordinary or ideographic spaces
        feedback = [("联系情况", ""), ("办理结果", ""), ("办结时间", f"{gap * 2}年{gap}月{gap}日{gap}时"),
                    ("居民评价", f"□满意{gap}□基本满意{gap}□不满意"), ("居民签字", "", "承办人签字", "")]
        note = "注：本工单载有居民个人信息，仅限承办本次服务使用，不得转给他人；办结后连同反馈交回社区。"
        if not full and phone:
            note += "联系电话已隐去中间四位（当前账号不能查看完整电话），请向社区索取。"
        return [para(page.number, s.right), title_para(meta.title, s), _form(s, rows),
                Spacer(1, LINE * 0.2), *fig.heading(s, "办理反馈（由承办方填写）"),
                _form(s, feedback, [9 * mm, 20 * mm, None, None, 10 * mm]),
                Spacer(1, LINE * 0.15), fig.closing(s, note, f"{meta.org.name}居民委员会", page.issued_on, s.small)]


def _order(key: str | None) -> ServiceOrder:
    key = (key or "").strip()
    found = ServiceOrder.live_by_id(key) or ServiceOrder.live().where(ServiceOrder.number == key).first()
    if found is None:
        raise NotFound(f"找不到服务工单“{key}”：请核对工单编号（如 GD-611002-2026-000123-1）。")
    return found


def _form(s, rows: list[tuple], heights: list | None = None) -> Table:
    """Label-value rows: four cells (label, value, label, value) or two (the value across the row)."""
    data, spans = [], []
    for i, row in enumerate(rows):
        cells = [para(text, s.head_cell if j % 2 == 0 else s.cell) for j, text in enumerate(row)]
        if len(row) == 2:
            cells += ["", ""]
            spans.append(("SPAN", (1, i), (3, i)))
        else:
            spans.append(("BACKGROUND", (2, i), (2, i), GREY))
        data.append(cells)
    result = Table(data, colWidths=[w * WIDTH / 100 for w in (17, 37, 17, 29)], rowHeights=heights)
    result.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("FONTNAME", (0, 0), (-1, -1), s.fonts.body.name),
                                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                ("BACKGROUND", (0, 0), (0, -1), GREY), *spans]))
    return result
