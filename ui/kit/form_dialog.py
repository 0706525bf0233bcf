"""A form dialog whose save() calls one app/ function: a ValidationError's message
is shown in red next to its field (or at the bottom), and nothing is saved."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import EXPECTED, user_message
from ui.kit.widgets import clear_when_edited, error_label, reveal, set_error


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.result_value = None
        self.form = QFormLayout()
        self.errors = {"general": error_label()}
        self.fields: dict[str, QWidget] = {}  # the field each error belongs to: revealed and focused
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)

    def add_field(self, label: str, widget: QWidget, key: str | None = None) -> QWidget:
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.setTabChangesFocus(True)  # Tab moves on, in every form; no tab characters in a text
        self.form.addRow(label, widget)
        if key:
            self.errors[key] = error_label()
            self.fields[key] = widget
            self.form.addRow("", self.errors[key])
            clear_when_edited(widget, self.errors[key])
        return widget

    def add_history_button(self, table: str, uuid: str) -> None:
        """修改记录: this record's history in the audit log (for administrators and leaders)."""
        from app.auth import can
        if not can("approve"):
            return
        from ui.dialogs.audit_dialog import AuditDialog
        self.history_button = self.buttons.addButton(self.tr("Changes…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button.clicked.connect(lambda: AuditDialog.for_record(table, uuid, parent=self))

    def showEvent(self, event) -> None:
        """Open with the cursor in the first field that takes it (unless a subclass chose one)."""
        super().showEvent(event)
        focus = self.focusWidget()
        if focus is not None and not self.buttons.isAncestorOf(focus):
            return
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus()
                return

    def save(self):
        """Write through app/ and return what the caller needs; raise on bad input."""
        raise NotImplementedError

    def accept(self) -> None:
        for label in self.errors.values():
            set_error(label, "")
        try:
            self.result_value = self.save()
        except EXPECTED as exc:
            self.show_error(getattr(exc, "field", None) or "general", user_message(exc))
            return
        super().accept()

    def show_error(self, key: str, message: str) -> None:
        """The message under its field, scrolled into view, the cursor in the field."""
        label = self.errors.get(key, self.errors["general"])
        set_error(label, message)
        field = self.fields.get(key) if key in self.errors else None
        reveal(label)
        if field is not None:
            reveal(field)
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, key: str = "general") -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    @classmethod
    def ask(cls, *args, parent: QWidget | None = None):
        dialog = cls(*args, parent=parent)
        dialog.exec()
        return dialog.result_value
