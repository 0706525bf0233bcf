"""A page of a tab: buttons above a table, a grey count line on the right of the buttons
(ui/kit/count_line.py); `TablePage` adds a proxy that sorts and filters its table."""

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
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

from ui.kit.count_line import CountLine, counted_line
from ui.kit.table_model import RowRole, SortRole, TableModel


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
        self.info = QLabel()  # the count line
        self.info.setStyleSheet("color: #5f6368;")
        self.view = table_view()
        # activated covers a double-click and Enter; doubleClicked as well would open everything twice
        self.view.activated.connect(lambda _index: self.activated.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 6, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)

    def count_line(self, model, line) -> CountLine:
        """Keep the count line showing `line()` as `model` fills."""
        return CountLine(self.info, model, line)

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


class TablePage(Page):
    """A table with a proxy that sorts and filters it. Given a source (TableModel.set_source)
    it comes a page at a time as the view scrolls; sorting, filtering or exporting
    first reads the rest (53,000 buildings of a city district take about a second)."""

    def __init__(self, model: TableModel, widths: Sequence[int] = (), parent: QWidget | None = None):
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
        self.counts = self.count_line(model, self._line)

    def _filter(self, text: str) -> None:
        if text:
            self.fetch_all()
        self.proxy.setFilterFixedString(text)

    def fetch_all(self) -> None:
        self.model.fetch_all()

    def _line(self) -> str:
        if self.model.paged() and self.model.total is not None:
            return counted_line(self._text, self.model.loaded(), self.model.total)
        return self._text

    def finish_bar(self, with_filter: bool = True) -> None:
        super().finish_bar()
        if with_filter:
            self.bar.addWidget(self.filter)

    def set_rows(self, rows: Sequence, info: str = "") -> None:
        self._text = info
        self.model.set_rows(rows)
        self.counts.show()

    def set_source(self, fetch, total: int, info: str = "") -> None:
        """Rows a page at a time from `fetch(after, limit)`."""
        self._text = info
        self.model.set_source(fetch, total)
        self.counts.show()

    def current(self):
        index = self.view.currentIndex()
        return self.proxy.index(index.row(), 0).data(RowRole) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.proxy.index(row, 0))
