"""Small dialogs for org units and what lives in them: rename a unit, pick where
to move something, add or edit an establishment, assign or end a role."""

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from app import org
from app.grid import roles
from app.grid import units as grid_units
from app.grid.units import KINDS, EstablishmentInput
from ui import labels
from ui.kit.find_row import find_row
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields
from ui.kit.widgets import date_edit, searchable, set_error


class RenameUnitDialog(FormDialog):
    def __init__(self, unit_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Rename unit"), parent)
        self.unit = org.unit(unit_uuid)
        self.add_field(self.tr("Code:"), QLabel(self.unit.code))
        self.name = self.add_field(self.tr("New name:"), QLineEdit(self.unit.name), "name")

    def save(self) -> str:
        old = self.unit.name
        org.rename(self.unit, self.name.text())
        return old


class MoveDialog(FormDialog):
    """Choose the new parent (a zone for a grid) or the new grid (for a building or resident)."""

    def __init__(self, what: str, level: int, exclude_uuid: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("Move"), parent)
        self.add_field(self.tr("Move:"), QLabel(what))
        self.target = self.add_field(self.tr("To %1:").replace("%1", labels.level(level)), searchable(QComboBox()),
                                     "target")  # type to find among hundreds of grids
        for row in org.tree_rows():
            if row.level == level and row.uuid != exclude_uuid:
                self.target.addItem(f"{row.name}（{row.code}）", row.uuid)
        self.target.setCurrentIndex(-1)

    def choose(self, uuid: str) -> None:
        self.target.setCurrentIndex(self.target.findData(uuid))

    def save(self) -> str:
        index = self.target.findText(self.target.currentText())
        if index < 0:
            from app.errors import ValidationError
            raise ValidationError(self.tr("Please choose where to move it."), field="target")
        return self.target.itemData(index)


class EstablishmentDialog(FormDialog):
    def __init__(self, grid_uuid: str, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Add unit or shop") if uuid is None else self.tr("Edit unit or shop"), parent)
        self.grid_uuid, self.uuid = grid_uuid, uuid
        self.kind = self.add_field(self.tr("Kind:"), QComboBox(), "kind")
        for key, name in KINDS.items():
            self.kind.addItem(name, key)
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.category = self.add_field(self.tr("Category:"), QLineEdit())
        self.address = self.add_field(self.tr("Address:"), QLineEdit())
        self.contact_name = self.add_field(self.tr("Contact:"), QLineEdit())
        self.contact_phone = self.add_field(self.tr("Contact phone:"), QLineEdit(), "contact_phone")
        limit_fields(self, EstablishmentInput)
        self.has_party_org = self.add_field("", QCheckBox(self.tr("Has a party organisation")))
        if uuid:
            row = grid_units.get_establishment(uuid)
            self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
            for widget, value in ((self.name, row.name), (self.category, row.category), (self.address, row.address),
                                  (self.contact_name, row.contact_name), (self.contact_phone, row.contact_phone)):
                widget.setText(value or "")
            self.has_party_org.setChecked(row.has_party_org)

    def save(self) -> str:
        data = EstablishmentInput(self.kind.currentData(), self.name.text(), self.category.text(),
                                  self.address.text(), self.contact_name.text(), self.contact_phone.text(),
                                  self.has_party_org.isChecked())
        if self.uuid:
            return grid_units.update_establishment(self.uuid, data).uuid
        return grid_units.add_establishment(self.grid_uuid, data).uuid


class AssignRoleDialog(FormDialog):
    """A role for someone already on record (found by name or phone: one grid leader may lead
    several grids) or for a new person typed in."""

    def __init__(self, unit_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Assign a role"), parent)
        self.unit = org.unit(unit_uuid)
        self.add_field(self.tr("Unit:"), QLabel(self.unit.name))
        self.role = self.add_field(self.tr("Role:"), QComboBox(), "role")
        for key, name in roles.ROLE_NAMES.items():
            self.role.addItem(name, key)
        row, self.find = find_row(self.tr("Name or phone of someone already on record"), self.find_person)
        self.add_field(self.tr("Find person:"), row)
        self.person = self.add_field(self.tr("Person:"), QComboBox(), "person")
        self.person.addItem(self.tr("(someone new: type the name and phone below)"), None)
        self.person.currentIndexChanged.connect(self._person_chosen)
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.phone = self.add_field(self.tr("Phone:"), QLineEdit(), "phone")
        self.start = self.add_field(self.tr("From:"), date_edit(dt.date.today()), "start")

    def find_person(self) -> None:
        hits = roles.find_people(self.find.text())
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        for hit in hits:
            text = "  ".join(part for part in (hit.name, hit.phone_masked, hit.home, hit.holds) if part)
            self.person.addItem(text, hit.uuid)
        self.person.blockSignals(False)
        self.person.setCurrentIndex(1 if len(hits) == 1 else 0)  # of several, the clerk picks one
        self._person_chosen()
        if not hits:
            set_error(self.errors["person"], self.tr("Nobody found; type the name and phone of the new person."))
        elif len(hits) > 1:
            set_error(self.errors["person"], self.tr("%1 people found: choose one in the list.")
                      .replace("%1", str(len(hits))))

    def choose_person(self, uuid: str) -> None:
        self.person.setCurrentIndex(self.person.findData(uuid))

    def _person_chosen(self, *_args) -> None:
        new = self.person.currentData() is None
        self.name.setEnabled(new)
        self.phone.setEnabled(new)
        if not new:
            set_error(self.errors["person"], "")

    def save(self) -> str:
        start = self.start.date().toPython()
        if self.person.currentData():
            return roles.assign(roles.person(self.person.currentData()), self.unit, self.role.currentData(),
                                start).uuid
        from app.validators import normalize_phone
        if self.phone.text().strip():
            normalize_phone(self.phone.text())  # check before anything is written
        return roles.appoint(self.unit, self.role.currentData(), self.name.text(), self.phone.text(), start).uuid


class EndRoleDialog(FormDialog):
    def __init__(self, assignment_uuid: str, who: str, parent: QWidget | None = None):
        super().__init__(self.tr("End a role"), parent)
        self.assignment_uuid = assignment_uuid
        self.add_field(self.tr("Holder:"), QLabel(who))
        self.on = self.add_field(self.tr("Last day:"), date_edit(dt.date.today()), "end_date")

    def save(self) -> str:
        return roles.end(self.assignment_uuid, self.on.date().toPython()).uuid
