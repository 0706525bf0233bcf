"""A small read-only table over a list of dataclass rows, one getter per column.

Used for buildings, establishments, role holders, coverage and search hits
(each a few thousand rows at most); a QSortFilterProxyModel on top sorts and
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
