"""The tables of the grid-management tab, read for one subtree of the org tree.

Residents come a page at a time (`resident_count` + `resident_page`) so a list
of 600,000 never sits in Python; ID and phone numbers are masked as in every
list. Buildings, establishments and role holders of one subtree are small
enough to read whole (with a limit).
"""

import datetime as dt
from dataclasses import dataclass

from app.privacy import mask_id_number, mask_phone
from app.roles import ROLE_NAMES
from db.connection import database

SCOPE = "g.path >= ? AND g.path < ?"
# sort key -> ORDER BY (every order ends on r.uuid so pages never overlap)
RESIDENT_ORDERS = {
    "grid": "g.path, r.household_no, r.name",
    "name": "r.name",
    "gender": "r.gender",
    "birth_date": "r.birth_date",
    "id_number": "r.id_number",
    "phone": "r.phone",
    "building": "b.name, r.room",
    "room": "r.room",
    "household_no": "r.household_no, r.name",
    "relation": "r.relation",
}
LIST_LIMIT = 5000


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


def _scope(path: str) -> tuple[str, str]:
    return path, path + "\uffff"


def resident_count(path: str) -> int:
    sql = f"SELECT COUNT(*) FROM resident r JOIN org_unit g ON g.uuid = r.grid_uuid WHERE r.deleted = 0 AND {SCOPE}"
    return database.execute_sql(sql, _scope(path)).fetchone()[0]


def resident_page(path: str, offset: int, limit: int, order: str = "grid", descending: bool = False
                  ) -> list[ResidentRow]:
    """One page of the subtree's residents in a stable order (masked)."""
    direction = " DESC" if descending else ""
    keys = RESIDENT_ORDERS.get(order, RESIDENT_ORDERS["grid"]).split(", ")
    order_by = ", ".join(f"{key}{direction}" for key in keys) + f", r.uuid{direction}"
    sql = ("SELECT r.uuid, r.name, r.gender, r.birth_date, r.id_number, r.phone, b.name, r.room, "
           "r.household_no, r.relation, g.uuid, g.name FROM resident r "
           "JOIN org_unit g ON g.uuid = r.grid_uuid LEFT JOIN building b ON b.uuid = r.building_uuid "
           f"WHERE r.deleted = 0 AND {SCOPE} ORDER BY {order_by} LIMIT ? OFFSET ?")
    rows = database.execute_sql(sql, (*_scope(path), int(limit), int(offset)))
    return [_resident(row) for row in rows]


def _resident(row) -> ResidentRow:
    uuid, name, gender, birth, id_number, phone, building, room, household, relation, grid_uuid, grid = row
    return ResidentRow(uuid, name, {"M": "男", "F": "女"}.get(gender or "", ""), str(birth or ""),
                       mask_id_number(id_number), mask_phone(phone), building or "", room or "",
                       household or "", relation or "", grid_uuid, grid)


def buildings(path: str, limit: int = LIST_LIMIT) -> list[BuildingRow]:
    sql = ("SELECT b.uuid, b.name, b.address, b.floors, b.households, p.name, b.is_civilized, b.is_model, "
           "(SELECT COUNT(*) FROM resident r WHERE r.building_uuid = b.uuid AND r.deleted = 0), g.uuid, g.name "
           "FROM building b JOIN org_unit g ON g.uuid = b.grid_uuid "
           "LEFT JOIN person p ON p.uuid = b.leader_uuid AND p.deleted = 0 "
           f"WHERE b.deleted = 0 AND {SCOPE} ORDER BY g.path, b.name LIMIT ?")
    return [BuildingRow(u, n, a or "", f, h, leader or "", bool(c), bool(m), res, gu, gn)
            for u, n, a, f, h, leader, c, m, res, gu, gn in database.execute_sql(sql, (*_scope(path), limit))]


def establishments(path: str, limit: int = LIST_LIMIT) -> list[EstablishmentRow]:
    sql = ("SELECT e.uuid, e.kind, e.name, e.category, e.address, e.contact_name, e.contact_phone, "
           "e.has_party_org, g.name FROM establishment e JOIN org_unit g ON g.uuid = e.grid_uuid "
           f"WHERE e.deleted = 0 AND {SCOPE} ORDER BY g.path, e.kind, e.name LIMIT ?")
    return [EstablishmentRow(u, k, n, c or "", a or "", cn or "", mask_phone(p), bool(party), g)
            for u, k, n, c, a, cn, p, party, g in database.execute_sql(sql, (*_scope(path), limit))]


def role_rows(path: str, include_ended: bool = True, limit: int = LIST_LIMIT) -> list[RoleRow]:
    """Role holders on the unit and below, current first, then the history."""
    ended = "" if include_ended else "AND a.end_date IS NULL"
    sql = ("SELECT a.uuid, p.name, p.phone, a.role, g.name, a.start_date, a.end_date "
           "FROM role_assignment a JOIN person p ON p.uuid = a.person_uuid "
           "JOIN org_unit g ON g.uuid = a.org_unit_uuid "
           f"WHERE a.deleted = 0 AND {SCOPE} {ended} "
           "ORDER BY a.end_date IS NOT NULL, g.path, a.role, a.start_date DESC LIMIT ?")
    return [RoleRow(u, name, mask_phone(phone), role, ROLE_NAMES.get(role, role), unit, _day(s), _day(e))
            for u, name, phone, role, unit, s, e in database.execute_sql(sql, (*_scope(path), limit))]


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
