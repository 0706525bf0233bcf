"""The lists of the mediation tab: state counts, overdue first, scope, kind and
period filters, meetings with their matters, activities, three zeros."""

import datetime as dt

import pytest

from app.grid import roles
from app.mediation import activities, cases, law, lists, meetings
from app.mediation.activities import ActivityInput
from app.mediation.cases import CaseInput, PartyInput
from app.mediation.lists import Filter
from app.mediation.meetings import MatterInput, MeetingInput
from db.base import utcnow
from db.models import Role
from tests.helpers import valid_id

FACTS = "楼上住户装修漏水，楼下墙面受损，双方就赔偿金额争执不下。"


@pytest.fixture
def mworld(orders_world):
    w = orders_world
    mediator = roles.add_person("调解员老赵", org_unit=w["com"])
    roles.assign(mediator, w["com"], Role.MEDIATOR)
    lawyer = roles.add_person("律师孙明", org_unit=w["sub"])
    roles.assign(lawyer, w["sub"], Role.LEGAL_ADVISER)
    stranger = roles.add_person("网格员小钱", org_unit=w["other"])
    roles.assign(stranger, w["other"], Role.MEDIATOR)
    return {**w, "mediator": mediator, "lawyer": lawyer, "stranger": stranger}


def register(w, days_ago=0, kind="neighbours", unit="grid_a"):
    return cases.register(CaseInput(
        dispute_type=kind, facts=FACTS, community_uuid=w[unit].uuid,
        parties=[PartyInput(side="applicant", resident_uuid=w["resident"].uuid),
                 PartyInput(side="respondent", name="李四", id_number=valid_id("456"), phone="13900002222")],
        mediator_uuids=[w["mediator"].uuid] if unit != "other" else [w["stranger"].uuid],
        registered_at=utcnow() - dt.timedelta(days=days_ago)))


def test_cases_by_state_overdue_first(mworld):
    fresh = register(mworld)
    late = register(mworld, days_ago=40)
    older = register(mworld, days_ago=50)
    accepted = register(mworld, kind="family")
    cases.accept(accepted.uuid)
    assert lists.case_state_counts(Filter()) == {"registered": (3, 2), "accepted": (1, 0)}
    rows, offset = lists.case_page(Filter(), "registered")
    assert [r.uuid for r in rows] == [older.uuid, late.uuid, fresh.uuid] and offset == 3
    assert [r.overdue for r in rows] == [True, True, False]
    assert rows[0].parties == "王大妈、李四" and rows[0].community == "东关社区" and rows[0].state_name == "已登记"
    page, _ = lists.case_page(Filter(), "registered", 1, 1)
    assert [r.uuid for r in page] == [late.uuid]
    assert [r.uuid for r in lists.case_page(Filter(kind="family"), None)[0]] == [accepted.uuid]
    today = dt.date.today()
    recent = Filter(start=today - dt.timedelta(days=29), end=today + dt.timedelta(days=1))
    assert {r.uuid for r in lists.case_page(recent, None)[0]} == {fresh.uuid, accepted.uuid}
    assert lists.case_page(Filter(root_path=mworld["other"].path), None)[0] == []
    assert len(lists.all_cases(Filter())) == 4
    assert lists.mediators(fresh.uuid) == [("调解员老赵", "人民调解员")]


def test_mediator_candidates_on_the_community_line(mworld):
    names = [n for _u, n in lists.mediator_candidates(mworld["grid_a"].uuid)]
    assert names == ["调解员老赵（人民调解员）", "律师孙明（法律顾问）"]
    assert [n for _u, n in lists.mediator_candidates(mworld["other"].uuid)] == ["网格员小钱（人民调解员）",
                                                                               "律师孙明（法律顾问）"]
    assert lists.mediator_candidates(None) == []


def test_meetings_matters_activities_and_zeros(mworld):
    w = mworld
    meeting = meetings.hold(MeetingInput(kind="speak_hall", org_unit_uuid=w["grid_a"].uuid, host="网格长王", place="说事堂",
                                         attendance=12, matters=[
                                             MatterInput(topic="楼上漏水纠纷", category="neighbours", outcome="referred",
                                                         follow_up="转人民调解"),
                                             MatterInput(topic="停车难", category="parking", outcome="settled_grid")]))
    meetings.hold(MeetingInput(kind="party_talk", org_unit_uuid=w["other"].uuid, host="书记",
                               held_on=dt.date.today() - dt.timedelta(days=60)))
    (row, old) = lists.meeting_rows(Filter())
    assert (row.kind_name, row.unit, row.host, row.attendance, row.matters) == ("居民说事堂", "东关第1网格", "网格长王", 12, 2)
    assert old.matters == 0
    assert [r.uuid for r in lists.meeting_rows(Filter(kind="party_talk"))] == [old.uuid]
    assert [r.uuid for r in lists.meeting_rows(Filter(root_path=w["com"].path))] == [meeting.uuid]
    assert len(lists.meeting_rows(Filter(start=dt.date.today() - dt.timedelta(days=29)))) == 1
    matter = lists.matter_rows(meeting.uuid)[0]
    case = cases.register(CaseInput(source="deliberation", matter_uuid=matter.uuid, dispute_type="neighbours",
                                    facts=FACTS, parties=[PartyInput(name="张三"), PartyInput(side="respondent", name="李四")]))
    matters = lists.matter_rows(meeting.uuid)
    assert [(m.topic, m.category_name, m.outcome_name, m.cases) for m in matters] == [
        ("楼上漏水纠纷", "邻里关系", "上报上级", case.number), ("停车难", "停车", "网格内解决", "")]
    activities.record(ActivityInput(kind="moral_lecture", org_unit_uuid=w["com"].uuid, organiser="社区", audience=30))
    (act,) = lists.activity_rows(Filter())
    assert (act.kind_name, act.unit, act.audience, act.photos) == ("道德讲堂", "东关社区", 30, 0)
    assert lists.activity_rows(Filter(kind="neighbourhood")) == []
    law.record_event(w["com"].uuid, "petition", dt.date.today())
    zeros = {z.community: z for z in lists.zero_rows(dt.date.today().year)}
    assert zeros["东关社区"].petitions == 1 and not zeros["东关社区"].all_zero and zeros["西关社区"].all_zero
    assert [n.strip("　") for _u, n in lists.event_units(w["sub"].path)] == ["城关街道", "东关社区", "西关社区"]
    assert [n.strip("　") for _u, n in lists.held_units(w["com"].path)] == ["东关社区", "东关一片区", "东关第1网格",
                                                                          "东关二片区", "东关第2网格"]
