"""Add or edit a building (app.buildings.add/update)."""

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app import buildings
from ui.dialogs.form_dialog import FormDialog


class BuildingDialog(FormDialog):
    def __init__(self, grid_uuid: str, building_uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Add building") if building_uuid is None else self.tr("Edit building"), parent)
        self.grid_uuid, self.building_uuid = grid_uuid, building_uuid
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.name.setPlaceholderText(self.tr("e.g. No. 3"))
        self.address = self.add_field(self.tr("Address:"), QLineEdit(), "address")
        self.floors = self.add_field(self.tr("Floors:"), QLineEdit(), "floors")
        self.households = self.add_field(self.tr("Households:"), QLineEdit(), "households")
        self.is_civilized = self.add_field("", QCheckBox(self.tr("Civilised building (文明楼)")))
        self.is_model = self.add_field("", QCheckBox(self.tr("Model building (示范楼)")))
        if building_uuid:
            b = buildings.get(building_uuid)
            self.name.setText(b.name)
            self.address.setText(b.address or "")
            self.floors.setText(str(b.floors or ""))
            self.households.setText(str(b.households or ""))
            self.is_civilized.setChecked(b.is_civilized)
            self.is_model.setChecked(b.is_model)

    def save(self) -> str:
        data = buildings.BuildingInput(self.name.text(), self.address.text(), self.floors.text(),
                                       self.households.text(), self.is_civilized.isChecked(), self.is_model.isChecked())
        if self.building_uuid:
            return buildings.update(self.building_uuid, data).uuid
        return buildings.add(self.grid_uuid, data).uuid
