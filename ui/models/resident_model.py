"""The residents of a subtree, fetched a page at a time (canFetchMore/fetchMore)
from app.grid_lists by keyset: each page asks for the rows after the last one
loaded, so scrolling deep costs what the first page costs. Sorting a column
asks the database again. Only the loaded pages are held in Python; ID and
phone numbers come masked."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app import grid_lists
from app.grid_lists import ResidentRow

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class ResidentListModel(QAbstractTableModel):
    NAME, GENDER, BIRTH, ID, PHONE, BUILDING, ROOM, HOUSEHOLD, RELATION, GRID = range(10)
    _FIELDS = ("name", "gender", "birth_date", "id_masked", "phone_masked", "building", "room", "household_no",
               "relation", "grid_name")
    _ORDERS = ("name", "gender", "birth_date", "id_number", "phone", "building", "room", "household_no",
               "relation", "grid")
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None, page_size: int = PAGE):
        super().__init__(parent)
        self.page_size = page_size
        self.path: str | None = None
        self.total = 0
        self.order, self.descending = "grid", False
        self._rows: list[ResidentRow] = []
        self._cursor = None  # the sort key of the last loaded row
        self._fetching = False  # views may ask again from inside beginInsertRows

    def set_scope(self, path: str | None) -> None:
        self.path = path
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.total = grid_lists.resident_count(self.path) if self.path else 0
        self._cursor, self._rows = None, []
        self._rows = self._page() if self.total else []  # the first page comes with the reset
        self._fetching = True  # no fetchMore from slots of modelReset (still inside the reset)
        try:
            self.endResetModel()
        finally:
            self._fetching = False

    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> ResidentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return (not parent.isValid() and not self._fetching and self.path is not None
                and len(self._rows) < self.total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._page()
        if not page:
            self.total = len(self._rows)  # rows went away meanwhile
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def _page(self) -> list[ResidentRow]:
        page = grid_lists.resident_page(self.path, self._cursor, self.page_size, self.order, self.descending,
                                        scope_count=self.total)
        self._cursor = page.cursor
        return page.rows[: self.total - len(self._rows)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._ORDERS):
            return
        self.order = self._ORDERS[column]
        self.descending = Qt.SortOrder(order) == Qt.SortOrder.DescendingOrder
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, self._FIELDS[index.column()])
        if role == self.RowRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Name"), self.tr("Gender"), self.tr("Born"), self.tr("ID number"), self.tr("Phone"),
                   self.tr("Building"), self.tr("Room"), self.tr("Household"), self.tr("Relation"), self.tr("Grid"))
        return headers[section] if 0 <= section < len(headers) else None
