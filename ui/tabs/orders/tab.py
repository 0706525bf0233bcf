"""The four orders (四单管理): 点单 requests, 需求清单 needs, 供给清单 offers, 服务工单
service orders on a board by state, 评议 review sessions, and a front page with
the KPI cards and the overdue orders. One filter bar above them all (org
subtree, category, period); every write broadcasts Changes(orders=True) and the
visible page refreshes itself, the others when they are shown next. Nothing is
read before the tab is first shown, so the window opens as fast without it."""

import datetime as dt
import logging
import sys

from PySide6.QtWidgets import (
    QComboBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import EXPECTED, user_message
from app.local_days import day_start_utc
from app.orders import lists
from app.orders.catalogue import categories
from app.orders.lists import Filter
from ui.hub import Changes, Hub
from ui.kit.filter_bar import FilterBar
from ui.kit.stale_pages import StalePages
from ui.lazy_pages import LazyPage, lazy_pages
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.orders.actions import OrdersActions
from ui.tabs.orders.board import BoardPage
from ui.tabs.orders.overview import OverviewPage
from ui.tabs.orders.pages import NeedsPage, OffersPage, RequestsPage
from ui.tabs.orders.reviews import ReviewsPage

logger = logging.getLogger(__name__)
PAGE_KEYS = ("overview", "requests", "needs", "offers", "board", "reviews")


def local_midnight(day: dt.date) -> dt.datetime:
    """A local calendar day's start, in UTC as the database holds times: the dashboard's definition."""
    return day_start_utc(day)


class OrdersTab(StalePages, QWidget):
    page_keys = PAGE_KEYS
    overview, requests, needs = LazyPage(), LazyPage(), LazyPage()
    offers, board, reviews = LazyPage(), LazyPage(), LazyPage()  # built when first shown

    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None,
                 page_size: int = 200):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.actions = OrdersActions(self)
        self.message_bar = MessageBar()
        self._build_filters()
        self.pages = lazy_pages(self, (
            ("overview", self.tr("Overview"), lambda: OverviewPage(self)),
            ("requests", self.tr("Requests"), lambda: RequestsPage(self, page_size)),
            ("needs", self.tr("Need list"), lambda: NeedsPage(self, page_size)),
            ("offers", self.tr("Supply list"), lambda: OffersPage(self, page_size)),
            ("board", self.tr("Service orders"), lambda: BoardPage(self, page_size)),
            ("reviews", self.tr("Reviews"), lambda: ReviewsPage(self))))
        self.pages.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_bar)
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
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for code, name in categories().items():
            self.category.addItem(name, code)
        self.filter_bar = FilterBar([(self.tr("Category:"), self.category)], self)
        self.filter_bar.changed.connect(self.filters_changed)
        self.unit, self.period = self.filter_bar.unit, self.filter_bar.period
        self.date_from, self.date_to = self.filter_bar.date_from, self.filter_bar.date_to
        self.choose_unit, self.choose_period = self.filter_bar.choose_unit, self.filter_bar.choose_period

    def _fill_units(self) -> None:
        self.filter_bar.fill_units()

    def filter(self) -> Filter:
        path = self.unit.currentData()
        if path not in self._whole:
            self._whole[path] = lists.is_whole_tree(path)
        start, end = (local_midnight(day) if day else None for day in self.filter_bar.days())
        return Filter(root_path=path, category=self.category.currentData(), start=start, end=end,
                      whole_tree=self._whole[path])

    # -- refresh --------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self._whole.clear()
            self._fill_units()
        if changes.orders or changes.org or changes.roster:
            self.mark_all_stale()

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
