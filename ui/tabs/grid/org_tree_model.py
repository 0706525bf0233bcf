"""The organisation tree (district -> ... -> grid) as a Qt item model, and its filter.

Built from `app.org.tree_rows()` (parents before children). Columns: name,
level, code, number of direct sub-units, residents and buildings rolled up
(`set_counts`, from app.grid.coverage.counts_by_unit, filled in when they arrive).
Grids without a grid leader (`set_counts(..., vacant)`) are drawn in red with a
marker and the tooltip "No grid leader". A proxy filters by name or code and
keeps the path from the top to every match (recursive filtering).
"""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from app.org import TreeRow
from ui import labels

Index = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("row", "parent", "children", "pos")

    def __init__(self, row: TreeRow | None, parent: "_Node | None"):
        self.row, self.parent, self.children, self.pos = row, parent, [], 0


class OrgTreeModel(QAbstractItemModel):
    NAME, LEVEL, CODE, CHILDREN, RESIDENTS, BUILDINGS = range(6)
    COLUMNS = 6
    VACANT_COLOUR = QColor("#b3261e")
    UuidRole = Qt.ItemDataRole.UserRole + 1
    LevelRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = _Node(None, None)
        self._by_uuid: dict[str, _Node] = {}
        self._counts: dict[str, dict[str, int]] = {}
        self._vacant: set[str] = set()

    def set_counts(self, counts: dict[str, dict[str, int]], vacant: set[str] | None = None) -> None:
        self._counts = counts
        if vacant is not None:
            self._vacant = set(vacant)
        if self._root.children:
            # One signal for the top level: views repaint their whole viewport for a range,
            # and every Python-side emit costs (PySide6 6.12 drops a reference to True per emit).
            first, last = self._root.children[0], self._root.children[-1]
            self.dataChanged.emit(self.createIndex(first.pos, 0, first),
                                  self.createIndex(last.pos, self.COLUMNS - 1, last))

    def is_vacant(self, uuid: str) -> bool:
        return uuid in self._vacant

    def counts_of(self, uuid: str) -> dict[str, int]:
        return self._counts.get(uuid, {})

    def set_rows(self, rows: list[TreeRow]) -> None:
        self.beginResetModel()
        self._root, self._by_uuid = _Node(None, None), {}
        for row in rows:
            parent = self._by_uuid.get(row.parent_uuid, self._root)
            node = _Node(row, parent)
            node.pos = len(parent.children)
            parent.children.append(node)
            self._by_uuid[row.uuid] = node
        self.endResetModel()

    def unit_count(self) -> int:
        return len(self._by_uuid)

    def index_of(self, uuid: str, column: int = 0) -> QModelIndex:
        node = self._by_uuid.get(uuid)
        return self.createIndex(node.pos, column, node) if node else QModelIndex()

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.pos, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        row, column = node.row, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == self.UuidRole:
            return row.uuid
        if role == self.LevelRole:
            return row.level
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.CHILDREN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        vacant = row.uuid in self._vacant
        if role == Qt.ItemDataRole.ForegroundRole and vacant and column == self.NAME:
            return self.VACANT_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, vacant)
        return None

    def _tooltip(self, row: TreeRow, vacant: bool) -> str:
        text = f"{row.name}（{row.code}）"
        return text + "\n" + self.tr("No grid leader") if vacant else text

    def _display(self, node: _Node, column: int):
        row = node.row
        if column == self.NAME:
            return row.name + ("  ●" if row.uuid in self._vacant else "")
        if column == self.LEVEL:
            return labels.level(row.level)
        if column == self.CODE:
            return row.code
        if column in (self.RESIDENTS, self.BUILDINGS):
            counts = self._counts.get(row.uuid)
            key = "residents" if column == self.RESIDENTS else "buildings"
            return f"{counts[key]:,}" if counts and counts.get(key) else ""
        return len(node.children) or ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMNS:
            return (self.tr("Name"), self.tr("Level"), self.tr("Code"), self.tr("Sub-units"), self.tr("Residents"),
                    self.tr("Buildings"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class OrgFilterProxy(QSortFilterProxyModel):
    """Keeps units whose name or code contains the text, and the path down to them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        for column in (OrgTreeModel.NAME, OrgTreeModel.CODE):
            value = model.index(source_row, column, source_parent).data()
            if self._needle in str(value).casefold():
                return True
        return False
