"""The support.* and service.proxy_services figures on hand-built records with
known answers, for the whole tree, a subtree and a period."""

import datetime as dt

import pytest

from app import org, stats
from app.orders.kpis import year_period
from app.support import posts, projects, proxy, services, teams
from app.support.projects import ProjectInput
from app.support.services import ServiceInput
from app.support.teams import TeamInput
from db.models import SubdistrictPosts

KEYS = ["support.task_forces", "support.volunteer_teams", "support.projects", "support.volunteer_problems_solved",
        "support.subdistrict_admin_posts", "support.subdistrict_institution_posts", "service.proxy_services"]


@pytest.fixture
def world(orders_world):
    """东关 (com) and 西关 (other) in 城关街道 (sub); 北新街 (com3) in 大赵峪街道 (sub2)."""
    w = orders_world
    sub2 = org.add_unit(w["district"], "611002002", "大赵峪街道")
    com3 = org.add_unit(sub2, "611002002001", "北新街社区")
    return {**w, "sub2": sub2, "com3": com3}


def team(w, unit, kind, name):
    return teams.create(TeamInput(kind=kind, org_unit_uuid=w[unit].uuid, name=name))


def project(w, unit, name, status="planned"):
    return projects.create(ProjectInput(community_uuid=w[unit].uuid, name=name, parties="社区、单位", goal="目标"),
                           status)


def serve(w, unit, on, solved):
    return services.record(ServiceInput(org_unit_uuid=w[unit].uuid, served_on=on, title="志愿服务",
                                        problems_solved=solved))


def test_supports_figures_for_a_subtree_and_a_period(world):
    w = world
    team(w, "com", "task_force", "东关突击队")
    team(w, "sub", "task_force", "城关街道突击队")
    team(w, "com3", "task_force", "北新街突击队")
    teams.disband(team(w, "com", "task_force", "旧突击队").uuid)
    teams.retire(team(w, "other", "task_force", "录错的突击队").uuid)
    team(w, "com", "volunteer", "管得宽")
    team(w, "other", "volunteer", "一家亲")
    team(w, "com3", "volunteer", "安居乐")

    project(w, "com", "路灯改造")
    projects.finish(project(w, "com", "加装电梯", "ongoing").uuid, "加装电梯2部")
    projects.drop(project(w, "other", "停车场", "ongoing").uuid, "场地不足")
    projects.retire(project(w, "other", "录错的项目").uuid)
    project(w, "com3", "便民菜站")

    serve(w, "grid_a", dt.date(2024, 5, 1), 4)
    serve(w, "com", dt.date(2025, 1, 2), 3)
    serve(w, "other", dt.date(2025, 2, 3), 2)
    services.retire(serve(w, "com", dt.date(2025, 3, 1), 50).uuid)
    serve(w, "com3", dt.date(2025, 4, 1), 7)
    serve(w, "sub", dt.date(2025, 12, 31), 1)

    posts.set_posts(w["sub"].uuid, 2024, 8, 30, 40)
    posts.set_posts(w["sub"].uuid, 2025, 9, 32, 41)  # the newest year counts
    posts.set_posts(w["sub2"].uuid, 2023, 7, 25, 35)
    posts.set_posts(w["sub2"].uuid, 2025, 7, 26, 36)
    SubdistrictPosts.get_by_id(posts.posts_uuid(w["sub2"].uuid, 2025)).delete_instance()  # 2023 counts again

    for on, centre in ((dt.date(2024, 12, 31), "com"), (dt.date(2025, 1, 1), "com"), (dt.date(2025, 6, 1), "com"),
                       (dt.date(2025, 6, 1), "other"), (dt.date(2025, 7, 1), "com3")):
        proxy.log(w[centre].uuid, on, "other", "proxy")
    proxy.void(proxy.log(w["com"].uuid, dt.date(2025, 6, 2), "other", "proxy").uuid, "录错")

    assert stats.compute(keys=KEYS) == {
        "support.task_forces": 3, "support.volunteer_teams": 3, "support.projects": 3,
        "support.volunteer_problems_solved": 17, "support.subdistrict_admin_posts": 32 + 25,
        "support.subdistrict_institution_posts": 41 + 35, "service.proxy_services": 5}
    assert stats.compute(w["sub"].path, KEYS) == {
        "support.task_forces": 2, "support.volunteer_teams": 2, "support.projects": 2,
        "support.volunteer_problems_solved": 10, "support.subdistrict_admin_posts": 32,
        "support.subdistrict_institution_posts": 41, "service.proxy_services": 4}
    assert stats.compute(w["com"].path, KEYS) == {
        "support.task_forces": 1, "support.volunteer_teams": 1, "support.projects": 2,
        "support.volunteer_problems_solved": 7, "support.subdistrict_admin_posts": 0,
        "support.subdistrict_institution_posts": 0, "service.proxy_services": 3}
    periodic = ["support.volunteer_problems_solved", "service.proxy_services"]
    assert stats.compute(None, periodic, year_period(2025)) == {
        "support.volunteer_problems_solved": 13, "service.proxy_services": 4}
    june = (dt.datetime(2025, 6, 1), dt.datetime(2025, 7, 1))  # a short period over the whole tree: indexed
    assert stats.compute(None, periodic, june) == {"support.volunteer_problems_solved": 0, "service.proxy_services": 2}
    assert stats.compute(w["sub"].path, periodic, year_period(2025)) == {
        "support.volunteer_problems_solved": 6, "service.proxy_services": 3}
    assert stats.compute(w["com"].path, periodic, (dt.datetime(2025, 1, 1), dt.datetime(2025, 6, 1))) == {
        "support.volunteer_problems_solved": 3, "service.proxy_services": 1}


def test_empty_database_gives_zeros(grids):
    assert stats.compute(keys=KEYS) == dict.fromkeys(KEYS, 0)
    assert stats.compute(grids["com"].path, KEYS, year_period(2025)) == dict.fromkeys(KEYS, 0)


def test_labels_are_registered(grids):
    stats.compute(keys=KEYS)
    assert {k: stats.REGISTRY[k].label for k in KEYS} == {
        "support.task_forces": "党员突击队", "support.volunteer_teams": "志愿服务队", "support.projects": "共建项目",
        "support.volunteer_problems_solved": "志愿服务解决实际问题", "support.subdistrict_admin_posts": "街道行政编制",
        "support.subdistrict_institution_posts": "街道全额事业编制", "service.proxy_services": "帮办代办服务"}
