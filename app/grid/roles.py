"""People holding roles on org units, with start and end dates so history is kept."""

import datetime as dt
from dataclasses import dataclass

from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.privacy import mask_phone
from app.scope import check_unit
from app.validators import check_text, normalize_phone
from db.connection import database
from db.models import OrgUnit, Person, Role, RoleAssignment

ROLE_NAMES = {
    Role.GRID_LEADER: "网格长", Role.BUILDING_LEADER: "楼栋长", Role.HOUSEHOLD_LEADER: "中心户长",
    Role.SECRETARY: "社区书记", Role.LEGAL_ADVISER: "法律顾问", Role.POLICE_LIAISON: "社区民警",
    Role.MEDIATOR: "调解员",
}


def add_person(name: str, phone: str = "", org_unit: OrgUnit | None = None,
               resident_uuid: str | None = None) -> Person:
    require("write")
    check_text(name or "", label="姓名", limit=30, field="name")
    check_text(phone or "", label="联系电话", limit=30, field="phone")
    name = (name or "").strip()
    if not name:
        raise ValidationError("请填写姓名。", field="name")
    with database.atomic():
        return Person.create(name=name, phone=normalize_phone(phone) if phone else None, org_unit=org_unit,
                             resident_uuid=resident_uuid)


def person(uuid: str) -> Person:
    """Someone already on record (a hit of find_people, who may live outside the scope), to give a role."""
    return Person.get_by_id(uuid)


def assign(person: Person, unit: OrgUnit, role: str, start: dt.date | None = None) -> RoleAssignment:
    require("write")
    if role not in ROLE_NAMES:
        raise ValidationError(f"未知的职务：{role}。", field="role")
    current = active(unit, role).where(RoleAssignment.person == person)
    if current.exists():
        raise Conflict(f"{person.name} 已经是 {unit.name} 的{ROLE_NAMES[role]}。")
    with database.atomic():
        return RoleAssignment.create(person=person, org_unit=unit, role=role, start_date=start or dt.date.today())


def end(assignment_uuid: str, on: dt.date | None = None) -> RoleAssignment:
    """End a role (kept in the history, never deleted)."""
    require("write")
    row = RoleAssignment.get_or_none(RoleAssignment.uuid == assignment_uuid)
    if row is None or row.end_date is not None:
        raise NotFound("找不到这条在任记录，可能已经卸任。")
    on = on or dt.date.today()
    if on < row.start_date:
        raise ValidationError("卸任日期不能早于任职日期。", field="end_date")
    with database.atomic():
        row.end_date = on
        row.save()
    return row


def active(unit: OrgUnit, role: str | None = None):
    check_unit(unit)
    query = RoleAssignment.live().where((RoleAssignment.org_unit == unit) & RoleAssignment.end_date.is_null())
    return query.where(RoleAssignment.role == role) if role else query


def history(unit: OrgUnit) -> list[RoleAssignment]:
    check_unit(unit)
    return list(RoleAssignment.live().where(RoleAssignment.org_unit == unit)
                .order_by(RoleAssignment.start_date.desc()))


def appoint(unit: OrgUnit, role: str, name: str, phone: str = "", start: dt.date | None = None,
            home: OrgUnit | None = None) -> RoleAssignment:
    """A new person and their role, in one transaction (nothing half-made if either fails)."""
    require("write")
    check_text(name or "", label="姓名", limit=30, field="name")
    check_text(phone or "", label="联系电话", limit=30, field="phone")
    with database.atomic():
        person = add_person(name, phone, org_unit=home or unit)
        return assign(person, unit, role, start)


@dataclass(frozen=True)
class PersonHit:
    uuid: str
    name: str
    phone_masked: str
    home: str  # the unit the person belongs to
    holds: str  # the roles held now: 网格长（东关第1网格）、…


def find_people(text: str, limit: int = 50) -> list[PersonHit]:
    """People already on record whose name or phone contains `text`: one person may hold a role
    on several units (a grid leader of two grids), so a new role starts from this search."""
    text = (text or "").strip()
    if not text:
        return []
    people = list(Person.live().where(Person.name.contains(text) | Person.phone.contains(text))
                  .order_by(Person.name).limit(limit))
    holds: dict[str, list[str]] = {}
    for row in (RoleAssignment.live().where(RoleAssignment.person.in_([p.uuid for p in people])
                                            & RoleAssignment.end_date.is_null()).join(OrgUnit)):
        holds.setdefault(row.person_uuid, []).append(f"{ROLE_NAMES.get(row.role, row.role)}（{row.org_unit.name}）")
    return [PersonHit(p.uuid, p.name, mask_phone(p.phone), p.org_unit.name if p.org_unit else "",
                      "、".join(holds.get(p.uuid, []))) for p in people]
