"""Party task forces 党员突击队 and volunteer teams 志愿服务队 of a community or a
subdistrict (their members: app/support/team_members.py).

Rules: the kind is task_force or volunteer; the org unit is a live community or
subdistrict; a name is required and unique among the teams of that org unit that
are not disbanded; the founding date is not in the future. Disbanding 解散 sets
disbanded_on (not before the founding, not in the future) and keeps the team and
its members on record; a disbanded team takes no new members. Retiring (a
tombstone) is for a team entered by mistake.
"""

import datetime as dt
from dataclasses import dataclass

from app.auth import require
from app.errors import Conflict, ValidationError
from app.records import get_live
from app.scope import within
from app.support.common import choice, day, org, required, save, text, tombstone
from app.validators import check_input, text_field
from db.connection import database
from db.models import Level, OrgUnit, Team

KINDS = {"task_force": "党员突击队", "volunteer": "志愿服务队"}
# The volunteer teams the article names, with what they do (a starting point for the form).
VOLUNTEER_EXAMPLES = {"管得宽": "矛盾纠纷排查、文明劝导", "一家亲": "邻里互助、关爱空巢老人",
                      "安居乐": "治安巡防、安全隐患排查"}
GONE = "找不到这支队伍，可能已被删除。请刷新后再试。"


@dataclass
class TeamInput:
    kind: str = text_field(20, "队伍类别", default="volunteer")
    org_unit_uuid: str | None = None  # a community or a subdistrict
    name: str = text_field(60, "队伍名称")
    leader_name: str = text_field(30, "队长")
    focus: str = text_field(200, "服务方向")
    founded_on: dt.date | str | None = text_field(20, "成立日期", default=None)  # empty = today


def clean(data: TeamInput) -> dict:
    check_input(data)
    return {"kind": choice(data.kind, KINDS, "kind", "队伍类别"),
            "org_unit": org(data.org_unit_uuid, (Level.SUBDISTRICT, Level.COMMUNITY),
                            "请选择队伍所属的社区或街道（须为现有单位）。", "org_unit"),
            "name": required(data.name, "name", "队伍名称"), "leader_name": text(data.leader_name),
            "focus": text(data.focus), "founded_on": day(data.founded_on, "founded_on", "成立日期")}


def _check_unique(values: dict, exclude: str | None = None) -> None:
    query = Team.live().where((Team.org_unit == values["org_unit"].uuid) & (Team.name == values["name"])
                              & Team.disbanded_on.is_null())
    if exclude:
        query = query.where(Team.uuid != exclude)
    if query.exists():
        raise Conflict(f"“{values['org_unit'].name}”已有队伍“{values['name']}”，请换一个名称或编辑原队伍。",
                       field="name")


def create(data: TeamInput) -> Team:
    require("write")
    values = clean(data)
    with database.atomic():
        _check_unique(values)
        return Team.create(**values)


def update(uuid: str, data: TeamInput) -> Team:
    require("write")
    team = get(uuid)
    values = clean(data)
    if team.disbanded_on and values["founded_on"] > team.disbanded_on:
        raise ValidationError("成立日期不能晚于解散日期，请核对。", field="founded_on")
    with database.atomic():
        if team.disbanded_on is None:
            _check_unique(values, exclude=uuid)
        return save(team, values)


def disband(uuid: str, on: dt.date | str | None = None) -> Team:
    """解散: the team stays on record with its members."""
    require("write")
    team = get(uuid)
    if team.disbanded_on:
        raise Conflict(f"队伍“{team.name}”已于 {team.disbanded_on} 解散。")
    when = day(on, "disbanded_on", "解散日期")
    if team.founded_on and when < team.founded_on:
        raise ValidationError("解散日期不能早于成立日期，请核对。", field="disbanded_on")
    return save(team, {"disbanded_on": when})


def retire(uuid: str) -> None:
    """A team entered by mistake (a tombstone); a real team that ended is disbanded."""
    require("write")
    tombstone(get(uuid))


def get(uuid: str) -> Team:
    return get_live(Team, uuid, GONE)


def teams(root_path: str | None = None, kind: str | None = None, *, include_disbanded: bool = False) -> list[Team]:
    """Live teams under an org subtree, active first, by org unit then name."""
    root_path = within(root_path)
    query = Team.live().join(OrgUnit, on=(Team.org_unit == OrgUnit.uuid))
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    if kind:
        query = query.where(Team.kind == kind)
    if not include_disbanded:
        query = query.where(Team.disbanded_on.is_null())
    return list(query.order_by(Team.disbanded_on.is_null(False), OrgUnit.path, Team.name))
