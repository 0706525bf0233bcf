"""Grid management (网格管理): the org tree on the left, the selected unit on the right.

The base the next issues grow (buildings, residents, …): the tree, its filter
and the details panel refresh themselves when the hub reports org changes.
"""

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import org
from ui import settings as opts
from ui.dialogs.add_unit import AddUnitDialog
from ui.hub import Changes, Hub
from ui.models.org_tree_model import OrgFilterProxy, OrgTreeModel
from ui.tabs.org_details import OrgDetailsPanel
from ui.widgets import hint_label

EXPAND_LEVELS = 2  # the top two levels open: communities visible, their zones closed


class GridTab(QWidget):
    def __init__(self, hub: Hub, settings: opts.Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.settings = hub, settings
        self.model = OrgTreeModel(self)
        self.proxy = OrgFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or code"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.add_button = QPushButton(self.tr("Add sub-unit…"))
        self.add_button.clicked.connect(self.add_unit)
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
        self.details = OrgDetailsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._left_side())
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(self.splitter)
        hub.changed.connect(self.on_changed)
        self.reload()
        self.restore_state()
        first = self._first_uuid()
        if first:
            self.select(first)

    def _left_side(self) -> QWidget:
        side = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.left_stack, 1)
        return side

    def reload(self) -> None:
        keep = self.details.uuid
        self.model.set_rows(org.tree_rows())
        self._expand_default()
        self.select(keep) if keep else None
        self._update_empty_state()

    def on_changed(self, changes: Changes) -> None:
        if changes.org or changes.people:
            self.reload()
            self.details.refresh()

    def select(self, uuid: str) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(uuid))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def selected_uuid(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(OrgTreeModel.UuidRole) if index.isValid() else None

    def apply_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll() if text.strip() else self._expand_default()
        self._update_empty_state()

    def add_unit(self) -> None:
        parent_uuid = self.selected_uuid() or self._first_uuid()
        if parent_uuid is None:
            return
        created = AddUnitDialog.ask(parent_uuid, self)
        if created:
            self.hub.did_change(Changes(org=True))
            self.select(created)

    def _first_uuid(self) -> str | None:
        index = self.model.index(0, 0)
        return index.data(OrgTreeModel.UuidRole) if index.isValid() else None

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.details.show_unit(self.selected_uuid())

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

    def save_state(self) -> None:
        self.settings.set(opts.GRID_SPLITTER, self.splitter.saveState())
        self.settings.set(opts.GRID_TREE_HEADER, self.tree.header().saveState())

    def restore_state(self) -> None:
        if not self.settings.get(opts.REMEMBER_WINDOW):
            self.splitter.setSizes([460, 800])
            self._default_columns()
            return
        if not self.splitter.restoreState(self.settings.get(opts.GRID_SPLITTER)):
            self.splitter.setSizes([460, 800])
        if not self.tree.header().restoreState(self.settings.get(opts.GRID_TREE_HEADER)):
            self._default_columns()

    def _default_columns(self) -> None:
        for column, width in ((OrgTreeModel.NAME, 200), (OrgTreeModel.LEVEL, 56),
                              (OrgTreeModel.CODE, 120), (OrgTreeModel.CHILDREN, 56)):
            self.tree.setColumnWidth(column, width)
