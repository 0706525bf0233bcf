"""Sign in (app.auth.login): a wrong password or a locked account shows its message."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import auth
from app.errors import EXPECTED
from ui.kit.widgets import error_label


class LoginDialog(QDialog):
    def __init__(self, site_name: str, username: str = "", password: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.user: auth.User | None = None
        self.setWindowTitle(self.tr("Sign in – GridDesk"))
        self.setMinimumWidth(380)
        heading = QLabel(f"<b>{site_name}</b>")
        self.username = QLineEdit(username)
        self.password = QLineEdit(password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Login name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def accept(self) -> None:
        try:
            self.user = auth.login(self.username.text(), self.password.text())
        except EXPECTED as exc:  # a wrong password, a locked account, a full disk …
            self.message.setText(exc.message)
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, site_name: str, username: str = "", password: str = "",
            parent: QWidget | None = None) -> auth.User | None:
        dialog = cls(site_name, username, password, parent)
        return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
