"""The sign-in dialog shows app.auth's messages; five wrong passwords lock the account."""

from PySide6.QtCore import Qt

from tests.conftest import ADMIN_PASSWORD
from ui.dialogs.login import LoginDialog


def sign_in(qtbot, dialog, password: str) -> None:
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_the_message(session, qtbot):
    dialog = LoginDialog("商州区测试站", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(qtbot, dialog, "wrong-password")
    assert dialog.message.isVisible()
    assert "用户名或密码不对" in dialog.message.text()
    assert "还可以再试 4 次" in dialog.message.text()
    assert dialog.user is None and dialog.isVisible()
    assert dialog.password.text() == ""


def test_five_wrong_passwords_lock_the_account(session, qtbot):
    dialog = LoginDialog("商州区测试站", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        sign_in(qtbot, dialog, "wrong-password")
    assert "账号已锁定" in dialog.message.text()
    sign_in(qtbot, dialog, ADMIN_PASSWORD)  # even the right password waits now
    assert "账号已锁定" in dialog.message.text()
    assert dialog.user is None


def test_right_password_accepts(session, qtbot):
    dialog = LoginDialog("商州区测试站", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        sign_in(qtbot, dialog, ADMIN_PASSWORD)
    assert dialog.user.username == "admin"


def test_ask_returns_the_user(session, qtbot, monkeypatch):
    def fake_exec(self):
        self.password.setText(ADMIN_PASSWORD)
        self.accept()
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert LoginDialog.ask("商州区测试站", "admin").username == "admin"
