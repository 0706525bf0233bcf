"""共建项目 — co-building projects of a community with its registered units.

    planned --start--> ongoing --finish (outcome required)--> done
    planned/ongoing --drop (reason required)--> dropped

Only these moves exist (MACHINE, app/workflow.py; InvalidTransition otherwise,
nothing changed). Starting sets started_on if it is empty; finishing or dropping
sets ended_on (not before started_on, not in the future). A project may be entered as planned or as already
ongoing. The lead unit, if given, is a live registered unit. Retiring (a
tombstone) is for a project entered by mistake; one that stopped is dropped.
"""

import datetime as dt
from dataclasses import dataclass

from app.auth import can, require
from app.errors import ValidationError
from app.records import get_live
from app.scope import within
from app.support.common import choice, community, day, required, save, text, tombstone
from app.validators import check_input, text_field
from app.workflow import Machine
from db.connection import database
from db.models import OrgUnit, Project, Unit

STATUSES = {"planned": "计划中", "ongoing": "实施中", "done": "已完成", "dropped": "已终止"}
TARGETS = {"start": "ongoing", "finish": "done", "drop": "dropped"}  # each move and the status it leads to
MOVES = {"start": {"planned": "ongoing"}, "finish": {"ongoing": "done"},
         "drop": {"planned": "dropped", "ongoing": "dropped"}}
# the statuses each status may move to, as MOVES has them
TRANSITIONS = {s: tuple(m[s] for m in MOVES.values() if s in m) for s in STATUSES}


def _refuse(project: Project, action: str) -> str:
    return f"项目“{project.name}”当前为“{STATUSES[project.status]}”，不能改为“{STATUSES[TARGETS[action]]}”。"


MACHINE = Machine(STATUSES, {"start": "开始", "finish": "完成", "drop": "终止"}, MOVES, _refuse,
                  state_field="status")
GONE = "找不到这个共建项目，可能已被删除。请刷新后再试。"


@dataclass
class ProjectInput:
    community_uuid: str | None = None
    name: str = text_field(60, "项目名称")
    parties: str = text_field(200, "共建各方")  # 共建各方, e.g. "东关社区、区住建局、区供电公司"
    goal: str = text_field(500, "项目目标", multiline=True)
    unit_uuid: str | None = None  # the lead unit, optional
    started_on: dt.date | str | None = text_field(20, "开始日期", default=None)  # empty: not started (or today if entered as ongoing)


def clean(data: ProjectInput) -> dict:
    check_input(data)
    unit = None
    if text(data.unit_uuid):
        unit = Unit.live_by_id(data.unit_uuid)
        if unit is None:
            raise ValidationError("所选牵头单位不存在或已被删除，请重新选择（也可不选）。", field="unit")
    return {"community": community(data.community_uuid), "name": required(data.name, "name", "项目名称"),
            "parties": required(data.parties, "parties", "共建各方"), "goal": required(data.goal, "goal", "项目目标"),
            "unit": unit, "started_on": day(data.started_on, "started_on", "开始日期", default_today=False)}


def create(data: ProjectInput, status: str = "planned") -> Project:
    """A new project, planned or already ongoing."""
    require("write")
    if status not in ("planned", "ongoing"):
        raise ValidationError("新项目的状态请选择“计划中”或“实施中”。", field="status")
    values = clean(data)
    if status == "ongoing" and values["started_on"] is None:
        values["started_on"] = dt.date.today()
    with database.atomic():
        return Project.create(status=status, **values)


def update(uuid: str, data: ProjectInput) -> Project:
    """Edit the details; the status moves only by start, finish and drop."""
    require("write")
    project = get(uuid)
    values = clean(data)
    if values["started_on"] is None and project.status != "planned":
        values["started_on"] = project.started_on
    if project.ended_on and values["started_on"] and values["started_on"] > project.ended_on:
        raise ValidationError("开始日期不能晚于结束日期，请核对。", field="started_on")
    return save(project, values)


def allowed_actions(project) -> set[str]:
    """The moves (start / finish / drop) the signed-in user may make on a project (or a listed row
    with its status) now: the window offers exactly these."""
    return MACHINE.allowed(project) if can("write") else set()


def start(uuid: str, on: dt.date | str | None = None) -> Project:
    project, status = _move(uuid, "start")
    values = {"status": status}
    if project.started_on is None:
        values["started_on"] = day(on, "started_on", "开始日期")
    return save(project, values)


def finish(uuid: str, outcome: str, on: dt.date | str | None = None) -> Project:
    """完成: the outcome (what was achieved) is required."""
    project, status = _move(uuid, "finish")
    return _end(project, status, required(outcome, "outcome", "项目成效（完成了什么）"), on)


def drop(uuid: str, reason: str, on: dt.date | str | None = None) -> Project:
    """终止: why it stopped is kept as the outcome."""
    project, status = _move(uuid, "drop")
    return _end(project, status, required(reason, "outcome", "终止原因"), on)


def _move(uuid: str, action: str) -> tuple[Project, str]:
    """The project and the status `action` leads to (checked, not yet set: the caller saves it)."""
    require("write")
    project = get(uuid)
    return project, MACHINE.check(project, action)


def _end(project: Project, status: str, outcome: str, on) -> Project:
    when = day(on, "ended_on", "结束日期")
    if project.started_on and when < project.started_on:
        raise ValidationError("结束日期不能早于开始日期，请核对。", field="ended_on")
    return save(project, {"status": status, "outcome": outcome, "ended_on": when})


def retire(uuid: str) -> None:
    require("write")
    tombstone(get(uuid))


def get(uuid: str) -> Project:
    return get_live(Project, uuid, GONE)


def projects(root_path: str | None = None, status: str | None = None) -> list[Project]:
    """Live projects under an org subtree, by community, status order, then name."""
    root_path = within(root_path)
    query = Project.live().join(OrgUnit, on=(Project.community == OrgUnit.uuid))
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    if status:
        query = query.where(Project.status == choice(status, STATUSES, "status", "项目状态"))
    return list(query.order_by(OrgUnit.path, Project.name))
