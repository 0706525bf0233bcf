"""The models of the notices tab: the register of issued notices (a table) and the
records a notice can be made from (a list with a search box above it)."""

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.notices.records import Record, RegisterRow
from ui.kit.table_model import Column, RowRole, TableModel

Index = QModelIndex | QPersistentModelIndex


class NoticeRegisterModel(TableModel):
    """出具登记: kind, number, subject, unit, issued on, by whom, pages, font, SHA-256 (short)."""

    def __init__(self, parent=None):
        columns = [Column(self.tr("Kind"), lambda r: r.kind_label), Column(self.tr("Number"), lambda r: r.number),
                   Column(self.tr("Subject"), lambda r: r.subject), Column(self.tr("Unit"), lambda r: r.unit),
                   Column(self.tr("Issued on"), lambda r: r.issued_on), Column(self.tr("By"), lambda r: r.by),
                   Column(self.tr("Pages"), lambda r: r.pages, right=True), Column(self.tr("Font"), lambda r: r.font),
                   Column(self.tr("SHA-256"), lambda r: r.sha_short)]
        super().__init__(columns, parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == len(self.columns) - 1:
            return self._rows[index.row()].sha256  # the whole digest on the short one
        return super().data(index, role)

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)

    def rows(self) -> list[RegisterRow]:
        return list(self._rows)


class NoticeRecordModel(QAbstractListModel):
    """The records of the chosen unit a notice of an "id" kind can be made from."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Record] = []

    def set_rows(self, rows: Sequence[Record]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return record.text
        if role == RowRole:
            return record
        return None

    def record_at(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)
