"""The 居民小组/中心户 page of a grid: its residents on the left (select several),
its resident groups and central households on the right. Select residents, then
put them in a group or make them a central household (the leader and the
neighbours they look after). Writes go through app.grid.units; Undo where safe."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QVBoxLayout, QWidget

from app import org
from app.grid import lists, units
from app.org import Level
from ui.hub import Changes
from ui.kit.page import TablePage
from ui.kit.table_model import Column, RowRole, TableModel
from ui.kit.widgets import hint_label
from ui.tabs.grid.group_dialogs import AddGroupDialog, CentralHouseholdDialog, ChooseGroupDialog

ROSTER = Changes(roster=True)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    return label


class GroupsPage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab, self.grid_uuid = tab, None
        self.members = TablePage(TableModel([
            Column(self.tr("Name"), lambda m: m.name), Column(self.tr("Building"), lambda m: m.building),
            Column(self.tr("Room"), lambda m: m.room), Column(self.tr("Group"), lambda m: m.group_name),
            Column(self.tr("Central household"), lambda m: m.central)]), (66, 72, 90, 96))
        self.members.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.bar.addWidget(_title(self.tr("Residents")))
        self.members.button(self.tr("Put in group…"), self.put_in_group,
                            self.tr("Put the selected residents in a resident group"))
        self.members.button(self.tr("New central household…"), self.new_central_household,
                            self.tr("The selected residents: one leads, the others are looked after"))
        self.members.finish_bar()
        self.groups = TablePage(TableModel([
            Column(self.tr("Resident group"), lambda g: g.name),
            Column(self.tr("Members"), lambda g: g.members, right=True)]), (160,))
        self.groups.bar.addWidget(_title(self.tr("Resident groups")))
        self.groups.button(self.tr("Add group…"), self.add_group)
        self.groups.finish_bar(with_filter=False)
        self.centrals = TablePage(TableModel([
            Column(self.tr("Central household"), lambda c: c.name), Column(self.tr("Leader"), lambda c: c.leader),
            Column(self.tr("Neighbours"), lambda c: c.neighbours, right=True),
            Column(self.tr("Looked after"), lambda c: c.neighbour_names)]), (96, 64, 60))
        self.centrals.bar.addWidget(_title(self.tr("Central households")))
        self.centrals.finish_bar(with_filter=False)
        self.hint = hint_label(self.tr("Select residents on the left (Ctrl or Shift for several), then put them "
                                       "in a group or make them a central household."))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.groups)
        right.addWidget(self.centrals)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.members)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 430])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)

    def set_unit(self, uuid: str | None) -> None:
        unit = org.unit(uuid)
        self.grid_uuid = unit.uuid if unit is not None and unit.level == Level.GRID else None
        if self.grid_uuid is None:
            for page in (self.members, self.groups, self.centrals):
                page.set_rows([])
            return
        members = lists.grid_members(self.grid_uuid)
        grouped = sum(1 for m in members if m.group_uuid)
        self.members.set_rows(members, self.tr("%1 residents, %2 in a group").replace("%1", f"{len(members):,}")
                              .replace("%2", f"{grouped:,}"))
        groups = lists.resident_groups(self.grid_uuid)
        self.groups.set_rows(groups, self.tr("%1 groups").replace("%1", str(len(groups))))
        centrals = lists.central_households(self.grid_uuid)
        self.centrals.set_rows(centrals, self.tr("%1 central households").replace("%1", str(len(centrals))))

    def selected(self) -> list:
        rows = self.members.view.selectionModel().selectedRows()
        return [self.members.proxy.index(i.row(), 0).data(RowRole) for i in sorted(rows, key=lambda i: i.row())]

    def _selected_or_message(self) -> list:
        chosen = self.selected()
        if not chosen:
            self.tab.message_bar.show_message(self.tr("Please select residents in the list first."), error=True)
        return chosen

    # -- writes -----------------------------------------------------------------
    def add_group(self) -> str | None:
        if not self.grid_uuid or not self.tab.actions.may_write():
            return None
        uuid = AddGroupDialog.ask(self.grid_uuid, parent=self.tab)
        return self.tab.actions._after_dialog(uuid, self.tr("Resident group added."), None, ROSTER)

    def put_in_group(self) -> None:
        chosen = self._selected_or_message()
        if not chosen or not self.tab.actions.may_write():
            return
        group = ChooseGroupDialog.ask(self.grid_uuid, [m.name for m in chosen], parent=self.tab)
        if group is None:
            return
        before: dict = {}
        done = self.tr("%1 residents put in the group.") if group else self.tr("%1 residents taken out of their group.")
        self.tab.actions._run(lambda: before.update(units.assign_group([m.uuid for m in chosen], group or None)),
                              done.replace("%1", str(len(chosen))), lambda: units.restore_groups(before), ROSTER)

    def new_central_household(self) -> str | None:
        chosen = self._selected_or_message()
        if not chosen or not self.tab.actions.may_write():
            return None
        uuid = CentralHouseholdDialog.ask(chosen, parent=self.tab)
        return self.tab.actions._after_dialog(uuid, self.tr("Central household created."), None, ROSTER)
