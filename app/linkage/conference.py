"""The joint conference 联席会议 (subdistrict) and the co-building federation
共建联合会 (community): member organisations, sessions, decisions with the
responsible member and a deadline, and follow-up until done. All filed under
the body's own unit, so they travel up like the rest of its records."""

import datetime as dt

from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.linkage import escalations
from app.session import local_site
from app.validators import check_text, normalize_phone
from db.connection import database
from db.models import (
    Level,
    LinkageAttendance,
    LinkageDecision,
    LinkageMember,
    LinkageMemberGrid,
    LinkageSession,
    OrgUnit,
)

CONFERENCE_KINDS = {"stationed": "派驻部门", "unit": "驻区单位", "new_sector": "新兴领域党组织"}
FEDERATION_KINDS = {"police": "社区民警", "urban": "城市管理", "market": "市场监管", "land": "自然资源",
                    "tax": "税务", "property": "物业公司", "representative": "居民代表", "other": "其他"}
KINDS = {**CONFERENCE_KINDS, **FEDERATION_KINDS}


def body_name(level: int) -> str:
    return "联席会议" if level <= Level.SUBDISTRICT else "共建联合会"


def _line(text: str | None, label: str, field: str, limit: int = 60) -> str:
    check_text(text or "", label=label, limit=limit, field=field)
    text = (text or "").strip()
    if not text:
        raise ValidationError(f"请填写{label}。", field=field)
    return text


def add_member(name: str, kind: str, contact_name: str = "", contact_phone: str = "",
               joined_on: dt.date | None = None) -> LinkageMember:
    """A member organisation of this site's joint conference (subdistrict) or federation (community)."""
    require("write")
    unit = local_site().org_unit
    allowed = CONFERENCE_KINDS if unit.level <= Level.SUBDISTRICT else FEDERATION_KINDS
    if kind not in allowed:
        raise ValidationError(f"请选择{body_name(unit.level)}成员类别：{'、'.join(allowed.values())}。", field="kind")
    name = _line(name, "成员单位名称", "name")
    check_text(contact_name or "", label="联系人", limit=30, field="contact_name")
    phone = normalize_phone(contact_phone.strip()) if (contact_phone or "").strip() else None
    with database.atomic():
        return LinkageMember.create(org_unit=unit, name=name, kind=kind, contact_name=(contact_name or "").strip() or None,
                                    contact_phone=phone, joined_on=joined_on or dt.date.today())


def members(unit_uuid: str | None = None) -> list[LinkageMember]:
    unit_uuid = unit_uuid or local_site().org_unit.uuid
    query = LinkageMember.live().where((LinkageMember.org_unit == unit_uuid) & LinkageMember.left_on.is_null())
    return list(query.order_by(LinkageMember.kind, LinkageMember.name))


def hold_session(held_on: dt.date, place: str = "", attendance: int = 0, agenda: str = "",
                 attendees: list[tuple[str | None, str]] | None = None) -> LinkageSession:
    """A session with its roster: `attendees` are (member uuid, the person it sent) for a member
    organisation, (None, person) for someone present for the level itself; the head count is at
    least the roster's length."""
    require("write")
    check_text(place or "", label="会议地点", limit=60, field="place")
    check_text(agenda or "", label="议程", limit=2000, field="agenda", multiline=True)
    if not 0 <= attendance <= 1000:
        raise ValidationError("参会人数须在0到1000之间。", field="attendance")
    present = _checked(attendees or [])
    with database.atomic():
        session = LinkageSession.create(org_unit=local_site().org_unit, held_on=held_on,
                                        place=place.strip() or None, attendance=max(attendance, len(present)),
                                        agenda=agenda.strip() or None)
        for member_uuid, person in present:
            LinkageAttendance.create(session=session, member=member_uuid, person=person)
    return session


def _checked(attendees: list[tuple[str | None, str]]) -> list[tuple[str | None, str | None]]:
    mine = {m.uuid for m in members()}
    out = []
    for member_uuid, person in attendees:
        check_text(person or "", label="参会人员", limit=30, field="attendees")
        if member_uuid is not None and member_uuid not in mine:
            raise NotFound("参会的成员单位不在本级的成员名单中，请重新选择。")
        if member_uuid is None and not (person or "").strip():
            raise ValidationError("请填写参会人员的姓名和职务。", field="attendees")
        out.append((member_uuid, (person or "").strip() or None))
    return out


def roster(session_uuid: str) -> list[str]:
    """The roster as the minutes print it: 城关供电所（李工）, then the persons present for the level."""
    rows = LinkageAttendance.live().where(LinkageAttendance.session == session_uuid)
    named = [(r.member.name if r.member_uuid else "", r.person or "") for r in rows]
    named.sort(key=lambda x: (x[0] == "", x[0], x[1]))
    return [f"{org}（{person}）" if org and person else org or person for org, person in named]


def decide(session_uuid: str, subject: str, member_uuid: str, due_on: dt.date,
           escalation_uuid: str | None = None) -> LinkageDecision:
    """A session's decision: the responsible member and the deadline; on an escalation it is also the
    level's 交办 of that matter to the member (one transaction)."""
    require("write")
    session = LinkageSession.live_by_id(session_uuid)
    if session is None:
        raise NotFound("找不到这次会议，请刷新后再试。")
    subject = _line(subject, "决定事项", "subject", 200)
    if due_on < session.held_on:
        raise ValidationError("办理期限不能早于会议日期。", field="due_on")
    with database.atomic():
        if escalation_uuid:
            due_at = dt.datetime.combine(due_on, dt.time(15, 59))  # 23:59 Beijing time
            escalations.decide(escalation_uuid, "assign", subject, member_uuid=member_uuid, due_at=due_at)
        return LinkageDecision.create(session=session, member=member_uuid, subject=subject, due_on=due_on,
                                      escalation=escalation_uuid)


def complete(decision_uuid: str, result: str, done_on: dt.date | None = None) -> LinkageDecision:
    """The member reported back: the decision is done; on an escalation, the result is the level's answer."""
    require("write")
    decision = LinkageDecision.live_by_id(decision_uuid)
    if decision is None:
        raise NotFound("找不到这项会议决定，请刷新后再试。")
    if decision.done_on is not None:
        raise Conflict("这项决定已经办结。")
    result = _line(result, "办理结果", "result", 1000)
    with database.atomic():
        decision.done_on, decision.result = done_on or dt.date.today(), result
        decision.save()
        if decision.escalation_uuid:
            escalations.decide(decision.escalation_uuid, "answer", result)
    return decision


def sessions(unit_uuid: str | None = None) -> list[LinkageSession]:
    """This body's sessions, newest first."""
    unit_uuid = unit_uuid or local_site().org_unit.uuid
    query = LinkageSession.live().where(LinkageSession.org_unit == unit_uuid)
    return list(query.order_by(LinkageSession.held_on.desc(), LinkageSession.uuid))


def decisions(session_uuid: str) -> list[LinkageDecision]:
    query = LinkageDecision.live().where(LinkageDecision.session == session_uuid)
    return list(query.order_by(LinkageDecision.due_on, LinkageDecision.uuid))


def cover_grids(member_uuid: str, grid_uuids: list[str]) -> list[str]:
    """包抓网格: the grids of this community a federation member looks after, replacing the previous ones."""
    require("write")
    unit = local_site().org_unit
    member = LinkageMember.live().where((LinkageMember.uuid == member_uuid) & (LinkageMember.org_unit == unit)).first()
    if member is None:
        raise NotFound("找不到这个共建联合会成员，请刷新后再试。")
    grids = {g.uuid for g in OrgUnit.live().where(OrgUnit.under(unit.path) & (OrgUnit.level == int(Level.GRID)))}
    if not set(grid_uuids) <= grids:
        raise ValidationError("只能包抓本社区的网格，请从列表中选择。", field="grids")
    with database.atomic():
        LinkageMemberGrid.delete().where(LinkageMemberGrid.member == member).execute()
        for grid in sorted(set(grid_uuids)):
            LinkageMemberGrid.create(member=member, grid=grid)
    return covered(member_uuid)


def covered(member_uuid: str) -> list[str]:
    """The grids' names a member looks after."""
    query = (OrgUnit.select(OrgUnit.name).join(LinkageMemberGrid, on=(LinkageMemberGrid.grid == OrgUnit.uuid))
             .where((LinkageMemberGrid.member == member_uuid) & (LinkageMemberGrid.deleted == False))  # noqa: E712
             .order_by(OrgUnit.code))
    return [name for (name,) in query.tuples()]
