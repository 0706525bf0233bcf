"""What the four-supports dialogs share: a combo of the org units of some levels,
and two one-field dialogs — a date (disband, leave) and a text (an outcome, a
reason) — that call one app/support function with it."""

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.orders import lists
from ui.kit.form_dialog import FormDialog
from ui.tabs.mediation.dialogs import date_edit, text_box


def org_combo(root_path: str | None, levels: tuple[int, ...], current: str | None = None) -> QComboBox:
    """The org units of these levels under root_path (the current one added if outside), in tree order."""
    box = QComboBox()
    for unit in lists.units(root_path, max(levels)):
        if unit.level in levels:
            box.addItem("　" * max(0, unit.level - min(levels)) + unit.name, unit.uuid)
    if current and box.findData(current) < 0:
        for unit in lists.units(None, max(levels)):
            if unit.uuid == current:
                box.addItem(unit.name, unit.uuid)
    if current:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


class SupportDayDialog(FormDialog):
    """One date (today by default) handed to `action`; its result is the dialog's value."""

    def __init__(self, title: str, what: str, label: str, action: Callable, field: str,
                 parent: QWidget | None = None):
        super().__init__(title, parent)
        self.action = action
        self.add_field("", QLabel(what))
        self.day = self.add_field(label, date_edit(), field)
        self.day.setFocus()

    def save(self):
        return self.action(self.day.date().toPython())


class SupportTextDialog(FormDialog):
    """One required text (an outcome, a reason) handed to `action`."""

    def __init__(self, title: str, what: str, label: str, action: Callable, field: str, multiline: bool = True,
                 parent: QWidget | None = None):
        super().__init__(title, parent)
        self.action = action
        self.add_field("", QLabel(what))
        self.text = self.add_field(label, text_box(80) if multiline else QLineEdit(), field)
        self.text.setFocus()  # type at once; Enter (one line) saves

    def value(self) -> str:
        return self.text.toPlainText() if hasattr(self.text, "toPlainText") else self.text.text()

    def save(self):
        return self.action(self.value())
