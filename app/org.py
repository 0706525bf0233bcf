"""The organisation tree: reading it, adding units, finding a subtree."""

import re
from dataclasses import dataclass

from app import owners
from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.scope import check_unit, within
from app.validators import check_text
from db.connection import database
from db.models import Level, OrgUnit

LEVEL_NAMES = {Level.DISTRICT: "区", Level.SUBDISTRICT: "街道", Level.COMMUNITY: "社区",
               Level.ZONE: "片区", Level.GRID: "网格"}
SITE_LEVELS = {"district": Level.DISTRICT, "subdistrict": Level.SUBDISTRICT, "community": Level.COMMUNITY}
_CODE_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{1,31}$")


@dataclass(frozen=True)
class TreeRow:
    uuid: str
    parent_uuid: str | None
    code: str
    name: str
    level: int
    path: str


SHORT_NAME_SUFFIXES = ("社区居民委员会", "居民委员会", "居委会", "社区", "村民委员会", "村委会", "村",
                       "街道办事处", "街道办", "办事处", "街道", "镇人民政府", "镇", "区")


def short_name(unit: OrgUnit) -> str:
    """The name without its level word (东关社区 -> 东关, 城关街道办事处 -> 城关, 商州区 -> 商州): the one
    way every document number names its unit (调解案件 东关调〔2026〕第015号, notices 东关社公〔2026〕1号)."""
    for suffix in SHORT_NAME_SUFFIXES:
        if unit.name.endswith(suffix) and len(unit.name) > len(suffix):
            return unit.name[: -len(suffix)]
    return unit.name


def tree_rows(root_path: str | None = None) -> list[TreeRow]:
    """Every live unit (under root_path if given), parents before children."""
    root_path = within(root_path)
    query = OrgUnit.select(OrgUnit.uuid, OrgUnit.parent, OrgUnit.code, OrgUnit.name, OrgUnit.level, OrgUnit.path)
    query = query.where(OrgUnit.deleted == False)  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    rows = query.order_by(OrgUnit.path).tuples()
    return [TreeRow(*row) for row in rows]


def units_at(level: int, root_path: str | None = None) -> list[TreeRow]:
    """The live units of one level (under root_path if given), in tree order."""
    root_path = within(root_path)
    query = OrgUnit.select(OrgUnit.uuid, OrgUnit.parent, OrgUnit.code, OrgUnit.name, OrgUnit.level, OrgUnit.path)
    query = query.where((OrgUnit.deleted == False) & (OrgUnit.level == int(level)))  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return [TreeRow(*row) for row in query.order_by(OrgUnit.path).tuples()]


def unit(uuid: str | None, *, live: bool = False) -> OrgUnit | None:
    """The unit the window names by a tree row's uuid (None for none; live: not a retired one);
    refused outside the signed-in user's scope."""
    found = check_unit(uuid) if uuid else None
    return None if found is None or (live and found.deleted) else found


def by_code(code: str) -> OrgUnit:
    unit = OrgUnit.get_or_none((OrgUnit.code == code) & (OrgUnit.deleted == False))  # noqa: E712
    if unit is None:
        raise NotFound(f"找不到编码为“{code}”的组织单位。请用 stats 或网格管理页核对编码。")
    return unit


def roots() -> list[OrgUnit]:
    min_level = OrgUnit.select(OrgUnit.level).where(OrgUnit.deleted == False).order_by(OrgUnit.level).limit(1)  # noqa: E712
    return list(OrgUnit.live().where(OrgUnit.level == min_level.scalar()).order_by(OrgUnit.code)) if min_level.exists() else []


def validate_code(code: str) -> str:
    code = (code or "").strip()
    if not _CODE_RE.match(code):
        raise ValidationError(f"编码“{code}”不合规：请用2-32位数字或字母（可含短横线），如 611002001。", field="code")
    return code


def validate_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 60:
        raise ValidationError("请填写名称（不超过60个字）。", field="name")
    return name


def create_root(code: str, name: str, level: Level) -> OrgUnit:
    code, name = validate_code(code), validate_name(name)
    with database.atomic():
        _ensure_free(code)
        return OrgUnit.create(code=code, name=name, level=int(level), parent=None, path=f"{code}/")


def add_unit(parent: OrgUnit, code: str, name: str, sort_order: int = 0) -> OrgUnit:
    require("write")
    check_text(name or "", label="名称", limit=60, field="name")
    if parent.level >= Level.GRID:
        raise ValidationError("网格是最末一级，不能在网格下再建下级单位。")
    owners.require_unit_owner(parent.level + 1)
    code, name = validate_code(code), validate_name(name)
    with database.atomic():
        _ensure_free(code)
        return OrgUnit.create(code=code, name=name, level=parent.level + 1, parent=parent,
                              path=f"{parent.path}{code}/", sort_order=sort_order)


def _ensure_free(code: str) -> None:
    if OrgUnit.select().where(OrgUnit.code == code).exists():
        raise Conflict(f"编码“{code}”已被其他单位使用，请换一个编码。", field="code")


def count_by_level(root_path: str | None = None) -> dict[int, int]:
    root_path = within(root_path)
    from peewee import fn
    query = OrgUnit.select(OrgUnit.level, fn.COUNT(OrgUnit.uuid)).where(OrgUnit.deleted == False)  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return dict(query.group_by(OrgUnit.level).tuples())


def rename(unit: OrgUnit, name: str) -> OrgUnit:
    require("write")
    owners.require_unit_owner(unit.level)
    check_text(name or "", label="名称", limit=60, field="name")
    with database.atomic():
        unit.name = validate_name(name)
        unit.save()
    return unit


def move_unit(unit: OrgUnit, new_parent: OrgUnit) -> OrgUnit:
    """Move a unit and its subtree under another parent of the same level as before
    (a grid to another zone); returns the old parent for undo."""
    require("write")
    owners.require_unit_owner(unit.level)
    old_parent = unit.parent
    if unit.parent is None or new_parent.level != unit.level - 1:
        raise ValidationError(f"只能把{LEVEL_NAMES[Level(unit.level)]}移到另一个{LEVEL_NAMES[Level(unit.level - 1)]}下。")
    if new_parent.path.startswith(unit.path):
        raise ValidationError("不能把单位移到它自己的下级单位下。")
    old_path, new_path = unit.path, f"{new_parent.path}{unit.code}/"
    with database.atomic():
        for row in OrgUnit.select().where(OrgUnit.under(old_path)):
            row.path = new_path + row.path[len(old_path):]
            if row.uuid == unit.uuid:
                row.parent = new_parent
            row.save()
    return old_parent


def retire_unit(unit: OrgUnit) -> None:
    """Tombstone a unit that has nothing live below it."""
    from db.models import Building, Resident

    require("write")
    owners.require_unit_owner(unit.level)
    if OrgUnit.live().where(OrgUnit.parent == unit).exists():
        raise ValidationError(f"“{unit.name}”下还有下级单位，请先移走或撤销它们。")
    if unit.level == Level.GRID and (Building.live().where(Building.grid == unit).exists()
                                     or Resident.live().where(Resident.grid == unit).exists()):
        raise ValidationError(f"“{unit.name}”内还有楼栋或居民，请先迁到其他网格。")
    with database.atomic():
        unit.delete_instance()


def restore_unit(uuid: str) -> OrgUnit:
    from app import records

    unit = OrgUnit.get_or_none(OrgUnit.uuid == uuid)
    if unit is not None:
        owners.require_unit_owner(unit.level)
    return records.restore(OrgUnit, uuid, "找不到这个单位。")
