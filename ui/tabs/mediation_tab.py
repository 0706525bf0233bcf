"""调解与议事: people's mediation cases on a board by state, deliberation meetings
and their matters, virtue activities and the three zeros. One filter bar above
them (org subtree, period); each page has its own kind filter and Excel export.
Every write broadcasts Changes(mediation=True) and the visible page refreshes
itself, the others when they are shown next. Nothing is read before the tab is
first shown."""

import datetime as dt

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
from app.mediation.lists import Filter
from app.orders import lists as org_lists
from ui.hub import Changes, Hub
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.mediation_actions import MediationActions
from ui.tabs.mediation_board import CaseBoard
from ui.tabs.mediation_pages import ActivitiesPage, CoveragePage, MeetingsPage, ZerosPage

PAGE_KEYS = ("cases", "meetings", "activities", "zeros", "coverage")
PERIODS = ("all", "month", "year", "days30", "custom")


def period_days(key: str, today: dt.date, start: dt.date, end: dt.date) -> tuple:
    """[start, end) local days of a period choice."""
    if key == "month":
        first = today.replace(day=1)
        return first, (first + dt.timedelta(days=32)).replace(day=1)
    if key == "year":
        return today.replace(month=1, day=1), dt.date(today.year + 1, 1, 1)
    if key == "days30":
        return today - dt.timedelta(days=29), today + dt.timedelta(days=1)
    if key == "custom":
        return start, end + dt.timedelta(days=1)
    return None, None


class MediationTab(QWidget):
    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None,
                 page_size: int = 200):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.actions = MediationActions(self)
        self.message_bar = MessageBar()
        self._build_filters()
        self.board = CaseBoard(self, page_size)
        self.meetings = MeetingsPage(self)
        self.activities = ActivitiesPage(self)
        self.zeros = ZerosPage(self)
        self.coverage = CoveragePage(self)
        self.pages = QTabWidget()
        for widget, title in ((self.board, self.tr("Mediation cases")), (self.meetings, self.tr("Deliberation")),
                              (self.activities, self.tr("Virtue activities")), (self.zeros, self.tr("Three zeros")),
                              (self.coverage, self.tr("Building leaders"))):
            self.pages.addTab(widget, title)
        self.pages.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self._stale = set(PAGE_KEYS)
        hub.changed.connect(self.on_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_current()

    # -- filters --------------------------------------------------------------
    def _build_filters(self) -> None:
        self.unit = QComboBox()
        self.unit.setMinimumWidth(180)
        self._fill_units()
        self.period = QComboBox()
        for key, text in zip(PERIODS, (self.tr("All time"), self.tr("This month"), self.tr("This year"),
                                       self.tr("Last 30 days"), self.tr("Date range")), strict=True):
            self.period.addItem(text, key)
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(-30)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.filters_changed())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.unit.currentIndexChanged.connect(lambda _i: self.filters_changed())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.filters_changed)
        self.filter_bar = QHBoxLayout()
        for label, widget in ((self.tr("Unit:"), self.unit), (self.tr("Period:"), self.period)):
            self.filter_bar.addWidget(QLabel(label))
            self.filter_bar.addWidget(widget)
        self.dash = QLabel("–")
        for widget in (self.date_from, self.dash, self.date_to):
            self.filter_bar.addWidget(widget)
        self.filter_bar.addStretch(1)
        self.filter_bar.addWidget(refresh)
        self._period_changed(refresh=False)

    def _fill_units(self) -> None:
        keep = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in org_lists.units(None, 2):
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
        start, end = period_days(self.period.currentData(), dt.date.today(), self.date_from.date().toPython(),
                                 self.date_to.date().toPython())
        return Filter(root_path=self.unit.currentData(), start=start, end=end)

    def filters_changed(self) -> None:
        self._stale = set(PAGE_KEYS)
        self._refresh_current()

    # -- refresh --------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self._fill_units()
        if changes.mediation or changes.org or changes.people or changes.roster:
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

    def show_case(self, uuid: str) -> None:
        self.show_page("cases")
        self.board.select(uuid)
