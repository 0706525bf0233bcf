"""登记案件: a mediation case with its parties (from the roster or typed, each
party's errors next to its own field) and its mediators (the people holding the
mediator or legal adviser role on the community's line)."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.mediation import cases, lists, meetings
from app.mediation.cases import CaseInput, PartyInput
from ui.kit.form_dialog import FormDialog
from ui.kit.resident_picker import ResidentPicker
from ui.kit.text_limits import limit_fields
from ui.kit.widgets import clear_when_edited, error_label, reveal, searchable, set_error, typed_choice


class PartyBox(QGroupBox):
    """One party: found in the roster, or name, ID number and phone typed; removable."""

    KEYS = ("side", "name", "id_number", "phone")

    def __init__(self, index: int, side: str, root_path: str | None, remove: Callable[["PartyBox"], None]):
        super().__init__()
        self.index, self.root_path = index, root_path
        form = QFormLayout(self)
        self.side = QComboBox()
        for key, name in cases.SIDES.items():
            self.side.addItem(name, key)
        self.side.setCurrentIndex(self.side.findData(side))
        self.remove_button = QPushButton(self.tr("Remove this party"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: remove(self))
        side_row = QHBoxLayout()
        side_row.addWidget(self.side, 1)
        side_row.addWidget(self.remove_button)
        form.addRow(self.tr("Side:"), side_row)
        self.picker = ResidentPicker(self, root_path, self.tr("Name, phone or ID in the roster"),
                                     self.tr("(not in the roster: type below)"),
                                     ("id_masked", "phone_masked", "grid_name"))
        self.find, self.resident = self.picker.find, self.picker.combo
        form.addRow(self.tr("Find resident:"), self.picker.row)
        self.resident.currentIndexChanged.connect(self._chosen)
        self.picker.found.connect(lambda _count: self._chosen())
        form.addRow(self.tr("Resident:"), self.resident)
        self.name, self.id_number, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        limit_fields(self, PartyInput)
        self.fields = {"side": self.side, "name": self.name, "id_number": self.id_number, "phone": self.phone}
        self.errors = {key: error_label() for key in self.KEYS}
        for label, key in ((self.tr("Name:"), "name"), (self.tr("ID number:"), "id_number"),
                           (self.tr("Phone:"), "phone")):
            form.addRow(label, self.fields[key])
            form.addRow("", self.errors[key])
        form.addRow("", self.errors["side"])
        for key in self.KEYS:
            clear_when_edited(self.fields[key], self.errors[key])
        self.renumber(index)

    def renumber(self, index: int) -> None:
        self.index = index
        self.setTitle(self.tr("Party %1").replace("%1", str(index)))

    def find_resident(self) -> None:
        self.picker.search()

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
        self.community = self.add_field(self.tr("Community or grid:"), searchable(QComboBox()), "community")
        self.community.lineEdit().setPlaceholderText(self.tr("Type part of the name, e.g. 东关"))
        matter = meetings.matter_origin(matter_uuid)
        units = [(matter.unit_uuid, matter.unit_name)] if matter else lists.held_units(root_path)
        for uuid, name in units:
            self.community.addItem(name, uuid)
        self.community.setEnabled(matter is None)
        self.community.currentIndexChanged.connect(lambda _i: self._fill_mediators())
        self.facts = self.add_field(self.tr("Facts:"), QPlainTextEdit(), "facts")
        self.facts.setFixedHeight(64)
        if matter is not None:
            self.facts.setPlainText(self.tr("From the deliberation matter “%1”: ").replace("%1", matter.topic))
        self.place = self.add_field(self.tr("Place:"), QLineEdit(cases.DEFAULT_PLACE), "place")
        limit_fields(self, CaseInput)
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
        """A new party at the end, scrolled into view with the cursor in its search box."""
        box = PartyBox(len(self.parties) + 1, side, self.root_path, self.remove_party)
        self.parties.append(box)
        self.party_area.addWidget(box)
        self._index_parties()
        if self.isVisible():
            box.show()  # now, not by the layout's queued show: the box counts when it is scrolled to
            box.find.setFocus()
            QTimer.singleShot(0, lambda: reveal(box.find) if box in self.parties else None)  # once placed
        return box

    def remove_party(self, box: PartyBox) -> None:
        self.parties.remove(box)
        self.party_area.removeWidget(box)
        box.hide()
        box.deleteLater()
        for i, party in enumerate(self.parties, 1):
            party.renumber(i)
        self._index_parties()

    def _index_parties(self) -> None:
        """Errors of `parties.N.field` (as app/mediation/cases.py names them) go to party N's own labels."""
        for table in (self.errors, self.fields):
            for key in [k for k in table if k.startswith("parties.")]:
                del table[key]
        for party in self.parties:
            party.remove_button.setEnabled(len(self.parties) > 2)  # two parties at least
            for key in PartyBox.KEYS:
                self.errors[f"parties.{party.index}.{key}"] = party.errors[key]
                self.fields[f"parties.{party.index}.{key}"] = party.fields[key]

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
            facts=self.facts.toPlainText(), community_uuid=typed_choice(self.community), place=self.place.text(),
            parties=[p.value() for p in self.parties], mediator_uuids=self.chosen_mediators(),
            matter_uuid=self.matter_uuid))
        return case.uuid
