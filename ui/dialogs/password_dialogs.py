"""Changing one's own password (also forced after a new or reset account signs in) and an
administrator's reset of someone else's."""

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app import accounts, auth
from app.errors import ValidationError
from ui.kit.form_dialog import FormDialog
from ui.kit.widgets import hint_label


def secret_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _same(first: QLineEdit, second: QLineEdit) -> str:
    if first.text() != second.text():
        raise ValidationError("两次输入的新密码不一致，请重新输入。", field="repeat")
    return first.text()


class ChangePasswordDialog(FormDialog):
    def __init__(self, forced: bool = False, parent: QWidget | None = None):
        super().__init__(self.tr("Change password"), parent)
        if forced:
            self.form.addRow(QLabel(self.tr("This password was set by an administrator. "
                                            "Choose your own before you continue.")))
        self.old = self.add_field(self.tr("Current password:"), secret_edit(), "old")
        self.new = self.add_field(self.tr("New password:"), secret_edit(), "password")
        self.repeat = self.add_field(self.tr("New password again:"), secret_edit(), "repeat")
        self.form.addRow("", hint_label(self.tr("At least %1 characters, not built from your login name.")
                                        .replace("%1", str(auth.MIN_LENGTH))))

    def save(self):
        new = _same(self.new, self.repeat)
        try:
            auth.change_password(auth.current_user(), self.old.text(), new)
        except auth.AuthenticationFailed as exc:
            raise ValidationError(exc.message, field="old") from exc
        return True


class ResetPasswordDialog(FormDialog):
    def __init__(self, username: str, parent: QWidget | None = None):
        super().__init__(self.tr("Reset the password of %1").replace("%1", username), parent)
        self.username = username
        self.new = self.add_field(self.tr("New password:"), secret_edit(), "password")
        self.repeat = self.add_field(self.tr("New password again:"), secret_edit(), "repeat")
        self.form.addRow("", hint_label(self.tr("The user must change it at the next sign-in.")))

    def save(self):
        return accounts.reset_password(self.username, _same(self.new, self.repeat))
