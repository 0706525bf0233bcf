"""The writes of the grid-management tab: each asks (a dialog or a confirmation),
calls one app/ function, broadcasts through the hub and offers Undo in the
message bar where reversing is safe. Expected failures (bad input, no
permission) show their Chinese message in the bar; nothing is half-written."""

from collections.abc import Callable

from app import org
from app.errors import EXPECTED, user_message
from app.grid import buildings, residents
from app.grid import units as grid_units
from app.org import Level
from ui import ask
from ui.hub import Changes
from ui.kit.tab_actions import TabActions
from ui.tabs.grid.building_dialog import BuildingDialog
from ui.tabs.grid.resident_dialog import ResidentDialog
from ui.tabs.grid.unit_dialogs import (
    AssignRoleDialog,
    EndRoleDialog,
    EstablishmentDialog,
    MoveDialog,
    RenameUnitDialog,
)

ROSTER, ORG, PEOPLE = Changes(roster=True), Changes(org=True, roster=True), Changes(people=True)


class GridActions(TabActions):
    def _run(self, work: Callable, done: str, undo: Callable | None, changes: Changes):
        """Do `work`; on success broadcast and offer `undo`; on failure show why."""
        try:
            value = work()
        except EXPECTED as exc:
            self._bar().show_message(user_message(exc), error=True)
            return None
        self.tab.hub.did_change(changes)
        self._bar().show_message(done, self._undoable(undo, changes) if undo else None)
        return value

    def _undoable(self, undo: Callable, changes: Changes) -> Callable:
        def run():
            self._run(undo, self.tr("Undone."), None, changes)
        return run

    def _grid(self) -> str | None:
        return self.tab.selected_uuid()

    def _after_dialog(self, uuid: str | None, done: str, undo: Callable | None, changes: Changes) -> str | None:
        if uuid:
            self.tab.hub.did_change(changes)
            self._bar().show_message(done, self._undoable(undo, changes) if undo else None)
        return uuid

    def _confirm(self, text: str) -> bool:
        return ask.confirm(self.tab, self.tr("Please confirm"), text)

    def _grid_or_message(self) -> str | None:
        uuid = self._grid()
        unit = org.unit(uuid)
        if unit is None or unit.level != Level.GRID:
            self._bar().show_message(self.tr("Please select a grid in the tree on the left first."), error=True)
            return None
        return uuid

    # -- residents ------------------------------------------------------------
    def add_resident(self) -> str | None:
        grid = self.may_write() and self._grid_or_message()
        if not grid:
            return None
        uuid = ResidentDialog.ask(grid, parent=self.tab)
        return self._after_dialog(uuid, self.tr("Resident added."), lambda: residents.retire(uuid), ROSTER)

    def open_resident(self, uuid: str, grid_uuid: str) -> str | None:
        saved = ResidentDialog.ask(grid_uuid, uuid, parent=self.tab)
        return self._after_dialog(saved, self.tr("Resident saved."), None, ROSTER)

    def move_resident(self, row) -> None:
        if row is None or not self.may_write():
            return
        target = MoveDialog.ask(row.name, int(Level.GRID), row.grid_uuid, parent=self.tab)
        if not target:
            return
        old_grid, old_building = row.grid_uuid, residents.get(row.uuid).building_uuid
        self._run(lambda: residents.move(row.uuid, target),
                  self.tr("%1 moved to another grid.").replace("%1", row.name),
                  lambda: residents.move(row.uuid, old_grid, old_building), ROSTER)

    def retire_resident(self, row) -> None:
        if row is None or not self.may_write():
            return
        if self._confirm(self.tr("Remove %1 from the roster? (It can be undone.)").replace("%1", row.name)):
            self._run(lambda: residents.retire(row.uuid), self.tr("%1 removed.").replace("%1", row.name),
                      lambda: residents.restore(row.uuid), ROSTER)

    # -- buildings ------------------------------------------------------------
    def add_building(self) -> str | None:
        grid = self.may_write() and self._grid_or_message()
        if not grid:
            return None
        uuid = BuildingDialog.ask(grid, parent=self.tab)
        return self._after_dialog(uuid, self.tr("Building added."), lambda: buildings.retire(uuid), ROSTER)

    def edit_building(self, row) -> None:
        if row is not None and self.may_write():
            self._after_dialog(BuildingDialog.ask(row.grid_uuid, row.uuid, parent=self.tab),
                               self.tr("Building saved."), None, ROSTER)

    def move_building(self, row) -> None:
        if row is None or not self.may_write():
            return
        target = MoveDialog.ask(row.name, int(Level.GRID), row.grid_uuid, parent=self.tab)
        if target:
            self._run(lambda: buildings.move(row.uuid, target),
                      self.tr("%1 and its residents moved to another grid.").replace("%1", row.name),
                      lambda: buildings.move(row.uuid, row.grid_uuid), ROSTER)

    def retire_building(self, row) -> None:
        if row is None or not self.may_write():
            return
        if self._confirm(self.tr("Retire the building %1? (It can be undone.)").replace("%1", row.name)):
            self._run(lambda: buildings.retire(row.uuid), self.tr("%1 retired.").replace("%1", row.name),
                      lambda: buildings.restore(row.uuid), ROSTER)

    # -- establishments -------------------------------------------------------
    def add_establishment(self) -> str | None:
        grid = self.may_write() and self._grid_or_message()
        if not grid:
            return None
        uuid = EstablishmentDialog.ask(grid, parent=self.tab)
        return self._after_dialog(uuid, self.tr("Added."), lambda: grid_units.retire_establishment(uuid), ROSTER)

    def edit_establishment(self, row) -> None:
        if row is not None and self.may_write():
            self._after_dialog(EstablishmentDialog.ask(None, row.uuid, parent=self.tab), self.tr("Saved."),
                               None, ROSTER)

    def retire_establishment(self, row) -> None:
        if row is None or not self.may_write():
            return
        if self._confirm(self.tr("Remove %1 from this grid?").replace("%1", row.name)):
            self._run(lambda: grid_units.retire_establishment(row.uuid), self.tr("%1 removed.").replace("%1", row.name),
                      lambda: grid_units.restore_establishment(row.uuid), ROSTER)

    # -- roles ----------------------------------------------------------------
    def assign_role(self) -> None:
        unit = self._grid()
        if unit and self.may_write():
            self._after_dialog(AssignRoleDialog.ask(unit, parent=self.tab), self.tr("Role assigned."), None, PEOPLE)

    def end_role(self, row) -> None:
        if row is None or not self.may_write():
            return
        if not row.active:
            self._bar().show_message(self.tr("This role has already ended."), error=True)
            return
        self._after_dialog(EndRoleDialog.ask(row.uuid, f"{row.person}（{row.role_name}）", parent=self.tab),
                           self.tr("Role ended; it stays in the history."), None, PEOPLE)

    # -- org units ------------------------------------------------------------
    def rename_unit(self) -> None:
        uuid = self._grid()
        if not uuid or not self.may_write():
            return
        old = RenameUnitDialog.ask(uuid, parent=self.tab)
        if old is not None:
            self._after_dialog(uuid, self.tr("Renamed."),
                               lambda: org.rename(org.unit(uuid), old), ORG)

    def move_unit(self) -> None:
        uuid = self._grid()
        if not uuid or not self.may_write():
            return
        unit = org.unit(uuid)
        if unit.parent_uuid is None:
            self._bar().show_message(self.tr("The top unit cannot be moved."), error=True)
            return
        target = MoveDialog.ask(unit.name, unit.level - 1, unit.parent_uuid, parent=self.tab)
        if target:
            old_parent = unit.parent_uuid
            self._run(lambda: org.move_unit(org.unit(uuid), org.unit(target)),
                      self.tr("%1 moved.").replace("%1", unit.name),
                      lambda: org.move_unit(org.unit(uuid), org.unit(old_parent)), ORG)
            self.tab.select(uuid)

    def retire_unit(self) -> None:
        uuid = self._grid()
        if not uuid or not self.may_write():
            return
        unit = org.unit(uuid)
        if self._confirm(self.tr("Retire %1? (It can be undone.)").replace("%1", unit.name)):
            parent = unit.parent_uuid
            if self._run(lambda: org.retire_unit(unit) or True, self.tr("%1 retired.").replace("%1", unit.name),
                         lambda: org.restore_unit(uuid), ORG) and parent:
                self.tab.select(parent)
