"""The pages of the funds tab that cover the whole unit: 预算执行, the year's
budget against actual spending of every community (subdistrict subtotals and
the total in bold), and 操作记录, every posting and reversal newest first with
the closed periods under it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.funds import budget, money, trail
from ui.kit.page import table_view
from ui.kit.table_model import Column
from ui.tabs.funds.models import MoneyCol, MoneyRowsModel
from ui.tabs.funds.pages import FundsPage, excel_export


def budget_table(root_path: str | None, year: int) -> tuple:
    """The year's budget execution and its table rows (worker)."""
    report = budget.budget_vs_actual(root_path, year)
    return report, (report.table() if report.communities else [])


class FundBudgetPage(FundsPage):
    def __init__(self, tab):
        columns = [Column(self.tr("Subdistrict"), self._subdistrict), Column(self.tr("Community"), self._community),
                   Column(self.tr("Fund type"), lambda r: r.type_label), Column(self.tr("Funds"), lambda r: r.funds, right=True),
                   MoneyCol(self.tr("Allocated"), lambda r: r.allocated_fen),
                   MoneyCol(self.tr("Spent"), lambda r: r.spent_fen),
                   MoneyCol(self.tr("Transferred (net)"), lambda r: r.transferred_fen),
                   MoneyCol(self.tr("Balance"), lambda r: r.balance_fen),
                   Column(self.tr("Execution"), lambda r: f"{r.rate:.1%}", right=True)]
        model = MoneyRowsModel(columns, self._flag, bold=lambda r: r.level != "community")
        super().__init__(tab, model, (100, 110, 170, 50, 100, 100, 100, 100))
        self.finish()

    def _subdistrict(self, row) -> str:
        return self.tr("Total") if row.level == "total" else row.subdistrict

    def _community(self, row) -> str:
        return {"community": row.name, "subdistrict": self.tr("Subtotal")}.get(row.level, "")

    def _flag(self, row):
        if row.level == "community" and row.allocated_fen == 0:
            return "warn", self.tr("Nothing allocated for this year")
        return None

    def refresh(self, f) -> None:
        self._f = f
        self.read(lambda: budget_table(f.root_path, f.year), self.show_report)

    def show_report(self, found: tuple) -> None:
        f, (report, rows) = self._f, found
        self.show_rows(rows, "" if rows else self.tr("No communities under this unit."))
        total = report.totals[-1] if report.totals else None
        self.info.setText("" if total is None else self.tr("%1: allocated %2, spent %3, execution %4")
                          .replace("%1", str(f.year)).replace("%2", money.yuan(total.allocated_fen))
                          .replace("%3", money.yuan(total.spent_fen)).replace("%4", f"{total.rate:.1%}"))

    def export(self):
        f = self.tab.filter()
        return self.tab.actions.export(self.tr("%1 budget execution %2").replace("%1", self.tab.unit_name())
                                       .replace("%2", str(f.year)),
                                       lambda path: excel_export().export_budget(path, f.root_path, f.year))


class FundTrailPage(FundsPage):
    """Every posting and red reversal under the unit in the year, and the closed periods."""

    def __init__(self, tab):
        columns = [Column(self.tr("Posted at"), lambda t: t.created_at), Column(self.tr("By"), lambda t: t.created_by),
                   Column(self.tr("Site"), lambda t: t.site_name), Column(self.tr("Fund"), lambda t: t.fund_label),
                   Column(self.tr("Action"), lambda t: t.action), Column(self.tr("Kind"), lambda t: t.kind_label),
                   Column(self.tr("Date"), lambda t: t.posted_on), Column(self.tr("Voucher"), lambda t: t.voucher),
                   MoneyCol(self.tr("Amount"), lambda t: t.amount_fen),
                   Column(self.tr("Cancels"), lambda t: t.original_voucher), Column(self.tr("Reason"), lambda t: t.reason),
                   Column(self.tr("Overdraft approved by"), lambda t: t.overdraft_by)]
        super().__init__(tab, MoneyRowsModel(columns, self._flag), (140, 60, 90, 230, 64, 50, 86, 100, 90, 90, 120))
        self.closes = MoneyRowsModel([Column(self.tr("Unit"), lambda c: c.org_unit),
                                      Column(self.tr("Period"), lambda c: c.period),
                                      Column(self.tr("Closed by"), lambda c: c.closed_by),
                                      Column(self.tr("Closed at"), lambda c: c.closed_at),
                                      Column(self.tr("Note"), lambda c: c.note)], parent=self)
        self.close_view = table_view()
        self.close_view.setSortingEnabled(False)
        self.close_view.setModel(self.closes)
        for column, width in enumerate((140, 100, 80, 140)):
            self.close_view.setColumnWidth(column, width)
        self.finish()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self.close_label = QLabel(self.tr("Closed periods"))
        box.addWidget(self.close_label)
        box.addWidget(self.close_view, 1)
        layout = self.layout()
        layout.removeWidget(self.stack)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(holder)
        splitter.setSizes([400, 140])
        layout.addWidget(splitter, 1)

    def _flag(self, row):
        return ("warn", self.tr("Red reversal")) if row.original_voucher is not None else None

    def refresh(self, f) -> None:
        self._f = f
        self.read(lambda: (trail.trail(f.root_path, f.year, limit=trail.NEWEST + 1), trail.closes(f.root_path, f.year)),
                  self.show_trail)

    def show_trail(self, found: tuple) -> None:
        rows, closes = found
        more = len(rows) > trail.NEWEST
        rows = rows[:trail.NEWEST]
        self.show_rows(rows, "" if rows else self.tr("Nothing posted in %1 under this unit yet.")
                       .replace("%1", str(self._f.year)))
        self.closes.set_rows(closes)
        self.close_label.setText(self.tr("Closed periods (%1)").replace("%1", str(self.closes.rowCount())))
        text = self.tr("%1 postings and reversals").replace("%1", str(len(rows)))
        if more:
            text = self.tr("The newest %1 postings and reversals (“Export to Excel…” writes them all)").replace(
                "%1", f"{trail.NEWEST:,}")
        self.info.setText(text)

    def export(self):
        f = self.tab.filter()
        return self.tab.actions.export(self.tr("%1 ledger audit trail %2").replace("%1", self.tab.unit_name())
                                       .replace("%2", str(f.year)),
                                       lambda path: excel_export().export_trail(path, f.root_path, f.year))
