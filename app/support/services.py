"""Volunteer services 志愿服务: one outing of volunteers, where it took place, how
many served and how many practical problems it solved 解决实际问题 (the figure
support.volunteer_problems_solved adds up).

Rules: the org unit is a live subdistrict, community, zone or grid; the date is
not in the future (nor before 2000); a title is required; volunteers and problems
solved are whole numbers >= 0; the team, if given, is live and was not disbanded
before the date; the project, if given, is a live project that was not dropped.
Retiring (a tombstone) removes a wrong entry from the figures.
"""

import datetime as dt
from dataclasses import dataclass

from app import records
from app.auth import require
from app.errors import ValidationError
from app.records import get_live
from app.scope import within
from app.support.common import count, day, org, required, save, text, tombstone
from app.validators import check_input, text_field
from db.connection import database
from db.models import Level, OrgUnit, Project, Team, VolunteerService

LEVELS = (Level.SUBDISTRICT, Level.COMMUNITY, Level.ZONE, Level.GRID)
GONE = "找不到这条志愿服务记录，可能已被删除。请刷新后再试。"
NEWEST = 500  # the list shows the newest services of the period, no more


@dataclass
class ServiceInput:
    org_unit_uuid: str | None = None
    served_on: dt.date | str | None = text_field(20, "服务日期", default=None)  # empty = today
    title: str = text_field(100, "服务内容（标题）")
    team_uuid: str | None = None
    project_uuid: str | None = None
    volunteers: int | str = text_field(10, "参加志愿者人数", default=0)
    problems_solved: int | str = text_field(10, "解决实际问题数", default=0)
    description: str = text_field(1000, "服务情况", multiline=True)


def clean(data: ServiceInput) -> dict:
    check_input(data)
    served_on = day(data.served_on, "served_on", "服务日期")
    return {"org_unit": org(data.org_unit_uuid, LEVELS, "请选择服务所在的街道、社区或网格（须为现有单位）。", "org_unit"),
            "served_on": served_on, "title": required(data.title, "title", "服务内容（标题）"),
            "team": _team(data.team_uuid, served_on), "project": _project(data.project_uuid),
            "volunteers": count(data.volunteers, "volunteers", "参加志愿者人数"),
            "problems_solved": count(data.problems_solved, "problems_solved", "解决实际问题数"),
            "description": text(data.description)}


def _team(uuid: str | None, served_on: dt.date) -> Team | None:
    if not text(uuid):
        return None
    team = Team.live_by_id(uuid)
    if team is None:
        raise ValidationError("所选队伍不存在或已被删除，请重新选择（也可不选）。", field="team")
    if team.disbanded_on and served_on > team.disbanded_on:
        raise ValidationError(f"队伍“{team.name}”已于 {team.disbanded_on} 解散，不能记录之后的服务。", field="team")
    return team


def _project(uuid: str | None) -> Project | None:
    if not text(uuid):
        return None
    project = Project.live_by_id(uuid)
    if project is None:
        raise ValidationError("所选共建项目不存在或已被删除，请重新选择（也可不选）。", field="project")
    if project.status == "dropped":
        raise ValidationError(f"共建项目“{project.name}”已终止，不能再记录服务。", field="project")
    return project


def record(data: ServiceInput) -> VolunteerService:
    require("write")
    values = clean(data)
    with database.atomic():
        return VolunteerService.create(**values)


def update(uuid: str, data: ServiceInput) -> VolunteerService:
    require("write")
    return save(get(uuid), clean(data))


def retire(uuid: str) -> None:
    require("write")
    tombstone(get(uuid))


def restore(uuid: str) -> VolunteerService:
    """Undo a retirement."""
    return records.restore(VolunteerService, uuid)


def get(uuid: str) -> VolunteerService:
    return get_live(VolunteerService, uuid, GONE)


def services(root_path: str | None = None, start: dt.date | None = None, end: dt.date | None = None,
             team_uuid: str | None = None, limit: int = NEWEST) -> list[VolunteerService]:
    """Live services under an org subtree, newest first; [start, end) on the service date."""
    root_path = within(root_path)
    query = VolunteerService.live()
    if root_path:
        query = query.where(VolunteerService.org_unit.in_(OrgUnit.select(OrgUnit.uuid).where(OrgUnit.under(root_path))))
    if start:
        query = query.where(VolunteerService.served_on >= start)
    if end:
        query = query.where(VolunteerService.served_on < end)
    if team_uuid:
        query = query.where(VolunteerService.team == team_uuid)
    return list(query.order_by(VolunteerService.served_on.desc(), VolunteerService.uuid.desc()).limit(limit))


def names(found: list[VolunteerService]) -> tuple[dict[str, str], dict[str, str]]:
    """The names of the live teams and projects these services name (one read each, never all of them)."""
    team_ids = {s.team_uuid for s in found if s.team_uuid}
    project_ids = {s.project_uuid for s in found if s.project_uuid}
    teams = Team.select(Team.uuid, Team.name).where(Team.uuid.in_(team_ids) & (Team.deleted == False))  # noqa: E712
    projects = Project.select(Project.uuid, Project.name).where(Project.uuid.in_(project_ids)
                                                                & (Project.deleted == False))  # noqa: E712
    return dict(teams.tuples()), dict(projects.tuples())
