"""Add an item to the supply list 供给清单: who (a registered unit or an in-service
member of a community) offers what, how many at a time, when, and for how long."""

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from app.orders import lists, offers
from app.orders.catalogue import categories
from app.orders.offers import OfferInput
from ui.kit.fields import combo, text_box
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields
from ui.kit.widgets import date_edit as date_edit  # re-exported for the review dialogs


class OfferDialog(FormDialog):
    def __init__(self, root_path: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("Add offer"), parent)
        self.community = self.add_field(self.tr("Community:"), QComboBox(), "community")
        for unit in lists.units(root_path, 2):
            if unit.level == 2:
                self.community.addItem(unit.name, unit.uuid)
        self.kind = self.add_field(self.tr("Offered by:"), QComboBox())
        self.kind.addItem(self.tr("Registered unit"), "unit")
        self.kind.addItem(self.tr("In-service party member"), "member")
        self.provider = self.add_field(self.tr("Provider:"), QComboBox(), "provider")
        self.category = self.add_field(self.tr("Category:"), combo(categories()), "category")
        self.description = self.add_field(self.tr("What is offered:"), text_box(), "description")
        self.capacity = self.add_field(self.tr("Orders at a time:"), QSpinBox(), "capacity")
        self.capacity.setRange(1, 100)
        self.availability = self.add_field(self.tr("Available:"), QLineEdit())
        self.availability.setPlaceholderText(self.tr("e.g. weekends, weekday evenings"))
        self.willingness = self.add_field(self.tr("Willingness:"), QLineEdit())
        limit_fields(self, OfferInput)
        self.valid_from = self.add_field(self.tr("Valid from:"), date_edit(dt.date.today()))
        self.open_ended = self.add_field("", QCheckBox(self.tr("No end date")))
        self.open_ended.setChecked(True)
        self.valid_to = self.add_field(self.tr("Valid until:"), date_edit(dt.date.today().replace(month=12, day=31)),
                                       "valid_to")
        self.open_ended.toggled.connect(lambda on: self.valid_to.setEnabled(not on))
        self.valid_to.setEnabled(False)
        self.community.currentIndexChanged.connect(self._providers)
        self.kind.currentIndexChanged.connect(self._providers)
        self._providers()

    def _providers(self, *_args) -> None:
        self.provider.clear()
        if self.community.currentData() is None:
            return
        units, members = lists.providers(self.community.currentData())
        for uuid, name in units if self.kind.currentData() == "unit" else members:
            self.provider.addItem(name, uuid)

    def choose(self, community_uuid: str, kind: str, provider_uuid: str) -> None:
        self.community.setCurrentIndex(self.community.findData(community_uuid))
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.provider.setCurrentIndex(self.provider.findData(provider_uuid))

    def save(self) -> str:
        provider = self.provider.currentData()
        by_unit = self.kind.currentData() == "unit"
        return offers.add(OfferInput(
            community_uuid=self.community.currentData() or "", category=self.category.currentData(),
            description=self.description.toPlainText(), unit_uuid=provider if by_unit else None,
            member_uuid=None if by_unit else provider, capacity=self.capacity.value(),
            availability=self.availability.text(), willingness=self.willingness.text(),
            valid_from=self.valid_from.date().toPython(),
            valid_to=None if self.open_ended.isChecked() else self.valid_to.date().toPython())).uuid
