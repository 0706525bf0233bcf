"""The rule of law and virtue, small forms: a legal adviser's or police liaison's
visit or talk, and a new kind of virtue activity (administrators)."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app import org
from app.mediation import activities, law
from app.mediation.law import VisitInput
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields
from ui.tabs.mediation.dialogs import combo, date_edit, text_box


class VisitDialog(FormDialog):
    def __init__(self, root_path: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("Visit or talk"), parent)
        self.community = self.add_field(self.tr("Community:"), QComboBox(), "community")
        for unit in org.units_at(org.Level.COMMUNITY, root_path):
            self.community.addItem(unit.name, unit.uuid)
        self.person = self.add_field(self.tr("Adviser or police officer:"), QComboBox(), "person")
        self.kind = self.add_field(self.tr("Kind:"), combo(law.VISIT_KINDS), "kind")
        self.held_on = self.add_field(self.tr("Date:"), date_edit(), "held_on")
        self.topic = self.add_field(self.tr("Topic:"), QLineEdit(), "topic")
        self.audience = self.add_field(self.tr("Audience:"), QSpinBox(), "audience")
        self.audience.setRange(0, 100000)
        self.notes = self.add_field(self.tr("Notes:"), text_box(), "notes")
        limit_fields(self, VisitInput)
        self.community.currentIndexChanged.connect(self.fill_people)
        self.fill_people()

    def fill_people(self) -> None:
        self.person.clear()
        if self.community.currentData():
            for person, role in law.officers(self.community.currentData()):
                self.person.addItem(f"{person.name}（{law.ROLES.get(role, role)}）", person.uuid)

    def save(self) -> str:
        return law.log_visit(VisitInput(person_uuid=self.person.currentData(),
                                        community_uuid=self.community.currentData(), kind=self.kind.currentData(),
                                        held_on=self.held_on.date().toPython(), topic=self.topic.text(),
                                        audience=self.audience.value(), notes=self.notes.toPlainText())).uuid


class ActivityKindDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("New kind of activity"), parent)
        self.code = self.add_field(self.tr("Code:"), QLineEdit(), "code")
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")

    def save(self) -> str:
        return activities.add_kind(self.code.text(), self.name.text()).code
