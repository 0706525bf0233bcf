"""The writes of the mediation tab: each asks (a dialog or a confirmation), calls
one app/ function, broadcasts Changes(mediation=True) and says what happened in
the message bar. Only the actions app allows on a case now are offered
(`case_allowed`, from cases.allowed_actions); anything else is refused with the
state machine's Chinese message."""

from collections.abc import Callable, Sequence

from app import excel
from app.mediation import cases
from ui import ask
from ui.hub import Changes
from ui.kit.tab_actions import TabActions
from ui.tabs.mediation.case_dialogs import CaseDialog
from ui.tabs.mediation.dialogs import (
    ActivityDialog,
    AgreementDialog,
    EventDialog,
    FollowUpDialog,
    MediatorDialog,
    MeetingDialog,
    ReasonDialog,
    SessionDialog,
)

MEDIATION = Changes(mediation=True)
CASE_ACTIONS = ("accept", "decline", "add_mediator", "session", "agree", "fail", "end", "follow_up", "archive")


def case_allowed(uuid: str) -> set[str]:
    """The actions app allows on this case now (its state machine, the archive guard, permissions)."""
    return cases.allowed_actions(uuid)


class MediationActions(TabActions):
    changes = MEDIATION

    # -- cases ----------------------------------------------------------------
    def new_case(self, matter_uuid: str | None = None) -> str | None:
        if not self.may_write():
            return None
        uuid = self._done(CaseDialog.ask(self.tab.filter().root_path, matter_uuid, parent=self.tab),
                          self.tr("Case registered."))
        if uuid:
            self.tab.show_case(uuid)
        return uuid

    def case_action(self, uuid: str | None, action: str):
        if not uuid or not self.may_write():
            return None
        if action not in case_allowed(uuid):
            case = cases.get(uuid)
            text = self.tr("Case %1 is “%2”: this action is not possible now.")
            self._bar().show_message(text.replace("%1", case.number).replace("%2", cases.STATES[case.state]),
                                     error=True)
            return None
        done = self.tr("Case updated.")
        if action == "accept":
            value = self._act(lambda: cases.accept(uuid).state, self.tr("Case accepted."))
        elif action == "archive":
            if not ask.confirm(self.tab, self.tr("Please confirm"), self.tr("Archive this case? It cannot be changed "
                                                                           "afterwards.")):
                return None
            value = self._act(lambda: cases.archive(uuid).state, self.tr("Case archived."))
        elif action in ("decline", "fail", "end"):
            value = self._done(ReasonDialog.ask(uuid, action, parent=self.tab), done)
        else:
            dialog = {"add_mediator": MediatorDialog, "session": SessionDialog, "agree": AgreementDialog,
                      "follow_up": FollowUpDialog}[action]
            value = self._done(dialog.ask(uuid, parent=self.tab), done)
        if value:
            self.tab.show_case(uuid)  # follow the case to its new state
        return value

    # -- meetings, activities, events -----------------------------------------
    def new_meeting(self) -> str | None:
        if not self.may_write():
            return None
        return self._done(MeetingDialog.ask(self.tab.filter().root_path, parent=self.tab),
                          self.tr("Meeting recorded."))

    def matter_to_case(self, matter) -> str | None:
        if matter is None:
            self._bar().show_message(self.tr("Select a matter first."), error=True)
            return None
        return self.new_case(matter.uuid)

    def escalate_matter(self, matter) -> str | None:
        """上报: a matter the meeting could not settle goes to the level above (app/linkage)."""
        if matter is None:
            self._bar().show_message(self.tr("Select a matter first."), error=True)
            return None
        return self._escalate(matter.uuid, "deliberation_matter")

    def decide_matter(self, matter):
        """处理上报: the level holding an escalated matter settles, assigns, tables or escalates it."""
        if matter is None:
            self._bar().show_message(self.tr("Select a matter first."), error=True)
            return None
        return self.decide_escalation(matter.uuid)

    def escalate_case(self, uuid: str | None) -> str | None:
        """上报: a dispute the community cannot mediate goes to the subdistrict (app/linkage)."""
        if not uuid:
            self._bar().show_message(self.tr("Select a case first."), error=True)
            return None
        value = self._escalate(uuid, "mediation_case")
        if value:
            self.tab.show_case(uuid)  # its detail now says where the escalation stands
        return value

    def _escalate(self, uuid: str, table: str) -> str | None:
        from ui.tabs.linkage.dialogs import EscalateDialog
        if not self.may_write():
            return None
        return self._done(EscalateDialog.ask(uuid, table, parent=self.tab), self.tr("Escalated to the level above."))

    def new_activity(self) -> str | None:
        if not self.may_write():
            return None
        return self._done(ActivityDialog.ask(self.tab.filter().root_path, parent=self.tab),
                          self.tr("Activity recorded."))

    def new_visit(self) -> str | None:
        from ui.tabs.mediation.law_dialogs import VisitDialog
        if not self.may_write():
            return None
        return self._done(VisitDialog.ask(self.tab.filter().root_path, parent=self.tab), self.tr("Visit recorded."))

    def new_activity_kind(self) -> str | None:
        from ui.tabs.mediation.law_dialogs import ActivityKindDialog
        return self._done(ActivityKindDialog.ask(parent=self.tab), self.tr("Kind added."))

    def new_event(self) -> str | None:
        if not self.may_write():
            return None
        return self._done(EventDialog.ask(self.tab.filter().root_path, parent=self.tab),
                          self.tr("Event recorded."))

    # -- Excel ----------------------------------------------------------------
    def export(self, title: str, headers: Sequence[str], rows: Callable[[], list]) -> int | None:
        path = ask.save_path(self.tab, self.tr("Export to Excel"), f"{title}.xlsx")
        if not path:
            return None
        return self._act(lambda: excel.write_table(path, title, headers, rows()),
                         self.tr("Exported to %1.").replace("%1", path), broadcast=False)
