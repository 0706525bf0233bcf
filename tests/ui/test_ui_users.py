"""用户管理, change password, the idle lock and sign-out in the window, driven with pytest-qt."""

import pytest
from PySide6.QtCore import Qt, QTimer

from app import accounts, auth
from db.models import User
from tests.conftest import ADMIN_PASSWORD
from tests.helpers import answer
from ui.dialogs.password_dialogs import ChangePasswordDialog, ResetPasswordDialog
from ui.dialogs.user_dialogs import AccessDialog, AddUserDialog
from ui.dialogs.users_dialog import UsersDialog
from ui.lock import IdleLock


@pytest.fixture
def users_dialog(grids, qtbot):
    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _add(dialog, monkeypatch, name="clerk1", scope="611002001001", role="staff"):
    def fill(d):
        d.username.setText(name)
        d.role.setCurrentIndex(d.role.findData(role))
        d.scope.setCurrentIndex(d.scope.findData(scope))
        d.password.setText("start-123")
    monkeypatch.setattr(AddUserDialog, "ask", answer(AddUserDialog, fill))
    dialog.add_button.click()


def test_users_are_listed_and_added_with_a_scope(users_dialog, monkeypatch, qtmodeltester):
    _add(users_dialog, monkeypatch)
    qtmodeltester.check(users_dialog.model)
    row = users_dialog.selected()
    assert (row.username, row.scope_name, row.must_change_password) == ("clerk1", "东关社区", True)
    shown = [users_dialog.model.data(users_dialog.model.index(1, c)) for c in range(6)]
    assert shown == ["clerk1", "clerk1", "Staff", "东关社区（611002001001）", "never", "must change password"]


def test_role_scope_reset_unlock_and_disable_from_the_dialog(users_dialog, monkeypatch):
    _add(users_dialog, monkeypatch)

    def access(d):
        d.role.setCurrentIndex(d.role.findData("leader"))
        d.scope.setCurrentIndex(0)
        d.areas.boxes["orders"].setChecked(True)
    monkeypatch.setattr(AccessDialog, "ask", answer(AccessDialog, access))
    users_dialog.access_button.click()
    user = User.get(User.username == "clerk1")
    assert (user.role, user.scope_uuid, user.areas) == ("leader", None, "orders")

    def reset(d):
        d.new.setText("reset-456")
        d.repeat.setText("reset-456")
    monkeypatch.setattr(ResetPasswordDialog, "ask", answer(ResetPasswordDialog, reset))
    users_dialog.reset_button.click()
    assert auth.login("clerk1", "reset-456").must_change_password
    auth.set_current_user(User.get(User.username == "admin"))
    monkeypatch.setattr("ui.ask.confirm", lambda *a: True)
    users_dialog.select("clerk1")
    users_dialog.disable_button.click()
    assert not User.get(User.username == "clerk1").active and users_dialog._state(users_dialog.selected()) == "disabled"


def test_the_last_administrator_cannot_be_disabled_here_either(users_dialog, monkeypatch):
    monkeypatch.setattr("ui.ask.confirm", lambda *a: True)
    users_dialog.select("admin")
    users_dialog.disable_button.click()
    assert "最后一个在用的管理员" in users_dialog.error.text() and users_dialog.error.isVisible()
    assert User.get(User.username == "admin").active


def test_idle_minutes_are_set_in_the_dialog(users_dialog):
    users_dialog.idle.setValue(5)
    assert accounts.idle_minutes() == 5


def test_change_password_dialog_checks_then_changes(session, qtbot):
    dialog = ChangePasswordDialog(True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText(ADMIN_PASSWORD)
    dialog.new.setText("new-pass-77")
    dialog.repeat.setText("new-pass-78")
    dialog.accept()
    assert "不一致" in dialog.error_text("repeat")
    dialog.old.setText("wrong")
    dialog.repeat.setText("new-pass-77")
    dialog.accept()
    assert "用户名或密码不对" in dialog.error_text("old")
    dialog.old.setText(ADMIN_PASSWORD)
    dialog.accept()
    assert dialog.result() and auth.login("admin", "new-pass-77")


def test_idle_lock_keeps_an_open_dialog_and_asks_for_the_password(grids, qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, minutes=15)
    lock.timer.setInterval(50)
    lock.timer.start()
    form = AddUserDialog(parent=window)
    qtbot.addWidget(form)
    form.show()
    form.username.setText("半填的登录名")
    seen = {}

    def at_the_lock():
        dialog = lock.dialog
        seen["covered"] = dialog is not None and dialog.isVisible()
        dialog.password.setText("wrong")
        dialog.accept()
        seen["refused"] = dialog.message.text()
        dialog.password.setText(ADMIN_PASSWORD)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, at_the_lock)
    qtbot.waitUntil(lambda: "refused" in seen, timeout=3000)
    qtbot.waitUntil(lambda: lock.dialog is None, timeout=3000)
    assert seen["covered"] and "用户名或密码不对" in seen["refused"]
    assert form.isVisible() and form.username.text() == "半填的登录名"  # nothing lost
    lock.stop()


def test_a_record_dialog_opens_the_record_history(grids, qtbot, monkeypatch):
    from app.grid import residents
    from ui.dialogs.audit_dialog import AuditDialog
    from ui.tabs.grid.resident_dialog import ResidentDialog

    person = residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="张三", phone="13912345678"))
    residents.update(person.uuid, residents.ResidentInput(name="张三", phone="13900000000"))
    opened = []
    monkeypatch.setattr(AuditDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = ResidentDialog(grids["grid_a"].uuid, person.uuid)
    qtbot.addWidget(dialog)
    dialog.history_button.click()
    history = opened[0]
    qtbot.addWidget(history)
    rows = [history.model.row_at(i) for i in range(history.model.rowCount())]
    assert [r.op_name for r in rows] == ["修改", "新增"] and rows[0].record == "居民 张**"
    assert "电话：139****5678 → 139****0000" in history.model.data(history.model.index(0, 5))


def test_the_audit_viewer_filters_and_exports(grids, qtbot, monkeypatch, tmp_path, qtmodeltester):
    from openpyxl import load_workbook

    from app.grid import residents
    from ui.dialogs.audit_dialog import AuditDialog

    for i in range(120):
        residents.add(grids["grid_a"].uuid, residents.ResidentInput(name=f"居民{i}"))
    viewer = AuditDialog()
    qtbot.addWidget(viewer)
    assert viewer.model.rowCount() == 100 and viewer.model.canFetchMore()  # a page, more as it scrolls
    qtmodeltester.check(viewer.model)
    viewer.model.fetch_all()
    total = viewer.model.rowCount()
    assert total > 120 and viewer.model.ended()
    viewer.kind.setCurrentIndex(viewer.kind.findData("org_unit"))
    assert viewer.model.rowCount() == 7 and {viewer.model.row_at(i).kind for i in range(7)} == {"组织单位"}
    target = tmp_path / "操作 日志 #1 %.xlsx"
    monkeypatch.setattr("ui.ask.save_path", lambda *a: str(target))
    lines = viewer.export()  # one line per changed field
    assert lines > 7 and len(list(load_workbook(target).active.iter_rows())) == lines + 1


def test_after_sign_out_the_sign_in_dialog_comes_back_and_a_new_password_is_required(session, monkeypatch, qtbot):
    from ui import settings
    from ui.dialogs.login import LoginDialog
    from ui.startup import Stop, sign_in_again

    accounts.add_user("clerk1", "", "staff", "start-123")
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *a, **k: None))
    with pytest.raises(Stop) as nobody:
        sign_in_again(session, settings.Settings())
    assert nobody.value.exit_code == 0
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *a, **k: auth.login("clerk1", "start-123")))
    monkeypatch.setattr(ChangePasswordDialog, "ask", classmethod(lambda cls, *a, **k: None))  # the clerk cancels
    with pytest.raises(Stop):
        sign_in_again(session, settings.Settings())
    monkeypatch.setattr(ChangePasswordDialog, "ask", answer(ChangePasswordDialog, _new_password))
    assert sign_in_again(session, settings.Settings()) is session
    assert not auth.current_user().must_change_password


def _new_password(d):
    d.old.setText("start-123")
    d.new.setText("own-pass-99")
    d.repeat.setText("own-pass-99")


def test_the_building_dialog_offers_its_history_to_leaders_only(grids, qtbot, as_role):
    from app.grid import buildings
    from ui.tabs.grid.building_dialog import BuildingDialog

    building = buildings.add(grids["grid_a"].uuid, buildings.BuildingInput("3号楼"))
    dialog = BuildingDialog(grids["grid_a"].uuid, building.uuid)
    qtbot.addWidget(dialog)
    assert dialog.history_button.text() == "Changes…"
    as_role("staff")
    staff_view = BuildingDialog(grids["grid_a"].uuid, building.uuid)
    qtbot.addWidget(staff_view)
    assert not hasattr(staff_view, "history_button")


def test_the_settings_menu_opens_users_audit_password_lock_and_sign_out(session, grids, qtbot, monkeypatch):
    from ui import settings
    from ui.dialogs.audit_dialog import AuditDialog
    from ui.main_window import MainWindow
    from ui.runner import Runner

    runner = Runner()
    window = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(UsersDialog, "ask", classmethod(lambda cls, parent=None: opened.append("users")))
    monkeypatch.setattr(AuditDialog, "ask", classmethod(lambda cls, runner=None, parent=None: opened.append("audit")))
    monkeypatch.setattr(ChangePasswordDialog, "ask", classmethod(lambda cls, *a, parent=None: opened.append("pw")))
    monkeypatch.setattr(window.idle_lock, "lock", lambda: opened.append("lock"))
    for action in (window.users_action, window.audit_action):
        assert action.isEnabled()
        action.trigger()
    texts = {a.text(): a for a in window.findChildren(type(window.users_action))}
    texts["Change &password…"].trigger()
    texts["&Lock now"].trigger()
    assert opened == ["users", "audit", "pw", "lock"]
    texts["Sign &out"].trigger()
    assert window.signed_out and auth.current_user() is None and not window.isVisible()
    runner.shutdown()


@pytest.mark.parametrize("which", ["unit", "member", "project"])
def test_the_support_record_dialogs_open_their_history(orders_world, qtbot, monkeypatch, which):
    """修改记录 from the registered unit, party member and project dialogs too."""
    from app.support import projects
    from ui.dialogs.audit_dialog import AuditDialog
    from ui.tabs.support.project_dialogs import ProjectDialog
    from ui.tabs.support.unit_dialogs import MemberDialog, RegisteredUnitDialog

    if which == "project":
        uuid = projects.create(projects.ProjectInput(community_uuid=orders_world["com"].uuid, name="楼道改造",
                                                     parties="东关社区", goal="加装扶手")).uuid
    else:
        uuid = orders_world["unit_a" if which == "unit" else "member"].uuid
    opened = []
    monkeypatch.setattr(AuditDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = {"unit": RegisteredUnitDialog, "member": MemberDialog, "project": ProjectDialog}[which](None, uuid)
    qtbot.addWidget(dialog)
    dialog.history_button.click()
    qtbot.addWidget(opened[0])
    assert opened[0].model.rowCount() >= 1  # at least the record's creation
