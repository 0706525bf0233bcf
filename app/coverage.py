"""What a clerk must see at a glance: vacant grids, buildings without a leader,
building-leader coverage per community, and counts for every node of the tree."""

from dataclasses import dataclass

from peewee import JOIN, fn

from app.scope import within
from db.models import Building, Level, OrgUnit, Resident, Role, RoleAssignment


@dataclass(frozen=True)
class Coverage:
    community_uuid: str
    community_name: str
    buildings: int
    with_leader: int
    civilized: int = 0  # 文明楼
    model: int = 0  # 示范楼

    @property
    def rate(self) -> float:
        return self.with_leader / self.buildings if self.buildings else 0.0


def _live_units(level: Level, root_path: str | None):
    query = OrgUnit.select().where((OrgUnit.level == int(level)) & (OrgUnit.deleted == False))  # noqa: E712
    return query.where(OrgUnit.under(root_path)) if root_path else query


def vacant_grids(root_path: str | None = None) -> list[OrgUnit]:
    """Grids with no grid leader in office."""
    root_path = within(root_path)
    led = (RoleAssignment.select(RoleAssignment.org_unit)
           .where((RoleAssignment.role == Role.GRID_LEADER) & RoleAssignment.end_date.is_null()
                  & (RoleAssignment.deleted == False)))  # noqa: E712
    return list(_live_units(Level.GRID, root_path).where(OrgUnit.uuid.not_in(led)).order_by(OrgUnit.path))


def buildings_without_leader(root_path: str | None = None, limit: int = 500) -> list[Building]:
    root_path = within(root_path)
    query = (Building.select(Building, OrgUnit).join(OrgUnit, on=(Building.grid == OrgUnit.uuid))
             .where((Building.deleted == False) & Building.leader.is_null()))  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return list(query.order_by(OrgUnit.path, Building.name).limit(limit))


def coverage_by_community(root_path: str | None = None) -> list[Coverage]:
    root_path = within(root_path)
    grid = OrgUnit.alias()
    rows = (_live_units(Level.COMMUNITY, root_path)
            .select(OrgUnit.uuid, OrgUnit.name, fn.COUNT(Building.uuid), fn.COUNT(Building.leader),
                    fn.COALESCE(fn.SUM(Building.is_civilized), 0), fn.COALESCE(fn.SUM(Building.is_model), 0))
            .join(grid, JOIN.LEFT_OUTER, on=((grid.path > OrgUnit.path) & (grid.path < OrgUnit.path + "\uffff")
                                             & (grid.level == int(Level.GRID))))
            .join(Building, JOIN.LEFT_OUTER, on=((Building.grid == grid.uuid) & (Building.deleted == False)))  # noqa: E712
            .group_by(OrgUnit.uuid).order_by(OrgUnit.path).tuples())
    return [Coverage(*row) for row in rows]


def counts_by_unit(root_path: str | None = None) -> dict[str, dict[str, int]]:
    """{org uuid: {"residents": n, "buildings": n}} for every node, rolled up the tree."""
    root_path = within(root_path)
    per_grid: dict[str, dict[str, int]] = {}
    for model, key in ((Resident, "residents"), (Building, "buildings")):
        query = model.select(model.grid, fn.COUNT(model.uuid)).where(model.deleted == False)  # noqa: E712
        for grid_uuid, n in query.group_by(model.grid).tuples():
            per_grid.setdefault(grid_uuid, {})[key] = n
    units = OrgUnit.select(OrgUnit.uuid, OrgUnit.path).where(OrgUnit.deleted == False)  # noqa: E712
    if root_path:
        units = units.where(OrgUnit.under(root_path))
    by_path = {path: uuid for uuid, path in units.tuples()}
    totals = {uuid: {"residents": 0, "buildings": 0} for uuid in by_path.values()}
    path_of = {uuid: path for path, uuid in by_path.items()}
    for grid_uuid, counts in per_grid.items():
        path = path_of.get(grid_uuid)
        while path:
            uuid = by_path.get(path)
            if uuid is not None:
                for key, n in counts.items():
                    totals[uuid][key] += n
            path = path[: path.rstrip("/").rfind("/") + 1]
    return totals
