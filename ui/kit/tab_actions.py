"""What every tab's action helper shares: the tab's message bar, the write check
that tells a viewer why nothing happened, and doing one write then broadcasting
what changed (`changes`, set by each tab) and saying so."""

from collections.abc import Callable

from PySide6.QtCore import QObject

from app import auth, excel
from app.errors import EXPECTED, user_message
from ui import ask
from ui.kit.progress import run_with_progress
from ui.kit.table_model import display


class TabActions(QObject):
    changes = None  # the hub's Changes a write of this tab broadcasts

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def _bar(self):
        return self.tab.message_bar

    def may_write(self, permission: str = "write") -> bool:
        """True if the signed-in user may write (or holds `permission`: approve, admin); otherwise
        say why in the message bar. The one write check of every tab."""
        try:
            auth.require(permission)
        except EXPECTED as exc:
            self._bar().show_message(user_message(exc), error=True)
            return False
        return True

    def _act(self, work: Callable, done: str, *, broadcast: bool = True):
        """Do one write (or an export: broadcast=False); an expected failure goes to the message bar."""
        try:
            value = work()
        except EXPECTED as exc:
            self._bar().show_message(user_message(exc), error=True)
            return None
        if not broadcast:
            self._bar().show_message(done)
            return value
        return self._done(value, done)

    def _done(self, value, text: str):
        """After a dialog or a write: broadcast and say what happened (nothing if it was cancelled)."""
        if value is not None and value is not False:
            self.tab.hub.did_change(self.changes)
            self._bar().show_message(text)
        return value

    def export_all(self, title: str, columns, read: Callable[[], list]) -> int | None:
        """Every row of a list shown a page at a time to an .xlsx file the clerk chooses: `read()` and
        the workbook on the tab's runner (here and now without one)."""
        path = ask.save_path(self.tab, self.tr("Export to Excel"), f"{title}.xlsx")
        if not path:
            return None
        headers = [c.header for c in columns]

        def write(progress=None, cancelled=None) -> int:
            return excel.write_table(path, title, headers, [[display(c.get(r)) for c in columns] for r in read()])
        return self._on_runner(write, self.tr("Exported to %1.").replace("%1", path))

    def _on_runner(self, work: Callable, done: str):
        """An export's `work(progress, cancelled)` on the tab's runner behind a progress dialog."""
        if getattr(self.tab, "runner", None) is None:
            return self._act(work, done, broadcast=False)
        outcome = run_with_progress(self.tab.runner, work, title="Excel", label=self.tr("Writing the workbook…"),
                                    parent=self.tab, name="excel-export")
        if outcome.status == "done":
            self._bar().show_message(done)
            return outcome.value
        if outcome.error is not None and not isinstance(outcome.error, EXPECTED):
            raise outcome.error
        self._bar().show_message(user_message(outcome.error) if outcome.error else self.tr("Cancelled."), error=True)
        return None

    def decide_escalation(self, record_uuid: str | None):
        """交办 / 答复 / 继续上报 an escalated record from its own screen (the level holding it, or the
        lower site it was assigned to): the 联动 tab's 处理… dialog for its open escalation."""
        from app.linkage import lists
        from app.linkage.status import OPEN, STATE_NAMES
        from ui.tabs.linkage.dialogs import DecideDialog
        row = lists.of_record(record_uuid) if record_uuid else None
        if row is None or row.state not in {STATE_NAMES[s] for s in OPEN}:
            self._bar().show_message(self.tr("This record has no escalation waiting for a decision."), error=True)
            return None
        if not self.may_write():
            return None
        return self._done(DecideDialog.ask(row.uuid, parent=self.tab), self.tr("Decision recorded."))

