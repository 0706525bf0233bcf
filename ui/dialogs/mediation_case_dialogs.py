"""登记案件: a mediation case with its parties (from the roster or typed, each
party's errors next to its own field) and its mediators (the people holding the
mediator or legal adviser role on the community's line)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import search
from app.mediation import cases, lists
from app.mediation.cases import CaseInput, PartyInput
from db.models import DeliberationMatter
from ui.dialogs.form_dialog import FormDialog
from ui.find_row import find_row
from ui.widgets import error_label, set_error


class PartyBox(QGroupBox):
    """One party: found in the roster, or name, ID number and phone typed."""

    def __init__(self, index: int, side: str, root_path: str | None, dialog: FormDialog):
        super().__init__()
        self.index, self.root_path = index, root_path
        self.setTitle(self.tr("Party %1").replace("%1", str(index)))
        form = QFormLayout(self)
        self.side = QComboBox()
        for key, name in cases.SIDES.items():
            self.side.addItem(name, key)
        self.side.setCurrentIndex(self.side.findData(side))
        form.addRow(self.tr("Side:"), self.side)
        row, self.find = find_row(self.tr("Name, phone or ID in the roster"), self.find_resident)
        form.addRow(self.tr("Find resident:"), row)
        self.resident = QComboBox()
        self.resident.addItem(self.tr("(not in the roster: type below)"), None)
        self.resident.currentIndexChanged.connect(self._chosen)
        form.addRow(self.tr("Resident:"), self.resident)
        self.name, self.id_number, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        for label, widget, key in ((self.tr("Name:"), self.name, "name"),
                                   (self.tr("ID number:"), self.id_number, "id_number"),
                                   (self.tr("Phone:"), self.phone, "phone")):
            form.addRow(label, widget)
            dialog.errors[f"parties.{index}.{key}"] = error_label()
            form.addRow("", dialog.errors[f"parties.{index}.{key}"])

    def find_resident(self) -> None:
        hits = search.search_residents(self.find.text(), root_path=self.root_path, limit=50)
        self.resident.blockSignals(True)
        while self.resident.count() > 1:
            self.resident.removeItem(1)
        for hit in hits:
            self.resident.addItem(f"{hit.name}  {hit.id_masked}  {hit.phone_masked}  {hit.grid_name}", hit.uuid)
        self.resident.blockSignals(False)
        self.resident.setCurrentIndex(1 if len(hits) == 1 else 0)  # of several, the clerk picks one
        self._chosen()

    def _chosen(self) -> None:
        typed = self.resident.currentData() is None
        for widget in (self.name, self.id_number, self.phone):
            widget.setEnabled(typed)

    def value(self) -> PartyInput:
        uuid = self.resident.currentData()
        if uuid:
            return PartyInput(side=self.side.currentData(), resident_uuid=uuid)
        return PartyInput(side=self.side.currentData(), name=self.name.text(), id_number=self.id_number.text(),
                          phone=self.phone.text())


class CaseDialog(FormDialog):
    def __init__(self, root_path: str | None, matter_uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Register a mediation case"), parent)
        self.root_path, self.matter_uuid = root_path, matter_uuid
        self.setMinimumWidth(620)
        self.source = self.add_field(self.tr("Source:"), QComboBox(), "source")
        for key, name in cases.SOURCES.items():
            if (key == "deliberation") == bool(matter_uuid) and key != "orders":
                self.source.addItem(name, key)
        self.dispute_type = self.add_field(self.tr("Dispute type:"), QComboBox(), "dispute_type")
        for key, name in cases.DISPUTE_TYPES.items():
            self.dispute_type.addItem(name, key)
        self.community = self.add_field(self.tr("Community or grid:"), QComboBox(), "community")
        matter = DeliberationMatter.get_or_none(DeliberationMatter.uuid == matter_uuid) if matter_uuid else None
        units = [(matter.meeting.org_unit.uuid, matter.meeting.org_unit.name)] if matter else lists.held_units(root_path)
        for uuid, name in units:
            self.community.addItem(name, uuid)
        self.community.setEnabled(matter is None)
        self.community.currentIndexChanged.connect(lambda _i: self._fill_mediators())
        self.facts = self.add_field(self.tr("Facts:"), QPlainTextEdit(), "facts")
        self.facts.setFixedHeight(64)
        if matter is not None:
            self.facts.setPlainText(self.tr("From the deliberation matter “%1”: ").replace("%1", matter.topic))
        self.place = self.add_field(self.tr("Place:"), QLineEdit(cases.DEFAULT_PLACE), "place")
        self.parties: list[PartyBox] = []
        self.party_area = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.party_area)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(220)
        self.add_field(self.tr("Parties:"), scroll, "parties")
        add = QPushButton(self.tr("Add a party"))
        add.clicked.connect(lambda: self.add_party("third"))
        self.form.addRow("", add)
        self.add_party("applicant")
        self.add_party("respondent")
        self.mediators = self.add_field(self.tr("Mediators:"), QListWidget(), "mediators")
        self.mediators.setFixedHeight(80)
        self._fill_mediators()

    def add_party(self, side: str) -> PartyBox:
        box = PartyBox(len(self.parties) + 1, side, self.root_path, self)
        self.parties.append(box)
        self.party_area.addWidget(box)
        return box

    def _fill_mediators(self) -> None:
        self.mediators.clear()
        for uuid, name in lists.mediator_candidates(self.community.currentData()):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.mediators.addItem(item)
        if self.mediators.count() == 0:
            set_error(self.errors["mediators"], self.tr("Nobody holds the mediator or legal adviser role here yet."))

    def check_mediator(self, row: int) -> None:
        self.mediators.item(row).setCheckState(Qt.CheckState.Checked)

    def chosen_mediators(self) -> list[str]:
        return [self.mediators.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.mediators.count())
                if self.mediators.item(i).checkState() == Qt.CheckState.Checked]

    def choose_unit(self, uuid: str) -> None:
        self.community.setCurrentIndex(self.community.findData(uuid))

    def save(self) -> str:
        case = cases.register(CaseInput(
            source=self.source.currentData(), dispute_type=self.dispute_type.currentData(),
            facts=self.facts.toPlainText(), community_uuid=self.community.currentData(), place=self.place.text(),
            parties=[p.value() for p in self.parties], mediator_uuids=self.chosen_mediators(),
            matter_uuid=self.matter_uuid))
        return case.uuid
