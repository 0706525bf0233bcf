"""法治 — the legal adviser and the police liaison of each community (people holding
Role.LEGAL_ADVISER / Role.POLICE_LIAISON), their visits and talks, and the events
that break the yearly "three zeros" 零信访、零事故、零发案: a petition, an
accident or a crime, recorded on a community (or on a subdistrict itself), so
the zero rates are computed from records, never declared."""

import datetime as dt
from dataclasses import dataclass

from app.auth import require
from app.errors import ValidationError
from app.mediation.common import choice, count, day, live, on_line, org_unit, required, text
from app.scope import check_unit, within
from app.validators import check_input, check_text, text_field
from db.connection import database
from db.models import LawVisit, Level, OrgUnit, Person, Role, RoleAssignment, SafetyEvent

ROLES = {Role.LEGAL_ADVISER: "法律顾问", Role.POLICE_LIAISON: "社区民警"}
VISIT_KINDS = {"visit": "入户走访", "talk": "法治讲座", "consultation": "坐班咨询"}
EVENT_KINDS = {"petition": "信访", "accident": "安全事故", "crime": "刑事案件"}


@dataclass
class VisitInput:
    person_uuid: str | None = None
    community_uuid: str | None = None
    kind: str = text_field(20, "活动形式", default="visit")
    held_on: dt.date | None = None
    topic: str = text_field(100, "主题")
    audience: int = 0
    notes: str = text_field(1000, "情况记录", multiline=True)


@dataclass(frozen=True)
class ZeroStatus:
    unit: OrgUnit
    petitions: int
    accidents: int
    crimes: int

    @property
    def all_zero(self) -> bool:
        return not (self.petitions or self.accidents or self.crimes)


def officers(community_uuid: str) -> list[tuple[Person, str]]:
    """(person, role) of the community's current legal advisers and police liaisons."""
    check_unit(community_uuid)
    rows = (RoleAssignment.select(RoleAssignment, Person).join(Person, on=(RoleAssignment.person == Person.uuid))
            .where((RoleAssignment.org_unit == community_uuid) & RoleAssignment.role.in_(list(ROLES))
                   & RoleAssignment.end_date.is_null() & (RoleAssignment.deleted == False)  # noqa: E712
                   & (Person.deleted == False))  # noqa: E712
            .order_by(RoleAssignment.role, Person.name))
    return [(r.person, r.role) for r in rows]


def _role_of(person: Person, community: OrgUnit) -> str:
    held = (RoleAssignment.select(RoleAssignment.role, OrgUnit.path)
            .join(OrgUnit, on=(RoleAssignment.org_unit == OrgUnit.uuid))
            .where((RoleAssignment.person == person) & RoleAssignment.role.in_(list(ROLES))
                   & RoleAssignment.end_date.is_null() & (RoleAssignment.deleted == False)).tuples())  # noqa: E712
    for role, path in held:
        if on_line(path, community.path):
            return role
    raise ValidationError(f"{person.name}不是{community.name}的法律顾问或社区民警。请先在人员管理中为其登记角色。",
                          field="person")


def log_visit(data: VisitInput) -> LawVisit:
    """A visit, talk or consultation day of a community's legal adviser or police liaison."""
    require("write")
    check_input(data)
    community = org_unit(data.community_uuid, (Level.COMMUNITY,), "请选择社区。", field="community")
    person = live(Person, data.person_uuid, "法律顾问或民警")
    values = {"person": person, "community": community, "role": _role_of(person, community),
              "kind": choice(data.kind, VISIT_KINDS, "kind", "活动形式"),
              "held_on": day(data.held_on or dt.date.today(), "held_on", "日期"),
              "topic": required(data.topic, "topic", "主题或事由"),
              "audience": count(data.audience, "audience", "参加人数"), "notes": text(data.notes)}
    with database.atomic():
        return LawVisit.create(**values)


def record_event(org_unit_uuid: str, kind: str, occurred_on: dt.date, notes: str = "") -> SafetyEvent:
    """A petition, accident or crime: it breaks the unit's zero for that year."""
    require("write")
    check_text(notes or "", label="情况说明", limit=1000, field="notes", multiline=True)
    unit = org_unit(org_unit_uuid, (Level.SUBDISTRICT, Level.COMMUNITY), "请选择事件所在的社区（或街道）。")
    values = {"org_unit": unit, "kind": choice(kind, EVENT_KINDS, "kind", "事件类别"),
              "occurred_on": day(occurred_on, "occurred_on", "发生日期"), "notes": text(notes)}
    with database.atomic():
        return SafetyEvent.create(**values)


def event_paths(kind: str, start: dt.date | None, end: dt.date | None, root_path: str | None) -> list[str]:
    """The org paths of the live events of a kind in [start, end) inside the subtree."""
    root_path = within(root_path)
    query = (SafetyEvent.select(OrgUnit.path).join(OrgUnit, on=(SafetyEvent.org_unit == OrgUnit.uuid))
             .where((SafetyEvent.deleted == False) & (SafetyEvent.kind == kind)))  # noqa: E712
    if start:
        query = query.where((SafetyEvent.occurred_on >= start) & (SafetyEvent.occurred_on < end))
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return [p for (p,) in query.tuples()]


def units(levels: tuple[Level, ...], root_path: str | None) -> list[OrgUnit]:
    root_path = within(root_path)
    query = OrgUnit.select().where(OrgUnit.level.in_([int(v) for v in levels]) & (OrgUnit.deleted == False))  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return list(query.order_by(OrgUnit.path))


def unit_paths(levels: tuple[Level, ...], root_path: str | None) -> list[str]:
    """The paths of units(): the zero rates need no more (a covering index, no model per unit)."""
    root_path = within(root_path)
    query = OrgUnit.select(OrgUnit.path).where(OrgUnit.level.in_([int(v) for v in levels])
                                               & (OrgUnit.deleted == False))  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return [p for (p,) in query.tuples()]


def zero_status(year: int, root_path: str | None = None,
                levels: tuple[Level, ...] = (Level.COMMUNITY,)) -> list[ZeroStatus]:
    """Per community (and/or subdistrict): the year's petitions, accidents and crimes
    recorded on it or anywhere below it."""
    root_path = within(root_path)
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    paths = {kind: event_paths(kind, start, end, root_path) for kind in EVENT_KINDS}
    return [ZeroStatus(u, *(sum(p.startswith(u.path) for p in paths[k]) for k in ("petition", "accident", "crime")))
            for u in units(levels, root_path)]
