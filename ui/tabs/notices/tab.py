"""公示与报表: make an official notice (choose its kind and parameters, preview the
rendered pages, save it as PDF or print it — both register it), the register of
issued notices with a check of a file against it, and the periodic reports. One
unit picker above the pages (the filter bar's, without its period): the unit the
notice is issued for, the subtree of the register and the reports. Nothing is
read before the tab is first shown; the kinds' modules (they bring reportlab, a second
or more) are imported on the runner when it is, the pages filled when they are in."""

from PySide6.QtWidgets import QWidget

from app import org
from app.notices.kinds import load, loaded
from ui.hub import Changes, Hub
from ui.kit.filter_bar import FilterBar
from ui.kit.page_reads import read_failed
from ui.kit.stale_pages import StalePages
from ui.latest import Latest
from ui.lazy_pages import LazyPage
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.notices.actions import NoticeActions
from ui.tabs.notices.compose import NoticeComposePage
from ui.tabs.notices.register import NoticeRegisterPage
from ui.tabs.notices.reports import NoticeReportsPage

PAGE_KEYS = ("compose", "register", "reports")


class NoticesTab(StalePages, QWidget):
    page_keys = PAGE_KEYS
    compose, register, reports = LazyPage(), LazyPage(), LazyPage()  # built when first shown

    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.message_bar = MessageBar()
        self.filter_bar = FilterBar(parent=self)
        self._unit_only(self.filter_bar)
        self.filter_bar.changed.connect(self.filters_changed)
        self.unit = self.filter_bar.unit
        self.actions = NoticeActions(self)
        self.lay_out_lazy_pages(hub, (("compose", self.tr("Notices"), lambda: NoticeComposePage(self)),
                                      ("register", self.tr("Register of notices"), lambda: NoticeRegisterPage(self)),
                                      ("reports", self.tr("Reports"), lambda: NoticeReportsPage(self))))
        self.kind_reads = Latest(self, "notice-kinds")

    def _refresh_current(self) -> None:
        """The visible page, once the kinds are imported (on the runner the first time)."""
        if loaded() or self.runner is None:
            super()._refresh_current()
        elif not self.kind_reads.pending() and self.isVisible():
            if compose := self.lazy_pages.built("compose"):  # not built for it when another page shows
                compose.unit_label.setText(self.tr("Loading…"))
            self.kind_reads.submit(self.runner, lambda progress, cancelled: load(),
                                   lambda _kinds: self._refresh_current(), lambda error: read_failed(self, error))

    @staticmethod
    def _unit_only(bar: FilterBar) -> None:
        """Notices have their own periods (month, quarter, year): hide the bar's period and its label."""
        row = bar.layout()
        label = row.itemAt(row.indexOf(bar.period) - 1).widget()
        for widget in (label, bar.period, bar.date_from, bar.dash, bar.date_to):
            widget.hide()
            widget.setEnabled(False)

    def filter(self) -> str | None:
        """The chosen unit's path (the register and the record lists are of its subtree)."""
        return self.unit.currentData()

    def unit_name(self) -> str:
        return self.unit.currentText().strip()

    def chosen_unit(self):
        """The OrgUnit the notice is issued for (the picker holds paths; codes end them)."""
        path = self.unit.currentData()
        return org.by_code(path.rstrip("/").rsplit("/", 1)[-1]) if path else None

    def choose_unit(self, path: str) -> None:
        self.filter_bar.choose_unit(path)

    def busy(self) -> bool:
        return self.actions.busy()

    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self.filter_bar.fill_units()
        if changes.any() and not changes.backup:
            self.mark_all_stale()

    def register_changed(self) -> None:
        """A notice was issued here: the register is read again when it is shown."""
        self._stale.add("register")
        self._refresh_current()
