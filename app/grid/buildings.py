"""Buildings in a grid: add, edit, move to another grid, retire, building leader."""

from dataclasses import dataclass

from app import records
from app.auth import require
from app.errors import ValidationError
from app.grid.residents import grid_of
from app.scope import check_unit
from app.validators import check_input, check_text, text_field
from db.connection import database
from db.models import Building, Person, Resident


@dataclass
class BuildingInput:
    name: str = text_field(40, "楼栋名称")
    address: str = text_field(100, "地址")
    floors: int | str | None = text_field(10, "层数", default=None)
    households: int | str | None = text_field(10, "户数", default=None)
    is_civilized: bool = False
    is_model: bool = False


def clean(data: BuildingInput) -> dict:
    check_input(data)
    name = (data.name or "").strip()
    if not name or len(name) > 40:
        raise ValidationError("请填写楼栋名称（如 3号楼，不超过40个字）。", field="name")
    return {"name": name, "address": (data.address or "").strip() or None,
            "floors": _count(data.floors, "floors", "层数", 200),
            "households": _count(data.households, "households", "户数", 5000),
            "is_civilized": bool(data.is_civilized), "is_model": bool(data.is_model)}


def _count(raw, field: str, label: str, limit: int) -> int | None:
    if raw in (None, ""):
        return None
    try:
        value = int(str(raw).strip())
    except ValueError:
        raise ValidationError(f"{label}“{raw}”不是整数，请填写数字。", field=field) from None
    if not 0 < value <= limit:
        raise ValidationError(f"{label}应在 1 到 {limit} 之间。", field=field)
    return value


def of_grid(grid_uuid: str) -> list[tuple[str, str]]:
    """(uuid, name) of the live buildings of a grid, by name: the choices of a resident's building."""
    check_unit(grid_uuid)
    query = Building.select(Building.uuid, Building.name).where((Building.grid == grid_uuid) & (Building.deleted == False))  # noqa: E712
    return list(query.order_by(Building.name).tuples())


def get(uuid: str) -> Building:
    return records.get_live(Building, uuid, "找不到这栋楼，可能已被撤销。请刷新后再试。")


def add(grid_uuid: str, data: BuildingInput) -> Building:
    require("write")
    grid = grid_of(grid_uuid)
    values = clean(data)
    with database.atomic():
        return Building.create(grid=grid, **values)


def update(uuid: str, data: BuildingInput) -> Building:
    require("write")
    building = get(uuid)
    with database.atomic():
        for key, value in clean(data).items():
            setattr(building, key, value)
        building.save()
    return building


def move(uuid: str, grid_uuid: str) -> str:
    """Move a building (and its residents) to another grid; returns the old grid for undo."""
    require("write")
    building = get(uuid)
    grid = grid_of(grid_uuid)
    old = building.grid_uuid
    with database.atomic():
        building.grid = grid
        building.save()
        Resident.update(grid=grid).where((Resident.building == building) & (Resident.deleted == False)).execute()  # noqa: E712
    return old


def retire(uuid: str) -> None:
    require("write")
    building = get(uuid)
    if Resident.live().where(Resident.building == building).exists():
        raise ValidationError("这栋楼还有登记的居民，请先迁出或注销居民，再撤销楼栋。")
    with database.atomic():
        building.delete_instance()


def restore(uuid: str) -> Building:
    return records.restore(Building, uuid, "找不到这栋楼。")


def set_leader(uuid: str, person: Person | None) -> Building:
    """Name (or clear) the building leader 楼栋长."""
    require("write")
    building = get(uuid)
    with database.atomic():
        building.leader = person
        building.save()
    return building


def appoint_leader(uuid: str, name: str, phone: str = "") -> Building:
    """A new building leader 楼栋长: the person, their role on the grid and the
    building's leader, in one transaction."""
    from app.grid import roles
    from db.models import Role

    require("write")
    check_text(name or "", label="楼栋长姓名", limit=30, field="name")
    check_text(phone or "", label="联系电话", limit=30, field="phone")
    building = get(uuid)
    with database.atomic():
        assignment = roles.appoint(building.grid, Role.BUILDING_LEADER, name, phone)
        building.leader = assignment.person
        building.save()
    return building
