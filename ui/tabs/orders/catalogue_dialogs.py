"""Administrator dialogs for the four-orders reference data: a new category and
the deadline rule of a category and urgency (app/orders/catalogue.py)."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app.orders import catalogue
from ui.kit.form_dialog import FormDialog


class CategoryDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("New request category"), parent)
        self.code = self.add_field(self.tr("Code:"), QLineEdit(), "code")
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")

    def save(self) -> str:
        return catalogue.add_category(self.code.text(), self.name.text()).code

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        dialog.exec()
        return dialog.result_value


class DeadlineDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Deadline rule"), parent)
        self.category = self.add_field(self.tr("Category:"), QComboBox(), "category")
        self.category.addItem(self.tr("(every category)"), "*")
        for code, name in catalogue.categories().items():
            self.category.addItem(name, code)
        self.urgency = self.add_field(self.tr("Urgency:"), QComboBox(), "urgency")
        self.urgency.addItem(self.tr("(every urgency)"), "*")
        for code, name in catalogue.URGENCIES.items():
            self.urgency.addItem(name, code)
        self.respond = self.add_field(self.tr("Respond within (hours):"), QSpinBox(), "respond_hours")
        self.complete = self.add_field(self.tr("Complete within (hours):"), QSpinBox(), "complete_hours")
        for box in (self.respond, self.complete):
            box.setRange(1, 24 * 90)
        self.category.currentIndexChanged.connect(self.show_current)
        self.urgency.currentIndexChanged.connect(self.show_current)
        self.show_current()

    def show_current(self) -> None:
        rule = catalogue.deadline(self.category.currentData(), self.urgency.currentData())
        self.respond.setValue(rule.respond_hours)
        self.complete.setValue(rule.complete_hours)

    def save(self) -> str:
        catalogue.set_rule(self.category.currentData(), self.urgency.currentData(), self.respond.value(),
                           self.complete.value())
        return self.category.currentData()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        dialog.exec()
        return dialog.result_value
