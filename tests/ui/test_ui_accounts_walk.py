"""The Done-when walk of the accounts issue, in the window with pytest-qt on a copy of the
`small` demo: an administrator adds a staff user limited to 北街社区; that user signs in,
must change the password, sees only that community in the tabs' lists and counts, is
refused (in Chinese) when writing outside it through app/; the administrator then reads
that user's actions in the audit viewer."""

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app import auth, org, stats
from app.errors import PermissionDenied
from app.grid import residents
from app.orders import lists
from app.session import open_session
from db.models import User
from tests.helpers import answer
from ui import settings
from ui.dialogs.audit_dialog import AuditDialog
from ui.dialogs.login import LoginDialog
from ui.dialogs.password_dialogs import ChangePasswordDialog
from ui.dialogs.user_dialogs import AddUserDialog
from ui.dialogs.users_dialog import UsersDialog
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.startup import _signed_in

SCOPE, OUTSIDE = "611002001001", "611002001002"


@pytest.fixture
def demo(small_demo_master, tmp_path):
    path = tmp_path / "演示 #1 %" / "small.sqlite3"
    path.parent.mkdir()
    shutil.copy(small_demo_master, path)
    session = open_session(path)
    auth.login("admin", "demo1234")
    return session


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def _admin_adds_the_clerk(qtbot, monkeypatch):
    dialog = UsersDialog()
    qtbot.addWidget(dialog)

    def fill(d):
        d.username.setText("beijie")
        d.display_name.setText("北街社区办事员")
        d.role.setCurrentIndex(d.role.findData("staff"))
        d.scope.setCurrentIndex(d.scope.findData(SCOPE))
        d.password.setText("start-123")
    monkeypatch.setattr(AddUserDialog, "ask", answer(AddUserDialog, fill))
    dialog.add_button.click()
    assert dialog.selected().scope_name == "北街社区"


def _clerk_signs_in_and_changes_the_password(qtbot, monkeypatch, session):
    auth.set_current_user(None)
    login = LoginDialog(session.site.name, "beijie")
    qtbot.addWidget(login)
    login.show()
    login.password.setText("start-123")
    qtbot.mouseClick(login.ok_button, Qt.MouseButton.LeftButton)
    assert login.user is not None and login.user.must_change_password

    def fill(d):
        d.old.setText("start-123")
        d.new.setText("北街-新密码")
        d.repeat.setText("北街-新密码")
    monkeypatch.setattr(ChangePasswordDialog, "ask", answer(ChangePasswordDialog, fill))
    _signed_in(session, login.user, settings.Settings())
    assert not auth.current_user().must_change_password


def test_the_accounts_walk(demo, runner, qtbot, monkeypatch):
    scope, outside = org.by_code(SCOPE), org.by_code(OUTSIDE)
    expected_requests = lists.request_count(lists.Filter(root_path=scope.path))
    assert lists.request_count(lists.Filter()) > expected_requests > 0  # the admin sees both communities
    grid_outside = org.tree_rows(outside.path)[-1].uuid
    _admin_adds_the_clerk(qtbot, monkeypatch)
    _clerk_signs_in_and_changes_the_password(qtbot, monkeypatch, demo)

    window = MainWindow(demo, runner, settings.Settings())
    qtbot.addWidget(window)
    window.show()
    assert not window.users_action.isEnabled() and not window.audit_action.isEnabled()
    qtbot.waitUntil(lambda: not window.grid_tab.tree_reads.pending(), timeout=5000)  # the tree is read on the runner
    assert window.grid_tab.model.unit_count() == len(org.tree_rows(scope.path))
    assert OUTSIDE not in {window.grid_tab.model._by_uuid[u].row.code for u in window.grid_tab.model._by_uuid}
    window.tabs.setCurrentWidget(window.orders_tab)
    units = [window.orders_tab.unit.itemData(i) for i in range(window.orders_tab.unit.count())]
    assert units and all(path.startswith(scope.path) for path in units)
    assert lists.request_count(window.orders_tab.filter()) == expected_requests
    window.tabs.setCurrentWidget(window.mediation_tab)
    units = [window.mediation_tab.unit.itemData(i) for i in range(window.mediation_tab.unit.count())]
    assert units and all(path is None or path.startswith(scope.path) for path in units)
    assert stats.compute()["org.communities"] == 1
    seen = set()
    for i in range(window.tabs.count()):  # every tab's unit choices: the community and below only
        window.tabs.setCurrentIndex(i)
        for combo in window.tabs.widget(i).findChildren(QComboBox):
            paths = [combo.itemData(j) for j in range(combo.count())]
            org_paths = [p for p in paths if isinstance(p, str) and p.startswith("611002/")]
            assert all(p.startswith(scope.path) for p in org_paths), (window.tabs.tabText(i), org_paths)
            seen.update(window.tabs.tabText(i) for _ in org_paths[:1])
    assert len(seen) >= 5, seen  # the tabs that choose a unit did offer some

    mine = residents.add(org.tree_rows(scope.path)[-1].uuid, residents.ResidentInput(name="北街新居民"))
    with pytest.raises(PermissionDenied, match="不在您的账号负责的范围（北街社区）内"):
        residents.add(grid_outside, residents.ResidentInput(name="越界居民"))
    window.sign_out()
    assert auth.current_user() is None and window.signed_out

    auth.login("admin", "demo1234")
    viewer = AuditDialog()
    qtbot.addWidget(viewer)
    viewer.user.setCurrentIndex(viewer.user.findData("beijie"))
    shown = [viewer.model.row_at(i) for i in range(viewer.model.rowCount())]
    assert {r.kind for r in shown} >= {"居民", "用户", "退出登录"}
    assert any(r.row_key == mine.uuid and r.op_name == "新增" for r in shown)
    assert not any("越界" in r.record for r in shown)
    history = AuditDialog(("resident", mine.uuid))
    qtbot.addWidget(history)
    assert history.model.rowCount() == 1 and history.model.row_at(0).record == "居民 北**"
    assert User.get(User.username == "beijie").last_login_at is not None
