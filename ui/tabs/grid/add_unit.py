"""Add a sub-unit under the selected org unit (app.org.add_unit; a viewer gets the
permission message from app.auth, shown in the dialog)."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import org
from app.errors import GridDeskError
from ui import labels
from ui.kit.widgets import error_label, set_error


class AddUnitDialog(QDialog):
    def __init__(self, parent_uuid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.parent_unit = org.unit(parent_uuid)
        self.created_uuid: str | None = None
        child_level = labels.level(self.parent_unit.level + 1)
        self.setWindowTitle(self.tr("Add sub-unit"))
        self.setMinimumWidth(420)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. %1001").replace("%1", self.parent_unit.code))
        self.name = QLineEdit()
        self.errors = {key: error_label() for key in ("code", "name", "general")}
        form = QFormLayout()
        form.addRow(self.tr("Under:"), QLabel(self.parent_unit.name))
        form.addRow(self.tr("Level:"), QLabel(child_level))
        form.addRow(self.tr("Code:"), self.code)
        form.addRow("", self.errors["code"])
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.errors["name"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(buttons)

    def accept(self) -> None:
        for label in self.errors.values():
            set_error(label, "")
        try:
            unit = org.add_unit(self.parent_unit, self.code.text(), self.name.text())
        except GridDeskError as exc:
            set_error(self.errors.get(exc.field or "general", self.errors["general"]), exc.message)
            return
        self.created_uuid = unit.uuid
        super().accept()

    @classmethod
    def ask(cls, parent_uuid: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent_uuid, parent)
        dialog.exec()
        return dialog.created_uuid
