"""The four-level linkage across real separate databases and real bundles:
community -> subdistrict (joint-conference decision, answer) -> community closes;
and community -> subdistrict -> district -> back down."""

import datetime as dt

import pytest

from app import org, stats
from app.exchange.errors import BundleError
from app.linkage import conference, escalations, lists
from app.session import local_site
from db.models import Attachment, Escalation, EscalationStep, Request
from tests.exchange_helpers import at
from tests.linkage_helpers import carry, log_request, three_sites


@pytest.fixture
def world(district, tmp_path):
    return three_sites(district, tmp_path)


def _escalate_from_community(world):
    with at(world["com"]):
        request = log_request()
        escalation = escalations.escalate("request", request.uuid, "涉及供电线路改造，社区协调不了")
        assert Request.get_by_id(request.uuid).state == "escalated"
        assert [r.uuid for r in lists.sent()] == [escalation.uuid]
        assert lists.inbox() == []  # it waits at the subdistrict, not here
    carry(world, "com", "sub")
    return request.uuid, escalation.uuid


def test_subdistrict_assigns_through_its_joint_conference_and_the_community_closes(world):
    request_uuid, esc = _escalate_from_community(world)
    with at(world["sub"]):
        [row] = lists.inbox()
        assert row.uuid == esc and row.state == "待处理" and row.holder == local_site().org_unit.name
        member = conference.add_member("区供电分公司城关供电所", "stationed", "李工", "13900001111")
        session = conference.hold_session(dt.date.today(), "街道三楼会议室", 12, "东关社区路灯线路")
        decision = conference.decide(session.uuid, "供电所两周内更换东门线路", member.uuid,
                                     dt.date.today() + dt.timedelta(days=14), escalation_uuid=esc)
        assert lists.inbox()[0].state == "已交办" and lists.inbox()[0].assignee == member.name
    carry(world, "sub", "com")
    with at(world["com"]):
        assert lists.sent()[0].state == "已交办"
        assert lists.sent()[0].assignee == "区供电分公司城关供电所"
    with at(world["sub"]):
        conference.complete(decision.uuid, "线路已更换，路灯恢复照明")
    carry(world, "sub", "com")
    with at(world["com"]):
        [row] = lists.sent()
        assert row.state == "已答复" and row.answer == "线路已更换，路灯恢复照明"
        escalations.close(esc, "已回访", satisfaction="satisfied")
        request = Request.get_by_id(request_uuid)
        assert request.state == "closed" and request.answer == "线路已更换，路灯恢复照明"
        assert lists.sent() == []
    carry(world, "com", "sub")
    with at(world["sub"]):
        assert Escalation.get_by_id(esc).satisfaction == "satisfied"
        assert lists.inbox() == [] and lists.overdue() == []


def test_an_escalation_carries_its_photos_up(world, tmp_path):
    photo = tmp_path / "东门 路灯 #1 %.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the dark gate")
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "路灯线路老化", attachments=[photo])
        assert [a.file_name for a in Attachment.select()] == ["东门 路灯 #1 %.jpg"]
    carry(world, "com", "sub")
    with at(world["sub"]):
        stored = Attachment.get(Attachment.owner_uuid == esc.uuid)
        assert stored.owner_table == "escalation" and stored.file_name == "东门 路灯 #1 %.jpg"


def test_an_attachment_travels_with_an_owner_listed_after_it(world, tmp_path):
    """Attachments were carried before the tables listed after them (virtue activities, ledger entries,
    escalations): a new owner and its photo in one bundle were refused as outside the sender's subtree."""
    from app.mediation import activities
    photo = tmp_path / "道德讲堂 #2 %.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the lecture")
    with at(world["com"]):
        activity = activities.record(activities.ActivityInput(
            kind="moral_lecture", org_unit_uuid=org.by_code("611002001001").uuid, title="道德讲堂",
            organiser="社区党委"), attachments=[photo])
    carry(world, "com", "sub")
    with at(world["sub"]):
        assert Attachment.get(Attachment.owner_uuid == activity.uuid).file_name == "道德讲堂 #2 %.jpg"


def test_three_levels_up_and_the_answer_back_down(world):
    _, esc = _escalate_from_community(world)
    with at(world["sub"]):
        escalations.decide(esc, "escalate", "需区里统筹住建、供电两个部门")
        assert lists.inbox() == [] and lists.sent()[0].state == "待处理"
    carry(world, "sub", "district")
    with at(world["district"]):
        [row] = lists.inbox()
        assert row.uuid == esc and row.holder == "商州区"
        with pytest.raises(Exception, match="最后一级"):
            escalations.decide(esc, "escalate", "再往上")
        escalations.decide(esc, "answer", "区住建局已立项改造，年底前完成")
    carry(world, "district", "sub")
    with at(world["sub"]):
        assert lists.sent()[0].state == "已答复"
    carry(world, "sub", "com")
    with at(world["com"]):
        assert lists.sent()[0].answer == "区住建局已立项改造，年底前完成"
        escalations.close(esc, satisfaction="basic")
        assert EscalationStep.select().count() == 2
    carry(world, "com", "sub")
    carry(world, "sub", "district")
    with at(world["district"]):
        assert Escalation.get_by_id(esc).closed_at is not None


def test_a_community_cannot_forge_the_subdistricts_answer(world):
    """The step's scope (the community's grid) is inside the community, but the level that acted is not:
    from below, the acting unit must lie inside the sender's subtree too."""
    _, esc = _escalate_from_community(world)
    with at(world["com"]):
        from db.base import utcnow
        EscalationStep.create(escalation=esc, unit=org.by_code("611002001"), action="answer", at=utcnow(),
                              note="街道已办结（伪造）")
    with pytest.raises(BundleError) as info:
        carry(world, "com", "sub")
    assert info.value.code == "E_SCOPE"
    with at(world["sub"]):
        assert EscalationStep.select().count() == 0 and lists.inbox()[0].state == "待处理"


def _figures(path, code):
    with at(path):
        return {k: v for k, v in stats.compute(org.by_code(code).path).items() if k.startswith("linkage.")}


def test_the_figures_agree_at_all_three_sites_after_the_round_trip(world):
    test_three_levels_up_and_the_answer_back_down(world)
    with at(world["com"]):
        escalations.escalate("request", log_request("楼道灯不亮，需要物业修一下，物业一直不来").uuid,
                             "物业不配合", from_unit_uuid=org.by_code("6110020010010101").uuid)
        log_request("东关三号楼下水道堵塞，请社区联系疏通")
    carry(world, "com", "sub")
    carry(world, "sub", "district")
    figures = [_figures(world[site], "611002001001") for site in ("com", "sub", "district")]
    linkage = figures[0]
    assert len(linkage) == 14 and figures[1] == linkage and figures[2] == linkage
    assert linkage["linkage.sent_grid"] == 1 and linkage["linkage.received_community"] == 1
    assert linkage["linkage.sent_community"] == 1 and linkage["linkage.sent_subdistrict"] == 1
    assert linkage["linkage.received_district"] == 1 and linkage["linkage.settled_district"] == 1
    assert linkage["linkage.settled_subdistrict"] == 0 and linkage["linkage.overdue"] == 0
    assert linkage["linkage.within_grid"] == round(1 / 3, 4)  # 3 requests, 2 left the grid
    assert linkage["linkage.within_community"] == round(2 / 3, 4)
    assert linkage["linkage.within_subdistrict"] == round(2 / 3, 4)
