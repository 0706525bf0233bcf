"""The 联动 tab driven like a clerk at each of three real sites, the matter carried
between them in real bundles: the community escalates a request, the subdistrict
adds a member and assigns it, then answers; the community closes it with the call-back."""

import datetime as dt
import shutil

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app import auth, org
from app.demo import DEMO_PASSWORD
from app.linkage import conference, escalations, lists
from app.mediation import meetings
from app.mediation.meetings import MatterInput, MeetingInput
from app.session import close_session, open_session
from db.models import Request
from tests.exchange_helpers import at
from tests.helpers import answer
from tests.linkage_helpers import carry, log_request, three_sites
from tests.orders.test_ui_orders_tab import make_tab as orders_tab
from ui import ask, settings
from ui.hub import Hub
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.tabs.linkage.dialogs import CloseDialog, DecideDialog, EscalateDialog, LinkageMemberDialog
from ui.tabs.linkage.session_dialogs import LinkageDecisionDialog, LinkageDoneDialog, LinkageSessionDialog
from ui.tabs.linkage.tab import LinkageTab
from ui.tabs.mediation.tab import MediationTab


def make_tab(qtbot):
    tab = LinkageTab(Hub(), None)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    return tab


def _choose(box, key):
    box.setCurrentIndex(box.findData(key))


def test_escalate_assign_answer_and_close_through_the_window(district, tmp_path, qtbot, monkeypatch):
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        request = log_request()
        monkeypatch.setattr(EscalateDialog, "ask", answer(EscalateDialog, lambda d: (
            _choose(d.record, request.uuid), d.reason.setPlainText("供电线路需要街道协调"))))
        tab = make_tab(qtbot)
        tab.show_page("sent")
        tab.sent.write_buttons[0].click()
        assert tab.sent.model.rowCount() == 1
        assert tab.sent.model.row_at(0).state == "待处理"
        assert Request.get_by_id(request.uuid).state == "escalated"
    carry(world, "com", "sub")
    with at(world["sub"]):
        monkeypatch.setattr(LinkageMemberDialog, "ask", answer(LinkageMemberDialog, lambda d: (
            d.name.setText("城关供电所"), _choose(d.kind, "stationed"), d.phone.setText("13900001111"))))
        tab = make_tab(qtbot)
        tab.show_page("members")
        tab.members.write_buttons[0].click()
        assert tab.members.model.row_at(0).name == "城关供电所"
        assert "1111" in tab.members.model.table()[1][0][3] and "0000" not in tab.members.model.table()[1][0][3]
        tab.show_page("inbox")
        assert tab.inbox.model.rowCount() == 1
        tab.inbox.select_row(0)
        member_uuid = tab.members.model.row_at(0).uuid
        monkeypatch.setattr(DecideDialog, "ask", answer(DecideDialog, lambda d: (
            _choose(d.action, "assign"), _choose(d.member, member_uuid), d.note.setPlainText("两周内更换线路"))))
        tab.inbox.write_buttons[0].click()
        assert tab.inbox.model.row_at(0).state == "已交办"
        monkeypatch.setattr(DecideDialog, "ask", answer(DecideDialog, lambda d: (
            _choose(d.action, "answer"), d.note.setPlainText("线路已更换"))))
        tab.inbox.select_row(0)
        tab.inbox.write_buttons[0].click()
        assert tab.inbox.model.rowCount() == 0
    carry(world, "sub", "com")
    with at(world["com"]):
        tab = make_tab(qtbot)
        tab.show_page("sent")
        assert tab.sent.model.row_at(0).answer == "线路已更换"
        tab.sent.select_row(0)
        monkeypatch.setattr(CloseDialog, "ask", answer(CloseDialog, lambda d: _choose(d.satisfaction, "satisfied")))
        tab.sent.write_buttons[1].click()
        assert tab.sent.model.rowCount() == 0 and lists.sent(include_closed=True)[0].state == "已办结"
        assert Request.get_by_id(request.uuid).state == "closed"


def test_a_level_that_does_not_hold_the_matter_is_told_so_in_the_dialog(district, tmp_path, qtbot):
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "需要街道协调")
        dialog = DecideDialog(esc.uuid)
        qtbot.addWidget(dialog)
        dialog.note.setPlainText("社区自己答复")
        dialog.accept()
        assert "不在本级" in dialog.error_text()


def test_the_overdue_page_flags_and_exports(district, tmp_path, qtbot, monkeypatch):
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "需要街道协调")
        esc.escalated_at -= dt.timedelta(days=20)
        esc.save()
        tab = make_tab(qtbot)
        tab.show_page("overdue")
        assert tab.overdue.model.rowCount() == 1
        index = tab.overdue.model.index(0, 0)
        assert "督办" in tab.overdue.model.data(index, 3)  # ToolTipRole
        out = tmp_path / "督办 #1 %.xlsx"
        monkeypatch.setattr(ask, "save_path", lambda *a: str(out))
        tab.overdue.export("督办清单")
        sheet = load_workbook(out).active
        assert sheet.max_row >= 2


def test_a_request_is_escalated_from_the_requests_page(district, tmp_path, qtbot, monkeypatch):
    world, runner = three_sites(district, tmp_path), Runner()
    try:
        with at(world["com"]):
            request = log_request()
            tab = orders_tab(qtbot, runner)
            tab.show_page("requests")
            qtbot.waitUntil(lambda: tab.requests.model.rowCount() == 1, timeout=3000)
            tab.requests.select_row(tab.requests.model.row_of(request.uuid))
            monkeypatch.setattr(EscalateDialog, "ask", answer(EscalateDialog, lambda d: d.reason.setPlainText(
                "需要街道协调供电所")))
            assert tab.actions.escalate(tab.requests.current())
            qtbot.waitUntil(lambda: getattr(tab.requests.model.row_at(0), "state_name", "") == "已上报",
                            timeout=3000)  # the page is read again on the runner
            assert lists.sent()[0].subject.startswith(request.number)
    finally:
        runner.shutdown()


def test_the_dashboards_settled_within_cards_open_the_linkage_tab(small, tmp_path, qtbot):
    path = tmp_path / "演示 #1 %.sqlite3"
    shutil.copy(small, path)
    opened, runner = open_session(path), Runner()
    auth.login("admin", DEMO_PASSWORD)
    try:
        window = MainWindow(opened, runner, settings.Settings())
        qtbot.addWidget(window)
        window.show()
        home = window.dashboard_tab
        qtbot.waitUntil(lambda: not home.busy() and home.figures is not None, timeout=30000)
        for key in ("linkage.within_grid", "linkage.within_community"):
            assert home.cards.cards[key].value.text().endswith("%")
        qtbot.mouseClick(home.cards.cards["linkage.within_grid"], Qt.MouseButton.LeftButton)
        linkage = window.linkage_tab
        assert window.tabs.currentWidget() is linkage and linkage.pages.currentWidget() is linkage.sent
    finally:
        runner.shutdown()
        close_session()


def test_a_deliberation_matter_is_escalated_from_the_meetings_page(district, tmp_path, qtbot, monkeypatch):
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        grid = org.by_code("6110020010010101")
        meetings.hold(MeetingInput(kind="courtyard_story", org_unit_uuid=grid.uuid, held_on=dt.date.today(),
                                   place="3号楼前", host="网格长刘芳", attendance=20, matters=[
                                       MatterInput(topic="小区围墙倒塌需要重建", category="facilities", outcome="referred",
                                                   follow_up="报街道统筹")]))
        tab = MediationTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_page("meetings")
        matter = tab.meetings.current_matter()
        assert matter is not None and matter.topic == "小区围墙倒塌需要重建"
        monkeypatch.setattr(EscalateDialog, "ask", answer(EscalateDialog, lambda d: d.reason.setPlainText(
            "重建资金需要街道统筹")))
        assert tab.actions.escalate_matter(matter)
        [row] = lists.sent()
        assert row.kind == "议事议题" and row.subject == "小区围墙倒塌需要重建" and row.unit == grid.name
        tab.show_page("meetings")
        matters = tab.meetings.matters
        assert matters.data(matters.index(0, matters.columnCount() - 1)).endswith("待处理")


def test_a_joint_conference_session_decides_on_an_inbox_matter_and_follows_it_up(district, tmp_path, qtbot,
                                                                                 monkeypatch):
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "供电线路需要街道协调")
    carry(world, "com", "sub")
    with at(world["sub"]):
        member = conference.add_member("城关供电所", "stationed")
        tab = make_tab(qtbot)
        tab.show_page("decisions")
        page = tab.decisions
        monkeypatch.setattr(LinkageSessionDialog, "ask", answer(LinkageSessionDialog, lambda d: (
            d.place.setText("街道三楼会议室"), d.attendance.setValue(12), d.agenda.setPlainText("东关社区路灯"))))
        page.write_buttons[0].click()
        monkeypatch.setattr(LinkageDecisionDialog, "ask", answer(LinkageDecisionDialog, lambda d: (
            _choose(d.matter, esc.uuid), d.subject.setText("供电所两周内更换线路"), _choose(d.member, member.uuid))))
        page.write_buttons[1].click()
        assert page.model.rowCount() == 1 and page.model.row_at(0).subject == "供电所两周内更换线路"
        assert lists.inbox()[0].state == "已交办" and lists.inbox()[0].assignee == "城关供电所"
        page.select_row(0)
        monkeypatch.setattr(LinkageDoneDialog, "ask", answer(LinkageDoneDialog, lambda d: d.result.setPlainText(
            "线路已更换")))
        page.write_buttons[2].click()
        assert page.model.row_at(0).result == "线路已更换" and lists.inbox() == []
        assert escalations.get(esc.uuid).answer == "线路已更换"
