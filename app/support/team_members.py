"""The members of a task force or volunteer team: an in-service party member, a
resident from the roster, or just a name (a volunteer not in the roster).

Rules: exactly one person per row — a member, a resident, or a typed name; the
name of a member or resident is copied from the record (a typed one may replace
it); the team is live and not disbanded; the same person is not twice an active
member (same member, same resident, or — for typed names — same name and phone);
leaving sets left_on (not before joining, not in the future) and never deletes;
one who left may join again (a new row).
"""

import datetime as dt
from dataclasses import dataclass

from peewee import SQL, fn

from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.records import get_live
from app.support import teams
from app.support.common import day, phone, save, text
from app.validators import check_input, text_field
from db.connection import database
from db.models import Member, Resident, TeamMember

GONE = "找不到这名队员，可能已被删除。请刷新后再试。"


@dataclass
class TeamMemberInput:
    member_uuid: str | None = None  # an in-service party member, or
    resident_uuid: str | None = None  # a resident, or neither: just
    name: str = text_field(30, "队员姓名")  # a name (with a phone if known)
    phone: str = text_field(30, "联系电话")
    joined_on: dt.date | str | None = text_field(20, "入队日期", default=None)  # empty = today


def _person(data: TeamMemberInput) -> dict:
    if text(data.member_uuid) and text(data.resident_uuid):
        raise ValidationError("队员请选择在职党员或居民其中之一，不能同时选择。", field="member")
    source = None
    if text(data.member_uuid):
        source = Member.live_by_id(data.member_uuid)
        if source is None:
            raise NotFound("所选在职党员不存在或已被删除，请刷新后重新选择。")
    elif text(data.resident_uuid):
        source = Resident.live_by_id(data.resident_uuid)
        if source is None:
            raise NotFound("所选居民不存在或已被删除，请刷新后重新选择。")
    name = text(data.name) or (source.name if source else None)
    if not name:
        raise ValidationError("请选择在职党员或居民，或填写队员姓名。", field="name")
    return {"member": source if isinstance(source, Member) else None,
            "resident": source if isinstance(source, Resident) else None,
            "name": name, "phone": phone(data.phone) or (source.phone if source else None)}


def _check_not_active(team_uuid: str, values: dict) -> None:
    query = TeamMember.live().where((TeamMember.team == team_uuid) & TeamMember.left_on.is_null())
    if values["member"]:
        query = query.where(TeamMember.member == values["member"].uuid)
    elif values["resident"]:
        query = query.where(TeamMember.resident == values["resident"].uuid)
    else:
        query = query.where(TeamMember.member.is_null() & TeamMember.resident.is_null()
                            & (TeamMember.name == values["name"]))
        query = query.where(TeamMember.phone == values["phone"]) if values["phone"] else query
    if query.exists():
        raise Conflict(f"“{values['name']}”已经是这支队伍的队员，无需重复添加。", field="name")


def join(team_uuid: str, data: TeamMemberInput) -> TeamMember:
    """Add a member to a team that is not disbanded."""
    require("write")
    check_input(data)
    team = teams.get(team_uuid)
    if team.disbanded_on:
        raise Conflict(f"队伍“{team.name}”已解散，不能再添加队员。")
    values = _person(data)
    values["joined_on"] = day(data.joined_on, "joined_on", "入队日期")
    with database.atomic():
        _check_not_active(team.uuid, values)
        return TeamMember.create(team=team, **values)


def leave(uuid: str, on: dt.date | str | None = None) -> TeamMember:
    """退队: sets left_on; the row stays."""
    require("write")
    row = get_live(TeamMember, uuid, GONE)
    if row.left_on:
        raise Conflict(f"“{row.name}”已于 {row.left_on} 退出这支队伍。")
    when = day(on, "left_on", "退队日期")
    if row.joined_on and when < row.joined_on:
        raise ValidationError("退队日期不能早于入队日期，请核对。", field="left_on")
    return save(row, {"left_on": when})


def members(team_uuid: str, *, include_left: bool = False) -> list[TeamMember]:
    """A team's members: active ones first, each group by name."""
    query = TeamMember.live().where(TeamMember.team == team_uuid)
    if not include_left:
        query = query.where(TeamMember.left_on.is_null())
    return list(query.order_by(TeamMember.left_on.is_null(False), TeamMember.name))


def active_count(team_uuid: str) -> int:
    return (TeamMember.live().where((TeamMember.team == team_uuid) & TeamMember.left_on.is_null()).count())


def active_counts(team_uuids: list[str]) -> dict[str, int]:
    """The active members of each of these teams, in one grouped read (a team without any: absent)."""
    query = (TeamMember.select(TeamMember.team, fn.COUNT(SQL("*"))).where(
        TeamMember.team.in_(team_uuids) & (TeamMember.deleted == False)  # noqa: E712
        & TeamMember.left_on.is_null()).group_by(TeamMember.team))
    return dict(query.tuples())
