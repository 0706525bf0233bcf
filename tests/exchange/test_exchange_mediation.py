"""Bundles carry the three governances: a community registers a mediation case
(parties, mediators, sessions, agreement, follow-up, every event) and holds a
deliberation meeting; the district imports them intact, then the later archive."""

import datetime as dt

from app import org
from app.grid import residents, roles
from app.grid.residents import ResidentInput
from app.mediation import agreements, cases, meetings
from app.mediation.agreements import AgreementInput
from app.mediation.cases import CaseInput, PartyInput
from app.mediation.meetings import MatterInput, MeetingInput
from app.session import local_site
from db.models import (
    DeliberationMatter,
    DeliberationMeeting,
    MediationAgreement,
    MediationCase,
    MediationEvent,
    MediationFollowUp,
    MediationMediator,
    MediationParty,
    MediationSession,
    Role,
)
from tests.exchange.test_exchange_sync import enrol_site, send, trust_and_import
from tests.exchange_helpers import at
from tests.helpers import valid_id

MODELS = (DeliberationMeeting, DeliberationMatter, MediationCase, MediationParty, MediationMediator,
          MediationSession, MediationEvent, MediationAgreement, MediationFollowUp)


def snapshot() -> dict[str, dict[str, dict]]:
    """Every row of the mediation tables, by table and uuid, as stored."""
    return {m._meta.table_name: {row.uuid: dict(row.__data__) for row in m.select()} for m in MODELS}


def test_a_case_and_a_meeting_travel_up_intact(district, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    east_uuid, east = enrol_site(district, tmp_path, "东关社区居委会", "community", "611002001001")
    with at(district):
        district_uuid = local_site().uuid
    with at(east):
        community, grid = org.by_code("611002001001"), org.by_code("6110020010010101")
        mediator = roles.add_person("调解员赵秀英", org_unit=community)
        roles.assign(mediator, community, Role.MEDIATOR)
        resident = residents.add(grid.uuid, ResidentInput(name="王秀兰", phone="13812345678",
                                                          id_number=valid_id("262", "19580312")))
        meeting = meetings.hold(MeetingInput(
            kind="speak_hall", org_unit_uuid=grid.uuid, held_on=dt.date.today(), place="东关居民说事堂",
            host="网格长张伟", attendance=23, matters=[
                MatterInput(topic="小区停车难", category="parking", outcome="settled_community",
                            follow_up="社区协调物业在东侧划定临时停车位"),
                MatterInput(topic="楼上漏水邻里矛盾", category="neighbours", outcome="referred",
                            follow_up="转社区人民调解委员会调解")]))
        matter = next(m for m in meetings.matters(meeting.uuid) if m.category == "neighbours")
        case = cases.register(CaseInput(
            source="deliberation", matter_uuid=matter.uuid, dispute_type="neighbours",
            facts="王秀兰家楼上住户李建国家卫生间漏水，王家天花板受损，双方就赔偿争执不下。",
            parties=[PartyInput(side="applicant", resident_uuid=resident.uuid),
                     PartyInput(side="respondent", name="李建国", id_number=valid_id("153", "19650921"),
                                phone="13900002222", address="商州区北新街12号3单元502")],
            mediator_uuids=[mediator.uuid]))
        cases.accept(case.uuid)
        cases.record_session(case.uuid, "王秀兰、李建国、调解员赵秀英", "双方陈述事实，调解员释法说理")
        agreements.record(case.uuid, AgreementInput(
            facts="楼上漏水致楼下天花板受损", content="李建国修复防水并赔偿王秀兰修缮费800元",
            performance="微信转账一次性支付", perform_by=dt.date.today() + dt.timedelta(days=10)))
        agreements.follow_up(case.uuid, kept=True, notes="已修复并支付")
        sent = snapshot()
        number = cases.get(case.uuid).number
    assert len(sent["mediation_event"]) == 5 and len(sent["deliberation_matter"]) == 2

    done = trust_and_import(district, send(east, district_uuid, stick))
    for table, rows in sent.items():
        assert done.counts[table]["new"] == len(rows), table
    with at(district):
        assert snapshot() == sent  # every column of every row, stamps included
        arrived = cases.get(case.uuid)
        assert arrived.number == number and arrived.state == "agreed" and arrived.origin_site == east_uuid
        assert [(e.action, e.from_state, e.to_state) for e in cases.history(case.uuid)] == [
            ("register", None, "registered"), ("accept", "registered", "accepted"),
            ("session", "accepted", "mediating"), ("agree", "mediating", "agreed"), ("follow_up", "agreed", "agreed")]
        assert [p["name"] for p in cases.party_rows(case.uuid)] == ["王秀兰", "李建国"]
        doc = agreements.document(case.uuid)
        assert doc["content"] == "李建国修复防水并赔偿王秀兰修缮费800元" and doc["mediators"] == ["调解员赵秀英"]
        assert [p["id_number"] for p in doc["parties"]] == [valid_id("262", "19580312"), valid_id("153", "19650921")]
        assert doc["committee"] == "东关社区人民调解委员会"
        assert [c.uuid for c in meetings.cases_of(matter.uuid)] == [case.uuid]
        assert {m.topic for m in meetings.matters(meeting.uuid)} == {"小区停车难", "楼上漏水邻里矛盾"}

    with at(east):
        cases.archive(case.uuid)
        later = snapshot()
    trust_and_import(district, send(east, district_uuid, stick))
    with at(district):
        assert snapshot() == later
        assert cases.get(case.uuid).state == "archived" and cases.history(case.uuid)[-1].action == "archive"
        assert MediationCase.select().count() == 1
