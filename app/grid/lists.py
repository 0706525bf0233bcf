"""The tables of the grid-management tab, read for one subtree of the org tree.

Every list comes a page at a time by keyset ("seek") paging: a page is asked
for `after` the sort key of the last row already shown, so page 3,000 costs
what page 1 costs (OFFSET re-reads every row before it). ID and phone numbers
are masked as in every list.

Residents can be sorted by any column. Sort keys are NULL-free expressions
(NULL sorts as '') ending on the uuid, matched one for one by the indexes of
migration 0006. Two plans, picked by the size of the subtree:
- a small subtree (< WALK_MIN residents) is read through its grids and the
  matching rows sorted: the cost is the subtree's size, whatever the page;
- a large one walks the column's index in order from the last key and keeps
  the rows inside the subtree: the cost is about the page size. The grid
  order walks grids by path, the building order buildings by name, and the
  residents of each through their own index.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.grid.roles import ROLE_NAMES
from app.privacy import mask_id_number, mask_phone
from app.scope import check_unit, within
from db.connection import database

SCOPE = "g.path >= ? AND g.path < ?"
WALK_MIN = 10_000  # residents in the subtree from which the index walk beats filter-and-sort
PAGE = 500  # rows per page of the small tables

Cursor = tuple  # the sort key of the last row of a page (opaque to callers)


@dataclass(frozen=True)
class Order:
    keys: tuple[str, ...]  # ORDER BY, NULL-free; r.uuid follows
    index: str = ""  # the index the walk follows (single-table orders)
    outer: str = ""  # two-level orders: "grid" or "building"


def _nn(column: str) -> str:
    return f"ifnull(r.{column}, '')"


RESIDENT_ORDERS = {
    "grid": Order(("g.path", _nn("household_no"), "r.name"), outer="grid"),
    "name": Order(("r.name",), "resident_list_name"),
    "gender": Order((_nn("gender"),), "resident_list_gender"),
    "birth_date": Order((_nn("birth_date"),), "resident_list_birth_date"),
    "id_number": Order((_nn("id_number"),), "resident_list_id_number"),
    "phone": Order((_nn("phone"),), "resident_list_phone"),
    "building": Order(("ifnull(b.name, '')", _nn("building_uuid"), _nn("room")), outer="building"),
    "room": Order((_nn("room"),), "resident_list_room"),
    "household_no": Order((_nn("household_no"), "r.name"), "resident_list_household_no"),
    "relation": Order((_nn("relation"),), "resident_list_relation"),
}
RESIDENT_COLUMNS = ("r.uuid, r.name, r.gender, r.birth_date, r.id_number, r.phone, b.name, r.room, "
                    "r.household_no, r.relation, g.uuid, g.name")


@dataclass(frozen=True)
class ResidentRow:
    uuid: str
    name: str
    gender: str
    birth_date: str
    id_masked: str
    phone_masked: str
    building: str
    room: str
    household_no: str
    relation: str
    grid_uuid: str
    grid_name: str


@dataclass(frozen=True)
class ResidentPage:
    rows: list[ResidentRow]
    cursor: Cursor | None  # give back as `after` for the next page


def _scope(path: str) -> tuple[str, str]:
    return path, path + "\uffff"


def resident_count(path: str) -> int:
    path = within(path)
    sql = f"SELECT COUNT(*) FROM resident r JOIN org_unit g ON g.uuid = r.grid_uuid WHERE r.deleted = 0 AND {SCOPE}"
    return database.execute_sql(sql, _scope(path)).fetchone()[0]


def resident_page(path: str, after: Cursor | None = None, limit: int = 200, order: str = "grid",
                  descending: bool = False, scope_count: int | None = None) -> ResidentPage:
    """The `limit` residents of the subtree that follow `after` in the order (masked).

    `scope_count` (from resident_count) picks the plan; it is counted when not given."""
    path = within(path)
    spec = RESIDENT_ORDERS.get(order, RESIDENT_ORDERS["grid"])
    if scope_count is None:
        scope_count = resident_count(path)
    if scope_count < WALK_MIN:
        raw = _sorted(path, spec.keys, after, limit, descending)
    elif spec.outer == "grid":
        raw = _by_grid(path, spec.keys, after, limit, descending)
    elif spec.outer == "building":
        raw = _by_building(path, spec.keys, after, limit, descending)
    else:
        raw = _walk(path, spec, after, limit, descending)
    return ResidentPage([_resident(row[:12]) for row in raw], tuple(raw[-1][12:]) if raw else after)


def _seek(keys: Sequence[str], after: Sequence | None, descending: bool) -> tuple[str, tuple]:
    if after is None:
        return "", ()
    keys = (*keys, "r.uuid")
    return f" AND ({', '.join(keys)}) {'<' if descending else '>'} ({', '.join('?' * len(keys))})", tuple(after)


def _query(source: str, where: str, params: tuple, keys: Sequence[str], descending: bool, limit: int,
           order_keys: Sequence[str] | None = None) -> list[tuple]:
    direction = " DESC" if descending else ""
    order_by = ", ".join(f"{key}{direction}" for key in (*(keys if order_keys is None else order_keys), "r.uuid"))
    sql = (f"SELECT {RESIDENT_COLUMNS}, {', '.join(keys)}, r.uuid {source} "
           f"WHERE r.deleted = 0 AND {SCOPE}{where} ORDER BY {order_by} LIMIT ?")
    return list(database.execute_sql(sql, (*params, int(limit))))


GRIDS_THEN_RESIDENTS = ("FROM org_unit g CROSS JOIN resident r INDEXED BY resident_list_grid ON r.grid_uuid = g.uuid "
                        "LEFT JOIN building b ON b.uuid = r.building_uuid")


def _sorted(path, keys, after, limit, descending) -> list[tuple]:
    """Small subtree: its residents through their grids, the rows after the key sorted."""
    seek, params = _seek(keys, after, descending)
    return _query(GRIDS_THEN_RESIDENTS, seek, (*_scope(path), *params), keys, descending, limit)


def _walk(path, spec: Order, after, limit, descending) -> list[tuple]:
    """Large subtree: the column's index in order from the key, rows outside the subtree skipped.
    Two seeks, as SQLite seeks an expression index only on its first column: the rest
    of the last row's value (first key equal), then the values after it."""
    source = (f"FROM resident r INDEXED BY {spec.index} CROSS JOIN org_unit g ON g.uuid = r.grid_uuid "
              "LEFT JOIN building b ON b.uuid = r.building_uuid")
    if after is None:
        return _query(source, "", _scope(path), spec.keys, descending, limit)
    first, rest, op = spec.keys[0], (*spec.keys[1:], "r.uuid"), "<" if descending else ">"
    tie = f" AND {first} = ? AND ({', '.join(rest)}) {op} ({', '.join('?' * len(rest))})"
    rows = _query(source, tie, (*_scope(path), *after), spec.keys, descending, limit, order_keys=spec.keys[1:])
    if len(rows) < limit:
        rows += _query(source, f" AND {first} {op} ?", (*_scope(path), after[0]), spec.keys, descending,
                       limit - len(rows))
    return rows


def _by_grid(path, keys, after, limit, descending) -> list[tuple]:
    """Grid order: the rest of the last row's grid, then the following grids by path."""
    rows = []
    if after is not None:
        seek, params = _seek(keys[1:], after[1:], descending)
        rows = _query(GRIDS_THEN_RESIDENTS, " AND g.path = ?" + seek, (*_scope(path), after[0], *params),
                      keys, descending, limit)
    if len(rows) < limit:
        later = "" if after is None else f" AND g.path {'<' if descending else '>'} ?"
        rows += _query(GRIDS_THEN_RESIDENTS, later, (*_scope(path), *(after or ())[:1]), keys, descending,
                       limit - len(rows))
    return rows


def _by_building(path, keys, after, limit, descending) -> list[tuple]:
    """Building order: residents without a building (key '', ''), then building by building
    (name, uuid); the rest of the last row's building first. Descending runs it backwards."""
    rows, no_building = [], ("", "")
    if after is not None:
        rows = _in_building(path, keys, after, limit, descending)
    elif not descending:
        rows = _in_building(path, keys, (*no_building, None), limit, descending)
    if len(rows) < limit and (after is None or not descending or tuple(after[:2]) != no_building):
        rows += _buildings_from(path, keys, after, limit - len(rows), descending)
    if len(rows) < limit and descending and (after is None or tuple(after[:2]) != no_building):
        rows += _in_building(path, keys, (*no_building, None), limit - len(rows), descending)
    return rows


def _in_building(path, keys, after, limit, descending) -> list[tuple]:
    building = after[1]
    seek, params = _seek(keys[2:], None if after[2] is None else after[2:], descending)
    source = ("FROM resident r INDEXED BY resident_list_building CROSS JOIN org_unit g ON g.uuid = r.grid_uuid "
              "LEFT JOIN building b ON b.uuid = r.building_uuid")
    where = (" AND r.building_uuid = ?" if building else " AND r.building_uuid IS NULL") + seek
    params = (*_scope(path), *((building,) if building else ()), *params)
    return _query(source, where, params, keys, descending, limit, order_keys=keys[2:])


def _buildings_from(path, keys, after, limit, descending) -> list[tuple]:
    source = ("FROM building b INDEXED BY building_list_name "
              "CROSS JOIN resident r INDEXED BY resident_list_building ON r.building_uuid = b.uuid "
              "CROSS JOIN org_unit g ON g.uuid = r.grid_uuid")
    where, params = "", ()
    if after is not None:
        where, params = f" AND (b.name, b.uuid) {'<' if descending else '>'} (?, ?)", tuple(after[:2])
    return _query(source, where, (*_scope(path), *params), keys, descending, limit,
                  order_keys=("b.name", "b.uuid", *keys[2:]))


def _resident(row) -> ResidentRow:
    uuid, name, gender, birth, id_number, phone, building, room, household, relation, grid_uuid, grid = row
    return ResidentRow(uuid, name, {"M": "男", "F": "女"}.get(gender or "", ""), str(birth or ""),
                       mask_id_number(id_number), mask_phone(phone), building or "", room or "",
                       household or "", relation or "", grid_uuid, grid)


@dataclass(frozen=True)
class BuildingRow:
    uuid: str
    name: str
    address: str
    floors: int | None
    households: int | None
    leader: str
    is_civilized: bool
    is_model: bool
    residents: int
    grid_uuid: str
    grid_name: str


@dataclass(frozen=True)
class EstablishmentRow:
    uuid: str
    kind: str
    name: str
    category: str
    address: str
    contact_name: str
    phone_masked: str
    has_party_org: bool
    grid_name: str


@dataclass(frozen=True)
class RoleRow:
    uuid: str
    person: str
    phone_masked: str
    role: str
    role_name: str
    unit_name: str
    start_date: dt.date | None
    end_date: dt.date | None

    @property
    def active(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class Listing:
    """How one small table is read unit by unit: `x` is the table, its rows of a
    unit in `keys` order (then x.uuid), the units by path."""
    columns: str
    source: str  # FROM org_unit g CROSS JOIN <table> x ... (further joins)
    keys: tuple[str, ...]
    where: str = ""


BUILDINGS = Listing(
    "x.uuid, x.name, x.address, x.floors, x.households, p.name, x.is_civilized, x.is_model, "
    "(SELECT COUNT(*) FROM resident r WHERE r.building_uuid = x.uuid AND r.deleted = 0), g.uuid, g.name",
    "FROM org_unit g CROSS JOIN building x ON x.grid_uuid = g.uuid "
    "LEFT JOIN person p ON p.uuid = x.leader_uuid AND p.deleted = 0", ("x.name",))
ESTABLISHMENTS = Listing(
    "x.uuid, x.kind, x.name, x.category, x.address, x.contact_name, x.contact_phone, x.has_party_org, g.name",
    "FROM org_unit g CROSS JOIN establishment x ON x.grid_uuid = g.uuid", ("x.kind", "x.name"))
ROLES = Listing(
    "x.uuid, p.name, p.phone, x.role, g.name, x.start_date, x.end_date",
    "FROM org_unit g CROSS JOIN role_assignment x ON x.org_unit_uuid = g.uuid "
    "JOIN person p ON p.uuid = x.person_uuid", ("x.end_date IS NOT NULL", "x.role", "x.start_date"))


def _rows_after(listing: Listing, path: str, after: Cursor | None, limit: int, where: str = "") -> list[tuple]:
    """Keyset page of a small table: the rest of the last row's unit, then the following units."""
    keys = ", ".join((*listing.keys, "x.uuid"))
    base = (f"SELECT {listing.columns}, g.path, {keys} {listing.source} "
            f"WHERE x.deleted = 0 AND {SCOPE}{where}")
    order = f" ORDER BY g.path, {keys} LIMIT ?"
    rows = []
    if after is not None:
        marks = ", ".join("?" * (len(after) - 1))
        rows = list(database.execute_sql(f"{base} AND g.path = ? AND ({keys}) > ({marks}){order}",
                                         (*_scope(path), *after, limit)))
    if len(rows) < limit:
        later = "" if after is None else " AND g.path > ?"
        rows += database.execute_sql(base + later + order, (*_scope(path), *(after or ())[:1], limit - len(rows)))
    return rows


def _cut(rows: list[tuple], listing: Listing) -> tuple[list[tuple], Cursor | None]:
    width = len(listing.keys) + 2  # g.path, keys, x.uuid
    return [row[:-width] for row in rows], (tuple(rows[-1][-width:]) if rows else None)


def _count(listing: Listing, path: str, where: str = "") -> int:
    sql = f"SELECT COUNT(*) {listing.source} WHERE x.deleted = 0 AND {SCOPE}{where}"
    return database.execute_sql(sql, _scope(path)).fetchone()[0]


def building_counts(path: str) -> tuple[int, int]:
    """Buildings in the subtree and how many have no building leader."""
    path = within(path)
    sql = (f"SELECT COUNT(*), COUNT(*) - COUNT(p.uuid) {BUILDINGS.source} WHERE x.deleted = 0 AND {SCOPE}")
    total, missing = database.execute_sql(sql, _scope(path)).fetchone()
    return total, missing or 0


def buildings(path: str, after: Cursor | None = None, limit: int = PAGE) -> tuple[list[BuildingRow], Cursor | None]:
    path = within(path)
    rows, cursor = _cut(_rows_after(BUILDINGS, path, after, limit), BUILDINGS)
    return [BuildingRow(u, n, a or "", f, h, leader or "", bool(c), bool(m), res, gu, gn)
            for u, n, a, f, h, leader, c, m, res, gu, gn in rows], cursor


def establishment_count(path: str) -> int:
    path = within(path)
    return _count(ESTABLISHMENTS, path)


def establishments(path: str, after: Cursor | None = None, limit: int = PAGE
                   ) -> tuple[list[EstablishmentRow], Cursor | None]:
    path = within(path)
    rows, cursor = _cut(_rows_after(ESTABLISHMENTS, path, after, limit), ESTABLISHMENTS)
    return [EstablishmentRow(u, k, n, c or "", a or "", cn or "", mask_phone(p), bool(party), g)
            for u, k, n, c, a, cn, p, party, g in rows], cursor


def role_count(path: str, include_ended: bool = True) -> int:
    path = within(path)
    return _count(ROLES, path, "" if include_ended else " AND x.end_date IS NULL")


def role_rows(path: str, include_ended: bool = True, after: Cursor | None = None, limit: int = PAGE
              ) -> tuple[list[RoleRow], Cursor | None]:
    """Role holders on the unit and below, unit by unit: current first, then the history."""
    path = within(path)
    ended = "" if include_ended else " AND x.end_date IS NULL"
    rows, cursor = _cut(_rows_after(ROLES, path, after, limit, ended), ROLES)
    return [RoleRow(u, name, mask_phone(phone), role, ROLE_NAMES.get(role, role), unit, _day(s), _day(e))
            for u, name, phone, role, unit, s, e in rows], cursor


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class MemberRow:
    uuid: str
    name: str
    building: str
    room: str
    group_uuid: str | None
    group_name: str
    central: str  # the central household they lead or belong to


@dataclass(frozen=True)
class GroupRow:
    uuid: str
    name: str
    members: int


@dataclass(frozen=True)
class CentralRow:
    uuid: str
    name: str
    leader: str
    neighbours: int
    neighbour_names: str


def grid_members(grid_uuid: str) -> list[MemberRow]:
    """The residents of one grid (hundreds) with their group and central household."""
    check_unit(grid_uuid)
    sql = ("SELECT r.uuid, r.name, b.name, r.room, rg.uuid, rg.name, "
           "(SELECT ifnull(c.name, '') FROM central_household c WHERE c.deleted = 0 AND (c.leader_uuid = r.uuid "
           " OR c.uuid IN (SELECT l.central_household_uuid FROM central_household_link l "
           "  WHERE l.resident_uuid = r.uuid AND l.deleted = 0)) LIMIT 1) "
           "FROM resident r INDEXED BY resident_list_grid LEFT JOIN building b ON b.uuid = r.building_uuid "
           "LEFT JOIN resident_group rg ON rg.uuid = r.group_uuid AND rg.deleted = 0 "
           "WHERE r.grid_uuid = ? AND r.deleted = 0 ORDER BY ifnull(r.household_no, ''), r.name, r.uuid")
    return [MemberRow(u, n, b or "", room or "", gu, gn or "", central or "")
            for u, n, b, room, gu, gn, central in database.execute_sql(sql, (grid_uuid,))]


def resident_groups(grid_uuid: str) -> list[GroupRow]:
    check_unit(grid_uuid)
    sql = ("SELECT rg.uuid, rg.name, (SELECT COUNT(*) FROM resident r WHERE r.group_uuid = rg.uuid AND r.deleted = 0) "
           "FROM resident_group rg WHERE rg.grid_uuid = ? AND rg.deleted = 0 ORDER BY rg.created_at, rg.name, rg.uuid")
    return [GroupRow(*row) for row in database.execute_sql(sql, (grid_uuid,))]


def central_households(grid_uuid: str) -> list[CentralRow]:
    check_unit(grid_uuid)
    sql = ("SELECT c.uuid, ifnull(c.name, ''), r.name, "
           "(SELECT group_concat(n.name, '、') FROM central_household_link l JOIN resident n ON n.uuid = l.resident_uuid "
           " WHERE l.central_household_uuid = c.uuid AND l.deleted = 0 AND n.deleted = 0) "
           "FROM central_household c JOIN resident r ON r.uuid = c.leader_uuid "
           "WHERE c.grid_uuid = ? AND c.deleted = 0 ORDER BY c.name, c.uuid")
    return [CentralRow(u, name, leader, len(names.split("、")) if names else 0, names or "")
            for u, name, leader, names in database.execute_sql(sql, (grid_uuid,))]
