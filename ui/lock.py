"""The idle lock, like a bank teller's screen: after the administrator's idle time without a
key or mouse press the window is covered by a dialog asking for the signed-in user's
password. Whatever dialog was open stays open underneath with what was typed in it."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import accounts, auth
from app.audit import record_event
from app.errors import AccountLocked, AuthenticationFailed
from ui.kit.widgets import error_label, set_error

INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
SIGN_OUT = 2  # LockDialog's result when the clerk chose to sign out


class LockDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        user = auth.current_user()
        self.username = user.username if user else ""
        self.setWindowTitle(self.tr("Locked"))  # Qt adds the application name
        self.setModal(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.accept)
        self.sign_out_button.clicked.connect(lambda: self.done(SIGN_OUT))
        layout = QVBoxLayout(self)
        text = self.tr("Locked after a time without use. Enter the password of %1 to go on.")
        layout.addWidget(QLabel(text.replace("%1", user.display_name if user else "")))
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.password.setFocus()

    def accept(self) -> None:
        try:
            auth.confirm_approver(self.username, self.password.text(), permission="read")
        except (AuthenticationFailed, AccountLocked) as exc:
            set_error(self.message, exc.message)
            self.password.clear()
            return
        super().accept()

    def reject(self) -> None:  # Esc does not unlock
        return


class IdleLock(QObject):
    """Watches the application's input; `locked`/`unlocked` tell the window."""

    signed_out = Signal()

    def __init__(self, window: QWidget, minutes: int | None = None):
        super().__init__(window)
        self.window = window
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes if minutes is not None else accounts.idle_minutes())
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT and self.dialog is None:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.dialog is not None or auth.current_user() is None:
            return
        record_event("screen_locked")
        self.dialog = LockDialog(self.window)
        self.dialog.setWindowState(Qt.WindowState.WindowMaximized)
        result = self.dialog.exec()
        self.dialog = None
        if result == SIGN_OUT:
            self.signed_out.emit()
            return
        record_event("screen_unlocked")
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
