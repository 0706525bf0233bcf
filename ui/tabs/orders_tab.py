"""The four orders (四单管理): 点单 requests, 需求清单 needs, 供给清单 offers, 服务工单
service orders on a board by state, 评议 review sessions, and a front page with
the KPI cards and the overdue orders. One filter bar above them all (org
subtree, category, period); every write broadcasts Changes(orders=True) and the
visible page refreshes itself, the others when they are shown next. Nothing is
read before the tab is first shown, so the window opens as fast without it."""

import datetime as dt
import logging
import sys

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import EXPECTED, user_message
from app.orders import lists
from app.orders.catalogue import categories
from app.orders.lists import Filter
from ui.hub import Changes, Hub
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.orders_actions import OrdersActions
from ui.tabs.orders_board import BoardPage
from ui.tabs.orders_overview import OverviewPage
from ui.tabs.orders_pages import NeedsPage, OffersPage, RequestsPage
from ui.tabs.orders_reviews import ReviewsPage

logger = logging.getLogger(__name__)
PAGE_KEYS = ("overview", "requests", "needs", "offers", "board", "reviews")
PERIODS = ("all", "month", "year", "days30", "custom")


def local_midnight(day: dt.date) -> dt.datetime:
    """A local calendar day's start, in UTC as the database holds times."""
    start = dt.datetime(day.year, day.month, day.day).astimezone()
    return start.astimezone(dt.UTC).replace(tzinfo=None)


def period_range(key: str, today: dt.date, start: dt.date, end: dt.date) -> tuple:
    if key == "month":
        first = today.replace(day=1)
        return local_midnight(first), local_midnight((first + dt.timedelta(days=32)).replace(day=1))
    if key == "year":
        return local_midnight(today.replace(month=1, day=1)), local_midnight(dt.date(today.year + 1, 1, 1))
    if key == "days30":
        return local_midnight(today - dt.timedelta(days=29)), local_midnight(today + dt.timedelta(days=1))
    if key == "custom":
        return local_midnight(start), local_midnight(end + dt.timedelta(days=1))
    return None, None


class OrdersTab(QWidget):
    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None,
                 page_size: int = 200):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.actions = OrdersActions(self)
        self.message_bar = MessageBar()
        self._build_filters()
        self.overview = OverviewPage(self)
        self.requests = RequestsPage(self, page_size)
        self.needs = NeedsPage(self, page_size)
        self.offers = OffersPage(self, page_size)
        self.board = BoardPage(self, page_size)
        self.reviews = ReviewsPage(self)
        self.pages = QTabWidget()
        for widget, title in ((self.overview, self.tr("Overview")), (self.requests, self.tr("Requests")),
                              (self.needs, self.tr("Need list")), (self.offers, self.tr("Supply list")),
                              (self.board, self.tr("Service orders")), (self.reviews, self.tr("Reviews"))):
            self.pages.addTab(widget, title)
        self.pages.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self._stale = set(PAGE_KEYS)
        self._whole: dict[str, bool] = {}
        hub.changed.connect(self.on_changed)  # nothing is read until the tab is first shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_current()

    # -- filters --------------------------------------------------------------
    def _build_filters(self) -> None:
        self.unit = QComboBox()
        self.unit.setMinimumWidth(180)
        self._fill_units()
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for code, name in categories().items():
            self.category.addItem(name, code)
        self.period = QComboBox()
        for key, text in zip(PERIODS, (self.tr("All time"), self.tr("This month"), self.tr("This year"), self.tr("Last 30 days"),
                                       self.tr("Date range")), strict=True):
            self.period.addItem(text, key)
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(-30)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.filters_changed())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.unit.currentIndexChanged.connect(lambda _i: self.filters_changed())
        self.category.currentIndexChanged.connect(lambda _i: self.filters_changed())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.filters_changed)
        self.filter_bar = QHBoxLayout()
        for label, widget in ((self.tr("Unit:"), self.unit), (self.tr("Category:"), self.category), (self.tr("Period:"), self.period)):
            self.filter_bar.addWidget(QLabel(label))
            self.filter_bar.addWidget(widget)
        self.filter_bar.addWidget(self.date_from)
        self.dash = QLabel("–")
        self.filter_bar.addWidget(self.dash)
        self.filter_bar.addWidget(self.date_to)
        self.filter_bar.addStretch(1)
        self.filter_bar.addWidget(refresh)
        self._period_changed(refresh=False)

    def _fill_units(self) -> None:
        keep = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in lists.units(None, 2):
            self.unit.addItem("　" * unit.level + unit.name, unit.path)
        self.unit.setCurrentIndex(max(0, self.unit.findData(keep)) if keep else 0)
        self.unit.blockSignals(False)

    def _period_changed(self, refresh: bool = True) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(custom)
        if refresh:
            self.filters_changed()

    def choose_unit(self, path: str) -> None:
        self.unit.setCurrentIndex(self.unit.findData(path))

    def choose_period(self, key: str) -> None:
        self.period.setCurrentIndex(PERIODS.index(key))

    def filter(self) -> Filter:
        path = self.unit.currentData()
        if path not in self._whole:
            self._whole[path] = lists.is_whole_tree(path)
        start, end = period_range(self.period.currentData(), dt.date.today(), self.date_from.date().toPython(),
                                  self.date_to.date().toPython())
        return Filter(root_path=path, category=self.category.currentData(), start=start, end=end,
                      whole_tree=self._whole[path])

    def filters_changed(self) -> None:
        self._stale = set(PAGE_KEYS)
        self._refresh_current()

    # -- refresh --------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self._whole.clear()
            self._fill_units()
        if changes.orders or changes.org or changes.roster:
            self._stale = set(PAGE_KEYS)
            self._refresh_current()

    def _refresh_current(self) -> None:
        key = PAGE_KEYS[self.pages.currentIndex()]
        if key in self._stale and self.isVisible():
            self._stale.discard(key)
            self.refresh_page(self.pages.currentWidget())

    def refresh_page(self, page) -> None:
        try:
            page.refresh(self.filter())
        except EXPECTED as exc:
            self.message_bar.show_message(user_message(exc), error=True)

    def show_page(self, key: str) -> None:
        self.pages.setCurrentIndex(PAGE_KEYS.index(key))
        self._refresh_current()

    def show_order(self, uuid: str) -> None:
        self.show_page("board")
        self.board.select(uuid)

    def run(self, job, name: str, done):
        """A job on the runner (the UI keeps answering); without a runner, here and now."""
        if self.runner is None:
            done(job(lambda *a: None, lambda: False))
            return None
        task = self.runner.run(job, name)
        task.finished.connect(done)
        task.failed.connect(self._job_failed)
        return task

    def _job_failed(self, error: BaseException) -> None:
        if isinstance(error, EXPECTED):
            self.message_bar.show_message(user_message(error), error=True)
        else:
            sys.excepthook(type(error), error, error.__traceback__)
