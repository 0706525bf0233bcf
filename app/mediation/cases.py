"""人民调解 — mediation cases and their state machine.

    registered --accept--> accepted --session--> mediating --session--> mediating
    registered --decline (reason)--> declined
    mediating --agree (the agreement, agreements.record)--> agreed
    mediating --fail (reason)--> failed
    accepted/mediating --end (reason)--> ended           (终止: withdrawn, went to court ...)
    agreed --follow_up (agreements.follow_up)--> agreed  (回访, any number of times)
    agreed (after at least one follow-up)/failed/ended/declined --archive--> archived

Only these transitions exist (MACHINE, app/workflow.py, with the archive guard);
anything else raises InvalidTransition and changes nothing. Every transition is
a MediationEvent with who and when. A case still registered, accepted or
mediating 30 days after registration is overdue.
Numbers read 东关调〔2026〕第015号: the committee's (community's) short name, the
year, and a sequence per community and year.
"""

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from app.auth import can, current_user, require
from app.errors import Conflict, ValidationError
from app.mediation.common import choice, community_of, live, on_line, org_unit, required, text
from app.org import short_name
from app.privacy import mask_id_number, mask_phone
from app.scope import within
from app.validators import (
    check_input,
    check_text,
    id_gender,
    normalize_id_number,
    normalize_phone,
    text_field,
)
from app.workflow import InvalidTransition, Machine
from db.base import utcnow
from db.connection import database
from db.models import (
    DeliberationMatter,
    Level,
    MediationCase,
    MediationEvent,
    MediationFollowUp,
    MediationMediator,
    MediationParty,
    MediationSession,
    OrgUnit,
    Person,
    Request,
    Resident,
    Role,
    RoleAssignment,
)

SOURCES = {"walk_in": "当事人来访", "grid_leader": "网格长上报", "deliberation": "说事议事转来", "police": "派出所移送",
           "court": "法院委派", "orders": "居民诉求转来"}
DISPUTE_TYPES = {"neighbours": "邻里纠纷", "family": "婚姻家庭纠纷", "property_mgmt": "物业纠纷",
                 "damages": "损害赔偿纠纷", "labour": "劳动争议", "housing_land": "房屋土地纠纷", "other": "其他纠纷"}
SIDES = {"applicant": "申请人", "respondent": "被申请人", "third": "第三人"}
MEDIATOR_ROLES = {Role.MEDIATOR: "人民调解员", Role.LEGAL_ADVISER: "法律顾问"}
DEFAULT_PLACE = "和为贵调解室"
OVERDUE_DAYS = 30
STATES = {"registered": "已登记", "accepted": "已受理", "declined": "不予受理", "mediating": "调解中",
          "agreed": "达成协议", "failed": "调解不成", "ended": "终止调解", "archived": "已归档"}
OPEN_STATES = ("registered", "accepted", "mediating")
TRANSITIONS: dict[str, dict[str, str]] = {
    "accept": {"registered": "accepted"},
    "decline": {"registered": "declined"},
    "session": {"accepted": "mediating", "mediating": "mediating"},
    "agree": {"mediating": "agreed"},
    "fail": {"mediating": "failed"},
    "end": {"accepted": "ended", "mediating": "ended"},
    "follow_up": {"agreed": "agreed"},
    "archive": {"agreed": "archived", "failed": "archived", "ended": "archived", "declined": "archived"},
}
ACTIONS = {"register": "登记", "accept": "受理", "decline": "不予受理", "session": "调解", "agree": "达成协议",
           "fail": "调解不成", "end": "终止调解", "follow_up": "回访", "archive": "归档", "link_request": "转为诉求"}


@dataclass
class PartyInput:
    side: str = text_field(20, "当事人身份", default="applicant")
    resident_uuid: str | None = None
    name: str = text_field(30, "当事人姓名")
    id_number: str = text_field(25, "身份证号")
    phone: str = text_field(30, "联系电话")
    address: str = text_field(100, "住址")


@dataclass
class CaseInput:
    source: str = text_field(20, "案件来源", default="walk_in")
    dispute_type: str = text_field(30, "纠纷类型")
    facts: str = text_field(2000, "纠纷事实", multiline=True)
    community_uuid: str | None = None  # the community, or a grid inside it
    place: str = text_field(100, "调解地点", default=DEFAULT_PLACE)
    parties: list[PartyInput] = field(default_factory=list)
    mediator_uuids: list[str] = field(default_factory=list)  # Person uuids
    request_uuid: str | None = None  # source "orders"
    matter_uuid: str | None = None  # source "deliberation"
    registered_at: dt.datetime | None = None


def get(uuid: str) -> MediationCase:
    return live(MediationCase, uuid, "调解案件")


def register(data: CaseInput) -> MediationCase:
    """登记: the case, its parties and mediators, and the first event, in one transaction."""
    require("write")
    check_input(data)
    values = _clean(data)
    parties = [_party(p, i) for i, p in enumerate(data.parties, 1)]
    if len(parties) < 2:
        raise ValidationError("请至少登记两方当事人（申请人和被申请人）。", field="parties")
    mediators = [_mediator(uuid, values["community"]) for uuid in dict.fromkeys(data.mediator_uuids)]
    at = data.registered_at or utcnow()
    with database.atomic():
        seq = _next_seq(values["community"], at.year)
        case = MediationCase.create(number=_number(values["community"], at.year, seq), year=at.year, seq=seq,
                                    state="registered", registered_at=at,
                                    due_at=at + dt.timedelta(days=OVERDUE_DAYS), **values)
        for party in parties:
            MediationParty.create(case=case, **party)
        for person, role in mediators:
            MediationMediator.create(case=case, person=person, role=role)
        _event(case, "register", None, at=at)  # a case entered later keeps its real registration time
    return case


def _clean(data: CaseInput) -> dict:
    source = choice(data.source, SOURCES, "source", "案件来源")
    values = {"source": source, "dispute_type": choice(data.dispute_type, DISPUTE_TYPES, "dispute_type", "纠纷类型"),
              "facts": _facts(data.facts), "place": text(data.place) or DEFAULT_PLACE,
              "request": None, "matter": None}
    if source == "orders":
        request = live(Request, data.request_uuid, "居民诉求")
        values.update(request=request, community=community_of(request.grid))
    elif source == "deliberation":
        matter = live(DeliberationMatter, data.matter_uuid, "议题")
        values.update(matter=matter, community=community_of(matter.meeting.org_unit))
    else:
        unit = org_unit(data.community_uuid, (Level.COMMUNITY, Level.ZONE, Level.GRID),
                        "请选择受理案件的社区（人民调解委员会）。", field="community")
        values["community"] = community_of(unit)
    return values


def _facts(raw: str) -> str:
    facts = text(raw) or ""
    if len(facts) < 10:
        raise ValidationError("请写清纠纷事实（至少10个字）：谁和谁、因为什么、争议在哪里。", field="facts")
    return facts


def _party(data: PartyInput, index: int) -> dict:
    side = choice(data.side, SIDES, f"parties.{index}.side", f"第{index}位当事人的身份")
    if data.resident_uuid:
        resident = live(Resident, data.resident_uuid, "居民")
        return {"side": side, "resident": resident, "name": resident.name, "gender": resident.gender,
                "id_number": resident.id_number, "phone": resident.phone,
                "address": text(data.address) or resident.address}
    name = text(data.name)
    if not name:
        raise ValidationError(f"第{index}位当事人：请从居民名单中选择，或填写姓名。", field=f"parties.{index}.name")
    try:
        number = normalize_id_number(data.id_number) if text(data.id_number) else None
        phone = normalize_phone(data.phone) if text(data.phone) else None
    except ValidationError as exc:
        raise ValidationError(f"当事人“{name}”：{exc.message}", field=f"parties.{index}.{exc.field}") from None
    return {"side": side, "resident": None, "name": name, "gender": id_gender(number) if number else None,
            "id_number": number, "phone": phone, "address": text(data.address)}


def _mediator(person_uuid: str, community: OrgUnit) -> tuple[Person, str]:
    """A person holding Role.MEDIATOR or Role.LEGAL_ADVISER on the community's line of the tree."""
    person = live(Person, person_uuid, "调解员")
    held = (RoleAssignment.select(RoleAssignment.role, OrgUnit.path)
            .join(OrgUnit, on=(RoleAssignment.org_unit == OrgUnit.uuid))
            .where((RoleAssignment.person == person) & RoleAssignment.role.in_(list(MEDIATOR_ROLES))
                   & RoleAssignment.end_date.is_null() & (RoleAssignment.deleted == False)).tuples())  # noqa: E712
    for role, path in held:
        if on_line(path, community.path):
            return person, role
    raise ValidationError(f"{person.name}不是{community.name}的人民调解员或法律顾问。请选择本社区的调解员，"
                          "或先在人员管理中为其登记“人民调解员”角色。", field="mediators")


def committee_short_name(community: OrgUnit) -> str:
    return short_name(community)  # as the notices name the same committee


def _number(community: OrgUnit, year: int, seq: int) -> str:
    return f"{committee_short_name(community)}调〔{year}〕第{seq:03d}号"


def _next_seq(community: OrgUnit, year: int) -> int:
    last = (MediationCase.select(fn.MAX(MediationCase.seq))
            .where((MediationCase.community == community) & (MediationCase.year == year)).scalar())
    return (last or 0) + 1


def _event(case: MediationCase, action: str, before: str | None, note: str | None = None,
           at: dt.datetime | None = None) -> None:
    user = current_user()
    MediationEvent.create(case=case, at=at or utcnow(), action=action, from_state=before, to_state=case.state,
                          by=user.username if user else None, note=note)


def _refuse(case: MediationCase, action: str) -> str:
    return f"调解案件 {case.number} 当前状态为“{STATES[case.state]}”，不能“{ACTIONS[action]}”。"


def _followed_up_before_archive(case: MediationCase) -> str | None:
    """An agreed case is archived only after at least one follow-up visit (one indexed EXISTS)."""
    if case.state == "agreed" and not MediationFollowUp.live().where(MediationFollowUp.case == case.uuid).exists():
        return f"调解案件 {case.number} 达成协议后尚未回访：请先回访协议履行情况，再归档。"
    return None


MACHINE = Machine(STATES, ACTIONS, TRANSITIONS, _refuse, guards={"archive": (_followed_up_before_archive,)},
                  write_event=lambda case, action, before, note: _event(case, action, before, note))


def move(case: MediationCase, action: str, note: str | None = None) -> str:
    """Apply a documented transition to `case` (not saved) and record it; the caller saves."""
    return MACHINE.move(case, action, note)


def allowed_actions(case: MediationCase | str) -> set[str]:
    """The actions the signed-in user may take on this case now (the window offers exactly these):
    MACHINE's (the archive guard included) and 指定调解员 while the case is open; none without the
    write permission."""
    if not can("write"):
        return set()
    case = get(case) if isinstance(case, str) else case
    out = MACHINE.allowed(case)
    if case.state in OPEN_STATES:
        out.add("add_mediator")
    return out


def transition(uuid: str, action: str, *, note: str | None = None, stamp: dict | None = None) -> MediationCase:
    require("write")
    check_text(note or "", label="说明", limit=500, field="note", multiline=True)
    case = get(uuid)
    with database.atomic():
        move(case, action, note)
        for key, value in (stamp or {}).items():
            setattr(case, key, value)
        case.save()
    return case


def accept(uuid: str, now: dt.datetime | None = None) -> MediationCase:
    """受理: needs at least one mediator on the case."""
    case = get(uuid)
    if case.state == "registered" and not MediationMediator.live().where(MediationMediator.case == case).exists():
        raise ValidationError(f"受理调解案件 {case.number} 前，请先指定至少一名人民调解员。", field="mediators")
    return transition(uuid, "accept", stamp={"accepted_at": now or utcnow()})


def decline(uuid: str, reason: str) -> MediationCase:
    """不予受理, with the reason (e.g. 已进入诉讼程序)."""
    reason = required(reason, "reason", "不予受理的原因（如：已起诉至法院、不属于民间纠纷）")
    return transition(uuid, "decline", note=reason, stamp={"decline_reason": reason})


def add_mediator(uuid: str, person_uuid: str) -> MediationMediator:
    require("write")
    case = get(uuid)
    if case.state not in OPEN_STATES:
        raise InvalidTransition(f"调解案件 {case.number} 已“{STATES[case.state]}”，不能再指定调解员。")
    person, role = _mediator(person_uuid, case.community)
    if MediationMediator.live().where((MediationMediator.case == case) & (MediationMediator.person == person)).exists():
        raise Conflict(f"{person.name}已是本案调解员。")
    with database.atomic():
        return MediationMediator.create(case=case, person=person, role=role)


def record_session(uuid: str, attendees: str, notes: str, *, held_at: dt.datetime | None = None,
                   place: str = "") -> MediationSession:
    """一次调解: who came and what was said; the first one starts the mediation."""
    require("write")
    check_text(attendees or "", label="参加人员", limit=200, field="attendees")
    check_text(notes or "", label="调解情况", limit=2000, field="notes", multiline=True)
    check_text(place or "", label="调解地点", limit=100, field="place")
    attendees = required(attendees, "attendees", "参加调解的人员")
    notes = required(notes, "notes", "调解情况（各方意见、调解员的工作）")
    case = get(uuid)
    with database.atomic():
        move(case, "session")
        case.save()
        return MediationSession.create(case=case, held_at=held_at or utcnow(), place=text(place) or case.place,
                                       attendees=attendees, notes=notes)


def fail(uuid: str, reason: str, now: dt.datetime | None = None) -> MediationCase:
    """调解不成: the parties are told of other ways (arbitration, court)."""
    reason = required(reason, "reason", "调解不成的原因及告知当事人的其他解决途径")
    return transition(uuid, "fail", note=reason, stamp={"conclusion": reason, "concluded_at": now or utcnow()})


def end(uuid: str, reason: str, now: dt.datetime | None = None) -> MediationCase:
    """终止调解 (a party withdrew, went to court ...)."""
    reason = required(reason, "reason", "终止调解的原因")
    return transition(uuid, "end", note=reason, stamp={"conclusion": reason, "concluded_at": now or utcnow()})


def archive(uuid: str, now: dt.datetime | None = None) -> MediationCase:
    """归档; an agreed case only after at least one follow-up visit (MACHINE's guard)."""
    return transition(uuid, "archive", stamp={"archived_at": now or utcnow()})


def link_result_request(uuid: str, request_uuid: str) -> MediationCase:
    """The case led to a request of the four orders (e.g. a repair the parties agreed on)."""
    require("write")
    case = get(uuid)
    request = live(Request, request_uuid, "居民诉求")
    with database.atomic():
        case.result_request = request
        _event(case, "link_request", case.state, request.number)
        case.save()
    return case


def overdue(now: dt.datetime | None = None, root_path: str | None = None) -> list[MediationCase]:
    """Cases still registered, accepted or mediating 30 days after registration, oldest first."""
    root_path = within(root_path)
    now = now or utcnow()
    query = (MediationCase.select(MediationCase).join(OrgUnit, on=(MediationCase.community == OrgUnit.uuid))
             .where((MediationCase.deleted == False) & MediationCase.state.in_(OPEN_STATES)  # noqa: E712
                    & (MediationCase.due_at < now)))
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return list(query.order_by(MediationCase.registered_at))


def history(uuid: str) -> list[MediationEvent]:
    return list(MediationEvent.live().where(MediationEvent.case == uuid)
                .order_by(MediationEvent.at, MediationEvent.created_at))


def party_rows(uuid: str) -> list[dict]:
    """The parties as a list shows them: ID and phone numbers masked."""
    rows = MediationParty.live().where(MediationParty.case == uuid).order_by(MediationParty.created_at)
    return [{"side": SIDES[p.side], "name": p.name, "id_number": mask_id_number(p.id_number),
             "phone": mask_phone(p.phone)} for p in rows]


def sessions(uuid: str) -> list[MediationSession]:
    return list(MediationSession.live().where(MediationSession.case == uuid).order_by(MediationSession.held_at))
