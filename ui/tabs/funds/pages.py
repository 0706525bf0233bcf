"""The pages of the funds tab that follow the selected fund: 台账, the running
ledger (red reversals in red with their reason, reversed originals greyed and
marked) with the posting buttons, and 汇总, expenses by purpose × month of the
fund or of every fund of the unit. Each is filled for the tab's filter by
`refresh(f)` and shows what to do when there is nothing to show."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QStackedWidget, QWidget

from app import auth
from app.funds import money, running, summary
from app.funds.types import FUND_TYPES
from ui.kit.page import Page
from ui.kit.page_reads import read_later
from ui.kit.table_model import Column
from ui.latest import Latest
from ui.tabs.funds.models import MoneyCol, MoneyRowsModel


def excel_export():
    """app.funds.export, imported when an export is asked for (openpyxl is not needed to start)."""
    from app.funds import export

    return export


class FundsPage(Page):
    """A table with buttons above it, an Excel export, and a hint in its place when empty."""

    def __init__(self, tab, model: MoneyRowsModel, widths=(), parent: QWidget | None = None):
        super().__init__(parent)
        self.tab, self.model = tab, model
        self.view.setModel(model)
        self.view.setSortingEnabled(False)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368; font-size: 14px; padding: 24px;")
        self.stack = QStackedWidget()
        layout = self.layout()
        layout.removeWidget(self.view)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        self.write_buttons: list[QPushButton] = []
        self.reads = Latest(self, "funds-page")

    def read(self, read, show) -> None:
        """`read()` (app/funds) on the tab's runner, `show(result)` here; 正在加载… meanwhile."""
        self.loading()
        read_later(self.tab, self.reads, read, show)

    def loading(self) -> None:
        self.info.setText(self.tr("Loading…"))
        if not self.model.rowCount():
            self.hint.setText(self.tr("Loading…"))
            self.stack.setCurrentWidget(self.hint)

    def nothing(self, empty: str) -> None:
        """Nothing to read (no fund chosen): say what to do; a read under way is no longer wanted."""
        self.reads.supersede()
        self.show_rows([], empty)
        self.info.setText("")

    def permission_button(self, text: str, slot, permission: str, shortcut: str = "") -> QPushButton:
        """Shown only to a user who holds `permission` (a viewer sees no write buttons)."""
        button = self.button(text, slot)
        if shortcut:
            button.setShortcut(shortcut)
            button.setToolTip(shortcut)
        button.setVisible(auth.can(permission))
        self.write_buttons.append(button)
        return button

    def finish(self) -> None:
        self.finish_bar()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.bar.addWidget(self.export_button)

    def show_rows(self, rows: list, empty: str = "") -> None:
        self.model.set_rows(rows)
        self.hint.setText(empty)
        self.stack.setCurrentWidget(self.hint if empty else self.view)

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def export(self):
        raise NotImplementedError


def _in(line, income: bool):
    if (line.kind in running.INCOME_KINDS) != income:
        return None
    return line.income_fen if income else line.expense_fen


class FundLedgerPage(FundsPage):
    def __init__(self, tab):
        columns = [Column(self.tr("Date"), lambda x: x.posted_on), Column(self.tr("Voucher"), lambda x: x.voucher),
                   Column(self.tr("Kind"), lambda x: x.kind_label), Column(self.tr("Purpose"), lambda x: x.purpose_label),
                   Column(self.tr("Payee / source"), lambda x: x.payee), Column(self.tr("Description"), lambda x: x.description),
                   MoneyCol(self.tr("Income"), lambda x: _in(x, True)), MoneyCol(self.tr("Expense"), lambda x: _in(x, False)),
                   MoneyCol(self.tr("Balance"), lambda x: x.balance_fen), Column(self.tr("Notes"), lambda x: x.note),
                   Column(self.tr("Approved by"), lambda x: x.approver)]
        super().__init__(tab, MoneyRowsModel(columns, self._flag), (80, 120, 40, 62, 110, 140, 76, 76, 84, 200))
        self.expense_button = self.permission_button(self.tr("Record expense…"), tab.actions.record_expense, "write",
                                                     "Ctrl+E")
        self.transfer_button = self.permission_button(self.tr("Transfer…"), tab.actions.transfer, "approve")
        self.reverse_button = self.permission_button(self.tr("Red reversal…"), tab.actions.reverse, "approve")
        self.finish()
        self.ledger = None
        self._wanted: str | None = None  # an entry to select when the ledger is (read) in: one just posted
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())

    def _flag(self, line):
        if line.is_reversal:
            return "warn", self.tr("Red reversal of %1: %2").replace("%1", line.reverses_voucher or "") \
                .replace("%2", line.reason or "")
        if line.reversed_by is not None:
            return "muted", self.tr("Reversed by %1").replace("%1", line.reversed_by or "")
        return None

    def refresh(self, f) -> None:
        self.ledger, fund = None, f.fund_uuid
        if fund is None:
            self.nothing(self.tr("Choose a fund on the left to see its ledger.") if self.tab.has_funds()
                         else self.tab.no_funds_text())
            self.update_buttons()
        else:
            self.read(lambda: running.running_ledger(fund), self.show_ledger)

    def show_ledger(self, ledger) -> None:
        self.ledger = ledger
        self.show_rows(self.ledger.lines, "" if self.ledger.lines else
                       self.tr("No entries in this fund yet. Record an expense with “Record expense…” (Ctrl+E)."))
        self.info.setText(self.tr("Income %1 · Expense %2 · Balance %3 yuan · %4 entries")
                          .replace("%1", money.yuan(self.ledger.income_fen))
                          .replace("%2", money.yuan(self.ledger.expense_fen))
                          .replace("%3", money.yuan(self.ledger.closing_fen))
                          .replace("%4", str(len(self.ledger.lines))))
        wanted, self._wanted = self._wanted, None
        if wanted:
            self.select_entry(wanted)
        self.update_buttons()

    def update_buttons(self) -> None:
        fund = self.tab.current_fund()
        locked = fund.locked if fund else self.tr("Choose a fund on the left first.")
        line = self.current()
        for button in (self.expense_button, self.transfer_button):
            button.setEnabled(not locked)
            button.setToolTip(locked)
        can_reverse = line is not None and not line.is_reversal and line.reversed_by is None
        self.reverse_button.setEnabled(not locked and can_reverse)
        self.reverse_button.setToolTip(locked or ("" if can_reverse else
                                                  self.tr("Select an entry that has not been reversed.")))

    def select_entry(self, uuid: str) -> None:
        """Select the entry, now and (the ledger being read again after a posting) once it is in."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).uuid == uuid:
                self.select_row(row)
                break
        coming = self.reads.pending() or self.tab.funds.reads.pending() or "ledger" in self.tab._stale
        self._wanted = uuid if coming else None

    def export(self):
        if self.ledger is None:
            self.tab.message_bar.show_message(self.tr("Choose a fund on the left first."), error=True)
            return None
        uuid, name = self.ledger.fund.uuid, self.ledger.fund.label
        return self.tab.actions.export(self.tr("%1 ledger").replace("%1", name),
                                       lambda path: excel_export().export_running(path, uuid))


class FundSummaryPage(FundsPage):
    """Net expenses per purpose × month (a red reversal counts in its own month)."""

    def __init__(self, tab):
        columns = [Column(self.tr("Purpose"), lambda r: r.label)]
        columns += [MoneyCol(self.tr("Month %1").replace("%1", str(m)), lambda r, i=m - 1: r.months[i])
                    for m in range(1, 13)]
        columns.append(MoneyCol(self.tr("Total"), lambda r: r.total_fen))
        super().__init__(tab, MoneyRowsModel(columns, bold=lambda r: r.purpose == ""), (90,) + (72,) * 12)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Selected fund"), ("fund", None))
        self.scope.addItem(self.tr("Every fund of the unit"), ("unit", None))
        for key, (label, _holder) in FUND_TYPES.items():
            self.scope.addItem(self.tr("Every %1 of the unit").replace("%1", label), ("unit", key))
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh(self.tab.filter()))
        self.bar.addWidget(QLabel(self.tr("Scope:")))
        self.bar.addWidget(self.scope)
        self.finish()
        self.summary = None

    def _scope(self, f) -> dict | None:
        kind, fund_type = self.scope.currentData()
        if kind == "fund":
            return {"fund_uuid": f.fund_uuid} if f.fund_uuid else None
        return {"root_path": f.root_path, "fund_type": fund_type}

    def refresh(self, f) -> None:
        self._f = f
        scope = self._scope(f)
        self.summary = None
        if scope is None:
            self.nothing(self.tr("Choose a fund on the left, or “Every fund of the unit” above."))
            return
        self.read(lambda: summary.purpose_summary(f.year, **scope), self.show_summary)

    def show_summary(self, found) -> None:
        self.summary = found
        total = summary.SummaryRow("", self.tr("Total"), self.summary.month_totals, self.summary.total_fen)
        self.show_rows(self.summary.rows + [total])
        self.info.setText(self.summary.title)

    def export(self):
        scope = self._scope(self.tab.filter())
        if scope is None:
            self.tab.message_bar.show_message(self.tr("Choose a fund on the left first."), error=True)
            return None
        year = self.tab.filter().year
        title = self.summary.title if self.summary else ""
        return self.tab.actions.export(self.tr("%1 expenses by purpose").replace("%1", title),
                                       lambda path: excel_export().export_summary(path, year, **scope))
