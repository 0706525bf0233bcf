"""联席会议纪要 — the minutes of one joint-conference (subdistrict) or co-building
federation (community) session (`--id` its uuid): 红头 with the number, the session's
date, place, attendance and who attended, the agenda, each decision with the responsible member,
the deadline and how it was done, and the issuer with the seal place. Members are
organisations; no resident is named by the records it reads."""

from reportlab.platypus import Spacer

from app.errors import NotFound
from app.linkage import conference
from app.linkage.conference import body_name
from app.notices.document import LINE, chinese_date, head, para, signature, table
from app.notices.kinds import Meta, NoticeRequest, Page, register
from db.models import LinkageDecision, LinkageMember, LinkageSession


def find_session(ref: str | None) -> LinkageSession:
    session = LinkageSession.live_by_id((ref or "").strip())
    if session is None:
        raise NotFound("找不到这次联席会议：请从会议列表中选择，或核对会议编号（uuid）。")
    return session


def _member(uuid: str | None) -> str:
    member = LinkageMember.get_or_none(LinkageMember.uuid == uuid) if uuid else None
    return member.name if member else "（未指定）"


def _done(d: LinkageDecision) -> str:
    return f"{chinese_date(d.done_on)}办结：{d.result or ''}" if d.done_on else "办理中"


@register("conference_minutes", "联席会议纪要", ("id",),
          "一次街道联席会议或社区共建联合会会议的纪要（议程、决定事项、责任单位、办理期限、办结情况）：--id 会议 uuid")
class ConferenceMinutes:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        session = find_session(request.record_uuid)
        title = f"{body_name(session.org_unit.level)}纪要"
        return Meta(title=title, subject=f"{session.org_unit.name} {session.held_on.isoformat()} {title}",
                    org=session.org_unit, mark="纪", record_uuid=session.uuid)

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        s, session = page.styles, find_session(meta.record_uuid)
        unit, rows = session.org_unit.name, conference.decisions(session.uuid)
        story = head(s, title=meta.title, issuer=unit, number=page.number)
        story += [para(f"{chinese_date(session.held_on)}，{unit}在{session.place or '（未记录地点）'}召开"
                       f"{body_name(session.org_unit.level)}，参会{session.attendance}人。", s.body),
                  para(f"出席：{'、'.join(conference.roster(session.uuid)) or '（未记录名单）'}", s.body),
                  para("一、议程", s.heading), para(session.agenda or "（未记录）", s.body),
                  Spacer(1, LINE * 0.3), para("二、决定事项", s.heading)]
        if rows:
            data = [[str(i), d.subject, _member(d.member_uuid), chinese_date(d.due_on), _done(d)]
                    for i, d in enumerate(rows, 1)]
            story.append(table(s, ["序号", "决定事项", "责任单位", "办理期限", "办结情况"], data, [8, 32, 20, 18, 22],
                               codes={0}))
        else:
            story.append(para("本次会议没有形成决定事项。", s.plain))
        done = sum(d.done_on is not None for d in rows)
        story += [Spacer(1, LINE * 0.3), para(f"本次会议共形成决定{len(rows)}项，已办结{done}项。", s.body),
                  signature(s, unit, page.issued_on)]
        return story
