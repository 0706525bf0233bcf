"""Dialogs of the 居民小组/中心户 page: add a resident group, choose the group for
the selected residents, make a central household of the selected residents."""

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.errors import ValidationError
from app.grid import lists, units
from ui.kit.form_dialog import FormDialog


class AddGroupDialog(FormDialog):
    def __init__(self, grid_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Add a resident group"), parent)
        self.grid_uuid = grid_uuid
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.name.setPlaceholderText(self.tr("e.g. 第一居民小组"))

    def save(self) -> str:
        return units.add_group(self.grid_uuid, self.name.text()).uuid


class ChooseGroupDialog(FormDialog):
    """Returns the chosen group's uuid, or "" for out of any group."""

    def __init__(self, grid_uuid: str, names: list[str], parent: QWidget | None = None):
        super().__init__(self.tr("Put in a resident group"), parent)
        self.add_field(self.tr("Residents:"), _names_label(names))
        self.group = self.add_field(self.tr("Group:"), QComboBox(), "group")
        for row in lists.resident_groups(grid_uuid):
            self.group.addItem(row.name, row.uuid)
        self.group.addItem(self.tr("(no group)"), "")

    def choose(self, uuid: str) -> None:
        self.group.setCurrentIndex(self.group.findData(uuid))

    def save(self) -> str:
        if self.group.currentIndex() < 0:
            raise ValidationError(self.tr("Please choose a group."), field="group")
        return self.group.currentData()


class CentralHouseholdDialog(FormDialog):
    """One of the selected residents leads; the others are the neighbours they look after."""

    def __init__(self, members: list, parent: QWidget | None = None):
        super().__init__(self.tr("New central household"), parent)
        self.members = members
        self.leader = self.add_field(self.tr("Leader (中心户长):"), QComboBox(), "leader")
        for row in members:
            self.leader.addItem(row.name, row.uuid)
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.name.setPlaceholderText(self.tr("(leader's name + 中心户)"))
        self.neighbours = self.add_field(self.tr("Neighbours:"), QLabel(), "neighbours")
        self.neighbours.setWordWrap(True)
        self.leader.currentIndexChanged.connect(self._show_neighbours)
        self._show_neighbours()

    def _show_neighbours(self, *_args) -> None:
        names = [row.name for row in self.members if row.uuid != self.leader.currentData()]
        self.neighbours.setText("、".join(names) if names else self.tr("(none yet; add them later)"))

    def save(self) -> str:
        leader = self.leader.currentData()
        others = [row.uuid for row in self.members if row.uuid != leader]
        return units.make_central_household(leader, others, self.name.text().strip()).uuid


def _names_label(names: list[str]) -> QLabel:
    shown = "、".join(names[:12]) + ("…" if len(names) > 12 else "")
    label = QLabel(f"{shown}（{len(names)}）")
    label.setWordWrap(True)
    return label
