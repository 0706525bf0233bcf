"""The writes of the linkage tab: each opens its dialog (which calls one app/
function), broadcasts Changes(orders=True) — an escalation changes a request's
state — and says what happened."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.hub import Changes
from ui.kit.tab_actions import TabActions
from ui.tabs.linkage.dialogs import CloseDialog, DecideDialog, EscalateDialog, LinkageMemberDialog
from ui.tabs.mediation.actions import MediationActions

LINKAGE = Changes(orders=True)
# MediationActions.export asks self.tr() for its dialog title: here the context is LinkageActions
QT_TRANSLATE_NOOP("LinkageActions", "Export to Excel")


class LinkageActions(TabActions):
    changes = LINKAGE
    export = MediationActions.export  # the same Excel export of what a page shows

    def _selected(self, row) -> str | None:
        if row is None:
            self._bar().show_message(self.tr("Select a matter first."), error=True)
            return None
        return row.uuid if self.may_write() else None

    def escalate(self) -> str | None:
        if not self.may_write():
            return None
        return self._done(EscalateDialog.ask(parent=self.tab), self.tr("Escalated; it travels with the next bundle."))

    def decide(self, row) -> str | None:
        uuid = self._selected(row)
        return self._done(DecideDialog.ask(uuid, parent=self.tab), self.tr("Decision recorded.")) if uuid else None

    def close(self, row) -> str | None:
        uuid = self._selected(row)
        return self._done(CloseDialog.ask(uuid, parent=self.tab), self.tr("Matter closed.")) if uuid else None

    def new_session(self) -> str | None:
        from ui.tabs.linkage.session_dialogs import LinkageSessionDialog
        return self._done(LinkageSessionDialog.ask(parent=self.tab), self.tr("Session recorded.")) \
            if self.may_write() else None

    def new_decision(self) -> str | None:
        from ui.tabs.linkage.session_dialogs import LinkageDecisionDialog
        return self._done(LinkageDecisionDialog.ask(parent=self.tab), self.tr("Decision recorded.")) \
            if self.may_write() else None

    def decision_done(self, row) -> str | None:
        from ui.tabs.linkage.session_dialogs import LinkageDoneDialog
        uuid = self._selected(row)
        return self._done(LinkageDoneDialog.ask(uuid, parent=self.tab), self.tr("Decision done.")) if uuid else None

    def add_member(self) -> str | None:
        if not self.may_write():
            return None
        return self._done(LinkageMemberDialog.ask(parent=self.tab), self.tr("Member added."))
