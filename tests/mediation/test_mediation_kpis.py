"""Deliberation -> mediation -> agreement, virtue activities, the law log, and the
three-governances figures on hand-built records with known answers."""

import datetime as dt

import pytest

from app import org, stats
from app.errors import Conflict, PermissionDenied, ValidationError
from app.grid import roles
from app.mediation import activities, agreements, cases, law, meetings
from app.mediation.activities import ActivityInput
from app.mediation.agreements import AgreementInput
from app.mediation.cases import CaseInput, PartyInput
from app.mediation.law import VisitInput
from app.mediation.meetings import MatterInput, MeetingInput
from app.orders import requests
from app.orders.kpis import year_period
from app.orders.requests import RequestInput
from db.models import Attachment, DeliberationMeeting, Role, VirtueActivity

KEYS = ["selfgov.deliberations", "selfgov.matters_resolved", "virtue.family_education", "virtue.mediations",
        "virtue.moral_lectures", "virtue.small_stool_talks", "virtue.neighbourhood_events",
        "law.zero_petition_rate", "law.zero_accident_rate", "law.zero_crime_rate", "law.visits"]


@pytest.fixture
def world(orders_world):
    w = orders_world
    mediator = roles.add_person("调解员老赵", org_unit=w["com"])
    roles.assign(mediator, w["com"], Role.MEDIATOR)
    lawyer = roles.add_person("律师孙明", org_unit=w["com"])
    roles.assign(lawyer, w["com"], Role.LEGAL_ADVISER)
    police = roles.add_person("民警周强", org_unit=w["com"])
    roles.assign(police, w["com"], Role.POLICE_LIAISON)
    sub2 = org.add_unit(w["district"], "611002002", "大赵峪街道")
    com3 = org.add_unit(sub2, "611002002001", "北新街社区")
    return {**w, "mediator": mediator, "lawyer": lawyer, "police": police, "sub2": sub2, "com3": com3}


def meeting(w, unit="grid_a", on=None, matters=(), kind="speak_hall"):
    return meetings.hold(MeetingInput(kind=kind, org_unit_uuid=w[unit].uuid, held_on=on or dt.date.today(),
                                      place="说事堂", host="网格长张", attendance=20, matters=list(matters)))


def test_matter_to_case_to_agreement(world):
    m = meeting(world, matters=[MatterInput(topic="楼上漏水邻里争吵", category="neighbours", outcome="referred",
                                            follow_up="转社区人民调解委员会调解")])
    matter = meetings.matters(m.uuid)[0]
    case = cases.register(CaseInput(source="deliberation", matter_uuid=matter.uuid, dispute_type="neighbours",
                                    facts="楼上住户漏水，楼下墙面受损，双方争执。",
                                    parties=[PartyInput(resident_uuid=world["resident"].uuid),
                                             PartyInput(side="respondent", name="李四")],
                                    mediator_uuids=[world["mediator"].uuid]))
    assert case.community.uuid == world["com"].uuid and case.matter.uuid == matter.uuid
    assert [c.uuid for c in meetings.cases_of(matter.uuid)] == [case.uuid]
    cases.accept(case.uuid)
    cases.record_session(case.uuid, "双方、调解员老赵", "释法说理")
    agreements.record(case.uuid, AgreementInput(facts="漏水", content="修好防水并赔偿500元", performance="现金"))
    repair = requests.log(RequestInput(grid_uuid=world["grid_a"].uuid, content="楼顶防水需要维修",
                                       category="repair", requester_name="李四"))
    linked = cases.link_result_request(case.uuid, repair.uuid)
    assert linked.result_request.uuid == repair.uuid and linked.state == "agreed"
    settled = meetings.set_outcome(matter.uuid, "settled_community", "经调解达成协议")
    assert settled.outcome == "settled_community"
    assert stats.compute(keys=["selfgov.matters_resolved", "virtue.mediations"]) == {
        "selfgov.matters_resolved": 1, "virtue.mediations": 1}


def test_case_from_a_request(world):
    request = requests.log(RequestInput(grid_uuid=world["grid_b"].uuid, content="物业乱收费与业主争执",
                                        category="property", requester_name="业主"))
    case = cases.register(CaseInput(source="orders", request_uuid=request.uuid, dispute_type="property_mgmt",
                                    facts="物业公司与业主就停车费发生争执。",
                                    parties=[PartyInput(name="业主"), PartyInput(side="respondent", name="物业公司")]))
    assert case.request.uuid == request.uuid and case.community.uuid == world["com"].uuid


def test_meeting_validation(world, as_role):
    with pytest.raises(ValidationError, match="请选择会议形式：居民说事堂、我对党有话说、我的脱贫故事、庭院故事会"):
        meetings.hold(MeetingInput(kind="chat", org_unit_uuid=world["grid_a"].uuid, host="张"))
    with pytest.raises(ValidationError, match="尚未解决：请写明后续跟进"):
        meeting(world, matters=[MatterInput(topic="广场舞噪音", category="dance_noise", outcome="open")])
    with pytest.raises(ValidationError, match="请选择召开会议的网格或社区"):
        meeting(world, unit="sub")
    assert DeliberationMeeting.select().count() == 0  # nothing half-written
    as_role("viewer")
    with pytest.raises(PermissionDenied):
        meeting(world)


def test_activities_with_kinds_and_photos(world, tmp_path, as_role):
    photo = tmp_path / "讲堂.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    act = activities.record(ActivityInput(kind="moral_lecture", org_unit_uuid=world["com"].uuid,
                                          organiser="社区党委", audience=60), attachments=[photo])
    assert Attachment.get(Attachment.owner_uuid == act.uuid).owner_table == "virtue_activity"
    with pytest.raises(ValidationError, match="请选择活动类别：家风教育、道德讲堂、小板凳宣讲、邻里节"):
        activities.record(ActivityInput(kind="elder_feast", org_unit_uuid=world["com"].uuid, organiser="社区"))
    activities.add_kind("elder_feast", "重阳敬老宴")
    with pytest.raises(Conflict, match="已存在"):
        activities.add_kind("elder_feast", "重阳敬老宴")
    activities.record(ActivityInput(kind="elder_feast", org_unit_uuid=world["com"].uuid, organiser="社区"))
    with pytest.raises(ValidationError, match="附件“x.exe”的类型不支持"):
        bad = tmp_path / "x.exe"
        bad.write_bytes(b"MZ")
        activities.record(ActivityInput(kind="neighbourhood", org_unit_uuid=world["com"].uuid, organiser="社区"),
                          attachments=[bad])
    assert VirtueActivity.select().count() == 2
    as_role("staff")
    with pytest.raises(PermissionDenied, match="系统管理"):
        activities.add_kind("tea_party", "茶话会")


def test_law_visits_need_the_role(world):
    assert {role for _, role in law.officers(world["com"].uuid)} == {Role.LEGAL_ADVISER, Role.POLICE_LIAISON}
    visit = law.log_visit(VisitInput(person_uuid=world["lawyer"].uuid, community_uuid=world["com"].uuid, kind="talk",
                                     topic="民法典进社区", audience=45))
    assert visit.role == Role.LEGAL_ADVISER
    with pytest.raises(ValidationError, match="调解员老赵不是东关社区的法律顾问或社区民警"):
        law.log_visit(VisitInput(person_uuid=world["mediator"].uuid, community_uuid=world["com"].uuid, topic="走访"))
    with pytest.raises(ValidationError, match="请选择事件类别：信访、安全事故、刑事案件"):
        law.record_event(world["com"].uuid, "fire", dt.date.today())


def test_zero_rates_on_known_events(world):
    w = world  # communities: 东关, 西关 (城关街道), 北新街 (大赵峪街道)
    law.record_event(w["other"].uuid, "petition", dt.date(2025, 4, 1))
    law.record_event(w["com"].uuid, "petition", dt.date(2024, 4, 1))  # another year
    law.record_event(w["com"].uuid, "accident", dt.date(2025, 6, 1))
    law.record_event(w["sub2"].uuid, "accident", dt.date(2025, 7, 1))  # on the subdistrict itself
    law.record_event(w["com3"].uuid, "crime", dt.date(2025, 8, 1))
    year = year_period(2025)
    got = stats.compute(keys=["law.zero_petition_rate", "law.zero_accident_rate", "law.zero_crime_rate"], period=year)
    # petitions: 西关 broken -> 2 of 3; accidents: 东关 + 城关街道 (its parent) + 大赵峪街道 broken,
    # 西关 and 北新街 clean -> 2 of 5; crimes: 北新街 -> 2 of 3
    assert got == {"law.zero_petition_rate": 0.6667, "law.zero_accident_rate": 0.4, "law.zero_crime_rate": 0.6667}
    assert stats.compute(w["sub"].path, ["law.zero_petition_rate", "law.zero_accident_rate"], period=year) == {
        "law.zero_petition_rate": 0.5, "law.zero_accident_rate": round(1 / 3, 4)}
    assert stats.compute(keys=["law.zero_petition_rate"], period=year_period(2026)) == {"law.zero_petition_rate": 1.0}
    status = {s.unit.name: s for s in law.zero_status(2025)}
    assert (status["东关社区"].accidents, status["西关社区"].petitions, status["北新街社区"].crimes) == (1, 1, 1)
    assert not status["东关社区"].all_zero and status["东关社区"].petitions == 0


def test_counts_on_known_records(world):
    w = world
    today, last_year = dt.date.today(), dt.date(dt.date.today().year - 1, 6, 1)
    meeting(w, matters=[MatterInput(topic="停车难", category="parking", outcome="settled_grid"),
                        MatterInput(topic="物业费", category="property_fees", outcome="referred", follow_up="报街道")])
    meeting(w, unit="com", kind="courtyard_story",
            matters=[MatterInput(topic="广场舞噪音", category="dance_noise", outcome="settled_community")])
    meeting(w, unit="other", on=last_year, matters=[MatterInput(topic="垃圾清运", category="sanitation",
                                                                outcome="settled_grid")])
    for kind, n in (("family_education", 2), ("moral_lecture", 1), ("small_stool", 3), ("neighbourhood", 1)):
        for _ in range(n):
            activities.record(ActivityInput(kind=kind, org_unit_uuid=w["grid_a"].uuid, organiser="社区", held_on=today))
    activities.record(ActivityInput(kind="small_stool", org_unit_uuid=w["other"].uuid, organiser="社区",
                                    held_on=last_year))
    accepted = cases.register(CaseInput(dispute_type="family", facts="夫妻因赡养老人问题发生争吵。",
                                        community_uuid=w["com"].uuid, mediator_uuids=[w["mediator"].uuid],
                                        parties=[PartyInput(name="甲"), PartyInput(side="respondent", name="乙")]))
    cases.accept(accepted.uuid)
    declined = cases.register(CaseInput(dispute_type="other", facts="已经起诉到法院的借款纠纷。",
                                        community_uuid=w["com"].uuid,
                                        parties=[PartyInput(name="丙"), PartyInput(side="respondent", name="丁")]))
    cases.decline(declined.uuid, "已起诉至法院")
    law.log_visit(VisitInput(person_uuid=w["police"].uuid, community_uuid=w["com"].uuid, topic="防诈骗"))
    year = year_period(today.year)
    assert stats.compute(keys=KEYS, period=year) == {
        "selfgov.deliberations": 2, "selfgov.matters_resolved": 2, "virtue.family_education": 2,
        "virtue.mediations": 1, "virtue.moral_lectures": 1, "virtue.small_stool_talks": 3,
        "virtue.neighbourhood_events": 1, "law.zero_petition_rate": 1.0, "law.zero_accident_rate": 1.0,
        "law.zero_crime_rate": 1.0, "law.visits": 1}
    everything = stats.compute(keys=KEYS)
    assert everything["selfgov.deliberations"] == 3 and everything["virtue.small_stool_talks"] == 4
    assert stats.compute(w["other"].path, ["selfgov.matters_resolved", "virtue.mediations"]) == {
        "selfgov.matters_resolved": 1, "virtue.mediations": 0}
