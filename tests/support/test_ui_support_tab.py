"""The four-supports tab driven like a clerk: real SQLite, real dialogs (answered
through their ask() classmethods), and the proxy-service quick log with the
keyboard only."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.orders import offers
from app.orders.offers import OfferInput
from app.support import projects, proxy, services, team_members, teams
from app.support.teams import TeamInput
from db.models import Member, ProxyService, Site, Team, Unit, VolunteerService
from tests.helpers import answer
from ui import ask
from ui.hub import Hub
from ui.tabs.support.dialog_common import SupportDayDialog, SupportTextDialog
from ui.tabs.support.post_dialogs import PostsDialog
from ui.tabs.support.project_dialogs import ProjectDialog, VolunteerServiceDialog
from ui.tabs.support.tab import SupportTab
from ui.tabs.support.team_dialogs import TeamDialog, TeamMemberDialog
from ui.tabs.support.unit_dialogs import MemberDialog, RegisteredUnitDialog


def make_tab(qtbot):
    t = SupportTab(Hub(), None)
    qtbot.addWidget(t)
    t.resize(1366, 700)
    t.show()
    return t


@pytest.fixture
def tab(orders_world, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    return make_tab(qtbot)


def rows(page) -> list:
    return [page.model.row_at(i) for i in range(page.model.rowCount())]


def visible_writes(page) -> set[str]:
    return {b.text() for b in page.write_buttons if b.isVisibleTo(page)}


def test_register_a_unit_and_a_member_and_see_their_record(tab, orders_world, monkeypatch):
    w = orders_world
    tab.show_page("units")
    assert [r.name for r in rows(tab.units)] == ["区住建局", "区供电公司"]

    def unit(d):
        d.community.setCurrentIndex(d.community.findData(w["com"].uuid))
        d.name.setText("区卫健局")
        d.kind.setCurrentIndex(d.kind.findData("机关"))
        d.contact.setText("张科长")
        d.phone.setText("13800002222")
    monkeypatch.setattr(RegisteredUnitDialog, "ask", answer(RegisteredUnitDialog, unit))
    uuid = tab.actions.register_unit()
    made = Unit.get_by_id(uuid)
    assert made.name == "区卫健局" and made.kind == "机关" and made.community_uuid == w["com"].uuid
    page = tab.units
    assert page.current().uuid == uuid and page.current().community == "东关社区"
    assert "3" in page.info.text()
    offers.add(OfferInput(community_uuid=w["com"].uuid, category="repair", description="义诊进社区", unit_uuid=uuid))
    page.show_record()
    assert page.record.values["offers"].text() == "1" and page.record.values["rate"].text() == "—"
    assert "区卫健局" in page.record.who.text()
    page.search.setText("卫健")
    assert [r.name for r in rows(page)] == ["区卫健局"]
    page.search.setText("没有这个单位")
    assert page.stack.currentWidget() is page.hint and "没有这个单位" in page.hint.text()
    page.search.clear()

    tab.show_page("members")

    def member(d):
        d.community.setCurrentIndex(d.community.findData(w["com"].uuid))
        d.name.setText("党员赵敏")
        d.gender.setCurrentIndex(d.gender.findData("F"))
        d.choose_unit(uuid)
    monkeypatch.setattr(MemberDialog, "ask", answer(MemberDialog, member))
    member_uuid = tab.actions.register_member()
    listed = {r.name: r for r in rows(tab.members)}
    assert set(listed) == {"党员李明", "党员赵敏"} and listed["党员赵敏"].unit == "区卫健局"
    assert listed["党员赵敏"].gender == "女" and tab.members.current().uuid == member_uuid

    tab.actions.retire_member(tab.members.current())
    assert "党员赵敏" not in {r.name for r in rows(tab.members)} and Member.get_by_id(member_uuid).deleted
    assert tab.message_bar.can_undo()
    tab.message_bar.undo_button.click()
    assert "党员赵敏" in {r.name for r in rows(tab.members)} and not Member.get_by_id(member_uuid).deleted


def test_a_unit_with_a_duplicate_name_is_refused_next_to_the_name(tab, orders_world, qtbot):
    dialog = RegisteredUnitDialog(orders_world["com"].path)
    qtbot.addWidget(dialog)
    dialog.name.setText("区住建局")
    dialog.accept()
    assert "区住建局" in dialog.error_text("name") and dialog.result_value is None
    assert Unit.select().where(Unit.name == "区住建局").count() == 1


def test_a_volunteer_team_with_members_then_disbanded(tab, orders_world, monkeypatch):
    w = orders_world
    tab.show_page("volunteers")
    page = tab.volunteers
    assert page.stack.currentWidget() is page.hint and "志愿服务队" in page.hint.text()

    def team(d):
        d.org_unit.setCurrentIndex(d.org_unit.findData(w["com"].uuid))
        d.name.setCurrentIndex(d.name.findText("一家亲"))
        d.name.textActivated.emit("一家亲")
        d.leader.setText("刘阿姨")
    monkeypatch.setattr(TeamDialog, "ask", answer(TeamDialog, team))
    uuid = tab.actions.new_team("volunteer")
    made = teams.get(uuid)
    assert made.kind == "volunteer" and made.name == "一家亲" and made.focus == teams.VOLUNTEER_EXAMPLES["一家亲"]
    assert page.current().uuid == uuid and page.current().members == 0
    assert page.members.stack.currentWidget() is page.members.hint

    fills = [lambda d: (d.choose_source("member"), d.member.setCurrentIndex(d.member.findData(w["member"].uuid))),
             lambda d: (d.choose_source("resident"), d.find.setText("王大妈"), d.find_resident()),
             lambda d: (d.choose_source("name"), d.name.setText("热心人老周"), d.phone.setText("13900003333"))]
    for fill in fills:
        monkeypatch.setattr(TeamMemberDialog, "ask", answer(TeamMemberDialog, fill))
        assert tab.actions.join_team(page.current())
    assert page.current().members == 3
    joined = {r.name: r for r in rows(page.members)}
    assert set(joined) == {"党员李明", "王大妈", "热心人老周"}
    assert (joined["党员李明"].source, joined["王大妈"].source, joined["热心人老周"].source) == ("member", "resident", "")

    page.members.select_uuid(joined["热心人老周"].uuid)
    monkeypatch.setattr(SupportDayDialog, "ask", answer(SupportDayDialog, lambda d: None))
    assert tab.actions.leave_team(page.members.current())
    assert page.current().members == 2 and "热心人老周" not in {r.name for r in rows(page.members)}
    page.members.show_left.setChecked(True)
    assert "热心人老周" in {r.name for r in rows(page.members)}

    assert tab.actions.disband_team(page.current())
    assert teams.get(uuid).disbanded_on == dt.date.today() and page.stack.currentWidget() is page.hint
    page.show_disbanded.setChecked(True)
    assert page.current().uuid == uuid and not page.disband_button.isEnabled()
    assert not page.members.join_button.isEnabled() and len(team_members.members(uuid)) == 2


def test_a_project_through_its_statuses_and_a_volunteer_service(tab, orders_world, monkeypatch):
    w = orders_world
    tab.show_page("projects")
    page = tab.projects

    def project(d):
        d.community.setCurrentIndex(d.community.findData(w["com"].uuid))
        d.name.setText("老旧小区改造")
        d.parties.setText("东关社区、区住建局")
        d.goal.setPlainText("改造3栋楼的管网")
        d.unit.setCurrentIndex(d.unit.findData(w["unit_a"].uuid))
    monkeypatch.setattr(ProjectDialog, "ask", answer(ProjectDialog, project))
    uuid = tab.actions.new_project()
    enabled = lambda: {k for k, b in page.moves.items() if b.isEnabled()}  # noqa: E731
    assert page.current().status == "planned" and page.current().unit == "区住建局" and enabled() == {"start", "drop"}
    page.moves["start"].click()
    assert projects.get(uuid).status == "ongoing" and page.current().started_on == dt.date.today()
    assert enabled() == {"finish", "drop"}
    monkeypatch.setattr(SupportTextDialog, "ask", answer(SupportTextDialog, lambda d: d.text.setPlainText(
        "管网全部更换，惠及120户")))
    page.moves["finish"].click()
    done = projects.get(uuid)
    assert done.status == "done" and done.outcome.startswith("管网") and enabled() == set()
    assert "惠及120户" in page.detail.text()
    assert tab.actions.start_project(page.current()) is None and "已完成" in tab.message_bar.text.text()
    page.choose_status("ongoing")
    assert page.stack.currentWidget() is page.hint and "实施中" in page.hint.text()
    page.choose_status(None)
    other = projects.create(projects.ProjectInput(community_uuid=w["com"].uuid, name="屋顶花园",
                                                  parties="东关社区、区供电公司", goal="楼顶绿化"))
    tab.filters_changed()  # written outside the tab: Refresh
    page.select_uuid(other.uuid)
    assert enabled() == {"start", "drop"}
    monkeypatch.setattr(SupportTextDialog, "ask", answer(SupportTextDialog, lambda d: d.text.setPlainText(
        "楼顶承重不足")))
    page.moves["drop"].click()
    assert projects.get(other.uuid).status == "dropped" and page.current().uuid == other.uuid
    assert "楼顶承重不足" in page.detail.text() and enabled() == set()
    assert page.model.data(page.model.index(page.view.currentIndex().row(), 0), Qt.ItemDataRole.ToolTipRole)
    assert "已完成 1" in page.info.text() and "已终止 1" in page.info.text()

    def service(d):
        d.org_unit.setCurrentIndex(d.org_unit.findData(w["grid_a"].uuid))
        d.title.setText("义务理发进小区")
        d.project.setCurrentIndex(d.project.findData(uuid))
        d.volunteers.setValue(6)
        d.problems.setValue(4)
    tab.show_page("services")
    monkeypatch.setattr(VolunteerServiceDialog, "ask", answer(VolunteerServiceDialog, service))
    service_uuid = tab.actions.record_service()
    row = tab.services.current()
    assert row.uuid == service_uuid and row.place == "东关第1网格" and row.project == "老旧小区改造"
    assert row.problems_solved == 4 and "4" in tab.services.info.text()
    tab.actions.retire_service(row)
    assert VolunteerService.get_by_id(service_uuid).deleted and not rows(tab.services)
    tab.message_bar.undo_button.click()
    assert [r.uuid for r in rows(tab.services)] == [service_uuid]
    assert services.services(w["com"].path)[0].problems_solved == 4


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def window_manager(qtbot, window):
    """The offscreen platform has no window manager: when a popup or a dialog closes, the
    activation is not given back to the window. Do what the window manager would, once the
    platform's pending activation changes (a closed completer popup's among them) are handled."""
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_in(qtbot, text: str):
    """ASCII as key clicks; Chinese as a clerk's input method delivers it — a commit string
    (QTest cannot click non-ASCII keys)."""
    if text.isascii():
        qtbot.keyClicks(focused(), text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(focused(), event)


def test_the_proxy_quick_log_with_the_keyboard_only(tab, orders_world, qtbot, monkeypatch):
    w = orders_world
    tab.choose_unit(w["com"].path)
    tab.show_proxy_log()
    page = tab.proxy
    qtbot.waitUntil(lambda: focused() is page.for_whom)
    assert page.centre.currentData() == w["com"].uuid and page.day.date().toPython() == dt.date.today()
    assert page.counter.text() == "Today: 0 recorded"
    # the tab order after "for whom": kind, mode, notes, the button; and back
    for expected in (page.kind, page.mode, page.notes, page.record_button):
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is expected
    for expected in (page.notes, page.mode, page.kind, page.for_whom):
        press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is expected

    # 1: a typed name, service 3 (户籍证明), mode 2 (帮办), a note, Enter in the notes
    type_in(qtbot, "李大爷")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "2")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "代开证明")
    press(qtbot, Qt.Key.Key_Return)
    assert page.counter.text() == "Today: 1 recorded"
    assert focused() is page.for_whom and page.for_whom.text() == "" and page.notes.text() == ""
    assert (page.kind.currentData(), page.mode.currentData()) == ("household_cert", "assisted")  # kept
    first = ProxyService.get()
    assert (first.for_whom, first.service_kind, first.mode, first.notes) == ("李大爷", "household_cert", "assisted",
                                                                           "代开证明")
    assert first.centre_uuid == w["com"].uuid and first.served_on == dt.date.today()

    # 2: same service and mode, Enter straight from "for whom"
    type_in(qtbot, "张阿姨")
    press(qtbot, Qt.Key.Key_Enter)
    assert page.counter.text() == "Today: 2 recorded" and focused() is page.for_whom

    # 3: a resident from the roster through the completion list, service 1 (社保办理)
    type_in(qtbot, "王大")
    qtbot.waitUntil(lambda: page.completer.popup().isVisible())
    qtbot.keyClick(page.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(page.completer.popup(), Qt.Key.Key_Return)
    assert page.for_whom.text() == "王大妈" and page.resident_uuid == w["resident"].uuid
    window_manager(qtbot, tab)
    assert focused() is page.for_whom
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)
    assert page.counter.text() == "Today: 3 recorded"
    third = proxy.recent(w["com"].uuid, 1)[0]
    assert third.resident_uuid == w["resident"].uuid and third.service_kind == "social_security"
    assert [r.for_whom for r in rows(page)] == ["王大妈", "张阿姨", "李大爷"]

    # void the second: Tab from "for whom" past kind, mode, notes and the button into the list, Down, Del,
    # type the reason, Enter
    def void(d):
        qtbot.waitUntil(lambda: focused() is d.text)
        type_in(qtbot, "重复登记")
        press(qtbot, Qt.Key.Key_Return)
        assert d.result_value is not None
        return d.result_value
    monkeypatch.setattr(SupportTextDialog, "ask", classmethod(lambda klass, *a, parent=None: void(
        _shown(qtbot, klass(*a, parent=parent)))))
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.view and page.current().for_whom == "王大妈"
    press(qtbot, Qt.Key.Key_Down)
    assert page.current().for_whom == "张阿姨"
    press(qtbot, Qt.Key.Key_Delete)
    assert page.counter.text() == "Today: 2 recorded"
    assert [r.for_whom for r in rows(page)] == ["王大妈", "李大爷"]
    voided = ProxyService.get(ProxyService.for_whom == "张阿姨")
    assert voided.deleted and "重复登记" in voided.notes
    window_manager(qtbot, tab)
    assert focused() is page.view
    # Alt+W goes back to "for whom"; Esc clears a half-typed row
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.for_whom
    type_in(qtbot, "打错了")
    press(qtbot, Qt.Key.Key_Escape)
    assert page.for_whom.text() == "" and focused() is page.for_whom and ProxyService.select().count() == 3


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    return dialog


def test_a_refused_entry_keeps_the_row(tab, orders_world, qtbot):
    tab.choose_unit(orders_world["com"].path)
    tab.show_proxy_log()
    page = tab.proxy
    page.day.setDate(page.day.date().addYears(-30))  # before 2000: refused
    page.for_whom.setText("李大爷")
    qtbot.keyClick(page.for_whom, Qt.Key.Key_Return)
    assert ProxyService.select().count() == 0 and page.for_whom.text() == "李大爷"
    assert "2000" in tab.message_bar.text.text()


def test_the_date_moves_on_past_midnight_and_the_page_takes_the_keys(tab, orders_world, qtbot):
    tab.choose_unit(orders_world["com"].path)
    tab.show_page("proxy")
    page = tab.proxy
    qtbot.waitUntil(lambda: focused() is page.for_whom)  # shown: ready to type
    yesterday = page.day.date().addDays(-1)
    page._today = yesterday  # the window was left open overnight
    page.day.setDate(yesterday)
    type_in(qtbot, "李大爷")
    press(qtbot, Qt.Key.Key_Return)
    assert ProxyService.get().served_on == dt.date.today() and page.day.date().toPython() == dt.date.today()


def test_a_viewer_sees_no_write_buttons(orders_world, qtbot, as_role, monkeypatch):
    teams.create(TeamInput(kind="task_force", org_unit_uuid=orders_world["com"].uuid, name="先锋突击队"))
    as_role("viewer")
    tab = make_tab(qtbot)
    for key in ("units", "members", "task_forces", "volunteers", "projects", "services", "proxy", "posts"):
        tab.show_page(key)
        page = tab.pages.currentWidget()
        assert visible_writes(page) == set(), key
    assert not tab.task_forces.members.join_button.isVisibleTo(tab.task_forces)
    assert not tab.proxy.entry.isVisibleTo(tab.proxy) and tab.proxy.readonly.isVisibleTo(tab.proxy)
    assert tab.posts.note.isVisibleTo(tab.posts) and "administrator" in tab.posts.note.text()
    tab.show_page("units")
    assert "only view" in tab.units.hint.text() or rows(tab.units)
    monkeypatch.setattr(RegisteredUnitDialog, "ask", classmethod(lambda *a, **k: pytest.fail("no dialog")))
    assert tab.actions.register_unit() is None and tab.message_bar.text.text()
    assert Team.select().count() == 1


def test_subdistrict_posts_only_by_an_administrator_at_a_district_site(orders_world, qtbot, monkeypatch):
    w = orders_world
    tab = make_tab(qtbot)
    tab.show_page("posts")
    page = tab.posts
    assert page.set_button.isVisibleTo(page) and not page.note.isVisibleTo(page)

    def figures(d):
        d.subdistrict.setCurrentIndex(d.subdistrict.findData(w["sub"].uuid))
        d.bodies.setValue(7)
        d.admin.setValue(32)
        d.institution.setValue(40)
    monkeypatch.setattr(PostsDialog, "ask", answer(PostsDialog, figures))
    assert tab.actions.set_posts(None)
    assert [(r.subdistrict.name, r.year, r.admin_posts) for r in rows(page)] == [("城关街道", dt.date.today().year, 32)]
    page.year.setCurrentIndex(page.year.findData(dt.date.today().year))
    assert "32" in page.info.text() and "40" in page.info.text()

    Site.update(level="community").execute()  # the same user at a community site
    other = make_tab(qtbot)
    other.show_page("posts")
    assert not other.posts.set_button.isVisibleTo(other.posts) and "district site" in other.posts.note.text()
    assert [r.admin_posts for r in rows(other.posts)] == [32]


def test_models_pass_the_model_tester(tab, orders_world, qtmodeltester):
    w = orders_world
    team = teams.create(TeamInput(kind="task_force", org_unit_uuid=w["com"].uuid, name="先锋突击队"))
    team_members.join(team.uuid, team_members.TeamMemberInput(member_uuid=w["member"].uuid))
    projects.create(projects.ProjectInput(community_uuid=w["com"].uuid, name="共建花园", parties="东关社区、区住建局",
                                          goal="建一个口袋公园"))
    services.record(services.ServiceInput(org_unit_uuid=w["com"].uuid, title="清理楼道", problems_solved=2))
    proxy.log(w["com"].uuid, None, "social_security", "proxy", "李大爷")
    tab.choose_unit(w["com"].path)
    for key in ("units", "members", "task_forces", "projects", "services", "proxy", "posts"):
        tab.show_page(key)
        page = tab.pages.currentWidget()
        assert key == "posts" or page.model.rowCount() > 0, key
        qtmodeltester.check(page.model)
    qtmodeltester.check(tab.task_forces.members.model)


def test_every_page_exports_what_its_table_shows(tab, orders_world, as_role, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    as_role("viewer")  # a viewer may export, and sees phone numbers masked
    Unit.update(contact_phone="13812345678").where(Unit.name == "区住建局").execute()
    tab.mark_all_stale()
    tab.show_page("units")
    out = tmp_path / "units.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(out))
    button = next(b for b in tab.units.findChildren(type(tab.units.write_buttons[0]))
                  if b.text() == "Export to Excel…")
    button.click()
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    shown = [tab.units.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.units.model.columnCount())]
    assert shown in values  # the header row as the table shows it
    text = str(values)
    assert "区住建局" in text and "区供电公司" in text
    assert "13812345678" not in text and "138****5678" in text
    for key in ("members", "task_forces", "volunteers", "projects", "services", "posts"):
        page = getattr(tab, key) if key not in ("task_forces", "volunteers") else tab.team_page(
            "task_force" if key == "task_forces" else "volunteer")
        assert any(b.text() == "Export to Excel…" for b in page.findChildren(type(button))), key


def test_the_members_export_writes_every_member_not_only_the_pages_loaded(tab, orders_world, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    for name in ("党员赵敏", "党员孙强"):
        Member.create(name=name, community=orders_world["com"], unit=orders_world["unit_a"])
    tab.members.model.page_size = 1  # a page at a time, as 44,000 members at 1m are
    tab.hide()  # no view scrolling for more
    tab.members.refresh(tab.filter())
    assert tab.members.model.rowCount() == 1 and "1 loaded" in tab.members.info.text()
    assert tab.members.info.text().startswith("3 party members")
    out = tmp_path / "在职 党员 #1 %.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(out))
    assert tab.members.export() == 3
    names = {row[1] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)}
    assert names == {"党员李明", "党员赵敏", "党员孙强"}
