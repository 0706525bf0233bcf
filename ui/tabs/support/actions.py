"""The writes of the four-supports tab: each asks (a dialog or a confirmation),
calls one app/support function, broadcasts Changes(support=True) — units and
members also orders=True, they are the providers of the supply list — and says
what happened in the message bar, with Undo where it is safe (a retired unit,
member or service comes back with its module's restore(); a proxy entry just
logged is voided)."""

from collections.abc import Callable

from app import excel
from app.support import members, projects, proxy, services, team_members, teams, units
from ui import ask
from ui.hub import Changes
from ui.kit.tab_actions import TabActions
from ui.kit.table_model import table_contents

SUPPORT = Changes(support=True)
PROVIDERS = Changes(support=True, orders=True)


class SupportActions(TabActions):
    changes = SUPPORT

    def export_page(self, title: str, model) -> int | None:
        """What the table shows (masked as shown) to an .xlsx file the clerk chooses."""
        path = ask.save_path(self.tab, self.tr("Export to Excel"), f"{title}.xlsx")
        if not path:
            return None
        headers, rows = table_contents(model)
        return self._act(lambda: excel.write_table(path, title, headers, rows),
                         self.tr("Exported to %1.").replace("%1", path), broadcast=False)

    def _root(self) -> str | None:
        return self.tab.filter().root_path

    def _chosen(self, row) -> bool:
        if row is None:
            self._bar().show_message(self.tr("Select a row first."), error=True)
            return False
        return self.may_write()

    def _ask(self, dialog, *args, done: str, changes: Changes = SUPPORT, page=None):
        """Open a dialog that saves through app/; broadcast, report and show the saved row."""
        uuid = dialog.ask(*args, parent=self.tab)
        if uuid:
            self.tab.hub.did_change(changes)
            self._bar().show_message(done)
            if page is not None:
                page.select_uuid(uuid)
        return uuid

    def _undoable(self, work: Callable, done: str, undo: Callable, changes: Changes = SUPPORT):
        """Do one write; on success broadcast and offer Undo (which broadcasts again)."""
        value = self._act(work, done, broadcast=False)
        if value is None:
            return None
        self.tab.hub.did_change(changes)

        def run_undo():
            if self._act(undo, self.tr("Undone."), broadcast=False) is not None:
                self.tab.hub.did_change(changes)
        self._bar().show_message(done, run_undo)
        return value

    def _confirm(self, text: str) -> bool:
        return ask.confirm(self.tab, self.tr("Please confirm"), text)

    # -- 双报到 ------------------------------------------------------------------
    def register_unit(self):
        from ui.tabs.support.unit_dialogs import RegisteredUnitDialog

        if self.may_write():
            return self._ask(RegisteredUnitDialog, self._root(), done=self.tr("Unit registered."),
                             changes=PROVIDERS, page=self.tab.units)
        return None

    def edit_unit(self, row):
        from ui.tabs.support.unit_dialogs import RegisteredUnitDialog

        if self._chosen(row):
            return self._ask(RegisteredUnitDialog, self._root(), row.uuid, done=self.tr("Unit saved."),
                             changes=PROVIDERS, page=self.tab.units)
        return None

    def retire_unit(self, row):
        if not self._chosen(row) or not self._confirm(self.tr("Retire the registered unit “%1”? Its members and "
                                                              "records stay.").replace("%1", row.name)):
            return None
        return self._undoable(lambda: units.retire(row.uuid) or row.uuid, self.tr("Unit retired."),
                              lambda: units.restore(row.uuid), PROVIDERS)

    def register_member(self):
        from ui.tabs.support.unit_dialogs import MemberDialog

        if self.may_write():
            return self._ask(MemberDialog, self._root(), done=self.tr("Party member registered."),
                             changes=PROVIDERS, page=self.tab.members)
        return None

    def edit_member(self, row):
        from ui.tabs.support.unit_dialogs import MemberDialog

        if self._chosen(row):
            return self._ask(MemberDialog, self._root(), row.uuid, done=self.tr("Party member saved."),
                             changes=PROVIDERS, page=self.tab.members)
        return None

    def retire_member(self, row):
        if not self._chosen(row) or not self._confirm(self.tr("Retire the party member “%1”?").replace("%1", row.name)):
            return None
        return self._undoable(lambda: members.retire(row.uuid) or row.uuid, self.tr("Party member retired."),
                              lambda: members.restore(row.uuid), PROVIDERS)

    # -- teams ------------------------------------------------------------------
    def new_team(self, kind: str):
        from ui.tabs.support.team_dialogs import TeamDialog

        if self.may_write():
            return self._ask(TeamDialog, kind, self._root(), done=self.tr("Team set up."), page=self.tab.team_page(kind))
        return None

    def edit_team(self, kind: str, row):
        from ui.tabs.support.team_dialogs import TeamDialog

        if self._chosen(row):
            return self._ask(TeamDialog, kind, self._root(), row.uuid, done=self.tr("Team saved."),
                             page=self.tab.team_page(kind))
        return None

    def disband_team(self, row):
        from ui.tabs.support.dialog_common import SupportDayDialog

        if not self._chosen(row):
            return None
        what = self.tr("Disband “%1”? The team and its members stay on record.").replace("%1", row.name)
        return self._ask(SupportDayDialog, self.tr("Disband the team"), what, self.tr("Disbanded on:"),
                         lambda day: teams.disband(row.uuid, day).uuid, "disbanded_on", done=self.tr("Team disbanded."))

    def join_team(self, team):
        from ui.tabs.support.team_dialogs import TeamMemberDialog

        if self._chosen(team):
            return self._ask(TeamMemberDialog, team.uuid, done=self.tr("Member added."))
        return None

    def leave_team(self, row):
        from ui.tabs.support.dialog_common import SupportDayDialog

        if not self._chosen(row):
            return None
        return self._ask(SupportDayDialog, self.tr("Leave the team"), row.name, self.tr("Left on:"),
                         lambda day: team_members.leave(row.uuid, day).uuid, "left_on", done=self.tr("Member left."))

    # -- projects and volunteer services ----------------------------------------
    def new_project(self):
        from ui.tabs.support.project_dialogs import ProjectDialog

        if self.may_write():
            return self._ask(ProjectDialog, self._root(), done=self.tr("Project entered."), page=self.tab.projects)
        return None

    def edit_project(self, row):
        from ui.tabs.support.project_dialogs import ProjectDialog

        if self._chosen(row):
            return self._ask(ProjectDialog, self._root(), row.uuid, done=self.tr("Project saved."),
                             page=self.tab.projects)
        return None

    def start_project(self, row):
        if self._chosen(row):
            return self._act(lambda: projects.start(row.uuid).status, self.tr("Project started."))
        return None

    def finish_project(self, row):
        from ui.tabs.support.dialog_common import SupportTextDialog

        if not self._chosen(row):
            return None
        return self._ask(SupportTextDialog, self.tr("Finish the project"), row.name, self.tr("Outcome:"),
                         lambda text: projects.finish(row.uuid, text).uuid, "outcome", done=self.tr("Project finished."))

    def drop_project(self, row):
        from ui.tabs.support.dialog_common import SupportTextDialog

        if not self._chosen(row):
            return None
        return self._ask(SupportTextDialog, self.tr("Drop the project"), row.name, self.tr("Why it stops:"),
                         lambda text: projects.drop(row.uuid, text).uuid, "outcome", done=self.tr("Project dropped."))

    def record_service(self):
        from ui.tabs.support.project_dialogs import VolunteerServiceDialog

        if self.may_write():
            return self._ask(VolunteerServiceDialog, self._root(), done=self.tr("Service recorded."),
                             page=self.tab.services)
        return None

    def edit_service(self, row):
        from ui.tabs.support.project_dialogs import VolunteerServiceDialog

        if self._chosen(row):
            return self._ask(VolunteerServiceDialog, self._root(), row.uuid, done=self.tr("Service saved."),
                             page=self.tab.services)
        return None

    def retire_service(self, row):
        if not self._chosen(row) or not self._confirm(self.tr("Delete the service “%1”?").replace("%1", row.title)):
            return None
        return self._undoable(lambda: services.retire(row.uuid) or row.uuid, self.tr("Service deleted."),
                              lambda: services.restore(row.uuid))

    # -- proxy services -----------------------------------------------------------
    def log_proxy(self, centre, day, kind, mode, for_whom, resident_uuid, notes) -> str | None:
        if not self.may_write():
            return None
        done = " · ".join(filter(None, [self.tr("Recorded"), for_whom.strip(), proxy.KINDS.get(kind, ""),
                                        proxy.MODES.get(mode, "")]))
        logged: list[str] = []

        def work() -> str:
            logged.append(proxy.log(centre, day, kind, mode, for_whom, resident_uuid, notes).uuid)
            return logged[0]
        return self._undoable(work, done, lambda: proxy.void(logged[0], self.tr("Undone right after recording")))

    def void_proxy(self, row):
        from ui.tabs.support.dialog_common import SupportTextDialog

        if not self._chosen(row):
            return None
        what = " · ".join(filter(None, [str(row.served_on), row.for_whom, row.kind, row.mode]))
        return self._ask(SupportTextDialog, self.tr("Void the entry"), what, self.tr("Reason:"),
                         lambda text: proxy.void(row.uuid, text).uuid, "reason", False, done=self.tr("Entry voided."))

    # -- subdistrict posts --------------------------------------------------------
    def set_posts(self, row):
        from ui.tabs.support.post_dialogs import PostsDialog

        return self._ask(PostsDialog, self._root(), row.subdistrict_uuid if row else None, row.year if row else None,
                         done=self.tr("Figures saved."), page=self.tab.posts)
