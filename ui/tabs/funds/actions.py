"""The writes of the funds tab: each checks the user's permission (write for an
expense or a branch, approve for transfers, reversals, closings and
allocations, admin for the standards), asks through one dialog that calls one
app.funds function, broadcasts Changes(funds=True) and says what happened.
Excel exports run on the runner behind a progress dialog."""

from collections.abc import Callable

from app.errors import EXPECTED, user_message
from app.funds import money
from app.orders import lists
from ui import ask
from ui.hub import Changes
from ui.kit.progress import run_with_progress
from ui.kit.tab_actions import TabActions

FUNDS = Changes(funds=True)


class FundsActions(TabActions):
    changes = FUNDS

    def _fund(self):
        """The selected fund if this site may post into it; otherwise say why."""
        fund = self.tab.current_fund()
        if fund is None:
            self._bar().show_message(self.tr("Choose a fund on the left first."), error=True)
        elif fund.locked:
            self._bar().show_message(fund.locked, error=True)
            return None
        return fund

    # -- postings -------------------------------------------------------------
    def record_expense(self) -> str | None:
        from ui.tabs.funds.expense import FundExpenseDialog

        if not self.may_write() or (fund := self._fund()) is None:
            return None
        uuid = self._done(FundExpenseDialog.ask(fund.uuid, parent=self.tab), self.tr("Expense recorded."))
        if uuid:
            self.tab.show_entry(uuid)
        return uuid

    def transfer(self) -> str | None:
        from ui.tabs.funds.transfer import FundTransferDialog

        if not self.may_write("approve") or (fund := self._fund()) is None:
            return None
        targets = [(r.uuid, r.title) for r in self.tab.fund_list() if not r.locked and r.uuid != fund.uuid]
        if not targets:
            self._bar().show_message(self.tr("No other fund of this year to transfer to."), error=True)
            return None
        uuid = self._done(FundTransferDialog.ask(fund.uuid, targets, parent=self.tab),
                          self.tr("Transfer recorded on both funds."))
        if uuid:
            self.tab.show_entry(uuid)
        return uuid

    def reverse(self) -> list[str] | None:
        from ui.tabs.funds.reversal import FundReversalDialog

        if not self.may_write("approve") or self._fund() is None:
            return None
        line = self.tab.ledger.current()
        if line is None:
            self._bar().show_message(self.tr("Select the entry to reverse first."), error=True)
            return None
        made = self._done(FundReversalDialog.ask(line.uuid, parent=self.tab), self.tr("Entry reversed."))
        if made:
            self.tab.show_entry(made[0])
        return made

    # -- periods, allocation, reference data ---------------------------------
    def close_period(self) -> str | None:
        from ui.tabs.funds.close import FundCloseDialog

        if not self.may_write("approve"):
            return None
        unit = self.tab.unit()
        closed = FundCloseDialog.ask(unit.uuid, unit.name, parent=self.tab)
        text = self.tr("Closed: %1. Nothing dated inside it can be posted any more.")
        return self._done(closed, text.replace("%1", closed or ""))

    def allocate(self):
        from ui.tabs.funds.allocation import FundAllocationDialog

        if not self.may_write("approve"):
            return None
        unit = self.tab.unit()
        subs = [(u.uuid, u.name, u.path) for u in lists.units(None, 1)
                if u.level == 1 and (u.path.startswith(unit.path) or unit.path.startswith(u.path))]
        if not subs:
            self._bar().show_message(self.tr("There is no subdistrict under this unit."), error=True)
            return None
        done = FundAllocationDialog.ask(subs, self.tab.filter().year, parent=self.tab)
        if done is None:
            return None
        text = self.tr("Allocated: %1 entries, %2 yuan; %3 funds already had their allocation and were skipped.")
        return self._done(done, text.replace("%1", str(done.entries)).replace("%2", money.yuan(done.total_fen))
                          .replace("%3", str(done.skipped)))

    def standards(self) -> int | None:
        from ui.tabs.funds.reference import FundStandardsDialog

        if not self.may_write("admin"):
            return None
        return self._done(FundStandardsDialog.ask(self.tab.filter().year, parent=self.tab),
                          self.tr("Fund standards saved."))

    def new_branch(self) -> str | None:
        from ui.tabs.funds.reference import FundBranchDialog

        if not self.may_write():
            return None
        communities = [(u.uuid, u.name) for u in lists.units(self.tab.filter().root_path, 2) if u.level == 2]
        if not communities:
            self._bar().show_message(self.tr("Choose a subdistrict or community that has communities."), error=True)
            return None
        fund = self.tab.current_fund()
        return self._done(FundBranchDialog.ask(communities, fund.community_uuid if fund else None, parent=self.tab),
                          self.tr("Compound party branch added. Its funds are opened by the next allocation."))

    # -- Excel ----------------------------------------------------------------
    def export(self, title: str, write: Callable[[str], int]) -> int | None:
        path = ask.save_path(self.tab, self.tr("Export to Excel"), f"{title}.xlsx")
        if not path:
            return None
        done = self.tr("Exported %1 rows to %2.")
        if self.tab.runner is None:
            count = self._act(lambda: write(path), "", broadcast=False)
        else:
            outcome = run_with_progress(self.tab.runner, lambda progress, cancelled: write(path),
                                        title=self.tr("Excel"), label=self.tr("Writing the workbook…"),
                                        parent=self.tab, name="funds-excel")
            if outcome.status == "failed" and not isinstance(outcome.error, EXPECTED):
                raise outcome.error
            if outcome.status != "done":
                self._bar().show_message(user_message(outcome.error) if outcome.error else self.tr("Cancelled."),
                                         error=True)
                return None
            count = outcome.value
        if count is not None:
            self._bar().show_message(done.replace("%1", str(count)).replace("%2", path))
        return count
