"""首页, the start page: the KPI cards of an org subtree for a month, quarter or year
against the period before, and the charts — requests by month and category, the
three rates over twelve months, service completion by community, mediation
outcomes, fund use against budget. The figures (app/dashboard) are computed on the
runner: the cards' skeleton shows at once and the window never waits for them. A
click on a card or a chart opens the matching list in its tab (dashboard_links).
A change broadcast by the hub recomputes the page when it is shown (at once if it
is on screen, a moment later so that a burst of writes computes once)."""

import datetime as dt
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import dashboard
from app.dashboard import periods
from app.dashboard.breakdowns import Completion
from app.dashboard.cards import CARDS
from app.errors import EXPECTED, user_message
from app.notices.periods import parse
from app.orders import lists as org_lists
from app.session import local_site
from db.models import Level
from ui.hub import Changes, Hub
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs import dashboard_breakdowns as breakdown_charts
from ui.tabs import dashboard_charts as trend_charts
from ui.tabs.dashboard_cards import CardGrid
from ui.tabs.dashboard_links import Link, open_list

CHOICES = {"month": 36, "quarter": 12, "year": 6}
REFRESH_DELAY_MS = 300
OUTCOME_STATES = {"agreed": "agreed", "failed": "failed", "ended": "ended", "ongoing": "mediating",
                  "archived": "archived"}


class DashboardTab(QWidget):
    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.task = None
        self.figures: dashboard.Dashboard | None = None  # what is on show
        self._generation = 0
        self._stale = True
        self._units: dict[str, str] = {}  # path -> uuid
        self.message_bar = MessageBar()
        top = self._build_top()
        self.cards = CardGrid({spec.key: spec.short for spec in CARDS})
        self.cards.clicked.connect(self.open_card)
        self.charts = {key: trend_charts.ChartBox(title) for key, title in (
            ("requests", self.tr("Requests by month and category")),
            ("rates", self.tr("Response, resolution and satisfaction rates")),
            ("completion", self.tr("Service completion rate by community")),
            ("outcomes", self.tr("Mediation outcomes of the cases accepted")),
            ("funds", self.tr("Fund use against budget")))}
        grid = QGridLayout()
        grid.setSpacing(6)
        for key, row, column, span in (("requests", 0, 0, 3), ("rates", 0, 3, 3), ("completion", 1, 0, 2),
                                       ("outcomes", 1, 2, 2), ("funds", 1, 4, 2)):
            grid.addWidget(self.charts[key], row, column, 1, span)
        for column in range(6):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.cards)
        layout.addLayout(grid, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self.show_skeleton()
        hub.changed.connect(self.on_changed)  # nothing is read before the page is first shown

    # -- the unit and the period ------------------------------------------------
    def _build_top(self) -> QHBoxLayout:
        self.unit = QComboBox()
        self.unit.setMinimumWidth(180)
        self.fill_units()
        self.kind = QComboBox()
        for key, text in zip(periods.KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year")), strict=True):
            self.kind.addItem(text, key)
        self.period = QComboBox()
        self.period.setMinimumWidth(130)
        self.fill_periods()
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: (self.fill_periods(), self.refresh()))
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6368;")
        row = QHBoxLayout()
        for label, widget in ((self.tr("Unit:"), self.unit), (self.tr("Period:"), self.kind), ("", self.period)):
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(refresh)
        row.addSpacing(12)
        row.addWidget(self.note, 1)
        return row

    def fill_units(self) -> None:
        keep = self.unit.currentData()
        if keep is None:
            try:
                keep = local_site().org_unit.path
            except EXPECTED:
                keep = None
        self.unit.blockSignals(True)
        self.unit.clear()
        self._units = {}
        for unit in org_lists.units(None, 2):
            self._units[unit.path] = unit.uuid
            self.unit.addItem("　" * unit.level + unit.name, unit.path)
        self.unit.setCurrentIndex(max(0, self.unit.findData(keep)) if keep else 0)
        self.unit.blockSignals(False)

    def fill_periods(self) -> None:
        """The periods of the chosen kind, newest first; the one holding the last whole month chosen."""
        keep = self.period.currentData()
        kind, today = self.kind.currentData(), dt.date.today()
        options = periods.choices(kind, today, CHOICES[kind])
        last_month = periods.default(today).start
        chosen = next((i for i, p in enumerate(options) if p.start <= last_month < p.end), 0)
        self.period.blockSignals(True)
        self.period.clear()
        for p in options:
            self.period.addItem(p.label, p)
        keys = [p.key for p in options]
        self.period.setCurrentIndex(keys.index(keep.key) if keep and keep.key in keys else chosen)
        self.period.blockSignals(False)

    def choose(self, path: str, period_key: str) -> None:
        """Show a unit and a period (e.g. "2026-Q3"), as a user would choose them; computed once."""
        period = parse(period_key)
        for box in (self.unit, self.kind, self.period):
            box.blockSignals(True)
        self.kind.setCurrentIndex(periods.KINDS.index(periods.kind_of(period)))
        self.fill_periods()
        self.period.blockSignals(True)
        index = next((i for i in range(self.period.count()) if self.period.itemData(i).key == period.key), None)
        if index is None:  # older than the choices offered
            self.period.addItem(period.label, period)
            index = self.period.count() - 1
        self.period.setCurrentIndex(index)
        self.unit.setCurrentIndex(self.unit.findData(path))
        for box in (self.unit, self.kind, self.period):
            box.blockSignals(False)
        self.refresh()

    # -- computing ----------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self.fill_units()
        if changes.org or changes.people or changes.roster or changes.orders or changes.mediation \
                or changes.funds or changes.support or changes.exchange:
            self._stale = True
            self._timer.start()

    def _refresh_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compute the figures of the chosen unit and period on the runner; the skeleton meanwhile."""
        self._stale = False
        self._generation += 1
        if self.task is not None:
            self.task.cancel()
        root, period = self.unit.currentData(), self.period.currentData()
        if period is None:
            return
        self.show_skeleton()
        generation = self._generation

        def job(progress, cancelled):
            return generation, dashboard.compute(root, period, cancelled)

        if self.runner is None:
            self._arrived(job(None, lambda: False))
            return
        self.task = self.runner.run(job, "dashboard")
        self.task.finished.connect(self._arrived)  # bound methods: nothing arrives after the page is gone
        self.task.failed.connect(self._failed)

    def busy(self) -> bool:
        return self.task is not None and self.task.status == "running"

    def show_skeleton(self) -> None:
        self.cards.clear()
        for box in self.charts.values():
            box.show_message(self.tr("Computing…"))
        self.note.setText(self.tr("Computing…"))

    def _failed(self, error: BaseException) -> None:
        self.note.setText("")
        if isinstance(error, EXPECTED):
            self.message_bar.show_message(user_message(error), error=True)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _arrived(self, result: tuple[int, dashboard.Dashboard | None]) -> None:
        generation, figures = result
        if generation != self._generation or figures is None:
            return  # a newer choice is being computed
        self.figures = figures
        self.note.setText(self.tr("%1 against %2 · computed in %3 s").replace("%1", figures.period.label)
                          .replace("%2", figures.previous.label).replace("%3", f"{figures.seconds:.2f}"))
        self.cards.show_values(figures.cards, periods.short_label(figures.previous))
        self._show_charts(figures)

    def _show_charts(self, f: dashboard.Dashboard) -> None:
        c = self.charts
        c["requests"].title.setText(self.tr("Requests by month and category, %1").replace(
            "%1", trend_charts.span(f.requests.months)))
        c["rates"].title.setText(self.tr("Response, resolution and satisfaction rates, %1").replace(
            "%1", trend_charts.span(f.rate_months)))
        c["requests"].show_chart(trend_charts.requests_chart(f.requests, self.open_requests),
                                 self.tr("No requests in these twelve months."))
        c["rates"].show_chart(trend_charts.rates_chart(f.rate_months, f.rates, self.open_month_orders),
                              self.tr("No service orders or call-backs in these twelve months."))
        c["completion"].title.setText(self._completion_title(f.completion))
        c["completion"].show_chart(breakdown_charts.completion_chart(f.completion, self.open_completion),
                                   self.tr("No service orders dispatched in this period."))
        c["outcomes"].show_chart(breakdown_charts.outcomes_chart(f.outcomes, self.open_outcome),
                                 self.tr("No mediation case accepted in this period."))
        chart, unit = breakdown_charts.funds_chart(f.funds, self.open_funds)
        c["funds"].title.setText(self.tr("Fund use against budget, %1 (%2)").replace("%1", str(f.period.year))
                                 .replace("%2", unit) if unit else self.tr("Fund use against budget"))
        c["funds"].show_chart(chart, self.tr("No fund ledgers for this year."))

    def _completion_title(self, completion: Completion) -> str:
        if completion.level == Level.SUBDISTRICT:
            text = self.tr("Service completion rate by subdistrict")
        else:
            text = self.tr("Service completion rate by community")
        return text + (self.tr(" (the lowest %1)").replace("%1", str(len(completion.units)))
                       if completion.lowest else "")

    # -- clicks ---------------------------------------------------------------------
    def _link(self, tab: str, page: str, *, path: str | None = None, month=None, **extra) -> Link:
        f = self.figures
        period = month or f.period
        path = path or f.root_path
        return Link(tab, page, path, self._units.get(path), period.start, period.end, **extra)

    def follow(self, link: Link) -> bool:
        return open_list(self.window(), link)

    def open_card(self, key: str) -> None:
        if self.figures is None:
            return
        spec = next(s for s in CARDS if s.key == key)
        self.follow(self._link(spec.tab, spec.page))

    def open_requests(self, month_index: int, category: str | None) -> None:
        month = self.figures.requests.months[month_index]
        self.follow(self._link("orders", "requests", month=month, category=category))

    def open_month_orders(self, month_index: int) -> None:
        self.follow(self._link("orders", "board", month=self.figures.rate_months[month_index]))

    def open_completion(self, index: int) -> None:
        self.follow(self._link("orders", "board", path=self.figures.completion.units[index].path))

    def open_outcome(self, outcome: str) -> None:
        self.follow(self._link("mediation", "cases", state=OUTCOME_STATES[outcome]))

    def open_funds(self, _fund_type: str) -> None:
        self.follow(self._link("funds", "budget"))
