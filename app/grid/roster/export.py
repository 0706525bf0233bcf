"""Exporting the residents or buildings of a subtree to Excel.

ID numbers and phone numbers are written in full only for roles allowed to see
personal data; for the others they are masked as in every list.
"""

from pathlib import Path

from peewee import JOIN

from app.auth import can
from app.excel import write_table
from app.grid.residents import GENDERS
from app.grid.roster.columns import BUILDING_COLUMNS, RESIDENT_COLUMNS
from app.privacy import mask_id_number, mask_phone
from app.scope import check_unit
from db.models import Building, OrgUnit, Resident, ResidentTag


def export_residents(root: OrgUnit, path: Path | str) -> int:
    check_unit(root)
    full = can("personal")
    tags: dict[str, list[str]] = {}
    tag_rows = (ResidentTag.select(ResidentTag.resident, ResidentTag.tag)
                .join(Resident).join(OrgUnit, on=(Resident.grid == OrgUnit.uuid))
                .where(OrgUnit.under(root.path) & (ResidentTag.deleted == False) & (Resident.deleted == False))  # noqa: E712
                .tuples())
    for resident_uuid, tag in tag_rows:
        tags.setdefault(resident_uuid, []).append(tag)
    query = (Resident.select(Resident, OrgUnit.code, Building.name.alias("building_name"))
             .join(OrgUnit, on=(Resident.grid == OrgUnit.uuid))
             .switch(Resident).join(Building, JOIN.LEFT_OUTER, on=(Resident.building == Building.uuid))
             .where(OrgUnit.under(root.path) & (Resident.deleted == False))  # noqa: E712
             .order_by(OrgUnit.path, Resident.household_no, Resident.name).objects())
    rows = ([r.code, r.name, r.id_number if full else mask_id_number(r.id_number), GENDERS.get(r.gender, ""),
             r.birth_date, r.phone if full else mask_phone(r.phone), r.building_name or "",
             r.room, r.address, r.household_no, r.relation, "、".join(sorted(tags.get(r.uuid, []))), r.notes]
            for r in query.iterator())
    return write_table(path, "居民名单", [c.header for c in RESIDENT_COLUMNS], rows)


def export_buildings(root: OrgUnit, path: Path | str) -> int:
    check_unit(root)
    query = (Building.select(Building, OrgUnit.code).join(OrgUnit, on=(Building.grid == OrgUnit.uuid))
             .where(OrgUnit.under(root.path) & (Building.deleted == False))  # noqa: E712
             .order_by(OrgUnit.path, Building.name).objects())
    rows = ([b.code, b.name, b.address, b.floors, b.households, "是" if b.is_civilized else "否",
             "是" if b.is_model else "否"] for b in query.iterator())
    return write_table(path, "楼栋名单", [c.header for c in BUILDING_COLUMNS], rows)
