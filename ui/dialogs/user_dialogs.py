"""用户管理's two forms: a new account (initial password to change at first sign-in) and a
user's access (role, the org unit it is limited to, the kinds of record it may change)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from app import accounts, org
from app.accounts import UserRow
from ui.dialogs.password_dialogs import secret_edit
from ui.kit.form_dialog import FormDialog

ROLES = {"admin": QT_TRANSLATE_NOOP("Users", "Administrator"), "leader": QT_TRANSLATE_NOOP("Users", "Leader"),
         "staff": QT_TRANSLATE_NOOP("Users", "Staff"), "viewer": QT_TRANSLATE_NOOP("Users", "Read only")}
AREAS = {"grid": QT_TRANSLATE_NOOP("Users", "Grid management"), "orders": QT_TRANSLATE_NOOP("Users", "Four orders"),
         "mediation": QT_TRANSLATE_NOOP("Users", "Mediation and deliberation"),
         "funds": QT_TRANSLATE_NOOP("Users", "Fund ledgers"), "support": QT_TRANSLATE_NOOP("Users", "Four supports"),
         "notices": QT_TRANSLATE_NOOP("Users", "Notices and reports")}


def role_name(role: str) -> str:
    return QCoreApplication.translate("Users", ROLES.get(role, role))


def role_combo(current: str = "staff") -> QComboBox:
    combo = QComboBox()
    for key in ROLES:
        combo.addItem(role_name(key), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def scope_combo(current_code: str = "") -> QComboBox:
    """The whole tree, or one unit down to the communities (indented by level)."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("Users", "Everything this site holds"), "")
    for row in org.tree_rows():
        if row.level <= org.Level.COMMUNITY:
            combo.addItem(f"{'　' * row.level}{row.name}（{row.code}）", row.code)
    combo.setCurrentIndex(max(0, combo.findData(current_code)))
    return combo


class AreasBox(QWidget):
    def __init__(self, chosen: tuple[str, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = {}
        for key, text in AREAS.items():
            self.boxes[key] = QCheckBox(QCoreApplication.translate("Users", text))
            self.boxes[key].setChecked(key in chosen)
            layout.addWidget(self.boxes[key])

    def chosen(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.boxes.items() if box.isChecked())


class AddUserDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Add a user"), parent)
        self.username = self.add_field(self.tr("Login name:"), QLineEdit(), "username")
        self.display_name = self.add_field(self.tr("Display name:"), QLineEdit())
        self.role = self.add_field(self.tr("Role:"), role_combo(), "role")
        self.scope = self.add_field(self.tr("Responsible for:"), scope_combo(), "scope")
        self.password = self.add_field(self.tr("Initial password:"), secret_edit(), "password")

    def save(self):
        return accounts.add_user(self.username.text(), self.display_name.text(), self.role.currentData(),
                                 self.password.text(), scope_code=self.scope.currentData() or None)


class AccessDialog(FormDialog):
    def __init__(self, row: UserRow, parent: QWidget | None = None):
        super().__init__(self.tr("Role and scope of %1").replace("%1", row.username), parent)
        self.row = row
        self.role = self.add_field(self.tr("Role:"), role_combo(row.role), "role")
        self.scope = self.add_field(self.tr("Responsible for:"), scope_combo(row.scope_code), "scope")
        self.areas = self.add_field(self.tr("May change only:"), AreasBox(row.areas), "areas")

    def save(self):
        if self.role.currentData() != self.row.role:
            accounts.set_role(self.row.username, self.role.currentData())
        return accounts.set_scope(self.row.username, self.scope.currentData() or None, self.areas.chosen())
