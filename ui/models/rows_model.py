"""A small read-only table over a list of dataclass rows, one getter per column.

Used for coverage and search hits (a few hundred rows) and, lazily through
LazyRowsModel, for buildings, establishments and role holders (53,000
buildings in a city district); a QSortFilterProxyModel on top sorts and
filters. Rows a clerk must notice (a building without leader, an ended role)
are flagged: grey or red text and a tooltip.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
FLAG_COLOURS = {"warn": QColor("#b3261e"), "muted": QColor("#80868b")}


@dataclass(frozen=True)
class Col:
    header: str
    get: Callable[[Any], Any]
    right: bool = False  # numbers


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Col], flag: Callable[[Any], tuple[str, str] | None] | None = None,
                 parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._flag = flag or (lambda row: None)
        self._rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.get(row))
        if role == SortRole:
            value = column.get(row)
            return "" if value is None else value
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flag = self._flag(row) if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole) else None
        if flag and role == Qt.ItemDataRole.ForegroundRole:
            return FLAG_COLOURS.get(flag[0])
        if flag and role == Qt.ItemDataRole.ToolTipRole:
            return flag[1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def table(self) -> tuple[list[str], list[list]]:
        """Headers and displayed values, for an Excel export of what is shown."""
        return ([c.header for c in self.columns],
                [[display(c.get(row)) for c in self.columns] for row in self._rows])


def display(value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, int | str):
        return value
    return str(value)


class LazyRowsModel(RowsModel):
    """The same table read a page at a time by keyset (canFetchMore/fetchMore):
    `fetch(after, limit)` returns (rows, cursor of the last row) and `total` says
    how many there are. `set_rows` still takes a whole list."""

    def __init__(self, columns: Sequence[Col], flag: Callable[[Any], tuple[str, str] | None] | None = None,
                 parent=None, page_size: int = 500):
        super().__init__(columns, flag, parent)
        self.page_size = page_size
        self.total = 0
        self._fetch: Callable | None = None
        self._cursor = None
        self._fetching = False  # views may ask again from inside a reset or an insert

    def set_source(self, fetch: Callable[[Any, int], tuple[list, Any]], total: int) -> None:
        self.beginResetModel()
        self._fetch, self.total, self._cursor, self._rows = fetch, total, None, []
        self._rows = self._next() if total else []
        self._fetching = True
        try:
            self.endResetModel()
        finally:
            self._fetching = False

    def set_rows(self, rows: Sequence) -> None:
        self._fetch, self.total = None, len(rows)
        super().set_rows(rows)

    def loaded(self) -> int:
        return len(self._rows)

    def _next(self) -> list:
        rows, cursor = self._fetch(self._cursor, self.page_size)
        if rows:
            self._cursor = cursor
        return list(rows)[: self.total - len(self._rows)]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return (not parent.isValid() and not self._fetching and self._fetch is not None
                and len(self._rows) < self.total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        rows = self._next()
        if not rows:
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


def table_contents(model) -> tuple[list[str], list[list]]:
    """The headers and the displayed text of every row of a table model (for an export of what
    the clerk sees: masked values stay masked)."""
    columns = model.columnCount()
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(columns)]
    rows = [[model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(columns)]
            for r in range(model.rowCount())]
    return headers, rows
