"""双报到: register or edit a registered unit 报到单位 or an in-service party member
在职党员 of a community. Each saves through one app/support call; a wrong field
shows its Chinese message next to it."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.errors import ValidationError
from app.support import members, units
from app.support.members import MemberInput
from app.support.units import UnitInput
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields
from ui.tabs.mediation.dialogs import date_edit
from ui.tabs.support.dialog_common import org_combo


class RegisteredUnitDialog(FormDialog):
    def __init__(self, root_path: str | None, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Register a unit") if uuid is None else self.tr("Edit registered unit"), parent)
        self.uuid = uuid
        row = units.get(uuid) if uuid else None
        if uuid:
            self.add_history_button("unit", uuid)  # 修改记录
        self.community = self.add_field(self.tr("Community:"), org_combo(root_path, (2,), row and row.community_uuid),
                                        "community")
        self.name = self.add_field(self.tr("Unit name:"), QLineEdit(row.name if row else ""), "name")
        self.kind = self.add_field(self.tr("Kind:"), QComboBox(), "kind")
        self.kind.addItem(self.tr("(not given)"), "")
        for kind in units.KINDS:
            self.kind.addItem(kind, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind or "")) if row else 0)
        self.party_org = self.add_field("", QCheckBox(self.tr("Has its own party organisation")))
        self.party_org.setChecked(row.has_party_org if row else True)
        self.contact = self.add_field(self.tr("Contact person:"), QLineEdit(row.contact_name or "" if row else ""))
        self.phone = self.add_field(self.tr("Contact phone:"), QLineEdit(row.contact_phone or "" if row else ""),
                                    "contact_phone")
        limit_fields(self, UnitInput, contact_name=self.contact, contact_phone=self.phone)
        self.registered_on = self.add_field(self.tr("Registered on:"),
                                            date_edit(row.registered_on if row else None), "registered_on")

    def save(self) -> str:
        data = UnitInput(name=self.name.text(), community_uuid=self.community.currentData(),
                         kind=self.kind.currentData(), has_party_org=self.party_org.isChecked(),
                         contact_name=self.contact.text(), contact_phone=self.phone.text(),
                         registered_on=self.registered_on.date().toPython())
        return (units.update(self.uuid, data) if self.uuid else units.register(data)).uuid


class MemberDialog(FormDialog):
    def __init__(self, root_path: str | None, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Register a party member") if uuid is None else self.tr("Edit party member"), parent)
        self.uuid = uuid
        row = members.get(uuid) if uuid else None
        if uuid:
            self.add_history_button("member", uuid)  # 修改记录
        self.community = self.add_field(self.tr("Community:"), org_combo(root_path, (2,), row and row.community_uuid),
                                        "community")
        self.name = self.add_field(self.tr("Name:"), QLineEdit(row.name if row else ""), "name")
        self.gender = self.add_field(self.tr("Gender:"), QComboBox(), "gender")
        self.gender.addItem(self.tr("(not given)"), "")
        for key, name in members.GENDERS.items():
            self.gender.addItem(name, key)
        self.gender.setCurrentIndex(max(0, self.gender.findData(row.gender or "")) if row else 0)
        self.unit = self.add_field(self.tr("Unit:"), QComboBox(), "unit")
        self.unit.setEditable(True)  # type to find among a few hundred units
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItem(self.tr("(registered directly with the community)"), None)
        for unit in units.units(None):
            self.unit.addItem(unit.name, unit.uuid)
        self.unit.setCurrentIndex(max(0, self.unit.findData(row.unit_uuid)) if row and row.unit_uuid else 0)
        self.phone = self.add_field(self.tr("Phone:"), QLineEdit(row.phone or "" if row else ""), "phone")
        limit_fields(self, MemberInput)
        self.registered_on = self.add_field(self.tr("Registered on:"),
                                            date_edit(row.registered_on if row else None), "registered_on")

    def choose_unit(self, uuid: str | None) -> None:
        self.unit.setCurrentIndex(max(0, self.unit.findData(uuid)))

    def save(self) -> str:
        index = self.unit.findText(self.unit.currentText())
        if index < 0 and self.unit.currentText().strip():
            raise ValidationError(self.tr("Please choose the unit from the list (or the first line if none)."),
                                  field="unit")
        data = MemberInput(name=self.name.text(), community_uuid=self.community.currentData(),
                           unit_uuid=self.unit.itemData(index) if index >= 0 else None,
                           gender=self.gender.currentData(), phone=self.phone.text(),
                           registered_on=self.registered_on.date().toPython())
        return (members.update(self.uuid, data) if self.uuid else members.register(data)).uuid
