"""双报到 (1) — registered units 报到单位: the organisations (with their party
organisations) that register with a community. What they offer is the supply list
(app/orders/offers.py); their service record is app/support/service_record.py.

Rules: a name is required and unique among the live units of one community; the
community must be a live community; the contact phone, if given, must be a valid
phone number; the registration date is not in the future. Retiring a unit is a
tombstone (undo with app.records.restore); its members keep their records.
"""

import datetime as dt
from dataclasses import dataclass

from app import records
from app.auth import require
from app.errors import Conflict, ValidationError
from app.records import get_live
from app.scope import within
from app.support.common import community, day, phone, required, save, text, tombstone
from app.validators import check_input, search_text, text_field
from db.connection import database
from db.models import OrgUnit, Unit

KINDS = ("机关", "事业单位", "国有企业", "非公企业", "社会组织")
GONE = "找不到这个报到单位，可能已被删除。请刷新后再试。"


@dataclass
class UnitInput:
    name: str = text_field(60, "单位名称")
    community_uuid: str | None = None
    kind: str = text_field(20, "单位类别")  # one of KINDS, or empty
    has_party_org: bool = True
    contact_name: str = text_field(30, "联系人")
    contact_phone: str = text_field(30, "联系电话")
    registered_on: dt.date | str | None = text_field(20, "报到日期", default=None)  # empty = today


def clean(data: UnitInput) -> dict:
    check_input(data)
    kind = text(data.kind)
    if kind and kind not in KINDS:
        raise ValidationError(f"请选择单位类别：{'、'.join(KINDS)}（也可不填）。", field="kind")
    return {"name": required(data.name, "name", "单位名称"), "community": community(data.community_uuid),
            "kind": kind, "has_party_org": bool(data.has_party_org), "contact_name": text(data.contact_name),
            "contact_phone": phone(data.contact_phone, "contact_phone"),
            "registered_on": day(data.registered_on, "registered_on", "报到日期")}


def _check_unique(values: dict, exclude: str | None = None) -> None:
    query = Unit.live().where((Unit.community == values["community"].uuid) & (Unit.name == values["name"]))
    if exclude:
        query = query.where(Unit.uuid != exclude)
    if query.exists():
        raise Conflict(f"“{values['community'].name}”已登记报到单位“{values['name']}”，请勿重复登记；"
                       "如需修改，请在列表中找到它后编辑。", field="name")


def register(data: UnitInput) -> Unit:
    """A unit registers with a community (报到)."""
    require("write")
    values = clean(data)
    with database.atomic():
        _check_unique(values)
        return Unit.create(**values)


def update(uuid: str, data: UnitInput) -> Unit:
    require("write")
    unit = get(uuid)
    values = clean(data)
    with database.atomic():
        _check_unique(values, exclude=uuid)
        return save(unit, values)


def retire(uuid: str) -> None:
    """The unit no longer reports to the community (a tombstone)."""
    require("write")
    tombstone(get(uuid))


def restore(uuid: str) -> Unit:
    """Undo a retirement."""
    return records.restore(Unit, uuid)


def get(uuid: str) -> Unit:
    return get_live(Unit, uuid, GONE)


def units(root_path: str | None = None, name_like: str = "") -> list[Unit]:
    """Live units under an org subtree, by community then name."""
    root_path = within(root_path)
    query = Unit.live().join(OrgUnit, on=(Unit.community == OrgUnit.uuid))
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    if search_text(name_like):
        query = query.where(Unit.name.contains(search_text(name_like)))
    return list(query.order_by(OrgUnit.path, Unit.name))


def names(uuids) -> dict[str, str]:
    """The names of these live units (one read of only those, for a list that names them)."""
    query = Unit.select(Unit.uuid, Unit.name).where(Unit.uuid.in_(list(set(uuids) - {None})) & (Unit.deleted == False))  # noqa: E712
    return dict(query.tuples())
