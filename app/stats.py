"""Key figures (the KPI keys, listed in docs/figures.md by build/figures_doc.py), computed from the records.

Every figure is a registered function of an org subtree; nothing is typed in.
Modules register their own keys with `@kpi(...)`; `compute()` runs them all.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import SQL, NodeList, fn

from app.scope import within
from db.models import Building, Level, Member, OrgUnit, Person, Role, RoleAssignment, Unit

Period = tuple[dt.datetime, dt.datetime] | None  # [start, end) in UTC; None = all time


@dataclass(frozen=True)
class Kpi:
    key: str
    label: str
    func: Callable[[str | None, Period], float | int]
    kind: str = "count"  # count | rate | money
    periodic: bool = False  # False: a figure of the present state (the period is ignored)


REGISTRY: dict[str, Kpi] = {}


def kpi(key: str, label: str, kind: str = "count", *, periodic: bool = False):
    """Register a figure. `periodic` functions take (root_path, period); the others
    describe the present state and take root_path only."""
    def decorate(func):
        call = func if periodic else (lambda root, period, f=func: f(root))
        REGISTRY[key] = Kpi(key, label, call, kind, periodic)
        return func
    return decorate


def compute(root_path: str | None = None, keys: list[str] | None = None,
            period: Period = None) -> dict[str, float | int]:
    root_path = within(root_path)
    _load_modules()
    if root_path and _is_whole_tree(root_path):
        root_path = None  # the same figures without a join on every row
    selected = keys or sorted(REGISTRY)
    return {key: REGISTRY[key].func(root_path, period) for key in selected}


def counted_in(query, org_field, day_field, root_path: str | None, span) -> object:
    """A count narrowed to a subtree and to [start, end) of a day or time column. Under a subtree
    the rows are reached through the subtree's org units (an index led by the org unit, then the
    day: migration 0027) and the day is only filtered (`+day`: SQLite never ranges over an index
    of the day alone), so a community's count costs the same in a district of any size instead of
    a range over the whole district's days filtered afterwards. The whole tree ranges over the days."""
    if root_path:
        query = query.where(org_field.in_(OrgUnit.select(OrgUnit.uuid).where(OrgUnit.under(root_path))))
    if span:
        day = NodeList((SQL("+"), day_field), glue="") if root_path else day_field
        start, end = (day_field.db_value(v) for v in span)
        query = query.where((day >= start) & (day < end))
    return query


def _load_modules() -> None:
    from app.funds import kpis as funds_kpis  # noqa: F401  (funds.* figures)
    from app.linkage import kpis as linkage_kpis  # noqa: F401  (linkage.* figures)
    from app.mediation import kpis as mediation_kpis  # noqa: F401  (selfgov.*, virtue.*, law.* figures)
    from app.orders import kpis  # noqa: F401  (registers the orders.* figures)
    from app.support import kpis as support_kpis  # noqa: F401  (support.*, service.* figures)


def _is_whole_tree(root_path: str) -> bool:
    top = OrgUnit.select(OrgUnit.path).where((OrgUnit.deleted == False) & OrgUnit.parent.is_null())  # noqa: E712
    paths = [p for (p,) in top.tuples()]
    return len(paths) == 1 and paths[0] == root_path


def rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _units(level: Level, root_path: str | None):
    query = OrgUnit.select().where((OrgUnit.level == int(level)) & (OrgUnit.deleted == False))  # noqa: E712
    return query.where(OrgUnit.under(root_path)) if root_path else query


def _live_in(model, org_field, root_path: str | None):
    query = model.select().where(model.deleted == False)  # noqa: E712
    if root_path:
        query = query.join(OrgUnit, on=(org_field == OrgUnit.uuid)).where(OrgUnit.under(root_path))
    return query


def _active_role_holders(role: str, root_path: str | None) -> int:
    query = (RoleAssignment.select(fn.COUNT(fn.DISTINCT(RoleAssignment.person)))
             .join(Person, on=(RoleAssignment.person == Person.uuid))
             .switch(RoleAssignment)
             .join(OrgUnit, on=(RoleAssignment.org_unit == OrgUnit.uuid))
             .where((RoleAssignment.role == role) & RoleAssignment.end_date.is_null()
                    & (RoleAssignment.deleted == False) & (Person.deleted == False)))  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return query.scalar() or 0


@kpi("org.subdistricts", "街道办事处")
def _subdistricts(root):
    return _units(Level.SUBDISTRICT, root).count()


@kpi("org.communities", "城市社区")
def _communities(root):
    return _units(Level.COMMUNITY, root).count()


@kpi("org.zones", "片区")
def _zones(root):
    return _units(Level.ZONE, root).count()


@kpi("org.grids", "网格")
def _grids(root):
    return _units(Level.GRID, root).count()


@kpi("org.grid_leaders", "网格长")
def _grid_leaders(root):
    return _active_role_holders(Role.GRID_LEADER, root)


@kpi("law.legal_advisers", "社区法律顾问")
def _legal_advisers(root):
    return _active_role_holders(Role.LEGAL_ADVISER, root)


@kpi("law.police_liaisons", "社区民警")
def _police(root):
    return _active_role_holders(Role.POLICE_LIAISON, root)


@kpi("selfgov.building_leader_coverage", "楼长制覆盖率", kind="rate")
def _building_leader_coverage(root):
    query = _live_in(Building, Building.grid, root)
    total = query.count()
    if not total:
        return 0.0
    covered = query.where(Building.leader.is_null(False)).count()
    return round(covered / total, 4)


@kpi("support.units", "报到单位党组织")
def _units_kpi(root):
    return _live_in(Unit, Unit.community, root).where(Unit.has_party_org == True).count()  # noqa: E712


@kpi("support.members", "在职党员")
def _members(root):
    return _live_in(Member, Member.community, root).count()


def format_value(key: str, value: float | int) -> str:
    _load_modules()
    kind = REGISTRY[key].kind
    if kind == "rate":
        return f"{value * 100:.1f}%"
    if kind == "money":
        return f"{value / 100:,.2f}"
    return f"{value:,}"
