"""双报到 (2) — in-service party members 在职党员 registered with a community,
through their unit or directly. What they offer is the supply list
(app/orders/offers.py); their service record is app/support/service_record.py.

Rules: a name is required; the community must be a live community; the unit, if
given, must be a live registered unit (of any community: a member may live in
another community than the one the unit reports to); the phone, if given, must be
valid; gender is M, F or empty; the registration date is not in the future.
Retiring a member is a tombstone (undo with app.records.restore).
"""

import datetime as dt
from dataclasses import dataclass

from app import records
from app.auth import require
from app.errors import ValidationError
from app.records import get_live
from app.scope import within
from app.support.common import community, day, phone, required, save, text, tombstone
from app.validators import check_input, search_text, text_field
from db.connection import database
from db.models import Member, OrgUnit, Unit

GENDERS = {"M": "男", "F": "女"}
GONE = "找不到这名在职党员，可能已被删除。请刷新后再试。"


@dataclass
class MemberInput:
    name: str = text_field(30, "党员姓名")
    community_uuid: str | None = None
    unit_uuid: str | None = None
    gender: str = text_field(4, "性别")  # M / F / empty
    phone: str = text_field(30, "联系电话")
    registered_on: dt.date | str | None = text_field(20, "报到日期", default=None)  # empty = today


def clean(data: MemberInput) -> dict:
    check_input(data)
    gender = text(data.gender)
    if gender and gender not in GENDERS:
        raise ValidationError("性别请选择“男”或“女”（也可不填）。", field="gender")
    unit = None
    if text(data.unit_uuid):
        unit = Unit.live_by_id(data.unit_uuid)
        if unit is None:
            raise ValidationError("所选报到单位不存在或已被删除，请重新选择（直接到社区报到的可不选单位）。",
                                  field="unit")
    return {"name": required(data.name, "name", "党员姓名"), "community": community(data.community_uuid),
            "unit": unit, "gender": gender, "phone": phone(data.phone),
            "registered_on": day(data.registered_on, "registered_on", "报到日期")}


def register(data: MemberInput) -> Member:
    """An in-service party member registers with a community (报到)."""
    require("write")
    values = clean(data)
    with database.atomic():
        return Member.create(**values)


def update(uuid: str, data: MemberInput) -> Member:
    require("write")
    member = get(uuid)
    return save(member, clean(data))


def retire(uuid: str) -> None:
    require("write")
    tombstone(get(uuid))


def restore(uuid: str) -> Member:
    """Undo a retirement."""
    return records.restore(Member, uuid)


def get(uuid: str) -> Member:
    return get_live(Member, uuid, GONE)


def members(root_path: str | None = None, unit_uuid: str | None = None, name_like: str = "") -> list[Member]:
    """Live members under an org subtree (or of one unit), by community then name."""
    return list(_live(root_path, unit_uuid, name_like).order_by(OrgUnit.path, Member.name))


def member_page(root_path: str | None, name_like: str, offset: int, limit: int) -> tuple[list[Member], int]:
    """One page of members() (a district at 1m has 44,000): the rows and the offset of the next page."""
    query = _live(root_path, None, name_like).order_by(OrgUnit.path, Member.name, Member.uuid)
    found = list(query.offset(offset).limit(limit))
    return found, offset + len(found)


def member_count(root_path: str | None, name_like: str = "") -> int:
    return _live(root_path, None, name_like).count()


def _live(root_path: str | None, unit_uuid: str | None, name_like: str):
    root_path = within(root_path)
    query = Member.live().join(OrgUnit, on=(Member.community == OrgUnit.uuid))
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    if unit_uuid:
        query = query.where(Member.unit == unit_uuid)
    if search_text(name_like):
        query = query.where(Member.name.contains(search_text(name_like)))
    return query
