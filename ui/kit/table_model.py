"""The one table model of the window: a read-only table over a list of rows (dataclasses,
tuples), one getter per column (`Column`).

Its rows come in one of three ways:
- `set_rows(rows)`: the whole list at once (coverage, search hits, a few hundred rows);
- `set_source(fetch, total)`: a page at a time by keyset as the view scrolls
  (canFetchMore/fetchMore) — `fetch(after, limit)` returns (rows, cursor of the last row)
  and `total` says how many there are (53,000 buildings of a city district);
- `set_pages(fetch)`: a page at a time, uncounted — `fetch(cursor, limit, order, descending)`
  returns (rows, cursor), a short page means the end, so the first rows show before anything
  is counted; sorting a column with a `sort_key` asks the database again. Given a runner
  (`set_runner`) every page is read on it (ui/latest.py): the model empties at once,
  `fetched` fires when the page is in, and a newer reload drops a page still under way.

Only the loaded pages sit in Python. Rows a clerk must notice (a building without leader, an
ended role, an overdue request) are flagged: grey or red text and a tooltip.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import KW_ONLY, dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ui.latest import Latest

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
FLAG_COLOURS = {"warn": QColor("#b3261e"), "muted": QColor("#80868b")}
Flag = Callable[[Any], tuple[str, str] | None]


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Any], Any]
    _: KW_ONLY
    sort_key: str | None = None  # the database order this column sorts by (set_pages)
    right: bool = False  # numbers


def display(value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, int | str):
        return value
    return str(value)


def local_time(value: dt.datetime | None) -> str:
    """A UTC time from the database as local time, to the minute."""
    if value is None:
        return ""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class TableModel(QAbstractTableModel):
    fetched = Signal()  # a page read on the runner is in (or was empty)
    failed = Signal(object)  # reading a page on the runner failed

    def __init__(self, columns: Sequence[Column], flag: Flag | None = None, parent=None, *,
                 page_size: int = 500, local_times: bool = False):
        """`local_times`: datetimes show as local time to the minute (otherwise as str())."""
        super().__init__(parent)
        self.columns = list(columns)
        self._flag = flag or (lambda row: None)
        self.page_size = page_size
        self.local_times = local_times
        self.total: int | None = 0  # None: uncounted pages (set_pages)
        self.order: str | None = None
        self.descending = True
        self.sort_column = -1
        self._rows: list = []
        self._fetch: Callable | None = None
        self._sorted = False  # _fetch takes (cursor, limit, order, descending)
        self._cursor = None
        self._more = False
        self._fetching = False  # views may ask again from inside a reset or an insert
        self.runner = None
        self._latest = Latest(self, "list-page")

    # -- where the rows come from ---------------------------------------------
    def set_rows(self, rows: Sequence) -> None:
        self._latest.supersede()
        self._fetch, self.total, self._more = None, len(rows), False
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_source(self, fetch: Callable[[Any, int], tuple[list, Any]], total: int) -> None:
        """`total` rows, a page at a time from `fetch(after, limit)`."""
        self._fetch, self._sorted, self.total = fetch, False, total
        self.reload()

    def set_pages(self, fetch: Callable[[Any, int, str | None, bool], tuple[list, Any]] | None) -> None:
        """Uncounted pages from `fetch(cursor, limit, order, descending)`; a short page is the last."""
        self._fetch, self._sorted, self.total = fetch, True, None
        self.reload()

    def set_runner(self, runner) -> None:
        """Read pages on `runner` from now on (None: here and now)."""
        self.runner = runner

    def loading(self) -> bool:
        return self._latest.pending()

    def reload(self) -> None:
        self._latest.supersede()
        self.beginResetModel()
        self._rows, self._cursor, self._more = [], None, self._fetch is not None
        if self._fetch is not None and self.total != 0:
            if self.runner is None:
                self._rows = self._take(self._read())
            else:
                self._ask()  # arrives through the event loop, after the reset
        self._fetching = True  # no fetchMore from slots of modelReset (still inside the reset)
        try:
            self.endResetModel()
        finally:
            self._fetching = False

    # -- paging -----------------------------------------------------------------
    def _read(self):
        if self._sorted:
            return self._fetch(self._cursor, self.page_size, self.order, self.descending)
        return self._fetch(self._cursor, self.page_size)

    def _take(self, result) -> list:
        """The rows of a page read; moves the cursor on."""
        rows, cursor = result
        rows = list(rows)
        if rows:
            self._cursor = cursor
        if self.total is None:
            self._more = len(rows) >= self.page_size
            return rows
        return rows[: self.total - len(self._rows)]

    def _ask(self) -> None:
        """The next page on the runner; `_arrived` appends it unless a reload came first."""
        fetch, cursor, size, order, descending = self._fetch, self._cursor, self.page_size, self.order, self.descending
        if self._sorted:
            job = lambda progress, cancelled: fetch(cursor, size, order, descending)  # noqa: E731
        else:
            job = lambda progress, cancelled: fetch(cursor, size)  # noqa: E731
        self._latest.submit(self.runner, job, self._arrived, self._failed)

    def _arrived(self, result) -> None:
        self._append(self._take(result))
        self.fetched.emit()

    def _failed(self, error: BaseException) -> None:
        self._more = False
        self.failed.emit(error)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._fetching or self._fetch is None or self._latest.pending():
            return False
        return self._more if self.total is None else len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        if self.runner is not None:
            self._ask()
            return
        self._append(self._take(self._read()))

    def _append(self, rows: list) -> None:
        if not rows:
            if self.total is not None:
                self.total = len(self._rows)  # rows went away meanwhile
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all(self) -> None:
        """Everything, for a sort, a filter or an export of the whole table."""
        while self.canFetchMore():
            self.fetchMore()

    def paged(self) -> bool:
        """Are the rows read a page at a time (not given as a whole list)?"""
        return self._fetch is not None

    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "uuid", None) == uuid), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Columns with a sort_key sort in the database; the others not here (a proxy sorts them)."""
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

    def shown(self, column: Column, value) -> str | int:
        if self.local_times and isinstance(value, dt.datetime):
            return local_time(value)
        return display(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(column, column.get(row))
        if role == SortRole:
            value = column.get(row)
            return "" if value is None else value
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

    def table(self) -> tuple[list[str], list[list]]:
        """Headers and displayed values of the loaded rows, for an Excel export of what is shown."""
        return ([c.header for c in self.columns],
                [[self.shown(c, c.get(row)) for c in self.columns] for row in self._rows])


def table_contents(model) -> tuple[list[str], list[list]]:
    """The headers and the displayed text of every row of a table model (for an export of what
    the clerk sees: masked values stay masked)."""
    columns = model.columnCount()
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(columns)]
    rows = [[model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(columns)]
            for r in range(model.rowCount())]
    return headers, rows
