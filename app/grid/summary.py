"""What the grid-management page shows for one org unit: counts below, grid leaders."""

from dataclasses import dataclass, field

from peewee import fn

from app.errors import NotFound
from app.privacy import mask_phone
from app.scope import check_unit
from db.models import Building, OrgUnit, Person, Role, RoleAssignment

LEADER_LIMIT = 200


@dataclass(frozen=True)
class Leader:
    name: str
    phone_masked: str
    grid_name: str


@dataclass(frozen=True)
class UnitSummary:
    uuid: str
    code: str
    name: str
    level: int
    parent_name: str
    below: dict[int, int] = field(default_factory=dict)  # level -> live units under this one
    buildings: int = 0
    leader_count: int = 0
    leaders: list[Leader] = field(default_factory=list)  # at most LEADER_LIMIT


def unit_summary(uuid: str) -> UnitSummary:
    check_unit(uuid)
    unit = OrgUnit.get_or_none((OrgUnit.uuid == uuid) & (OrgUnit.deleted == False))  # noqa: E712
    if unit is None:
        raise NotFound("这个组织单位已不存在（可能已被删除），请刷新后重试。")
    below = dict(
        OrgUnit.select(OrgUnit.level, fn.COUNT(OrgUnit.uuid))
        .where(OrgUnit.under(unit.path) & (OrgUnit.uuid != unit.uuid) & (OrgUnit.deleted == False))  # noqa: E712
        .group_by(OrgUnit.level).tuples()
    )
    buildings = (Building.select().join(OrgUnit, on=(Building.grid == OrgUnit.uuid))
                 .where(OrgUnit.under(unit.path) & (Building.deleted == False)).count())  # noqa: E712
    leaders = _grid_leaders(unit.path)
    return UnitSummary(
        uuid=unit.uuid, code=unit.code, name=unit.name, level=unit.level,
        parent_name=unit.parent.name if unit.parent_uuid else "",
        below=below, buildings=buildings,
        leader_count=leaders.select(fn.COUNT(fn.DISTINCT(Person.uuid))).scalar() or 0,
        leaders=[Leader(n, mask_phone(p), g) for n, p, g in leaders.limit(LEADER_LIMIT).tuples()],
    )


def _grid_leaders(path: str):
    return (RoleAssignment.select(Person.name, Person.phone, OrgUnit.name)
            .join(Person, on=(RoleAssignment.person == Person.uuid))
            .switch(RoleAssignment)
            .join(OrgUnit, on=(RoleAssignment.org_unit == OrgUnit.uuid))
            .where((RoleAssignment.role == Role.GRID_LEADER) & RoleAssignment.end_date.is_null()
                   & (RoleAssignment.deleted == False) & (Person.deleted == False)  # noqa: E712
                   & OrgUnit.under(path))
            .order_by(OrgUnit.path, Person.name))
