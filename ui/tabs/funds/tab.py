"""经费台账: the funds of a unit and year on the left (type, holder, allocated,
spent, balance; a negative balance in red), and on the right the pages — the
running ledger of the selected fund with the posting buttons, expenses by
purpose × month, the budget execution across communities and the audit trail
with the closed periods. Above them the unit and year, and the actions on the
whole unit: allocation 拨付, closing 结账, compound party branches and (for a
district administrator) the fund standards.

Every write broadcasts Changes(funds=True); the fund list and the visible page
refresh at once, the other pages when they are shown next. Nothing is read
before the tab is first shown."""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.errors import EXPECTED
from app.orders import lists
from app.session import local_site, local_unit
from ui.hub import Changes, Hub
from ui.kit.page_reads import read_later
from ui.kit.stale_pages import StalePages
from ui.kit.table_model import Column
from ui.latest import Latest
from ui.lazy_pages import LazyPage, lazy_pages
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.funds.actions import FundsActions
from ui.tabs.funds.models import FundRow, MoneyCol, MoneyRowsModel, fund_rows
from ui.tabs.funds.pages import FundLedgerPage, FundsPage, FundSummaryPage
from ui.tabs.funds.reports import FundBudgetPage, FundTrailPage

PAGE_KEYS = ("ledger", "summary", "budget", "trail")


@dataclass(frozen=True)
class FundsFilter:
    root_path: str | None
    year: int
    fund_uuid: str | None = None


def _units_read(keep: str | None) -> tuple:
    """The unit to choose (this site's own unless one is chosen) and the units to choose from."""
    if keep is None:
        try:
            keep = local_unit().path
        except EXPECTED:
            keep = None
    return keep, list(lists.units(None, 2))


class FundList(FundsPage):
    """The funds of the unit and year; choosing one fills the ledger."""

    def __init__(self, tab):
        columns = [Column(self.tr("Fund type"), lambda r: r.type_label), Column(self.tr("Holder"), lambda r: r.holder),
                   MoneyCol(self.tr("Allocated"), lambda r: r.allocated_fen),
                   MoneyCol(self.tr("Spent"), lambda r: r.spent_fen),
                   MoneyCol(self.tr("Balance"), lambda r: r.balance_fen)]
        super().__init__(tab, MoneyRowsModel(columns, lambda r: ("muted", r.locked) if r.locked else None), (130, 118, 78, 78))
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.bar.addWidget(self.title)
        self.finish_bar()

    def refresh(self, f) -> None:  # filled by the tab (fill_funds)
        pass


class FundsTab(StalePages, QWidget):
    page_keys = PAGE_KEYS
    ledger, summary, budget, trail = LazyPage(), LazyPage(), LazyPage(), LazyPage()  # built when first shown

    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.actions = FundsActions(self)
        self.message_bar = MessageBar()
        self._units: dict[str, object] = {}
        self._stale = set(PAGE_KEYS)
        self._funds_stale = True
        self._fund_uuid: str | None = None
        top = self._build_top()
        self.funds = FundList(self)
        self.funds.view.selectionModel().currentRowChanged.connect(lambda *_a: self._fund_changed())
        self.pages = lazy_pages(self, (("ledger", self.tr("Ledger"), lambda: FundLedgerPage(self)),
                                       ("summary", self.tr("By purpose"), lambda: FundSummaryPage(self)),
                                       ("budget", self.tr("Budget execution"), lambda: FundBudgetPage(self)),
                                       ("trail", self.tr("Audit trail"), lambda: FundTrailPage(self))))
        self.pages.currentChanged.connect(lambda _i: self._refresh_current())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.funds)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([530, 836])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        hub.changed.connect(self.on_changed)
        self.unit_reads, self._unit_after = Latest(self, "fund-units"), None  # a unit chosen while they are read
        self.fill_units()

    def _build_top(self) -> QHBoxLayout:
        self.unit_box = QComboBox()
        self.unit_box.setMinimumWidth(180)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.filters_changed)
        self.unit_box.currentIndexChanged.connect(lambda _i: self.filters_changed())
        self.year.valueChanged.connect(lambda _v: self.filters_changed())
        row = QHBoxLayout()
        for label, widget in ((self.tr("Unit:"), self.unit_box), (self.tr("Year:"), self.year)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(refresh)
        row.addStretch(1)
        self.unit_buttons = {}
        for key, text, slot, permission in (
                ("allocate", self.tr("Allocate…"), self.actions.allocate, "approve"),
                ("close", self.tr("Close a period…"), self.actions.close_period, "approve"),
                ("branch", self.tr("New compound party branch…"), self.actions.new_branch, "write"),
                ("standards", self.tr("Fund standards…"), self.actions.standards, "admin")):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setVisible(auth.can(permission) and (key != "standards" or self._at_district()))
            self.unit_buttons[key] = button
            row.addWidget(button)
        return row

    @staticmethod
    def _at_district() -> bool:
        """The standards are set at the district site only (they travel down with reference data)."""
        try:
            return local_site().level == "district"
        except EXPECTED:
            return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_current()

    # -- unit and year --------------------------------------------------------
    def fill_units(self) -> None:
        """The unit picker's units, read on the runner; the funds are read when they are in."""
        keep = self.unit_box.currentData()
        read_later(self, self.unit_reads, lambda: _units_read(keep), self._units_in)

    def _units_in(self, read: tuple) -> None:
        keep, units = self._unit_after or read[0], read[1]
        self._unit_after = None
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self._units = {unit.path: unit for unit in units}
        for unit in units:
            self.unit_box.addItem("　" * unit.level + unit.name, unit.path)
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(keep)) if keep else 0)
        self.unit_box.blockSignals(False)
        self._refresh_current()

    def units_pending(self) -> bool:
        return self.unit_reads.task is not None  # submitted, its result not yet here

    def choose_unit(self, path: str) -> None:
        if self.units_pending():
            self._unit_after = path
            return
        self.unit_box.setCurrentIndex(self.unit_box.findData(path))

    def unit(self):
        return self._units.get(self.unit_box.currentData())

    def unit_name(self) -> str:
        unit = self.unit()
        return unit.name if unit else ""

    def filter(self) -> FundsFilter:
        return FundsFilter(self.unit_box.currentData(), self.year.value(), self._fund_uuid)

    # -- the fund list --------------------------------------------------------
    def fund_list(self) -> list[FundRow]:
        return [self.funds.model.row_at(i) for i in range(self.funds.model.rowCount())]

    def current_fund(self) -> FundRow | None:
        return next((r for r in self.fund_list() if r.uuid == self._fund_uuid), None)

    def has_funds(self) -> bool:
        return self.funds.model.rowCount() > 0

    def no_funds_text(self) -> str:
        text = self.tr("No funds for %1 in %2 yet.").replace("%1", self.unit_name()).replace("%2", str(self.year.value()))
        if auth.can("approve"):
            text += " " + self.tr("Allocate the year's funds to a subdistrict with “Allocate…” above.")
        return text

    def fill_funds(self) -> None:
        """The funds of the unit and year, read on the runner; the pages that follow the chosen fund
        are refreshed when they are in."""
        self._funds_stale = False
        root, year = self.unit_box.currentData(), self.year.value()
        self.funds.read(lambda: fund_rows(root, year), self._funds_in)

    def _funds_in(self, rows: list[FundRow]) -> None:
        keep = self._fund_uuid
        self.funds.show_rows(rows, "" if rows else self.no_funds_text())
        self.funds.info.setText("")
        self.funds.title.setText(self.tr("Funds of %1, %2").replace("%1", self.unit_name())
                                 .replace("%2", str(self.year.value())))
        uuids = [r.uuid for r in rows]
        self._fund_uuid = keep if keep in uuids else (uuids[0] if uuids else None)
        if self._fund_uuid:
            self.funds.select_row(uuids.index(self._fund_uuid))
        if self._fund_uuid != keep:
            self._stale |= {"ledger", "summary"}
        super()._refresh_current()

    def _fund_changed(self) -> None:
        row = self.funds.current()
        uuid = row.uuid if row else None
        if uuid != self._fund_uuid:
            self._fund_uuid = uuid
            self._stale |= {"ledger", "summary"}
            self._refresh_current()
        self.ledger.update_buttons()

    # -- refresh --------------------------------------------------------------
    def mark_all_stale(self) -> None:
        self._funds_stale = True
        super().mark_all_stale()

    filters_changed = mark_all_stale

    def _refresh_current(self) -> None:
        if self.units_pending():  # the funds are of the chosen unit: read when the units are in
            self.funds.loading()
            return
        if self._funds_stale and self.isVisible():
            self.fill_funds()
        if not self.funds.reads.pending():  # else when the funds are in (the pages need the chosen fund)
            super()._refresh_current()

    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self.fill_units()
        if changes.funds or changes.org or changes.exchange:  # bundles bring ledgers from other sites
            self.mark_all_stale()

    def show_entry(self, uuid: str) -> None:
        self.show_page("ledger")
        self.ledger.select_entry(uuid)
