"""Residents: validation, adding, editing, moving, retiring, tags.

Every function is one transaction and checks the role. ID numbers are checked
against GB 11643; where one is given, birth date and gender come from it.
"""

import datetime as dt
from dataclasses import dataclass

from app import owners, records
from app.auth import require
from app.errors import Conflict, ValidationError
from app.validators import (
    check_input,
    check_text,
    id_birth_date,
    id_gender,
    normalize_id_number,
    normalize_phone,
    text_field,
)
from db.connection import database
from db.models import Building, Level, OrgUnit, Resident, ResidentTag, TagDef

BUILTIN_TAGS = ("独居老人", "空巢老人", "残疾人", "低保户", "特困人员", "退役军人", "留守儿童", "流动人口")
RELATIONS = ("户主", "配偶", "子女", "父母", "祖父母", "孙子女", "兄弟姐妹", "其他")
GENDERS = {"M": "男", "F": "女"}


@dataclass
class ResidentInput:
    """What a clerk typed (or a roster row held), before validation."""

    name: str = text_field(30, "姓名")
    id_number: str = text_field(25, "身份证号")
    phone: str = text_field(30, "联系电话")
    gender: str = text_field(4, "性别")
    birth_date: dt.date | str | None = text_field(20, "出生日期", default=None)
    building_uuid: str | None = None
    room: str = text_field(20, "房号")
    address: str = text_field(100, "地址")
    household_no: str = text_field(30, "户号")
    relation: str = text_field(10, "与户主关系")
    notes: str = text_field(200, "备注", multiline=True)
    tags: list[str] | None = text_field(12, "标签", default=None)  # None: leave the recorded tags as they are


def clean(data: ResidentInput) -> dict:
    """Validated column values; raises ValidationError naming the field and the fix."""
    check_input(data)
    name = (data.name or "").strip()
    if not name or len(name) > 30:
        raise ValidationError("请填写居民姓名（不超过30个字）。", field="name")
    values = {"name": name, "room": _text(data.room), "address": _text(data.address),
              "household_no": _text(data.household_no), "notes": _text(data.notes)}
    values.update(_identity(data))
    values["phone"] = normalize_phone(data.phone) if (data.phone or "").strip() else None
    relation = _text(data.relation)
    if relation and relation not in RELATIONS:
        raise ValidationError(f"与户主关系“{relation}”无效：可选 {'、'.join(RELATIONS)}。", field="relation")
    values["relation"] = relation
    return values


def _identity(data: ResidentInput) -> dict:
    gender = _gender(data.gender)
    birth = _date(data.birth_date)
    if not (data.id_number or "").strip():
        return {"id_number": None, "gender": gender, "birth_date": birth}
    number = normalize_id_number(data.id_number)
    return {"id_number": number, "gender": id_gender(number), "birth_date": id_birth_date(number)}


def _gender(raw: str) -> str | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    for code, label in GENDERS.items():
        if raw in (code, label, code.lower()):
            return code
    raise ValidationError(f"性别“{raw}”无效：请填“男”或“女”。", field="gender")


def _date(raw) -> dt.date | None:
    if raw in (None, ""):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    try:
        value = dt.date.fromisoformat(str(raw).strip().replace("/", "-").replace(".", "-"))
    except ValueError:
        raise ValidationError(f"出生日期“{raw}”无效：请按 1980-05-17 的格式填写。", field="birth_date") from None
    if not dt.date(1890, 1, 1) <= value <= dt.date.today():
        raise ValidationError(f"出生日期“{raw}”不在合理范围内（1890年至今天），请核对。", field="birth_date")
    return value


def _text(raw) -> str | None:
    value = ("" if raw is None else str(raw)).strip()
    return value or None


def grid_of(uuid: str) -> OrgUnit:
    grid = OrgUnit.get_or_none((OrgUnit.uuid == uuid) & (OrgUnit.deleted == False))  # noqa: E712
    if grid is None or grid.level != Level.GRID:
        raise ValidationError("居民和楼栋只能登记在网格下，请先在左侧选择一个网格。", field="grid")
    return grid


def duplicate_of(id_number: str | None, exclude: str | None = None) -> Resident | None:
    if not id_number:
        return None
    query = Resident.live().where(Resident.id_number == id_number)
    if exclude:
        query = query.where(Resident.uuid != exclude)
    return query.first()


def _check_duplicate(values: dict, exclude: str | None = None) -> None:
    other = duplicate_of(values.get("id_number"), exclude)
    if other is not None:
        raise Conflict(f"身份证号已登记：{other.name}（{other.grid.name}）。同一居民不能重复登记，"
                       "如需调整请修改或迁移原记录。", field="id_number")


def _check_building(building_uuid: str | None, grid: OrgUnit) -> Building | None:
    if not building_uuid:
        return None
    building = Building.get_or_none((Building.uuid == building_uuid) & (Building.deleted == False))  # noqa: E712
    if building is None or building.grid_uuid != grid.uuid:
        raise ValidationError("所选楼栋不在这个网格内，请重新选择。", field="building")
    return building


def add(grid_uuid: str, data: ResidentInput) -> Resident:
    require("write")
    grid = grid_of(grid_uuid)
    values = clean(data)
    with database.atomic():
        _check_duplicate(values)
        building = _check_building(data.building_uuid, grid)
        resident = Resident.create(grid=grid, building=building, **values)
        _write_tags(resident, data.tags or [])
    return resident


def update(uuid: str, data: ResidentInput) -> Resident:
    require("write")
    resident = get(uuid)
    values = clean(data)
    with database.atomic():
        _check_duplicate(values, exclude=uuid)
        values["building"] = _check_building(data.building_uuid, resident.grid)
        for key, value in values.items():
            setattr(resident, key, value)
        resident.save()
        if data.tags is not None:
            _write_tags(resident, data.tags)
    return resident


def move(uuid: str, grid_uuid: str, building_uuid: str | None = None) -> Resident:
    """Move to another grid (and building); returns the resident as it was, for undo."""
    require("write")
    resident = get(uuid)
    grid = grid_of(grid_uuid)
    with database.atomic():
        resident.grid = grid
        resident.building = _check_building(building_uuid, grid)
        resident.save()
    return resident


def retire(uuid: str) -> None:
    require("write")
    with database.atomic():
        get(uuid).delete_instance()


def restore(uuid: str) -> Resident:
    """Undo a retirement (unless the ID number was registered again meanwhile)."""
    resident = Resident.get_or_none(Resident.uuid == uuid)
    if resident is not None:
        _check_duplicate({"id_number": resident.id_number}, exclude=uuid)
    return records.restore(Resident, uuid, "找不到这条居民记录。")


def get(uuid: str) -> Resident:
    return records.get_live(Resident, uuid, "找不到这条居民记录，可能已被其他人删除或迁出。请刷新后再试。")


def tags_of(resident: Resident) -> list[str]:
    rows = ResidentTag.live().where(ResidentTag.resident == resident).order_by(ResidentTag.tag)
    return [row.tag for row in rows]


def tag_catalogue() -> list[str]:
    extra = [t.name for t in TagDef.live().order_by(TagDef.sort_order, TagDef.name)]
    return list(BUILTIN_TAGS) + [t for t in extra if t not in BUILTIN_TAGS]


def add_tag(name: str) -> TagDef:
    require("admin")
    owners.require_district("tag_def")
    check_text(name or "", label="标签名称", limit=12, field="name")
    name = (name or "").strip()
    if not name or len(name) > 12:
        raise ValidationError("标签名称不能为空，且不超过12个字。", field="name")
    if name in tag_catalogue():
        raise Conflict(f"标签“{name}”已存在。", field="name")
    with database.atomic():
        return TagDef.create(name=name)


def _write_tags(resident: Resident, tags: list[str]) -> None:
    wanted = [t.strip() for t in tags if t and t.strip()]
    unknown = sorted(set(wanted) - set(tag_catalogue()))
    if unknown:
        raise ValidationError(f"未知的标签：{'、'.join(unknown)}。请从标签列表中选择，或请管理员先添加。", field="tags")
    current = {row.tag: row for row in ResidentTag.live().where(ResidentTag.resident == resident)}
    for tag in set(current) - set(wanted):
        current[tag].delete_instance()
    for tag in sorted(set(wanted) - set(current)):
        ResidentTag.create(resident=resident, tag=tag)
