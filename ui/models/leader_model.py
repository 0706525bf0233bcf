"""Grid leaders of a unit's subtree: name, masked phone, grid."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.org_summary import Leader

Index = QModelIndex | QPersistentModelIndex


class LeaderModel(QAbstractTableModel):
    NAME, PHONE, GRID = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Leader] = []

    def set_rows(self, rows: list[Leader]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return (row.name, row.phone_masked, row.grid_name)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Grid leader"), self.tr("Phone"), self.tr("Grid"))[section]
        return None
