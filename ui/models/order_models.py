"""The tables of the four-orders tab, read a page at a time (canFetchMore/fetchMore).

`fetch(cursor, limit, order, descending)` returns (rows, cursor): a keyset cursor
for requests, an offset for the smaller lists (app/orders/lists.py). No total is
needed: a short page means the end, so the first rows show before anything is
counted (the count comes separately, off the UI thread). Sorting a sortable
column asks the database again; only the loaded pages sit in Python.

Given a runner (`set_runner`), every page is read on it (ui/latest.py): the model
empties at once, `fetched` fires when the page is in, and a newer reload drops a
page still under way (a superseded search never shows).
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.latest import Latest
from ui.models.rows_model import FLAG_COLOURS, RowRole, display

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Any, int, str | None, bool], tuple[list, Any]]


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Any], Any]
    sort_key: str | None = None  # the database order this column sorts by
    right: bool = False


def local_time(value: dt.datetime | None) -> str:
    """A UTC time from the database as local time, to the minute."""
    if value is None:
        return ""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class PagedModel(QAbstractTableModel):
    fetched = Signal()  # a page read on the runner is in (or was empty)
    failed = Signal(object)  # reading a page on the runner failed

    def __init__(self, columns: Sequence[Column], parent=None, page_size: int = 200,
                 flag: Callable[[Any], tuple[str, str] | None] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.page_size = page_size
        self._flag = flag or (lambda row: None)
        self._fetch: Fetch | None = None
        self.order: str | None = None
        self.descending = True
        self.sort_column = -1
        self._rows: list = []
        self._cursor = None
        self._more = False
        self._fetching = False  # views may ask again from inside a reset or an insert
        self.runner = None
        self._latest = Latest(self, "list-page")

    def set_runner(self, runner) -> None:
        """Read pages on `runner` from now on (None: here and now)."""
        self.runner = runner

    def loading(self) -> bool:
        return self._latest.pending()

    # -- source and paging ----------------------------------------------------
    def set_source(self, fetch: Fetch | None) -> None:
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self._latest.supersede()
        self.beginResetModel()
        self._rows, self._cursor, self._more = [], None, self._fetch is not None
        if self._fetch is not None:
            if self.runner is None:
                self._rows = self._page()
            else:
                self._ask()  # arrives through the event loop, after the reset
        self._fetching = True  # no fetchMore from slots of modelReset (still inside the reset)
        try:
            self.endResetModel()
        finally:
            self._fetching = False

    def _page(self) -> list:
        return self._take(self._fetch(self._cursor, self.page_size, self.order, self.descending))

    def _take(self, result) -> list:
        rows, cursor = result
        rows = list(rows)
        self._more = len(rows) >= self.page_size
        if rows:
            self._cursor = cursor
        return rows

    def _ask(self) -> None:
        """The next page on the runner; `_arrived` appends it unless a reload came first."""
        fetch, cursor, size, order, descending = self._fetch, self._cursor, self.page_size, self.order, self.descending
        self._latest.submit(self.runner, lambda progress, cancelled: fetch(cursor, size, order, descending),
                            self._arrived, self._failed)

    def _arrived(self, result) -> None:
        self._append(self._take(result))
        self.fetched.emit()

    def _failed(self, error: BaseException) -> None:
        self._more = False
        self.failed.emit(error)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and self._more and not self._latest.pending()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        if self.runner is not None:
            self._ask()
            return
        self._append(self._page())

    def _append(self, rows: list) -> None:
        if not rows:
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._fetching = False

    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "uuid", None) == uuid), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self.sort_column, self.order = column, self.columns[column].sort_key
        self.descending = Qt.SortOrder(order) == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- Qt -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.get(row)
            return local_time(value) if isinstance(value, dt.datetime) else display(value)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            flag = self._flag(row)
            if flag:
                return FLAG_COLOURS.get(flag[0]) if role == Qt.ItemDataRole.ForegroundRole else flag[1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None
