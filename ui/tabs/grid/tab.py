"""Grid management (网格管理): the org tree on the left (with resident and building
counts, vacant grids in red), a resident search above it; on the right the
selected unit's details and its buildings, residents, establishments, role
holders and building-leader coverage. Everything refreshes from the hub.
"""

import logging
import time

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import org, search
from app.grid import coverage
from app.org import Level
from ui import settings as opts
from ui.hub import Changes, Hub
from ui.kit.page import TablePage
from ui.kit.page_reads import read_failed
from ui.kit.table_model import Column, TableModel
from ui.kit.widgets import hint_label
from ui.latest import Latest
from ui.lazy_pages import LazyPage, lazy_pages
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.grid.actions import GridActions
from ui.tabs.grid.add_unit import AddUnitDialog
from ui.tabs.grid.details import OrgDetailsPanel
from ui.tabs.grid.org_tree_model import OrgFilterProxy, OrgTreeModel
from ui.tabs.grid.pages import Pages

logger = logging.getLogger(__name__)
EXPAND_LEVELS = 2  # the top two levels open: communities visible, their zones closed
SEARCH_DELAY_MS = 200
PAGE_KEYS = ("details", "buildings", "residents", "establishments", "roles", "groups", "coverage", "search")


def _counts_job(progress, cancelled):
    return coverage.counts_by_unit(), {g.uuid for g in coverage.vacant_grids()}


class GridTab(QWidget):
    search_page = LazyPage()  # built when first shown, as the unit's pages (`self.pages`)

    def __init__(self, hub: Hub, settings: opts.Settings, runner: Runner | None = None,
                 parent: QWidget | None = None, page_size: int | None = None):
        super().__init__(parent)
        self.hub, self.settings, self.runner = hub, settings, runner
        self.counts_task = None
        self.tree_reads = Latest(self, "org-tree")
        self._select_after: str | None = None  # a unit asked for while the tree is read (a new one)
        self.model = OrgTreeModel(self)
        self.proxy = OrgFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.actions = GridActions(self)
        self._excel = None  # GridExcel, made on first use (openpyxl is not needed to start)
        self._build_left()
        self.details = OrgDetailsPanel(runner=runner, failed=lambda error: read_failed(self, error))
        self.message_bar = MessageBar()
        self.pages = Pages(self, page_size)
        self._build_right()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._left_side())
        self.splitter.addWidget(self._right_side())
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self._stale: set[str] = set(PAGE_KEYS)
        hub.changed.connect(self.on_changed)
        self.restore_state()
        self.reload()  # the first unit is selected when the tree is in

    # -- layout ---------------------------------------------------------------

    @property
    def excel(self):
        """Excel import, export and template (ui/tabs/grid/excel.py), made when first used."""
        if self._excel is None:
            from ui.tabs.grid.excel import GridExcel

            self._excel = GridExcel(self)
        return self._excel
    def _build_left(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Find a resident: name, phone, ID number or address"))
        self.search_box.setClearButtonEnabled(True)
        self.search_in_unit = QCheckBox(self.tr("Only in the selected unit"))
        self._search_timer = QTimer(self)  # debounce typing
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.search_in_unit.toggled.connect(lambda _on: self.run_search())
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the tree by name or code"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.add_button = QPushButton(self.tr("Add sub-unit…"))
        self.add_button.clicked.connect(self.add_unit)
        self.unit_button = QToolButton()
        self.unit_button.setText(self.tr("Unit"))
        self.unit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.unit_button)
        menu.addAction(self.tr("Rename…"), self.actions.rename_unit)
        menu.addAction(self.tr("Move to another parent…"), self.actions.move_unit)
        menu.addAction(self.tr("Retire…"), self.actions.retire_unit)
        self.unit_button.setMenu(menu)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.empty_hint = hint_label("")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.tree)
        self.left_stack.addWidget(self.empty_hint)

    def _left_side(self) -> QWidget:
        side = QWidget()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.search_in_unit)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.unit_button)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(bar)
        layout.addWidget(self.left_stack, 1)
        return side

    def _build_right(self) -> None:
        """The unit's pages, each built when first shown (ui/lazy_pages.py); the overview is there already."""
        made = self.pages.makers()
        self.unit_tabs = lazy_pages(self, (
            ("details", self.tr("Overview"), lambda: self.details),
            ("buildings", self.tr("Buildings"), made["buildings"]), ("residents", self.tr("Residents"), made["residents"]),
            ("establishments", self.tr("Units and shops"), made["establishments"]),
            ("roles", self.tr("People in roles"), made["roles"]),
            ("groups", self.tr("Groups and central households"), made["groups"]),
            ("coverage", self.tr("Building leaders"), made["coverage"]),
            ("search_page", self.tr("Search results"), self._search_page)))
        self.unit_tabs.currentChanged.connect(lambda _i: self._refresh_current())

    def _search_page(self) -> TablePage:
        page = TablePage(TableModel([
            Column(self.tr("Name"), lambda h: h.name), Column(self.tr("ID number"), lambda h: h.id_masked),
            Column(self.tr("Phone"), lambda h: h.phone_masked), Column(self.tr("Address"), lambda h: h.address),
            Column(self.tr("Grid"), lambda h: h.grid_name)]), (80, 150, 110, 300))
        page.button(self.tr("Open"), self.open_search_hit)
        page.button(self.tr("Export to Excel…"), lambda: self.pages.export_table(page, "搜索结果"))
        page.finish_bar(with_filter=False)
        page.activated.connect(self.open_search_hit)
        return page

    def _right_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.unit_tabs, 1)
        return side

    # -- tree -----------------------------------------------------------------
    def reload(self) -> None:
        """The tree's rows on the runner (a city's 7,000 units), the model filled in one go when they are in."""
        started = time.perf_counter()
        self.tree_reads.submit(self.runner, lambda progress, cancelled: org.tree_rows(),
                               lambda rows: self._tree_arrived(rows, started), lambda error: read_failed(self, error))
        if self.tree_reads.pending() and not self.model.unit_count():
            self.empty_hint.setText(self.tr("Loading…"))
            self.left_stack.setCurrentIndex(1)

    def _tree_arrived(self, rows: list, started: float) -> None:
        keep, self._select_after = self._select_after or self.details.uuid, None
        self.model.set_rows(rows)
        self._expand_default()
        if keep and not self.model.index_of(keep).isValid():  # retired or moved away meanwhile
            keep = None
            self.details.show_unit(None)
        keep, before = keep or self._first_uuid(), self.selected_uuid()
        self.select(keep) if keep else None
        if keep and keep == before:  # the same unit (renamed, moved): no new selection refreshes its pages
            self._refresh_after_change()
        self._update_empty_state()
        self.reload_counts()
        logger.info("org tree: %d units in %.0f ms", self.model.unit_count(), (time.perf_counter() - started) * 1000)

    def reload_counts(self) -> None:
        """Residents and buildings per node and the vacant grids, off the UI thread when a runner is there."""
        if self.runner is None:
            self.model.set_counts(*_counts_job(None, None))
            return
        self.counts_task = self.runner.run(_counts_job, "tree-counts")
        self.counts_task.finished.connect(self._counts_arrived)

    def _counts_arrived(self, result) -> None:
        self.model.set_counts(*result)

    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self.reload()  # the pages and the search follow when the tree is in
            self.details.refresh()  # superseded by the tree's selection if the unit went away
            return
        if changes.roster or changes.people:  # counts, and vacant grids after a role change
            self.reload_counts()
        if changes.people:
            self.details.refresh()
        if changes.people or changes.roster:
            self._refresh_after_change()

    def _refresh_after_change(self) -> None:
        self._stale = set(PAGE_KEYS) - {"search"}
        self._refresh_current()
        if self.search_box.text().strip():
            self.run_search(switch=False)

    def select(self, uuid: str) -> None:
        if self.tree_reads.pending():  # selected when the tree is in
            self._select_after = uuid
            return
        index = self.proxy.mapFromSource(self.model.index_of(uuid))
        if not index.isValid() and self.filter.text():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index_of(uuid))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def selected_uuid(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(OrgTreeModel.UuidRole) if index.isValid() else None

    def selected_path(self) -> str | None:
        uuid = self.selected_uuid()
        unit = org.unit(uuid, live=True)
        return unit.path if unit else None

    def apply_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll() if text.strip() else self._expand_default()
        self._update_empty_state()

    def add_unit(self) -> None:
        parent_uuid = self.selected_uuid() or self._first_uuid()
        if parent_uuid is None or not self.actions.may_write():
            return
        created = AddUnitDialog.ask(parent_uuid, self)
        if created:
            self.hub.did_change(Changes(org=True))
            self.select(created)
            self.message_bar.show_message(self.tr("Unit added."), self.actions._undoable(
                lambda: org.retire_unit(org.unit(created)), Changes(org=True)))

    def _first_uuid(self) -> str | None:
        index = self.model.index(0, 0)
        return index.data(OrgTreeModel.UuidRole) if index.isValid() else None

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        uuid = self.selected_uuid()
        self.details.show_unit(uuid)
        level = self.tree.currentIndex().data(OrgTreeModel.LevelRole)
        self.unit_tabs.setTabVisible(PAGE_KEYS.index("coverage"), level is not None and level <= Level.COMMUNITY)
        self.unit_tabs.setTabVisible(PAGE_KEYS.index("groups"), level == Level.GRID)
        self._stale = set(PAGE_KEYS) - {"search"}
        self._refresh_current()
        if self.search_in_unit.isChecked():
            self.run_search(switch=False)

    def _refresh_current(self) -> None:
        key = PAGE_KEYS[self.unit_tabs.currentIndex()]
        if key in self._stale and key not in ("details", "search"):
            self._stale.discard(key)
            self.pages.fill(key, self.selected_path())

    def show_page(self, key: str) -> None:
        self.unit_tabs.setCurrentIndex(PAGE_KEYS.index(key))
        self._refresh_current()

    # -- search and residents -------------------------------------------------
    def run_search(self, switch: bool = True) -> None:
        """Search; `switch` brings the results page forward (not on a background refresh)."""
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if not text:
            return
        path = self.selected_path() if self.search_in_unit.isChecked() else None
        hits = search.search_residents(text, root_path=path)
        info = self.tr("%1 found").replace("%1", str(len(hits)))
        if len(hits) >= search.LIMIT:
            info = self.tr("The first %1 found; type more to narrow down").replace("%1", str(len(hits)))
        self.search_page.set_rows(hits, info)
        if switch:
            self.unit_tabs.setCurrentWidget(self.search_page)

    def open_search_hit(self) -> None:
        hit = self.search_page.current()
        if hit is not None:
            self.select(hit.grid_uuid)
            self.actions.open_resident(hit.uuid, hit.grid_uuid)

    def open_current_resident(self) -> None:
        row = self.pages.residents.current()
        if row is not None:
            self.actions.open_resident(row.uuid, row.grid_uuid)

    def _expand_default(self) -> None:
        self.tree.collapseAll()
        self.tree.expandToDepth(EXPAND_LEVELS - 1)

    def _update_empty_state(self) -> None:
        self.add_button.setEnabled(self.model.unit_count() > 0)
        hint = ""
        if self.model.unit_count() == 0:
            hint = self.tr("The organisation tree is empty.\nThis site's units arrive with "
                           "the site setup or with a reference-data bundle from above.")
        elif self.proxy.rowCount() == 0:
            hint = self.tr("No unit matches “%1”.").replace("%1", self.filter.text().strip())
        self.empty_hint.setText(hint)
        self.left_stack.setCurrentIndex(1 if hint else 0)

    # -- remembered layout ----------------------------------------------------
    def save_state(self) -> None:
        self.settings.set(opts.GRID_SPLITTER, self.splitter.saveState())
        self.settings.set(opts.GRID_TREE_HEADER, self.tree.header().saveState())

    def restore_state(self) -> None:
        if not self.settings.get(opts.REMEMBER_WINDOW):
            self.splitter.setSizes([450, 900])
            self._default_columns()
            return
        if not self.splitter.restoreState(self.settings.get(opts.GRID_SPLITTER)):
            self.splitter.setSizes([450, 900])
        if not self.tree.header().restoreState(self.settings.get(opts.GRID_TREE_HEADER)):
            self._default_columns()

    def _default_columns(self) -> None:
        for column, width in ((OrgTreeModel.NAME, 214), (OrgTreeModel.LEVEL, 40), (OrgTreeModel.CODE, 120),
                              (OrgTreeModel.CHILDREN, 46), (OrgTreeModel.RESIDENTS, 60),
                              (OrgTreeModel.BUILDINGS, 50)):
            self.tree.setColumnWidth(column, width)
        self.tree.setColumnHidden(OrgTreeModel.CODE, True)  # in the tooltip; the filter still finds codes
