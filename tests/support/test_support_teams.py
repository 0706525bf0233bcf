"""Party task forces and volunteer teams: creation rules, members (a party member, a
resident or a name), leaving without deleting, disbanding."""

import datetime as dt

import pytest

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.support import team_members, teams
from app.support.team_members import TeamMemberInput
from app.support.teams import VOLUNTEER_EXAMPLES, TeamInput
from db.models import Team, TeamMember

TODAY = dt.date.today()


def team(w, name="管得宽", kind="volunteer", unit="com", **kw):
    return teams.create(TeamInput(kind=kind, org_unit_uuid=w[unit].uuid, name=name, **kw))


def test_create_update_and_list_teams(orders_world):
    w = orders_world
    assert list(VOLUNTEER_EXAMPLES) == ["管得宽", "一家亲", "安居乐"]
    a = team(w, leader_name="张队长", focus=VOLUNTEER_EXAMPLES["管得宽"], founded_on="2023-04-01")
    assert (a.kind, a.org_unit.uuid, a.founded_on, a.disbanded_on) == ("volunteer", w["com"].uuid, dt.date(2023, 4, 1),
                                                                      None)
    b = team(w, "党员先锋突击队", kind="task_force", unit="sub")
    assert b.founded_on == TODAY
    teams.update(a.uuid, TeamInput(kind="volunteer", org_unit_uuid=w["com"].uuid, name="管得宽志愿服务队"))
    assert Team.get_by_id(a.uuid).name == "管得宽志愿服务队" and Team.get_by_id(a.uuid).leader_name is None
    assert [t.name for t in teams.teams(w["district"].path)] == ["党员先锋突击队", "管得宽志愿服务队"]
    assert [t.name for t in teams.teams(w["com"].path)] == ["管得宽志愿服务队"]
    assert [t.name for t in teams.teams(kind="task_force")] == ["党员先锋突击队"]


def test_team_rules(orders_world):
    w = orders_world
    with pytest.raises(ValidationError, match="队伍类别：党员突击队、志愿服务队"):
        team(w, kind="club")
    with pytest.raises(ValidationError, match="社区或街道") as e:
        team(w, unit="grid_a")
    assert e.value.field == "org_unit"
    with pytest.raises(ValidationError, match="社区或街道"):
        team(w, unit="district")
    with pytest.raises(ValidationError, match="请填写队伍名称"):
        team(w, name=" ")
    with pytest.raises(ValidationError, match="不能晚于今天"):
        team(w, founded_on=TODAY + dt.timedelta(days=1))
    assert Team.select().count() == 0


def test_duplicate_active_team_name(orders_world):
    w = orders_world
    first = team(w)
    with pytest.raises(Conflict, match="已有队伍“管得宽”"):
        team(w)
    team(w, unit="other")  # another community: fine
    other = team(w, "一家亲")
    with pytest.raises(Conflict):
        teams.update(other.uuid, TeamInput(kind="volunteer", org_unit_uuid=w["com"].uuid, name="管得宽"))
    teams.disband(first.uuid)
    assert team(w).name == "管得宽"  # the old one was disbanded


def test_disband_keeps_the_team_and_refuses_new_members(orders_world):
    w = orders_world
    t = team(w, founded_on=dt.date(2024, 1, 10))
    team_members.join(t.uuid, TeamMemberInput(name="志愿者甲"))
    with pytest.raises(ValidationError, match="解散日期不能早于成立日期"):
        teams.disband(t.uuid, dt.date(2024, 1, 9))
    with pytest.raises(ValidationError, match="不能晚于今天"):
        teams.disband(t.uuid, TODAY + dt.timedelta(days=1))
    done = teams.disband(t.uuid, dt.date(2025, 1, 1))
    assert done.disbanded_on == dt.date(2025, 1, 1) and not Team.get_by_id(t.uuid).deleted
    with pytest.raises(Conflict, match="已于 2025-01-01 解散"):
        teams.disband(t.uuid)
    with pytest.raises(Conflict, match="已解散，不能再添加队员"):
        team_members.join(t.uuid, TeamMemberInput(name="志愿者乙"))
    assert [m.name for m in team_members.members(t.uuid)] == ["志愿者甲"]
    assert teams.teams() == [] and [x.uuid for x in teams.teams(include_disbanded=True)] == [t.uuid]
    with pytest.raises(ValidationError, match="成立日期不能晚于解散日期"):
        teams.update(t.uuid, TeamInput(kind="volunteer", org_unit_uuid=w["com"].uuid, name="管得宽",
                                       founded_on=dt.date(2025, 2, 1)))


def test_retire_a_team_entered_by_mistake(orders_world):
    t = team(orders_world)
    teams.retire(t.uuid)
    assert Team.get_by_id(t.uuid).deleted
    with pytest.raises(NotFound):
        team_members.join(t.uuid, TeamMemberInput(name="志愿者甲"))


def test_members_a_party_member_a_resident_or_a_name(orders_world):
    w = orders_world
    t = team(w)
    m = team_members.join(t.uuid, TeamMemberInput(member_uuid=w["member"].uuid))
    r = team_members.join(t.uuid, TeamMemberInput(resident_uuid=w["resident"].uuid, joined_on="2024-05-01"))
    n = team_members.join(t.uuid, TeamMemberInput(name="热心人老周", phone="13900001111"))
    assert (m.member.uuid, m.resident, m.name) == (w["member"].uuid, None, "党员李明")
    assert (r.resident.uuid, r.name, r.phone, r.joined_on) == (w["resident"].uuid, "王大妈", "13800001111",
                                                              dt.date(2024, 5, 1))
    assert (n.member, n.resident, n.phone, n.joined_on) == (None, None, "13900001111", TODAY)
    assert [x.name for x in team_members.members(t.uuid)] == sorted(["党员李明", "王大妈", "热心人老周"])
    assert team_members.active_count(t.uuid) == 3


def test_member_rules(orders_world):
    w = orders_world
    t = team(w)
    with pytest.raises(ValidationError, match="不能同时选择"):
        team_members.join(t.uuid, TeamMemberInput(member_uuid=w["member"].uuid, resident_uuid=w["resident"].uuid))
    with pytest.raises(ValidationError, match="填写队员姓名") as e:
        team_members.join(t.uuid, TeamMemberInput())
    assert e.value.field == "name"
    with pytest.raises(ValidationError, match="电话号码"):
        team_members.join(t.uuid, TeamMemberInput(name="老周", phone="123"))
    w["member"].delete_instance()
    with pytest.raises(NotFound, match="在职党员不存在"):
        team_members.join(t.uuid, TeamMemberInput(member_uuid=w["member"].uuid))
    assert TeamMember.select().count() == 0


def test_no_duplicate_active_member_and_leaving_never_deletes(orders_world):
    w = orders_world
    t = team(w, founded_on=dt.date(2024, 1, 1))
    first = team_members.join(t.uuid, TeamMemberInput(member_uuid=w["member"].uuid, joined_on=dt.date(2024, 3, 1)))
    with pytest.raises(Conflict, match="已经是这支队伍的队员"):
        team_members.join(t.uuid, TeamMemberInput(member_uuid=w["member"].uuid))
    team_members.join(t.uuid, TeamMemberInput(resident_uuid=w["resident"].uuid))
    with pytest.raises(Conflict):
        team_members.join(t.uuid, TeamMemberInput(resident_uuid=w["resident"].uuid))
    team_members.join(t.uuid, TeamMemberInput(name="老周"))
    with pytest.raises(Conflict):
        team_members.join(t.uuid, TeamMemberInput(name=" 老周 "))
    team_members.join(team(w, "一家亲").uuid, TeamMemberInput(member_uuid=w["member"].uuid))  # another team: fine
    with pytest.raises(ValidationError, match="退队日期不能早于入队日期"):
        team_members.leave(first.uuid, dt.date(2024, 2, 1))
    left = team_members.leave(first.uuid, dt.date(2024, 6, 30))
    assert left.left_on == dt.date(2024, 6, 30) and not TeamMember.get_by_id(first.uuid).deleted
    with pytest.raises(Conflict, match="已于 2024-06-30 退出"):
        team_members.leave(first.uuid)
    assert first.uuid not in [x.uuid for x in team_members.members(t.uuid)]
    assert first.uuid in [x.uuid for x in team_members.members(t.uuid, include_left=True)]
    again = team_members.join(t.uuid, TeamMemberInput(member_uuid=w["member"].uuid))  # rejoins: a new row
    assert again.uuid != first.uuid and team_members.active_count(t.uuid) == 3


def test_viewer_cannot_change_teams(orders_world, as_role):
    t = team(orders_world)
    as_role("viewer")
    with pytest.raises(PermissionDenied):
        team(orders_world, "一家亲")
    with pytest.raises(PermissionDenied):
        team_members.join(t.uuid, TeamMemberInput(name="老周"))
    with pytest.raises(PermissionDenied):
        teams.disband(t.uuid)
