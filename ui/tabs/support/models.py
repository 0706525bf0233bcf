"""The tables of the four-supports tab: plain rows made from the records app/support
returns (names looked up in one read per list, never one per row), and a
TableModel with translated columns for each list. Phone numbers are masked unless
the user may see personal data; disbanded teams, members who left and
dropped projects are greyed."""

from dataclasses import dataclass

from app import auth
from app.orders import lists as org_lists
from app.privacy import mask_phone
from app.support import members, projects, proxy, services, team_members, units
from ui.kit.table_model import Column, TableModel


def org_names(root_path: str | None = None, max_level: int = 2) -> dict[str, str]:
    return {u.uuid: u.name for u in org_lists.units(root_path, max_level)}


def phone(value: str | None) -> str:
    return (value or "") if auth.can("personal") else mask_phone(value)


@dataclass(frozen=True)
class UnitRow:
    uuid: str
    community_uuid: str
    community: str
    name: str
    kind: str
    party_org: bool
    contact: str
    phone: str
    registered_on: object


@dataclass(frozen=True)
class MemberRow:
    uuid: str
    community_uuid: str
    community: str
    name: str
    gender: str
    unit: str
    phone: str
    registered_on: object


def unit_rows(root_path: str | None, name_like: str = "") -> list[UnitRow]:
    names = org_names()
    return [UnitRow(u.uuid, u.community_uuid, names.get(u.community_uuid, ""), u.name, u.kind or "", u.has_party_org,
                    u.contact_name or "", phone(u.contact_phone), u.registered_on)
            for u in units.units(root_path, name_like)]


def member_rows(root_path: str | None, name_like: str = "") -> list[MemberRow]:
    return member_rows_of(members.members(root_path, name_like=name_like))


def member_page(root_path: str | None, name_like: str, offset: int, limit: int) -> tuple[list[MemberRow], int]:
    found, after = members.member_page(root_path, name_like, offset, limit)
    return member_rows_of(found), after


def member_rows_of(found: list) -> list[MemberRow]:
    names, unit_names = org_names(), units.names(m.unit_uuid for m in found)
    return [MemberRow(m.uuid, m.community_uuid, names.get(m.community_uuid, ""), m.name,
                      members.GENDERS.get(m.gender or "", ""), unit_names.get(m.unit_uuid, ""), phone(m.phone),
                      m.registered_on) for m in found]


@dataclass(frozen=True)
class TeamRow:
    uuid: str
    org_unit_uuid: str
    org_unit: str
    name: str
    leader: str
    focus: str
    members: int
    founded_on: object
    disbanded_on: object


@dataclass(frozen=True)
class TeamMemberRow:
    uuid: str
    name: str
    source: str  # member / resident / ""
    phone: str
    joined_on: object
    left_on: object


def team_rows(found: list) -> list[TeamRow]:
    names, counts = org_names(), team_members.active_counts([t.uuid for t in found])
    return [TeamRow(t.uuid, t.org_unit_uuid, names.get(t.org_unit_uuid, ""), t.name, t.leader_name or "",
                    t.focus or "", counts.get(t.uuid, 0), t.founded_on, t.disbanded_on) for t in found]


def team_member_rows(team_uuid: str, include_left: bool) -> list[TeamMemberRow]:
    return [TeamMemberRow(m.uuid, m.name, "member" if m.member_uuid else "resident" if m.resident_uuid else "",
                          phone(m.phone), m.joined_on, m.left_on)
            for m in team_members.members(team_uuid, include_left=include_left)]


@dataclass(frozen=True)
class ProjectRow:
    uuid: str
    community_uuid: str
    community: str
    name: str
    parties: str
    goal: str
    unit: str
    status: str
    started_on: object
    ended_on: object
    outcome: str

    @property
    def status_name(self) -> str:
        return projects.STATUSES.get(self.status, self.status)


def project_rows(root_path: str | None, status: str | None) -> list[ProjectRow]:
    found = projects.projects(root_path, status)
    names, unit_names = org_names(), units.names(p.unit_uuid for p in found)
    return [ProjectRow(p.uuid, p.community_uuid, names.get(p.community_uuid, ""), p.name, p.parties, p.goal,
                       unit_names.get(p.unit_uuid, ""), p.status, p.started_on, p.ended_on, p.outcome or "")
            for p in found]


@dataclass(frozen=True)
class ServiceRow:
    uuid: str
    served_on: object
    place: str
    title: str
    team: str
    project: str
    volunteers: int
    problems_solved: int
    description: str


def service_rows(found: list, root_path: str | None) -> list[ServiceRow]:
    places = org_names(root_path, 4)
    team_names, project_names = services.names(found)
    return [ServiceRow(s.uuid, s.served_on, places.get(s.org_unit_uuid, ""), s.title, team_names.get(s.team_uuid, ""),
                       project_names.get(s.project_uuid, ""), s.volunteers, s.problems_solved, s.description or "")
            for s in found]


@dataclass(frozen=True)
class ProxyRow:
    uuid: str
    served_on: object
    kind: str
    mode: str
    for_whom: str
    in_roster: bool
    notes: str


def proxy_rows(centre_uuid: str | None, limit: int = 50) -> list[ProxyRow]:
    if not centre_uuid:
        return []
    return [ProxyRow(p.uuid, p.served_on, proxy.KINDS.get(p.service_kind, p.service_kind),
                     proxy.MODES.get(p.mode, p.mode), p.for_whom or "", bool(p.resident_uuid), p.notes or "")
            for p in proxy.recent(centre_uuid, limit)]


class UnitsModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Community"), lambda r: r.community), Column(self.tr("Unit"), lambda r: r.name),
                          Column(self.tr("Kind"), lambda r: r.kind), Column(self.tr("Party organisation"), lambda r: r.party_org),
                          Column(self.tr("Contact"), lambda r: r.contact), Column(self.tr("Phone"), lambda r: r.phone),
                          Column(self.tr("Registered on"), lambda r: r.registered_on)], None, parent)


class MembersModel(TableModel):
    """A page at a time (ui/kit/table_model.py, set_pages), read on the runner once given one."""

    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Community"), lambda r: r.community),
                          Column(self.tr("Name"), lambda r: r.name), Column(self.tr("Gender"), lambda r: r.gender),
                          Column(self.tr("Unit"), lambda r: r.unit), Column(self.tr("Phone"), lambda r: r.phone),
                          Column(self.tr("Registered on"), lambda r: r.registered_on)], None, parent,
                         page_size=200, local_times=True)


class TeamsModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Community or subdistrict"), lambda r: r.org_unit),
                          Column(self.tr("Team"), lambda r: r.name), Column(self.tr("Leader"), lambda r: r.leader),
                          Column(self.tr("Members"), lambda r: r.members, right=True), Column(self.tr("Does"), lambda r: r.focus),
                          Column(self.tr("Founded"), lambda r: r.founded_on),
                          Column(self.tr("Disbanded"), lambda r: r.disbanded_on)],
                         lambda r: ("muted", self.tr("Disbanded")) if r.disbanded_on else None, parent)


class TeamMembersModel(TableModel):
    def __init__(self, parent=None):
        sources = {"member": self.tr("Party member"), "resident": self.tr("Resident"), "": ""}
        super().__init__([Column(self.tr("Name"), lambda r: r.name), Column(self.tr("Who"), lambda r: sources[r.source]),
                          Column(self.tr("Phone"), lambda r: r.phone), Column(self.tr("Joined"), lambda r: r.joined_on),
                          Column(self.tr("Left"), lambda r: r.left_on)],
                         lambda r: ("muted", self.tr("Left the team")) if r.left_on else None, parent)


class ProjectsModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Community"), lambda r: r.community), Column(self.tr("Project"), lambda r: r.name),
                          Column(self.tr("Status"), lambda r: r.status_name), Column(self.tr("Parties"), lambda r: r.parties),
                          Column(self.tr("Lead unit"), lambda r: r.unit), Column(self.tr("Started"), lambda r: r.started_on),
                          Column(self.tr("Ended"), lambda r: r.ended_on), Column(self.tr("Outcome"), lambda r: r.outcome)],
                         lambda r: ("muted", self.tr("Dropped")) if r.status == "dropped" else None, parent)


class ServicesModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Date"), lambda r: r.served_on), Column(self.tr("Where"), lambda r: r.place),
                          Column(self.tr("Service"), lambda r: r.title), Column(self.tr("Team"), lambda r: r.team),
                          Column(self.tr("Project"), lambda r: r.project),
                          Column(self.tr("Volunteers"), lambda r: r.volunteers, right=True),
                          Column(self.tr("Problems solved"), lambda r: r.problems_solved, right=True),
                          Column(self.tr("What was done"), lambda r: r.description)], None, parent)


class ProxyModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Date"), lambda r: r.served_on), Column(self.tr("For whom"), lambda r: r.for_whom),
                          Column(self.tr("Service"), lambda r: r.kind), Column(self.tr("Mode"), lambda r: r.mode),
                          Column(self.tr("In the roster"), lambda r: r.in_roster), Column(self.tr("Notes"), lambda r: r.notes)],
                         None, parent)


class PostsModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Subdistrict"), lambda r: r.subdistrict.name),
                          Column(self.tr("Year"), lambda r: r.year),
                          Column(self.tr("Internal bodies"), lambda r: r.internal_bodies, right=True),
                          Column(self.tr("Administrative posts"), lambda r: r.admin_posts, right=True),
                          Column(self.tr("Institution posts"), lambda r: r.institution_posts, right=True)], None, parent)
