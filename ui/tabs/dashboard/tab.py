"""首页, the start page: the KPI cards of an org subtree for a month, quarter or year
against the period before, and the charts — requests by month and category, the
three rates over twelve months, service completion by community, mediation
outcomes, fund use against budget. The figures (app/dashboard) are computed on the
runner: the cards' skeleton shows at once and the window never waits for them. A
click on a card or a chart opens the matching list in its tab (dashboard_links).
A change broadcast by the hub recomputes the page when it is shown (at once if it
is on screen, a moment later so that a burst of writes computes once)."""

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app import dashboard
from app.dashboard import periods
from app.dashboard.breakdowns import Completion
from app.dashboard.cards import CARDS
from app.errors import EXPECTED, user_message
from app.org import Level
from ui.hub import Changes, Hub
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.dashboard import breakdowns
from ui.tabs.dashboard import charts as trend_charts
from ui.tabs.dashboard.cards import CardGrid, set_text
from ui.tabs.dashboard.choice import DashboardFilter
from ui.tabs.dashboard.links import DashboardClicks

REFRESH_DELAY_MS = 300


class DashboardTab(DashboardClicks, QWidget):
    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.task = None
        self.figures: dashboard.Dashboard | None = None  # what is on show
        self._generation = 0
        self._stale = True
        self.message_bar = MessageBar()
        self.filter_bar = DashboardFilter()
        self.filter_bar.changed.connect(self.refresh)
        bar = self.filter_bar
        self.unit, self.kind, self.period, self.note = bar.unit, bar.kind, bar.period, bar.note
        self.cards = CardGrid({spec.key: spec.short for spec in CARDS})
        self.empty = QLabel(self.tr("No records in this period yet. The figures appear here as requests, "
                                    "cases and meetings are recorded."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("#emptyState { color: #5f6368; font-size: 16px; padding: 24px; }")
        self.empty.hide()
        self.cards.clicked.connect(self.open_card)
        self.charts = {key: trend_charts.ChartBox(title) for key, title in (
            ("requests", self.tr("Requests by month and category")),
            ("rates", self.tr("Response, resolution and satisfaction rates")),
            ("completion", self.tr("Service completion rate by community")),
            ("outcomes", self.tr("Mediation outcomes of the cases accepted")),
            ("settled", self.tr("Where matters were settled")),
            ("funds", self.tr("Fund use against budget")))}
        self.drawings = {"requests": trend_charts.RequestsChart(self.open_requests),
                         "rates": trend_charts.RatesChart(self.open_month_orders),
                         "completion": breakdowns.CompletionChart(self.open_completion),
                         "outcomes": breakdowns.OutcomesChart(self.open_outcome),
                         "settled": breakdowns.SettledChart(self.open_settled),
                         "funds": breakdowns.FundsChart(self.open_funds)}  # each chart made once
        grid = QGridLayout()
        grid.setSpacing(6)
        for key, row, column, span in (("requests", 0, 0, 4), ("rates", 0, 4, 4), ("completion", 1, 0, 2),
                                       ("outcomes", 1, 2, 2), ("settled", 1, 4, 2), ("funds", 1, 6, 2)):
            grid.addWidget(self.charts[key], row, column, 1, span)
        for column in range(8):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.cards)
        layout.addWidget(self.empty)
        layout.addLayout(grid, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self.show_skeleton()
        hub.changed.connect(self.on_changed)  # nothing is read before the page is first shown

    def choose(self, path: str, period_key: str) -> None:
        """Show a unit and a period (e.g. "2026-Q3"), as a user would choose them; computed once."""
        self.filter_bar.choose(path, period_key)

    # -- computing ----------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self.filter_bar.fill_units()
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
        root, period = self.filter_bar.root_path(), self.filter_bar.chosen_period()
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
        self.cards.show()
        self.empty.hide()
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
        self.cards.setVisible(not figures.empty)  # no zero rates and red arrows for an empty period
        self.empty.setVisible(figures.empty)
        self._show_charts(figures)

    def _show_charts(self, f: dashboard.Dashboard) -> None:
        """The new figures in the charts on show (each kept, its values replaced in place)."""
        c, d = self.charts, self.drawings
        set_text(c["requests"].title, self.tr("Requests by month and category, %1").replace(
            "%1", trend_charts.span(f.requests.months)))
        set_text(c["rates"].title, self.tr("Response, resolution and satisfaction rates, %1").replace(
            "%1", trend_charts.span(f.rate_months)))
        c["requests"].show_figures(d["requests"], f.requests, self.tr("No requests in these twelve months."))
        c["rates"].show_figures(d["rates"], (f.rate_months, f.rates),
                                self.tr("No service orders or call-backs in these twelve months."))
        set_text(c["completion"].title, self._completion_title(f.completion))
        c["completion"].show_figures(d["completion"], f.completion, self.tr("No service orders dispatched in this period."))
        c["outcomes"].show_figures(d["outcomes"], f.outcomes, self.tr("No mediation case accepted in this period."))
        c["settled"].show_figures(d["settled"], f.settled,
                                  self.tr("No requests, cases or deliberation matters in this period."))
        c["funds"].show_figures(d["funds"], f.funds, self.tr("No fund ledgers for this year."))
        unit = "" if d["funds"].empty(f.funds) else d["funds"].unit
        set_text(c["funds"].title, self.tr("Fund use against budget, %1 (%2)").replace("%1", str(f.period.year))
                 .replace("%2", unit) if unit else self.tr("Fund use against budget"))

    def _completion_title(self, completion: Completion) -> str:
        if completion.level == Level.SUBDISTRICT:
            text = self.tr("Service completion rate by subdistrict")
        else:
            text = self.tr("Service completion rate by community")
        return text + (self.tr(" (the lowest %1)").replace("%1", str(len(completion.units)))
                       if completion.lowest else "")
