"""What else lives in a grid: resident groups 居民小组, central households 中心户
with the neighbours their leader looks after, stationed units 驻社单位 and
shops 商业网点."""

from dataclasses import dataclass

from app import records
from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.grid import residents
from app.validators import check_input, check_text, normalize_phone, text_field
from db.connection import database
from db.models import CentralHousehold, CentralHouseholdLink, Establishment, Resident, ResidentGroup

KINDS = {"unit": "驻社单位", "shop": "商业网点"}


@dataclass
class EstablishmentInput:
    kind: str = text_field(20, "类型", default="unit")
    name: str = text_field(60, "名称")
    category: str = text_field(30, "类别")
    address: str = text_field(100, "地址")
    contact_name: str = text_field(30, "联系人")
    contact_phone: str = text_field(30, "联系电话")
    has_party_org: bool = False


def add_group(grid_uuid: str, name: str) -> ResidentGroup:
    require("write")
    check_text(name or "", label="居民小组名称", limit=30, field="name")
    grid = residents.grid_of(grid_uuid)
    name = (name or "").strip()
    if not name:
        raise ValidationError("请填写居民小组名称，如 第一居民小组。", field="name")
    if ResidentGroup.live().where((ResidentGroup.grid == grid) & (ResidentGroup.name == name)).exists():
        raise Conflict(f"本网格已有“{name}”。", field="name")
    with database.atomic():
        return ResidentGroup.create(grid=grid, name=name)


def set_group(resident_uuid: str, group: ResidentGroup | None) -> Resident:
    require("write")
    resident = residents.get(resident_uuid)
    if group is not None and group.grid_uuid != resident.grid_uuid:
        raise ValidationError("居民小组须与居民在同一网格。", field="group")
    with database.atomic():
        resident.group = group
        resident.save()
    return resident


def make_central_household(leader_uuid: str, neighbour_uuids: list[str], name: str = "") -> CentralHousehold:
    """A household leader 中心户长 and the neighbours they look after (same grid)."""
    require("write")
    check_text(name or "", label="中心户名称", limit=30, field="name")
    leader = residents.get(leader_uuid)
    neighbours = [residents.get(u) for u in neighbour_uuids if u != leader_uuid]
    if any(n.grid_uuid != leader.grid_uuid for n in neighbours):
        raise ValidationError("中心户联系的邻居须与中心户长在同一网格。", field="neighbours")
    with database.atomic():
        household = CentralHousehold.create(grid=leader.grid_uuid, leader=leader, name=name or f"{leader.name}中心户")
        for n in neighbours:
            CentralHouseholdLink.create(household=household, resident=n)
    return household


def neighbours_of(household: CentralHousehold) -> list[Resident]:
    return [link.resident for link in CentralHouseholdLink.live().where(CentralHouseholdLink.household == household)
            if not link.resident.deleted]


def clean_establishment(data: EstablishmentInput) -> dict:
    check_input(data)
    if data.kind not in KINDS:
        raise ValidationError("类型须为驻社单位或商业网点。", field="kind")
    name = (data.name or "").strip()
    if not name or len(name) > 60:
        raise ValidationError("请填写名称（不超过60个字）。", field="name")
    phone = (data.contact_phone or "").strip()
    return {"kind": data.kind, "name": name, "category": (data.category or "").strip() or None,
            "address": (data.address or "").strip() or None,
            "contact_name": (data.contact_name or "").strip() or None,
            "contact_phone": normalize_phone(phone) if phone else None, "has_party_org": bool(data.has_party_org)}


def add_establishment(grid_uuid: str, data: EstablishmentInput) -> Establishment:
    require("write")
    grid = residents.grid_of(grid_uuid)
    values = clean_establishment(data)
    with database.atomic():
        return Establishment.create(grid=grid, **values)


def update_establishment(uuid: str, data: EstablishmentInput) -> Establishment:
    require("write")
    row = records.get_live(Establishment, uuid, "找不到这个单位或网点，请刷新后再试。")
    with database.atomic():
        for key, value in clean_establishment(data).items():
            setattr(row, key, value)
        row.save()
    return row


def retire_establishment(uuid: str) -> None:
    require("write")
    row = Establishment.get_or_none(Establishment.uuid == uuid)
    if row is None:
        raise NotFound("找不到这个单位或网点。")
    with database.atomic():
        row.delete_instance()


def get_establishment(uuid: str) -> Establishment:
    """One unit or shop, to edit (scope-checked like every record)."""
    return records.get_live(Establishment, uuid, "找不到这个单位或网点。")


def restore_establishment(uuid: str) -> Establishment:
    """Undo a removal."""
    return records.restore(Establishment, uuid, "找不到这个单位或网点。")


def assign_group(resident_uuids: list[str], group_uuid: str | None) -> dict[str, str | None]:
    """Put residents in a group (None: out of any) in one transaction; returns each
    one's previous group, for an undo."""
    require("write")
    group = None
    if group_uuid:
        group = ResidentGroup.get_or_none((ResidentGroup.uuid == group_uuid) & (ResidentGroup.deleted == False))  # noqa: E712
        if group is None:
            raise NotFound("找不到这个居民小组，请刷新后再试。")
    before = {}
    with database.atomic():
        for uuid in resident_uuids:
            before[uuid] = residents.get(uuid).group_uuid
            set_group(uuid, group)
    return before


def restore_groups(before: dict[str, str | None]) -> None:
    """Undo assign_group."""
    with database.atomic():
        for uuid, group_uuid in before.items():
            assign_group([uuid], group_uuid)
