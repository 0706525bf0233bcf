"""The lists of the mediation tab (调解与议事), for one org subtree, kind and period
(no Qt here): cases a page at a time with their state counts and the overdue ones
first, meetings and their matters, virtue activities, the three-zero table, and
the people who may mediate a community's cases.

Periods are [start, end) local calendar days; a case's period is its
registration, a meeting's or activity's its own day. Party names are shown; ID
and phone numbers only masked (cases.party_rows)."""

import datetime as dt
from dataclasses import dataclass

from peewee import SQL, Case, fn

from app.local_days import day_start_utc
from app.mediation import activities, cases, law, meetings
from app.scope import check_unit, within
from db.base import utcnow
from db.models import (
    DeliberationMatter,
    DeliberationMeeting,
    Level,
    MediationCase,
    MediationMediator,
    MediationParty,
    OrgUnit,
    Person,
    RoleAssignment,
    VirtueActivity,
)

# the board's columns, in the order a clerk follows a case
BOARD_STATES = ("registered", "accepted", "mediating", "agreed", "failed", "ended", "archived", "declined")


@dataclass
class Filter:
    root_path: str | None = None  # None = everything this site holds
    kind: str | None = None  # dispute type, meeting kind or activity kind (the page's own)
    start: dt.date | None = None  # local days, [start, end)
    end: dt.date | None = None


def utc_midnight(day: dt.date) -> dt.datetime:
    """A local calendar day's start in UTC, as the database holds times."""
    return day_start_utc(day)


def _scoped(query, column, f: Filter):
    query = query.join(OrgUnit, on=(column == OrgUnit.uuid))
    root = within(f.root_path)  # the signed-in user's scope narrows the whole tree
    return query.where(OrgUnit.under(root)) if root else query


# -- cases --------------------------------------------------------------------
@dataclass(frozen=True)
class CaseRow:
    uuid: str
    number: str
    state: str
    community: str
    dispute_type: str
    source: str
    registered_at: dt.datetime
    due_at: dt.datetime
    parties: str
    overdue: bool

    @property
    def state_name(self) -> str:
        return cases.STATES[self.state]

    @property
    def dispute_name(self) -> str:
        return cases.DISPUTE_TYPES.get(self.dispute_type, self.dispute_type)

    @property
    def source_name(self) -> str:
        return cases.SOURCES.get(self.source, self.source)


def _case_query(f: Filter, state: str | None):
    query = _scoped(MediationCase.select(MediationCase, OrgUnit.name.alias("community_name")),
                    MediationCase.community, f).where(MediationCase.deleted == False)  # noqa: E712
    if f.kind:
        query = query.where(MediationCase.dispute_type == f.kind)
    if f.start:
        query = query.where(MediationCase.registered_at >= utc_midnight(f.start))
    if f.end:
        query = query.where(MediationCase.registered_at < utc_midnight(f.end))
    return query.where(MediationCase.state == state) if state else query


def _is_overdue(now: dt.datetime):
    return MediationCase.state.in_(cases.OPEN_STATES) & (MediationCase.due_at < now)


def case_state_counts(f: Filter, now: dt.datetime | None = None) -> dict[str, tuple[int, int]]:
    """state -> (cases, overdue cases)."""
    late = Case(None, [(_is_overdue(now or utcnow()), 1)], 0)
    query = _case_query(f, None).select(MediationCase.state, fn.COUNT(MediationCase.uuid), fn.SUM(late)) \
        .group_by(MediationCase.state)
    return {state: (n, int(k or 0)) for state, n, k in query.tuples()}


def case_page(f: Filter, state: str | None, offset: int = 0, limit: int = 200,
              now: dt.datetime | None = None) -> tuple[list[CaseRow], int]:
    """The cases of a state, overdue first (oldest first), then the newest."""
    now = now or utcnow()
    late = Case(None, [(_is_overdue(now), 0)], 1)
    query = (_case_query(f, state).order_by(late, Case(None, [(_is_overdue(now), MediationCase.registered_at)]),
                                            MediationCase.registered_at.desc(), MediationCase.seq.desc())
             .offset(offset).limit(limit))
    found = list(query.objects())
    names = _party_names([c.uuid for c in found])
    rows = [CaseRow(c.uuid, c.number, c.state, c.community_name, c.dispute_type, c.source, c.registered_at,
                    c.due_at, names.get(c.uuid, ""), c.state in cases.OPEN_STATES and c.due_at < now)
            for c in found]
    return rows, offset + len(rows)


def all_cases(f: Filter) -> list[CaseRow]:
    rows, offset = [], 0
    while True:
        page, offset = case_page(f, None, offset, 1000)
        rows += page
        if len(page) < 1000:
            return rows


def _party_names(uuids: list[str]) -> dict[str, str]:
    if not uuids:
        return {}
    query = (MediationParty.select(MediationParty.case, MediationParty.name)
             .where(MediationParty.case.in_(uuids) & (MediationParty.deleted == False))  # noqa: E712
             .order_by(MediationParty.created_at).tuples())
    out: dict[str, list[str]] = {}
    for case_uuid, name in query:
        out.setdefault(case_uuid, []).append(name)
    return {k: "、".join(v) for k, v in out.items()}


def mediators(case_uuid: str) -> list[tuple[str, str]]:
    """(name, role name) of a case's mediators."""
    query = (MediationMediator.select(Person.name, MediationMediator.role)
             .join(Person, on=(MediationMediator.person == Person.uuid))
             .where((MediationMediator.case == case_uuid) & (MediationMediator.deleted == False))  # noqa: E712
             .order_by(MediationMediator.created_at).tuples())
    return [(name, cases.MEDIATOR_ROLES.get(role, role)) for name, role in query]


def mediator_candidates(unit_uuid: str | None) -> list[tuple[str, str]]:
    """(person uuid, "name（role）") of those holding the mediator or legal adviser role
    on the line of the unit's community (the community, its ancestors or below it)."""
    check_unit(unit_uuid)
    unit = OrgUnit.get_or_none(OrgUnit.uuid == unit_uuid) if unit_uuid else None
    if unit is None:
        return []
    try:
        community = cases.community_of(unit) if unit.level >= Level.COMMUNITY else unit
    except Exception:  # noqa: BLE001 - a unit outside any community offers nobody
        return []
    query = (RoleAssignment.select(Person.uuid, Person.name, RoleAssignment.role, OrgUnit.path)
             .join(Person, on=(RoleAssignment.person == Person.uuid))
             .switch(RoleAssignment).join(OrgUnit, on=(RoleAssignment.org_unit == OrgUnit.uuid))
             .where(RoleAssignment.role.in_(list(cases.MEDIATOR_ROLES)) & RoleAssignment.end_date.is_null()
                    & (RoleAssignment.deleted == False) & (Person.deleted == False))  # noqa: E712
             .order_by(RoleAssignment.role.desc(), Person.name).tuples())
    out: dict[str, str] = {}
    for uuid, name, role, path in query:
        if (path.startswith(community.path) or community.path.startswith(path)) and uuid not in out:
            out[uuid] = f"{name}（{cases.MEDIATOR_ROLES[role]}）"
    return list(out.items())


# -- meetings -----------------------------------------------------------------
@dataclass(frozen=True)
class MeetingRow:
    uuid: str
    kind: str
    held_on: dt.date
    place: str
    unit: str
    host: str
    attendance: int
    matters: int

    @property
    def kind_name(self) -> str:
        return meetings.KINDS.get(self.kind, self.kind)


def _days(query, column, f: Filter):
    if f.start:
        query = query.where(column >= f.start)
    if f.end:
        query = query.where(column < f.end)
    return query


def _meetings(f: Filter):
    """The meetings of the filter, newest first (a uuid breaks ties: pages never overlap)."""
    m = DeliberationMeeting
    query = _scoped(m.select(m.uuid, m.kind, m.held_on, m.place, OrgUnit.name, m.host, m.attendance),
                    m.org_unit, f).where(m.deleted == False)  # noqa: E712
    if f.kind:
        query = query.where(m.kind == f.kind)
    return _days(query, m.held_on, f).order_by(m.held_on.desc(), m.created_at.desc(), m.uuid.desc())


def _meeting_rows(query) -> list[MeetingRow]:
    found = list(query.tuples())
    matters = _counts(DeliberationMatter.meeting, DeliberationMatter.deleted == False,  # noqa: E712
                      query.select(DeliberationMeeting.uuid))
    return [MeetingRow(u, k, h, p or "", n, host, a, matters.get(u, 0)) for u, k, h, p, n, host, a in found]


def meeting_rows(f: Filter) -> list[MeetingRow]:
    """Every meeting of the filter (an export: 6,560 of them at `1m`)."""
    return _meeting_rows(_meetings(f))


def meeting_page(f: Filter, offset: int, limit: int) -> tuple[list[MeetingRow], int]:
    """One page of meeting_rows: the rows and the offset of the next page."""
    rows = _meeting_rows(_meetings(f).offset(offset).limit(limit))
    return rows, offset + len(rows)


def meeting_count(f: Filter) -> int:
    return _meetings(f).order_by().count()


def _counts(column, live, uuids) -> dict[str, int]:
    """uuid -> how many live rows of `column`'s table point at it, for the uuids a query selects
    (a page's or the whole list's), in one query."""
    return dict(column.model.select(column, fn.COUNT(SQL("*"))).where(live & column.in_(uuids))
                .group_by(column).tuples())


@dataclass(frozen=True)
class MatterRow:
    uuid: str
    topic: str
    category: str
    outcome: str
    follow_up: str
    cases: str  # the numbers of the cases it became

    @property
    def category_name(self) -> str:
        return meetings.CATEGORIES.get(self.category, self.category)

    @property
    def outcome_name(self) -> str:
        return meetings.OUTCOMES.get(self.outcome, self.outcome)


def matter_rows(meeting_uuid: str) -> list[MatterRow]:
    matters = meetings.matters(meeting_uuid)
    numbers: dict[str, list[str]] = {}
    query = (MediationCase.select(MediationCase.matter, MediationCase.number)
             .where(MediationCase.matter.in_([m.uuid for m in matters]) & (MediationCase.deleted == False))  # noqa: E712
             .order_by(MediationCase.registered_at).tuples())
    for matter_uuid, number in query:
        numbers.setdefault(matter_uuid, []).append(number)
    return [MatterRow(m.uuid, m.topic, m.category, m.outcome, m.follow_up or "", "、".join(numbers.get(m.uuid, [])))
            for m in matters]


# -- activities ---------------------------------------------------------------
@dataclass(frozen=True)
class ActivityRow:
    uuid: str
    kind_name: str
    held_on: dt.date
    title: str
    place: str
    unit: str
    organiser: str
    audience: int
    photos: int


def _activities(f: Filter):
    """The activities of the filter, newest first (a uuid breaks ties: pages never overlap)."""
    a = VirtueActivity
    query = _scoped(a.select(a.uuid, a.kind, a.held_on, a.title, a.place, OrgUnit.name, a.organiser, a.audience),
                    a.org_unit, f).where(a.deleted == False)  # noqa: E712
    if f.kind:
        query = query.where(a.kind == f.kind)
    return _days(query, a.held_on, f).order_by(a.held_on.desc(), a.created_at.desc(), a.uuid.desc())


def _activity_rows(query) -> list[ActivityRow]:
    from db.models import Attachment

    found, names = list(query.tuples()), activities.kinds()
    live = (Attachment.owner_table == activities.OWNER_TABLE) & (Attachment.deleted == False)  # noqa: E712
    photos = _counts(Attachment.owner_uuid, live, query.select(VirtueActivity.uuid))
    return [ActivityRow(u, names.get(k, k), h, t or "", p or "", n, o, c, photos.get(u, 0))
            for u, k, h, t, p, n, o, c in found]


def activity_rows(f: Filter) -> list[ActivityRow]:
    """Every activity of the filter (an export: 8,400 of them at `1m`)."""
    return _activity_rows(_activities(f))


def activity_page(f: Filter, offset: int, limit: int) -> tuple[list[ActivityRow], int]:
    """One page of activity_rows: the rows and the offset of the next page."""
    rows = _activity_rows(_activities(f).offset(offset).limit(limit))
    return rows, offset + len(rows)


def activity_count(f: Filter) -> int:
    return _activities(f).order_by().count()


# -- three zeros --------------------------------------------------------------
@dataclass(frozen=True)
class ZeroRow:
    uuid: str
    community: str
    petitions: int
    accidents: int
    crimes: int

    @property
    def all_zero(self) -> bool:
        return not (self.petitions or self.accidents or self.crimes)


def zero_rows(year: int, root_path: str | None = None) -> list[ZeroRow]:
    root_path = within(root_path)
    return [ZeroRow(z.unit.uuid, z.unit.name, z.petitions, z.accidents, z.crimes)
            for z in law.zero_status(year, root_path)]


def event_units(root_path: str | None) -> list[tuple[str, str]]:
    """(uuid, name) of the subdistricts and communities an event may be recorded on."""
    root_path = within(root_path)
    levels = [int(Level.SUBDISTRICT), int(Level.COMMUNITY)]
    query = OrgUnit.select(OrgUnit.uuid, OrgUnit.name, OrgUnit.level).where(
        OrgUnit.level.in_(levels) & (OrgUnit.deleted == False))  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return [(u, "　" * (lv - 1) + n) for u, n, lv in query.order_by(OrgUnit.path).tuples()]


def held_units(root_path: str | None) -> list[tuple[str, str]]:
    """(uuid, indented name) of the communities, zones and grids of the subtree."""
    root_path = within(root_path)
    levels = [int(Level.COMMUNITY), int(Level.ZONE), int(Level.GRID)]
    query = OrgUnit.select(OrgUnit.uuid, OrgUnit.name, OrgUnit.level).where(
        OrgUnit.level.in_(levels) & (OrgUnit.deleted == False))  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return [(u, "　" * (lv - 2) + n) for u, n, lv in query.order_by(OrgUnit.path).tuples()]

