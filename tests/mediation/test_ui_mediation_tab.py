"""The mediation tab driven like a clerk: real SQLite, real dialogs (answered
through their ask() classmethods)."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from app.grid import roles
from app.mediation import cases
from app.mediation.cases import CaseInput, PartyInput
from db.base import utcnow
from db.models import Attachment, MediationCase, Role, SafetyEvent, VirtueActivity
from tests.helpers import answer, valid_id
from ui import ask
from ui.hub import Hub
from ui.tabs.mediation.case_dialogs import CaseDialog
from ui.tabs.mediation.dialogs import (
    ActivityDialog,
    AgreementDialog,
    EventDialog,
    FollowUpDialog,
    MeetingDialog,
    SessionDialog,
)
from ui.tabs.mediation.tab import MediationTab

FACTS = "楼上住户装修漏水，楼下墙面受损，双方就赔偿金额争执不下。"


@pytest.fixture
def mworld(orders_world):
    w = orders_world
    mediator = roles.add_person("调解员老赵", org_unit=w["com"])
    roles.assign(mediator, w["com"], Role.MEDIATOR)
    return {**w, "mediator": mediator}


def make_tab(qtbot, page_size=5):
    t = MediationTab(Hub(), None, page_size=page_size)
    qtbot.addWidget(t)
    t.resize(1366, 700)
    t.show()
    return t


@pytest.fixture
def tab(mworld, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    return make_tab(qtbot)


def register(w, days_ago=0):
    return cases.register(CaseInput(
        dispute_type="neighbours", facts=FACTS, community_uuid=w["grid_a"].uuid,
        parties=[PartyInput(side="applicant", resident_uuid=w["resident"].uuid),
                 PartyInput(side="respondent", name="李四", id_number=valid_id("456"), phone="13900002222")],
        mediator_uuids=[w["mediator"].uuid], registered_at=utcnow() - dt.timedelta(days=days_ago)))


def enabled(board) -> set[str]:
    return {a for a, b in board.buttons.items() if b.isEnabled()}


def test_from_a_matter_to_an_archived_agreement(tab, mworld, monkeypatch):
    w = mworld
    tab.show_page("meetings")

    def meeting(d):
        d.unit.setCurrentIndex(d.unit.findData(w["grid_a"].uuid))
        d.host.setText("网格长王")
        d.place.setText("居民说事堂")
        d.attendance.setValue(15)
        d.add_matter("楼上装修漏水纠纷", "neighbours", "referred", "转人民调解")
        d.add_matter("停车难", "parking", "settled_grid")
    monkeypatch.setattr(MeetingDialog, "ask", answer(MeetingDialog, meeting))
    assert tab.actions.new_meeting()
    page = tab.meetings
    assert page.model.rowCount() == 1 and page.model.row_at(0).matters == 2
    assert page.matters.rowCount() == 2 and page.current_matter().topic == "楼上装修漏水纠纷"

    def case(d):
        assert d.source.currentData() == "deliberation" and not d.community.isEnabled()
        d.facts.setPlainText(FACTS)
        d.parties[0].find.setText("王大妈")
        d.parties[0].find_resident()
        d.parties[1].name.setText("李四")
        d.parties[1].id_number.setText(valid_id("456"))
        d.check_mediator(0)
    monkeypatch.setattr(CaseDialog, "ask", answer(CaseDialog, case))
    uuid = tab.actions.matter_to_case(page.current_matter())
    made = cases.get(uuid)
    assert made.source == "deliberation" and made.matter.topic == "楼上装修漏水纠纷" and made.community.name == "东关社区"
    board = tab.board
    assert tab.pages.currentWidget() is board and board.current_uuid() == uuid and board.state() == "registered"
    assert enabled(board) == {"accept", "decline", "add_mediator"}
    assert "王大妈" in board.detail.toPlainText() and valid_id("456") not in board.detail.toPlainText()
    board.buttons["accept"].click()
    assert board.state() == "accepted" and enabled(board) == {"session", "end", "add_mediator"}

    monkeypatch.setattr(SessionDialog, "ask", answer(SessionDialog, lambda d: (
        d.attendees.setText("王大妈、李四、调解员老赵"), d.notes.setPlainText("双方陈述，调解员释法说理"))))
    board.buttons["session"].click()
    assert board.state() == "mediating" and enabled(board) == {"session", "agree", "fail", "end", "add_mediator"}
    monkeypatch.setattr(AgreementDialog, "ask", answer(AgreementDialog, lambda d: (
        d.content.setPlainText("李四赔偿王大妈修缮费800元"), d.performance.setText("一次性现金支付"))))
    board.buttons["agree"].click()
    assert board.state() == "agreed" and enabled(board) == {"follow_up"}  # no archive before a follow-up
    assert "800元" in board.detail.toPlainText()
    monkeypatch.setattr(FollowUpDialog, "ask", answer(FollowUpDialog, lambda d: d.notes.setPlainText("已支付")))
    board.buttons["follow_up"].click()
    assert enabled(board) == {"follow_up", "archive"}
    board.buttons["archive"].click()
    assert cases.get(uuid).state == "archived" and board.state() == "archived" and enabled(board) == set()
    actions = [board.history.item(i, 1).text() for i in range(board.history.rowCount())]
    assert actions == ["登记", "受理", "调解", "达成协议", "回访", "归档"]
    tab.show_page("meetings")
    assert page.matters.row_at(0).cases == made.number


def test_invalid_actions_are_refused_and_overdue_first(tab, mworld):
    fresh = register(mworld)
    late = register(mworld, days_ago=40)
    tab.filters_changed()
    board = tab.board
    assert board.states.item(0).text().startswith("已登记（2）") and "1" in board.states.item(0).text().split("\n")[1]
    assert board.model.row_at(0).uuid == late.uuid and board.model.row_at(0).overdue
    assert board.model.row_at(1).uuid == fresh.uuid
    assert tab.actions.case_action(late.uuid, "archive") is None
    assert "not possible" in tab.message_bar.text.text() and cases.get(late.uuid).state == "registered"


def test_a_bad_party_id_is_shown_next_to_its_field(tab, mworld, qtbot):
    dialog = CaseDialog(mworld["com"].path)
    qtbot.addWidget(dialog)
    dialog.choose_unit(mworld["grid_a"].uuid)
    dialog.facts.setPlainText(FACTS)
    dialog.parties[0].name.setText("张三")
    dialog.parties[1].name.setText("李四")
    dialog.parties[1].id_number.setText("611002199001011230")
    dialog.check_mediator(0)
    dialog.accept()
    assert "李四" in dialog.error_text("parties.2.id_number") and dialog.result_value is None
    assert MediationCase.select().count() == 0
    dialog.parties[1].id_number.setText(valid_id("456"))
    dialog.accept()
    assert dialog.error_text("parties.2.id_number") == "" and MediationCase.select().count() == 1


def test_a_viewer_cannot_write(mworld, qtbot, as_role, monkeypatch):
    case = register(mworld)
    as_role("viewer")
    tab = make_tab(qtbot)
    tab.show_case(case.uuid)
    assert not tab.board.new_button.isEnabled() and enabled(tab.board) == set()
    monkeypatch.setattr(CaseDialog, "ask", classmethod(lambda *a, **k: pytest.fail("no dialog for a viewer")))
    assert tab.actions.new_case() is None and tab.actions.case_action(case.uuid, "accept") is None
    assert tab.message_bar.text.text() and cases.get(case.uuid).state == "registered"
    for key in ("meetings", "activities", "zeros"):
        tab.show_page(key)
        assert not any(b.isEnabled() for b in tab.pages.currentWidget().write_buttons)


def test_models_pass_the_model_tester(tab, mworld, qtmodeltester):
    for i in range(7):
        register(mworld, days_ago=i * 10)
    tab.filters_changed()
    model = tab.board.model
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 7 and [model.row_at(i).overdue for i in range(7)] == [True] * 4 + [False] * 3
    qtmodeltester.check(model)
    tab.show_page("zeros")
    qtmodeltester.check(tab.zeros.model)


def test_activities_events_and_excel(tab, mworld, monkeypatch, tmp_path):
    w = mworld
    photo = tmp_path / "讲堂.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    monkeypatch.setattr(ask, "open_paths", lambda *a, **k: [str(photo)])
    tab.show_page("activities")

    def activity(d):
        d.kind.setCurrentIndex(d.kind.findData("moral_lecture"))
        d.unit.setCurrentIndex(d.unit.findData(w["com"].uuid))
        d.organiser.setText("东关社区")
        d.audience.setValue(40)
        d.add_files()
    monkeypatch.setattr(ActivityDialog, "ask", answer(ActivityDialog, activity))
    assert tab.actions.new_activity()
    assert tab.activities.model.row_at(0).photos == 1 and Attachment.select().count() == 1
    assert VirtueActivity.select().count() == 1
    tab.show_page("zeros")
    monkeypatch.setattr(EventDialog, "ask", answer(EventDialog, lambda d: (
        d.unit.setCurrentIndex(d.unit.findData(w["com"].uuid)), d.kind.setCurrentIndex(d.kind.findData("crime")))))
    assert tab.actions.new_event() and SafetyEvent.select().count() == 1
    rows = {tab.zeros.model.row_at(i).community: tab.zeros.model.row_at(i) for i in range(tab.zeros.model.rowCount())}
    assert rows["东关社区"].crimes == 1 and rows["西关社区"].all_zero

    out = tmp_path / "zeros.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(out))
    assert tab.zeros.export("三零") == 2
    sheet = load_workbook(out).active
    values = list(sheet.values)
    assert values[0][0] == "Community" and ("东关社区", "✓", 0, "✓", 0, None, 1) in values
    register(w)
    tab.show_page("cases")
    out_cases = tmp_path / "cases.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(out_cases))
    assert tab.board.export() == 1
    (header, row) = list(load_workbook(out_cases).active.values)
    assert header[:3] == ("State", "Overdue", "Number") and row[0] == "已登记" and row[2].startswith("东关调")
    tab.show_page("meetings")
    out_meetings = tmp_path / "m.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(out_meetings))
    assert tab.meetings.export("议事会") == 0 and out_meetings.exists()


def test_law_visits_activity_kinds_and_building_leader_coverage(tab, mworld, monkeypatch, qtbot):
    from app.grid import buildings, roles
    from app.mediation import activities
    from db.models import LawVisit, Role
    from ui.tabs.mediation.law_dialogs import ActivityKindDialog, VisitDialog

    lawyer = roles.add_person("律师孙明", org_unit=mworld["com"])
    roles.assign(lawyer, mworld["com"], Role.LEGAL_ADVISER)
    monkeypatch.setattr(VisitDialog, "ask", answer(VisitDialog, lambda d: (
        d.community.setCurrentIndex(d.community.findData(mworld["com"].uuid)),
        d.kind.setCurrentIndex(d.kind.findData("talk")), d.topic.setText("民法典进社区"), d.audience.setValue(60))))
    tab.actions.new_visit()
    visit = LawVisit.get()
    assert visit.topic == "民法典进社区" and visit.audience == 60 and visit.person.uuid == lawyer.uuid

    monkeypatch.setattr(ActivityKindDialog, "ask", answer(ActivityKindDialog, lambda d: (
        d.code.setText("elderly_feast"), d.name.setText("重阳敬老宴"))))
    tab.actions.new_activity_kind()
    assert "重阳敬老宴" in activities.kinds().values()

    b1 = buildings.add(mworld["grid_a"].uuid, buildings.BuildingInput(name="1号楼", is_civilized=True))
    buildings.add(mworld["grid_a"].uuid, buildings.BuildingInput(name="2号楼"))
    buildings.appoint_leader(b1.uuid, "楼长甲", "13700003333")
    tab.show_page("coverage")
    tab.refresh_page(tab.coverage)
    qtbot.waitUntil(lambda: tab.coverage.model.rowCount() > 0)
    row = next(tab.coverage.model.row_at(i) for i in range(tab.coverage.model.rowCount())
               if tab.coverage.model.row_at(i).community_name == "东关社区")
    assert (row.buildings, row.with_leader, row.civilized) == (2, 1, 1)
    assert "50.0%" in tab.coverage.info.text()


def test_a_viewer_cannot_add_activity_kinds(mworld, qtbot, as_role):
    from ui.tabs.mediation.law_dialogs import ActivityKindDialog

    as_role("viewer")
    dialog = ActivityKindDialog()
    qtbot.addWidget(dialog)
    dialog.code.setText("x")
    dialog.name.setText("某活动")
    dialog.accept()
    assert "系统管理" in dialog.error_text("general")
