"""设置 → 用户管理 (administrators): the accounts of this site and what can be done to them;
the idle time after which every window of this site locks."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.errors import EXPECTED, user_message
from ui import ask
from ui.dialogs.password_dialogs import ResetPasswordDialog
from ui.dialogs.user_dialogs import AccessDialog, AddUserDialog, role_name
from ui.kit.table_model import Column, TableModel
from ui.kit.widgets import error_label, set_error


class UsersDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        self.resize(900, 420)
        self.model = TableModel(self._columns(), self._flag)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _: self.change_access())
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons())
        layout.addLayout(self._idle_row())
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def _columns(self) -> list[Column]:
        never, everything = self.tr("never"), self.tr("everything")
        return [Column(self.tr("Login name"), lambda r: r.username), Column(self.tr("Display name"), lambda r: r.display_name),
                Column(self.tr("Role"), lambda r: role_name(r.role)),
                Column(self.tr("Responsible for"), lambda r: f"{r.scope_name}（{r.scope_code}）" if r.scope_code
                    else everything),
                Column(self.tr("Last sign-in"), lambda r: r.last_login_at.strftime("%Y-%m-%d %H:%M") if r.last_login_at
                    else never),
                Column(self.tr("State"), self._state)]

    def _state(self, row) -> str:
        if not row.active:
            return self.tr("disabled")
        if row.locked:
            return self.tr("locked")
        return self.tr("must change password") if row.must_change_password else self.tr("active")

    def _flag(self, row):
        return ("muted", self.tr("Disabled: cannot sign in")) if not row.active else (
            ("warn", self.tr("Locked after wrong passwords")) if row.locked else None)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = self._button(row, self.tr("Add…"), self.add_user)
        self.access_button = self._button(row, self.tr("Role and scope…"), self.change_access)
        self.reset_button = self._button(row, self.tr("Reset password…"), self.reset_password)
        self.unlock_button = self._button(row, self.tr("Unlock"), lambda: self._act(accounts.unlock))
        self.disable_button = self._button(row, self.tr("Disable"), self.disable)
        self.enable_button = self._button(row, self.tr("Enable"), lambda: self._act(accounts.enable))
        row.addStretch(1)
        return row

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        row.addWidget(button)
        return button

    def _idle_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.idle = QSpinBox()
        self.idle.setRange(*accounts.IDLE_RANGE)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(accounts.idle_minutes())
        self.idle.valueChanged.connect(lambda value: self._run(lambda: accounts.set_idle_minutes(value)))
        row.addWidget(QLabel(self.tr("Lock the window after this long without use:")))
        row.addWidget(self.idle)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        self.model.set_rows(accounts.list_users())

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).username == username:
                self.view.selectRow(i)

    def _run(self, call) -> bool:
        set_error(self.error, "")
        try:
            call()
        except EXPECTED as exc:
            set_error(self.error, user_message(exc))
            return False
        return True

    def _act(self, call) -> None:
        row = self.selected()
        if row is not None and self._run(lambda: call(row.username)):
            self.refresh()
            self.select(row.username)

    def add_user(self) -> None:
        user = AddUserDialog.ask(parent=self)
        if user is not None:
            self.refresh()
            self.select(user.username)

    def change_access(self) -> None:
        row = self.selected()
        if row is not None and AccessDialog.ask(row, parent=self) is not None:
            self.refresh()
            self.select(row.username)

    def reset_password(self) -> None:
        row = self.selected()
        if row is not None and ResetPasswordDialog.ask(row.username, parent=self) is not None:
            self.refresh()

    def disable(self) -> None:
        row = self.selected()
        if row is not None and ask.confirm(self, self.tr("Disable user"), self.tr(
                "%1 will no longer be able to sign in. The audit log keeps their actions.").replace("%1", row.username)):
            self._act(accounts.disable)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> None:
        cls(parent).exec()
