"""Add or edit a resident (app.grid.residents.add/update). Opened read-only for a user
who may not write; full ID and phone numbers only with app.auth.can("personal")."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from app import auth
from app.grid import buildings, residents
from app.grid.residents import RELATIONS, ResidentInput
from app.privacy import mask_id_number, mask_phone
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields


class ResidentDialog(FormDialog):
    def __init__(self, grid_uuid: str, resident_uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Add resident") if resident_uuid is None else self.tr("Resident"), parent)
        self.grid_uuid, self.resident_uuid = grid_uuid, resident_uuid
        self.read_only = not auth.can("write")
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.id_number = self.add_field(self.tr("ID number:"), QLineEdit(), "id_number")
        self.id_number.setPlaceholderText(self.tr("18 characters; birth date and gender are taken from it"))
        self.phone = self.add_field(self.tr("Phone:"), QLineEdit(), "phone")
        self.gender = self.add_field(self.tr("Gender:"), self._combo(["", "男", "女"]), "gender")
        self.birth_date = self.add_field(self.tr("Birth date:"), QLineEdit(), "birth_date")
        self.birth_date.setPlaceholderText("1980-05-17")
        self.building = self.add_field(self.tr("Building:"), QComboBox(), "building")
        self.building.addItem("", None)
        for uuid, name in buildings.of_grid(grid_uuid):
            self.building.addItem(name, uuid)
        self.room = self.add_field(self.tr("Room:"), QLineEdit())
        self.address = self.add_field(self.tr("Address:"), QLineEdit())
        self.household_no = self.add_field(self.tr("Household no.:"), QLineEdit())
        self.relation = self.add_field(self.tr("Relation to head:"), self._combo(["", *RELATIONS]), "relation")
        self.notes = self.add_field(self.tr("Notes:"), QLineEdit())
        limit_fields(self, ResidentInput)
        self.tag_boxes = {tag: QCheckBox(tag) for tag in residents.tag_catalogue()}
        tags = QWidget()
        grid = QGridLayout(tags)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.tag_boxes.values()):
            grid.addWidget(box, i // 4, i % 4)
        self.add_field(self.tr("Tags:"), tags, "tags")
        if resident_uuid:
            self._load(residents.get(resident_uuid))
            self.add_history_button("resident", resident_uuid)
        if self.read_only:
            self._lock()

    @staticmethod
    def _combo(items: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItems(items)
        return combo

    def _load(self, r) -> None:
        full = auth.can("personal")
        self.name.setText(r.name)
        self.id_number.setText((r.id_number if full else mask_id_number(r.id_number)) or "")
        self.phone.setText((r.phone if full else mask_phone(r.phone)) or "")
        self.gender.setCurrentText(residents.GENDERS.get(r.gender or "", ""))
        self.birth_date.setText(str(r.birth_date or ""))
        self.building.setCurrentIndex(max(0, self.building.findData(r.building_uuid)))
        for widget, value in ((self.room, r.room), (self.address, r.address), (self.household_no, r.household_no),
                              (self.notes, r.notes)):
            widget.setText(value or "")
        self.relation.setCurrentText(r.relation or "")
        for tag in residents.tags_of(r):
            if tag in self.tag_boxes:
                self.tag_boxes[tag].setChecked(True)

    def _lock(self) -> None:
        for widget in (self.name, self.id_number, self.phone, self.birth_date, self.room, self.address,
                       self.household_no, self.notes):
            widget.setReadOnly(True)
        for widget in (self.gender, self.building, self.relation, *self.tag_boxes.values()):
            widget.setEnabled(False)
        self.buttons.setStandardButtons(self.buttons.StandardButton.Close)

    def data(self) -> ResidentInput:
        return ResidentInput(
            name=self.name.text(), id_number=self.id_number.text(), phone=self.phone.text(),
            gender=self.gender.currentText(), birth_date=self.birth_date.text().strip() or None,
            building_uuid=self.building.currentData(), room=self.room.text(), address=self.address.text(),
            household_no=self.household_no.text(), relation=self.relation.currentText(), notes=self.notes.text(),
            tags=[tag for tag, box in self.tag_boxes.items() if box.isChecked()])

    def save(self) -> str:
        if self.resident_uuid:
            return residents.update(self.resident_uuid, self.data()).uuid
        return residents.add(self.grid_uuid, self.data()).uuid
