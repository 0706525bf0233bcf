"""The sub-tabs on the right of the grid-management tab: one table each, with its
own buttons, a filter box (for the small tables) and flagged rows."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.resident_model import ResidentListModel
from ui.models.rows_model import LazyRowsModel, RowRole, RowsModel, SortRole


def table_view() -> QTableView:
    view = QTableView()
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    return view


class Page(QWidget):
    """Buttons above a table; `activated` is emitted on double-click (or Enter)."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        self.info = QLabel()
        self.info.setStyleSheet("color: #5f6368;")
        self.view = table_view()
        # activated covers a double-click and Enter; doubleClicked as well would open everything twice
        self.view.activated.connect(lambda _index: self.activated.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 6, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)

    def button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        self.bar.addWidget(button)
        return button

    def finish_bar(self, with_filter: bool = False) -> None:
        self.bar.addStretch(1)
        self.bar.addWidget(self.info)

    def loaded_text(self, text: str, loaded: int, total: int) -> str:
        if loaded < total:
            text += self.tr(" (%1 loaded; scroll for more)").replace("%1", f"{loaded:,}")
        return text


class TablePage(Page):
    """A table with a proxy that sorts and filters it. Given a source (LazyRowsModel)
    it comes a page at a time as the view scrolls; sorting, filtering or exporting
    first reads the rest (53,000 buildings of a city district take about a second)."""

    def __init__(self, model: RowsModel, widths: Sequence[int] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(180)
        self.filter.textChanged.connect(self._filter)
        self.view.horizontalHeader().sortIndicatorChanged.connect(lambda *_a: self.fetch_all())
        self._text = ""
        model.modelReset.connect(self._show_count)
        model.rowsInserted.connect(self._show_count)

    def _filter(self, text: str) -> None:
        if text:
            self.fetch_all()
        self.proxy.setFilterFixedString(text)

    def fetch_all(self) -> None:
        if isinstance(self.model, LazyRowsModel):
            self.model.fetch_all()

    def _show_count(self, *_args) -> None:
        if isinstance(self.model, LazyRowsModel) and self.model._fetch is not None:
            self.info.setText(self.loaded_text(self._text, self.model.loaded(), self.model.total))
        else:
            self.info.setText(self._text)

    def finish_bar(self, with_filter: bool = True) -> None:
        super().finish_bar()
        if with_filter:
            self.bar.addWidget(self.filter)

    def set_rows(self, rows: Sequence, info: str = "") -> None:
        self._text = info
        self.model.set_rows(rows)
        self._show_count()

    def set_source(self, fetch, total: int, info: str = "") -> None:
        """Rows a page at a time from `fetch(after, limit)` (a LazyRowsModel)."""
        self._text = info
        self.model.set_source(fetch, total)
        self._show_count()

    def current(self):
        index = self.view.currentIndex()
        return self.proxy.index(index.row(), 0).data(RowRole) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.proxy.index(row, 0))


class ResidentsPage(Page):
    """The residents of the selected unit, fetched lazily page by page."""

    def __init__(self, parent: QWidget | None = None, page_size: int | None = None):
        super().__init__(parent)
        self.model = ResidentListModel(self, **({"page_size": page_size} if page_size else {}))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((70, 40, 84, 140, 100, 76, 84, 90, 80)):
            self.view.setColumnWidth(column, width)
        self.model.modelReset.connect(self._count)
        self.model.rowsInserted.connect(self._count)

    def set_scope(self, path: str | None) -> None:
        self.model.set_scope(path)

    def _count(self, *_args) -> None:
        text = self.tr("%1 residents").replace("%1", f"{self.model.total:,}")
        self.info.setText(self.loaded_text(text, self.model.loaded(), self.model.total))

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))


def first_index(view: QTableView) -> QModelIndex:
    return view.model().index(0, 0)
