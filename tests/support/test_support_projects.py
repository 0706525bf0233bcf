"""Co-building projects (status moves, outcome, end date) and volunteer services."""

import datetime as dt

import pytest

from app.errors import NotFound, PermissionDenied, ValidationError
from app.support import projects, services, teams
from app.support.projects import STATUSES, TRANSITIONS, ProjectInput
from app.support.services import ServiceInput
from app.support.teams import TeamInput
from app.workflow import InvalidTransition
from db.models import Project, VolunteerService

TODAY = dt.date.today()


def project(w, name="老旧小区路灯改造", **kw):
    status = kw.pop("status", "planned")
    return projects.create(ProjectInput(community_uuid=w["com"].uuid, name=name, parties="东关社区、区供电公司",
                                        goal="楼道和小区路灯全部亮起来", **kw), status)


def test_project_path_planned_ongoing_done(orders_world):
    w = orders_world
    p = project(w, unit_uuid=w["unit_b"].uuid)
    assert (p.status, p.started_on, p.ended_on, p.unit.uuid) == ("planned", None, None, w["unit_b"].uuid)
    started = projects.start(p.uuid, dt.date(2024, 3, 1))
    assert (started.status, started.started_on) == ("ongoing", dt.date(2024, 3, 1))
    with pytest.raises(ValidationError, match="请填写项目成效") as e:
        projects.finish(p.uuid, "  ")
    assert e.value.field == "outcome" and Project.get_by_id(p.uuid).status == "ongoing"
    with pytest.raises(ValidationError, match="结束日期不能早于开始日期"):
        projects.finish(p.uuid, "更换路灯120盏", dt.date(2024, 2, 1))
    done = projects.finish(p.uuid, "更换路灯120盏", dt.date(2024, 9, 30))
    assert (done.status, done.outcome, done.ended_on) == ("done", "更换路灯120盏", dt.date(2024, 9, 30))
    assert projects.projects(w["com"].path, "done")[0].uuid == p.uuid


def test_project_drop_needs_a_reason_and_sets_the_end(orders_world):
    p = project(orders_world)
    with pytest.raises(ValidationError, match="请填写终止原因"):
        projects.drop(p.uuid, "")
    dropped = projects.drop(p.uuid, "资金未落实")
    assert (dropped.status, dropped.outcome, dropped.ended_on) == ("dropped", "资金未落实", TODAY)


def test_only_the_allowed_moves(orders_world):
    assert TRANSITIONS == {"planned": ("ongoing", "dropped"), "ongoing": ("done", "dropped"), "done": (),
                           "dropped": ()}
    p = project(orders_world)
    with pytest.raises(InvalidTransition, match="当前为“计划中”，不能改为“已完成”"):
        projects.finish(p.uuid, "提前完成")
    projects.drop(p.uuid, "不再需要")
    for move in (lambda: projects.start(p.uuid), lambda: projects.finish(p.uuid, "x"),
                 lambda: projects.drop(p.uuid, "x")):
        with pytest.raises(InvalidTransition):
            move()
    assert Project.get_by_id(p.uuid).status == "dropped" and set(STATUSES) == set(TRANSITIONS)


def test_project_entered_as_ongoing_and_edited(orders_world):
    w = orders_world
    p = project(w, status="ongoing")
    assert (p.status, p.started_on) == ("ongoing", TODAY)
    with pytest.raises(ValidationError, match="计划中”或“实施中"):
        project(w, status="done")
    edited = projects.update(p.uuid, ProjectInput(community_uuid=w["com"].uuid, name="路灯改造二期",
                                                  parties="东关社区", goal="补齐路灯"))
    assert (edited.name, edited.started_on, edited.status) == ("路灯改造二期", TODAY, "ongoing")


def test_project_rules(orders_world):
    w = orders_world
    for field, kw in (("name", {"name": ""}), ("parties", {"parties": " "}), ("goal", {"goal": ""})):
        data = {"community_uuid": w["com"].uuid, "name": "项目", "parties": "各方", "goal": "目标", **kw}
        with pytest.raises(ValidationError) as e:
            projects.create(ProjectInput(**data))
        assert e.value.field == field
    with pytest.raises(ValidationError, match="请选择一个社区"):
        projects.create(ProjectInput(community_uuid=w["sub"].uuid, name="项目", parties="各方", goal="目标"))
    w["unit_a"].delete_instance()
    with pytest.raises(ValidationError, match="牵头单位不存在"):
        project(w, unit_uuid=w["unit_a"].uuid)
    assert Project.select().count() == 0


def test_retire_a_project(orders_world):
    p = project(orders_world)
    projects.retire(p.uuid)
    assert Project.get_by_id(p.uuid).deleted and projects.projects() == []
    with pytest.raises(NotFound):
        projects.start(p.uuid)


def service_input(w, **kw):
    data = {"org_unit_uuid": w["grid_a"].uuid, "title": "义务理发进小区", "volunteers": 6, "problems_solved": 3}
    return ServiceInput(**{**data, **kw})


def test_record_a_volunteer_service(orders_world):
    w = orders_world
    team = teams.create(TeamInput(kind="volunteer", org_unit_uuid=w["com"].uuid, name="一家亲"))
    p = project(w, status="ongoing")
    s = services.record(service_input(w, team_uuid=team.uuid, project_uuid=p.uuid, served_on="2025-05-01",
                                      volunteers="8"))
    assert (s.team.uuid, s.project.uuid, s.served_on, s.volunteers, s.problems_solved) == (
        team.uuid, p.uuid, dt.date(2025, 5, 1), 8, 3)
    plain = services.record(service_input(w, org_unit_uuid=w["sub"].uuid, problems_solved=0))
    assert plain.team is None and plain.served_on == TODAY
    assert [x.uuid for x in services.services(w["com"].path)] == [s.uuid]
    assert [x.uuid for x in services.services(start=TODAY)] == [plain.uuid]
    assert [x.uuid for x in services.services(team_uuid=team.uuid)] == [s.uuid]
    services.update(s.uuid, service_input(w, problems_solved=5, served_on="2025-05-01"))
    assert VolunteerService.get_by_id(s.uuid).problems_solved == 5 and VolunteerService.get_by_id(s.uuid).team is None
    services.retire(s.uuid)
    assert VolunteerService.get_by_id(s.uuid).deleted


def test_volunteer_service_rules(orders_world):
    w = orders_world
    cases = [({"served_on": TODAY + dt.timedelta(days=1)}, "served_on", "不能晚于今天"),
             ({"served_on": "1999-12-31"}, "served_on", "不能早于2000年"),
             ({"served_on": "昨天"}, "served_on", "格式"),
             ({"title": " "}, "title", "请填写服务内容"),
             ({"volunteers": -1}, "volunteers", "不能为负数"),
             ({"problems_solved": -2}, "problems_solved", "不能为负数"),
             ({"problems_solved": "很多"}, "problems_solved", "整数"),
             ({"org_unit_uuid": w["district"].uuid}, "org_unit", "街道、社区或网格"),
             ({"team_uuid": "no-such-team"}, "team", "队伍不存在")]
    for kw, field, message in cases:
        with pytest.raises(ValidationError, match=message) as e:
            services.record(service_input(w, **kw))
        assert e.value.field == field
    assert VolunteerService.select().count() == 0


def test_service_of_a_disbanded_team_or_dropped_project(orders_world):
    w = orders_world
    team = teams.create(TeamInput(kind="volunteer", org_unit_uuid=w["com"].uuid, name="安居乐",
                                  founded_on=dt.date(2024, 1, 1)))
    teams.disband(team.uuid, dt.date(2025, 1, 31))
    assert services.record(service_input(w, team_uuid=team.uuid, served_on="2025-01-31")).team.uuid == team.uuid
    with pytest.raises(ValidationError, match="已于 2025-01-31 解散"):
        services.record(service_input(w, team_uuid=team.uuid, served_on="2025-02-01"))
    p = project(w)
    projects.drop(p.uuid, "取消")
    with pytest.raises(ValidationError, match="已终止") as e:
        services.record(service_input(w, project_uuid=p.uuid))
    assert e.value.field == "project"


def test_viewer_cannot_write(orders_world, as_role):
    p = project(orders_world)
    as_role("viewer")
    with pytest.raises(PermissionDenied):
        projects.start(p.uuid)
    with pytest.raises(PermissionDenied):
        services.record(service_input(orders_world))
