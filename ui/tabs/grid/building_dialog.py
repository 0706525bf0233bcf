"""Add or edit a building (app.grid.buildings.add/update) and name its building leader
(app.grid.buildings.appoint_leader: the person, the role and the link in one transaction)."""

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.grid import buildings
from app.validators import normalize_phone
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields


class BuildingDialog(FormDialog):
    def __init__(self, grid_uuid: str, building_uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Add building") if building_uuid is None else self.tr("Edit building"), parent)
        self.grid_uuid, self.building_uuid = grid_uuid, building_uuid
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.name.setPlaceholderText(self.tr("e.g. No. 3"))
        self.address = self.add_field(self.tr("Address:"), QLineEdit(), "address")
        self.floors = self.add_field(self.tr("Floors:"), QLineEdit(), "floors")
        self.households = self.add_field(self.tr("Households:"), QLineEdit(), "households")
        limit_fields(self, buildings.BuildingInput)
        self.is_civilized = self.add_field("", QCheckBox(self.tr("Civilised building (文明楼)")))
        self.is_model = self.add_field("", QCheckBox(self.tr("Model building (示范楼)")))
        self.leader_name = self.add_field(self.tr("Building leader:"), QLineEdit(), "leader")
        self.leader_phone = self.add_field(self.tr("Leader's phone:"), QLineEdit(), "phone")
        self._leader = None
        if building_uuid:
            b = buildings.get(building_uuid)
            self.name.setText(b.name)
            self.address.setText(b.address or "")
            self.floors.setText(str(b.floors or ""))
            self.households.setText(str(b.households or ""))
            self.is_civilized.setChecked(b.is_civilized)
            self.is_model.setChecked(b.is_model)
            self._leader = b.leader if b.leader_uuid else None
            self.leader_name.setText(self._leader.name if self._leader else "")
            self.leader_phone.setText((self._leader.phone or "") if self._leader else "")
            self.add_history_button("building", building_uuid)

    def save(self) -> str:
        data = buildings.BuildingInput(self.name.text(), self.address.text(), self.floors.text(),
                                       self.households.text(), self.is_civilized.isChecked(), self.is_model.isChecked())
        buildings.clean(data)  # every field checked before anything is written
        if self.leader_phone.text().strip():
            normalize_phone(self.leader_phone.text())
        if self.building_uuid:
            uuid = buildings.update(self.building_uuid, data).uuid
        else:
            uuid = buildings.add(self.grid_uuid, data).uuid
        self._save_leader(uuid)
        return uuid

    def _save_leader(self, uuid: str) -> None:
        name, phone = self.leader_name.text().strip(), self.leader_phone.text().strip()
        current = self._leader
        if current is not None and name == current.name and phone == (current.phone or ""):
            return
        if not name:
            if current is not None:
                buildings.set_leader(uuid, None)
            return
        buildings.appoint_leader(uuid, name, phone)
