"""上报 from the record's own screen, at a real community site, and where it stands when the
answer comes back in a real bundle: the need list (四单管理 → 需求清单) and the mediation
case board (调解). The escalate dialog's photos are added, seen and removed before sending."""

import datetime as dt

import pytest

from app import org
from app.linkage import escalations, lists
from app.mediation import cases
from app.orders import requests
from db.models import Attachment, Need
from tests.exchange_helpers import at
from tests.helpers import answer
from tests.linkage_helpers import carry, log_request, three_sites
from tests.orders.test_ui_orders_tab import make_tab as orders_tab
from ui import ask, i18n
from ui.hub import Hub
from ui.runner import Runner
from ui.tabs.linkage.dialogs import EscalateDialog
from ui.tabs.mediation.tab import MediationTab

GRID = "6110020010010101"


@pytest.fixture
def chinese(qtbot):
    """The window as the clerk sees it: in Chinese."""
    i18n.install("zh_CN")
    yield
    i18n.remove()


def _need():
    request = log_request()
    requests.classify(request.uuid, "handle", need_text="东门路灯线路需要整体更换")
    return Need.get(Need.request == request.uuid)


def _case():
    return cases.register(cases.CaseInput(
        dispute_type="neighbours", facts="楼上住户装修破坏承重墙，楼下住户担心安全，双方争执不下。",
        community_uuid=org.by_code(GRID).uuid, parties=[cases.PartyInput(side="applicant", name="王秀兰"),
                                                        cases.PartyInput(side="respondent", name="李建国")]))


def _answer_at_subdistrict(world, text: str) -> None:
    carry(world, "com", "sub")
    with at(world["sub"]):
        [row] = lists.inbox()
        escalations.decide(row.uuid, "answer", text)
    carry(world, "sub", "com")


def test_a_need_is_escalated_from_the_need_list_and_shows_the_answer(district, tmp_path, qtbot, monkeypatch,
                                                                     chinese):
    world, runner = three_sites(district, tmp_path), Runner()
    try:
        with at(world["com"]):
            need = _need()
            tab = orders_tab(qtbot, runner)
            tab.show_page("needs")
            qtbot.waitUntil(lambda: tab.needs.model.rowCount() == 1, timeout=3000)
            tab.needs.select_row(0)
            monkeypatch.setattr(EscalateDialog, "ask", answer(EscalateDialog, lambda d: d.reason.setPlainText(
                "线路改造需要街道协调供电所")))
            escalate = next(b for b in tab.needs.write_buttons if b.text() == "上报…")
            escalate.click()
            qtbot.waitUntil(lambda: tab.needs.model.rowCount() == 1 and tab.needs.model.row_at(0).state_name == "已上报",
                            timeout=3000)
            tab.needs.select_row(0)
            assert "已上报" in tab.needs.detail.text() and "城关街道" in tab.needs.detail.text()
            assert Need.get_by_id(need.uuid).state == "escalated"
            assert tab.actions.dispatch(tab.needs.current()) is None  # it left the working list
        _answer_at_subdistrict(world, "供电所已安排下周更换线路")
        with at(world["com"]):
            tab = orders_tab(qtbot, runner)
            tab.show_page("needs")
            qtbot.waitUntil(lambda: tab.needs.model.rowCount() == 1, timeout=3000)
            tab.needs.select_row(0)
            assert "供电所已安排下周更换线路" in tab.needs.detail.text() and "已答复" in tab.needs.detail.text()
            escalations.close(lists.sent()[0].uuid, "已告知居民")
            assert Need.get_by_id(need.uuid).state == "closed"
    finally:
        runner.shutdown()


def test_a_mediation_case_is_escalated_from_the_case_board_and_shows_the_answer(district, tmp_path, qtbot,
                                                                               monkeypatch, chinese):
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        case = _case()
        tab = MediationTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        tab.show_case(case.uuid)
        assert "已上报" not in tab.board.detail.toPlainText()
        monkeypatch.setattr(EscalateDialog, "ask", answer(EscalateDialog, lambda d: d.reason.setPlainText(
            "涉及房屋结构安全，需要街道住建部门鉴定")))
        tab.board.escalate_button.click()
        detail = tab.board.detail.toPlainText()
        assert "已上报" in detail and "待处理" in detail and "城关街道" in detail
        [row] = lists.sent()
        assert row.kind == "调解案件" and row.subject.startswith(case.number)
    _answer_at_subdistrict(world, "住建所已鉴定，责令恢复承重墙")
    with at(world["com"]):
        tab = MediationTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_case(case.uuid)
        assert "住建所已鉴定，责令恢复承重墙" in tab.board.detail.toPlainText()


def test_the_escalate_dialog_adds_shows_and_removes_photos_before_sending(district, tmp_path, qtbot,
                                                                         monkeypatch):
    world = three_sites(district, tmp_path)
    folder = tmp_path / "现场 照片 #3 %20"
    folder.mkdir()
    kept, dropped = folder / "东门 路灯 #1 %.png", folder / "拍错了 #2 %.jpg"
    from PySide6.QtGui import QColor, QImage
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    assert image.save(str(kept)) and image.save(str(dropped))
    with at(world["com"]):
        request = log_request()
        dialog = EscalateDialog(request.uuid)
        qtbot.addWidget(dialog)
        monkeypatch.setattr(ask, "open_paths", lambda *a: [str(kept), str(dropped)])
        dialog.files.add_button.click()
        items = [dialog.files.list.item(i) for i in range(dialog.files.list.count())]
        assert [i.text() for i in items] == [kept.name, dropped.name]
        assert all(not i.icon().isNull() for i in items)  # a small picture of each photo
        dialog.files.list.setCurrentRow(1)
        dialog.files.remove_button.click()
        assert dialog.files.paths == [str(kept)]
        dialog.reason.setPlainText("路灯线路老化，见照片")
        dialog.accept()
        assert dialog.result() and dialog.result_value
        [stored] = Attachment.select().where(Attachment.owner_uuid == dialog.result_value)
        assert stored.owner_table == "escalation" and stored.file_name == kept.name


def test_an_escalated_need_is_due_at_the_subdistrict(district, tmp_path):
    """The need travels like a request: the subdistrict holds it with its 15-day deadline."""
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        esc = escalations.escalate("need", _need().uuid, "线路改造需要街道协调")
    carry(world, "com", "sub")
    with at(world["sub"]):
        [row] = lists.inbox()
        assert row.uuid == esc.uuid and row.kind == "需求"
        assert row.due_at - row.escalated_at == dt.timedelta(days=15)


def test_the_level_above_opens_the_photos_in_the_decide_dialog(district, tmp_path, qtbot):
    import shutil

    from app import attachments
    from ui.tabs.linkage.dialogs import DecideDialog
    world = three_sites(district, tmp_path)
    photo = tmp_path / "东门 路灯 #1 %.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 the dark gate")
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "路灯线路老化", attachments=[photo])
        shutil.rmtree(attachments.folder())  # the subdistrict's PC never held the file
    carry(world, "com", "sub")
    with at(world["sub"]):
        dialog = DecideDialog(esc.uuid)
        qtbot.addWidget(dialog)
        [stored] = attachments.of("escalation", esc.uuid)
        assert attachments.path_of(stored).as_uri() in dialog.files.text() and "东门 路灯 #1 %.jpg" in dialog.files.text()
        assert attachments.path_of(stored).read_bytes() == photo.read_bytes()


def test_a_session_is_recorded_with_its_roster_which_travels_up(district, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from app.linkage import conference
    from db.models import LinkageSession
    from ui.tabs.linkage.session_dialogs import LinkageSessionDialog
    world = three_sites(district, tmp_path)
    with at(world["sub"]):
        conference.add_member("东关派出所", "stationed", "赵警官", "13900002222")
        conference.add_member("快递物流行业党委", "new_sector", "钱书记", "13900004444")
        dialog = LinkageSessionDialog()
        qtbot.addWidget(dialog)
        texts = [dialog.members.item(i).text() for i in range(dialog.members.count())]
        assert "东关派出所（赵警官）" in texts and not any("1390000" in t for t in texts)  # no phone here
        dialog.members.item(texts.index("东关派出所（赵警官）")).setCheckState(Qt.CheckState.Checked)
        dialog.others.setText("街道办主任李强、 街道党工委书记王明")
        dialog.place.setText("街道三楼会议室")
        dialog.accept()
        session = LinkageSession.get_by_id(dialog.result_value)
        assert session.attendance == 3
        assert conference.roster(session.uuid) == ["东关派出所（赵警官）", "街道党工委书记王明", "街道办主任李强"]
    carry(world, "sub", "district")
    with at(world["district"]):
        assert conference.roster(session.uuid) == ["东关派出所（赵警官）", "街道党工委书记王明", "街道办主任李强"]


def test_the_subdistrict_answers_an_escalated_case_from_its_case_board(district, tmp_path, qtbot, monkeypatch,
                                                                       chinese):
    from ui.tabs.linkage.dialogs import DecideDialog
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        case = _case()
        tab = MediationTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_case(case.uuid)
        tab.board.decide_button.click()  # nothing escalated yet: it says so
        assert "没有等待处理的上报" in tab.message_bar.text.text()
        esc = escalations.escalate("mediation_case", case.uuid, "涉及房屋结构安全，需要街道住建部门鉴定")
    carry(world, "com", "sub")
    with at(world["sub"]):
        tab = MediationTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_case(case.uuid)
        monkeypatch.setattr(DecideDialog, "ask", answer(DecideDialog, lambda d: (
            d.action.setCurrentIndex(d.action.findData("answer")), d.note.setPlainText("住建所已鉴定，责令恢复承重墙"))))
        tab.board.decide_button.click()
        assert escalations.get(esc.uuid).state == "answered" and lists.inbox() == []
        assert "住建所已鉴定" in tab.board.detail.toPlainText() and "已答复" in tab.board.detail.toPlainText()


def test_the_subdistrict_assigns_a_matter_down_to_the_community_which_answers_it(district, tmp_path, qtbot,
                                                                                 monkeypatch):
    from ui.tabs.linkage.dialogs import DecideDialog
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "需要街道协调")
    carry(world, "com", "sub")
    with at(world["sub"]):
        community = org.by_code("611002001001")
        dialog = DecideDialog(esc.uuid)
        qtbot.addWidget(dialog)
        assert [dialog.lower.itemText(i) for i in range(dialog.lower.count())] == ["", "东关社区", "东关第1网格"]
        dialog.action.setCurrentIndex(dialog.action.findData("assign"))
        dialog.lower.setCurrentIndex(dialog.lower.findData(community.uuid))
        dialog.note.setPlainText("请社区协调物业先行处置")
        dialog.accept()
        assert dialog.result_value and lists.inbox()[0].assignee == "东关社区"
    carry(world, "sub", "com")
    with at(world["com"]):
        [row] = lists.inbox()  # assigned down to it
        assert row.state == "已交办"
        monkeypatch.setattr(DecideDialog, "ask", answer(DecideDialog, lambda d: d.note.setPlainText("物业已更换灯具")))
        from ui.tabs.linkage.tab import LinkageTab
        tab = LinkageTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_page("inbox")
        tab.inbox.select_row(0)
        tab.inbox.write_buttons[0].click()
        assert escalations.get(esc.uuid).answer == "物业已更换灯具" and lists.inbox() == []


def test_the_subdistrict_decides_an_escalated_matter_from_its_meetings_page(district, tmp_path, qtbot, monkeypatch,
                                                                            chinese):
    from app.linkage import conference
    from app.mediation import meetings
    from app.mediation.meetings import MatterInput, MeetingInput
    from ui.tabs.linkage.dialogs import DecideDialog
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        meetings.hold(MeetingInput(kind="courtyard_story", org_unit_uuid=org.by_code(GRID).uuid,
                                   held_on=dt.date.today(), place="3号楼前", host="网格长刘芳", attendance=20, matters=[
                                       MatterInput(topic="小区围墙倒塌需要重建", category="facilities",
                                                   outcome="referred", follow_up="报街道统筹")]))
        [matter] = lists_of_matters()
        esc = escalations.escalate("deliberation_matter", matter, "重建资金需要街道统筹")
    carry(world, "com", "sub")
    with at(world["sub"]):
        member = conference.add_member("城关街道城建办", "stationed")
        tab = MediationTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_page("meetings")
        page = tab.meetings
        assert page.current_matter().topic == "小区围墙倒塌需要重建"
        monkeypatch.setattr(DecideDialog, "ask", answer(DecideDialog, lambda d: (
            d.action.setCurrentIndex(d.action.findData("assign")), d.member.setCurrentIndex(d.member.findData(
                member.uuid)), d.note.setPlainText("城建办一个月内完成围墙重建"))))
        next(b for b in page.write_buttons if b.text() == "处理上报…").click()
        current = escalations.get(esc.uuid)
        assert current.state == "assigned" and current.assignee == "城关街道城建办"
        matters = page.matters
        assert matters.data(matters.index(0, matters.columnCount() - 1)).endswith("已交办")
    carry(world, "sub", "com")
    with at(world["com"]):
        assert lists.of_record(matter).assignee == "城关街道城建办" and lists.of_record(matter).state == "已交办"


def lists_of_matters() -> list[str]:
    from db.models import DeliberationMatter
    return [m.uuid for m in DeliberationMatter.live()]


def test_the_session_dialog_opens_with_the_agenda_drawn_from_the_period(district, tmp_path, qtbot, monkeypatch):
    from app.linkage import agenda
    from db.models import LinkageSession
    from ui.tabs.linkage.session_dialogs import LinkageSessionDialog
    from ui.tabs.linkage.tab import LinkageTab
    world = three_sites(district, tmp_path)
    last_quarter = dt.datetime.combine(agenda.quarter_before(dt.date.today()).start, dt.time(4))
    with at(world["com"]):
        escalations.escalate("request", log_request().uuid, "供电线路需要街道协调")
        requests.log(requests.RequestInput(grid_uuid=org.by_code(GRID).uuid, content="3号楼暖气不热，需要协调热力公司",
                                           category="utilities", requester_name="李建国",
                                           requester_phone="13812345679", received_at=last_quarter))
    carry(world, "com", "sub")
    with at(world["sub"]):
        seen = {}

        def fill(d):
            seen["drawn"] = d.agenda.toPlainText()
            d.agenda.setPlainText(seen["drawn"] + "\n三、其他事项")
            d.held_on.setDate(d.held_on.date().addDays(1))  # the clerk's own text is kept
        monkeypatch.setattr(LinkageSessionDialog, "ask", answer(LinkageSessionDialog, fill))
        tab = LinkageTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_page("decisions")
        tab.decisions.write_buttons[0].click()
        lines = seen["drawn"].splitlines()
        assert lines[0] == "一、研究下级上报事项" and lines[1].startswith("1. 【待处理】东关第1网格 诉求：")
        assert "小区东门路灯" in lines[1] and lines[-1] == "1. 水电气暖（1件）"
        [session] = LinkageSession.select()
        assert session.agenda == seen["drawn"] + "\n三、其他事项"
