"""The linkage use cases at one site and their refusals: grid -> community in the
community's own database, the call-back before closing, no double escalation, only
the holder decides, 督办 of overdue matters, deadlines owned by the district."""

import datetime as dt

import pytest

from app import org, stats
from app.errors import Conflict, PermissionDenied, ValidationError
from app.linkage import conference, escalations, levels, lists
from db.models import Escalation, Level, LinkageDeadline, Request
from tests.exchange_helpers import at
from tests.linkage_helpers import carry, log_request, three_sites

GRID = "6110020010010101"


@pytest.fixture
def world(district, tmp_path):
    return three_sites(district, tmp_path)


def test_a_grid_escalates_to_its_community_which_answers_and_closes(world):
    with at(world["com"]):
        request = log_request()
        esc = escalations.escalate("request", request.uuid, "网格协调不了物业", from_unit_uuid=org.by_code(GRID).uuid)
        [row] = lists.inbox()
        assert row.uuid == esc.uuid and row.holder == "东关社区"
        member = conference.add_member("东关社区民警", "police", "赵警官", "13900002222")
        escalations.decide(esc.uuid, "assign", "请民警协调", member_uuid=member.uuid)
        escalations.decide(esc.uuid, "answer", "民警与物业约谈，已修复")
        with pytest.raises(ValidationError, match="回访"):
            escalations.close(esc.uuid)
        escalations.close(esc.uuid, satisfaction="satisfied")
        assert Request.get_by_id(request.uuid).state == "closed" and lists.inbox() == []
        assert stats.compute(org.by_code("611002001001").path, ["linkage.settled_community"]) == {
            "linkage.settled_community": 1}


def test_refusals_double_escalation_early_close_and_a_level_that_does_not_hold_it(world):
    with at(world["com"]):
        request = log_request()
        esc = escalations.escalate("request", request.uuid, "需要街道协调")
        with pytest.raises(Conflict, match="已经上报"):
            escalations.escalate("request", request.uuid, "再报一次")
        with pytest.raises(Conflict, match="还没有答复"):
            escalations.close(esc.uuid, satisfaction="satisfied")
        with pytest.raises(PermissionDenied, match="不在本级"):
            escalations.decide(esc.uuid, "answer", "社区自己答复")
        with pytest.raises(ValidationError, match="上报理由"):
            escalations.escalate("request", log_request("另一件事：垃圾站搬迁需要协调").uuid, "  ")


def test_overdue_matters_are_on_every_levels_supervision_list(world):
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "需要街道协调")
        esc.escalated_at -= dt.timedelta(days=16)  # the subdistrict has 15 days
        esc.save()
        assert [r.uuid for r in lists.overdue()] == [esc.uuid] and lists.overdue()[0].overdue
    carry(world, "com", "sub")
    carry(world, "sub", "district")
    for site in ("sub", "district"):
        with at(world[site]):
            assert [r.uuid for r in lists.overdue()] == [esc.uuid]
            assert stats.compute(None, ["linkage.overdue"])["linkage.overdue"] == 1
    with at(world["sub"]):
        escalations.decide(esc.uuid, "assign", "交办社区重新核实", assignee_unit_uuid=org.by_code("611002001001").uuid)
        assert lists.overdue() == []  # a new deadline with the assignment
    carry(world, "sub", "com")
    with at(world["com"]):
        assert lists.inbox()[0].state == "已交办"  # assigned down to the community, which may answer it
        escalations.decide(esc.uuid, "answer", "社区已核实办结")
        assert Escalation.get_by_id(esc.uuid) and lists.sent()[0].state == "已答复"


def test_the_levels_deadlines_belong_to_the_district_and_travel_down(world):
    with at(world["com"]), pytest.raises(PermissionDenied, match="区里"):
        levels.set_deadline(int(Level.SUBDISTRICT), 48)
    with at(world["district"]):
        levels.set_deadline(int(Level.SUBDISTRICT), 48)
    carry(world, "com", "sub")  # the subdistrict learns the community's keys from its first bundle
    carry(world, "district", "sub")
    carry(world, "sub", "com")
    with at(world["com"]):
        assert levels.hours()[int(Level.SUBDISTRICT)] == 48
        assert LinkageDeadline.select().count() == 3


def test_a_federation_takes_federation_members_and_a_conference_its_own(world):
    with at(world["com"]):
        with pytest.raises(ValidationError, match="共建联合会"):
            conference.add_member("区市场监管局城关所", "stationed")
        conference.add_member("城管执法中队", "urban")
    with at(world["sub"]):
        conference.add_member("区市场监管局城关所", "stationed")
        with pytest.raises(ValidationError, match="联席会议"):
            conference.add_member("物业公司", "property")
        session = conference.hold_session(dt.date(2026, 3, 31), "街道会议室", 9, "一季度联席会议")
        member = conference.members()[0]
        decision = conference.decide(session.uuid, "整治农贸市场占道经营", member.uuid, dt.date(2026, 4, 30))
        conference.complete(decision.uuid, "已整治")
        with pytest.raises(Conflict):
            conference.complete(decision.uuid, "再办一次")


def test_the_community_police_officer_looks_after_grids_and_the_subdistrict_sees_it(world):
    with at(world["com"]):
        police = conference.add_member("东关派出所社区民警赵刚", "police", "赵刚", "13900004444")
        assert conference.cover_grids(police.uuid, [org.by_code(GRID).uuid]) == ["东关第1网格"]
        with pytest.raises(ValidationError, match="本社区的网格"):
            conference.cover_grids(police.uuid, [org.by_code("61100200100101").uuid])  # a zone, not a grid
    carry(world, "com", "sub")
    with at(world["sub"]):
        assert conference.covered(police.uuid) == ["东关第1网格"]
