"""The residents page on the right of the grid-management tab (its other sub-tabs are
TablePages of ui/kit/page.py): the residents of the selected unit, fetched lazily."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView, QWidget

from ui.kit.count_line import counted_line
from ui.kit.page import Page
from ui.tabs.grid.resident_model import ResidentListModel


class ResidentsPage(Page):
    """The residents of the selected unit, fetched lazily page by page."""

    def __init__(self, parent: QWidget | None = None, page_size: int | None = None):
        super().__init__(parent)
        self.model = ResidentListModel(self, **({"page_size": page_size} if page_size else {}))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((70, 40, 84, 140, 100, 76, 84, 90, 80)):
            self.view.setColumnWidth(column, width)
        self.count_line(self.model, self._line)

    def set_scope(self, path: str | None) -> None:
        self.model.set_scope(path)

    def _line(self) -> str:
        text = self.tr("%1 residents").replace("%1", f"{self.model.total:,}")
        return counted_line(text, self.model.loaded(), self.model.total)

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))


def first_index(view: QTableView) -> QModelIndex:
    return view.model().index(0, 0)
