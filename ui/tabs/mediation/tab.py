"""调解与议事: people's mediation cases on a board by state, deliberation meetings
and their matters, virtue activities and the three zeros. One filter bar above
them (org subtree, period); each page has its own kind filter and Excel export.
Every write broadcasts Changes(mediation=True) and the visible page refreshes
itself, the others when they are shown next. Nothing is read before the tab is
first shown."""


from PySide6.QtWidgets import (
    QWidget,
)

from app.mediation.lists import Filter
from ui.hub import Changes, Hub
from ui.kit.filter_bar import FilterBar
from ui.kit.stale_pages import StalePages
from ui.lazy_pages import LazyPage
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.mediation.actions import MediationActions
from ui.tabs.mediation.board import CaseBoard
from ui.tabs.mediation.pages import ActivitiesPage, CoveragePage, MeetingsPage, ZerosPage

PAGE_KEYS = ("cases", "meetings", "activities", "zeros", "coverage")


class MediationTab(StalePages, QWidget):
    page_keys = PAGE_KEYS
    board, meetings, activities, zeros, coverage = LazyPage(), LazyPage(), LazyPage(), LazyPage(), LazyPage()

    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None,
                 page_size: int = 200):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.actions = MediationActions(self)
        self.message_bar = MessageBar()
        self._build_filters()
        self.lay_out_lazy_pages(hub, (
            ("board", self.tr("Mediation cases"), lambda: CaseBoard(self, page_size)),
            ("meetings", self.tr("Deliberation"), lambda: MeetingsPage(self)),
            ("activities", self.tr("Virtue activities"), lambda: ActivitiesPage(self)),
            ("zeros", self.tr("Three zeros"), lambda: ZerosPage(self)),
            ("coverage", self.tr("Building leaders"), lambda: CoveragePage(self))))

    # -- filters --------------------------------------------------------------
    def _build_filters(self) -> None:
        self.filter_bar = FilterBar(parent=self)
        self.filter_bar.changed.connect(self.filters_changed)
        self.unit, self.period = self.filter_bar.unit, self.filter_bar.period
        self.date_from, self.date_to = self.filter_bar.date_from, self.filter_bar.date_to
        self.choose_unit, self.choose_period = self.filter_bar.choose_unit, self.filter_bar.choose_period

    def _fill_units(self) -> None:
        self.filter_bar.fill_units()

    def filter(self) -> Filter:
        start, end = self.filter_bar.days()
        return Filter(root_path=self.unit.currentData(), start=start, end=end)

    # -- refresh --------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self._fill_units()
        if changes.mediation or changes.org or changes.people or changes.roster:
            self.mark_all_stale()

    def show_case(self, uuid: str) -> None:
        self.show_page("cases")
        self.board.select(uuid)
