"""The residents of a subtree, fetched a page at a time (canFetchMore/fetchMore)
from app.grid.lists by keyset: each page asks for the rows after the last one
loaded, so scrolling deep costs what the first page costs. Sorting a column
asks the database again (and counts again). Only the loaded pages are held in
Python; ID and phone numbers come masked. The paging is the kit's one table model
(ui/kit/table_model.py); what is the residents' own is here: the columns, the
count of the subtree and its order by grid until a column is sorted."""

from app.grid import lists
from ui.kit.table_model import Column, RowRole, TableModel

PAGE = 200


class ResidentListModel(TableModel):
    NAME, GENDER, BIRTH, ID, PHONE, BUILDING, ROOM, HOUSEHOLD, RELATION, GRID = range(10)
    _FIELDS = ("name", "gender", "birth_date", "id_masked", "phone_masked", "building", "room", "household_no",
               "relation", "grid_name")
    _ORDERS = ("name", "gender", "birth_date", "id_number", "phone", "building", "room", "household_no",
               "relation", "grid")
    RowRole = RowRole

    def __init__(self, parent=None, page_size: int = PAGE):
        headers = (self.tr("Name"), self.tr("Gender"), self.tr("Born"), self.tr("ID number"), self.tr("Phone"),
                   self.tr("Building"), self.tr("Room"), self.tr("Household"), self.tr("Relation"), self.tr("Grid"))
        super().__init__([self._column(header, field, order)
                          for header, field, order in zip(headers, self._FIELDS, self._ORDERS, strict=True)],
                         None, parent, page_size=page_size)
        self.path: str | None = None
        self.order, self.descending = "grid", False

    @staticmethod
    def _column(header: str, field: str, order: str) -> Column:
        return Column(header, lambda row: getattr(row, field), sort_key=order)

    def set_scope(self, path: str | None) -> None:
        self.path = path
        self.reload()

    def reload(self) -> None:
        """Count the subtree, then its first page comes with the reset."""
        path = self.path
        self.total = lists.resident_count(path) if path else 0
        self._sorted = True
        self._fetch = self._resident_page if path else None
        super().reload()

    def _resident_page(self, after, limit: int, order: str, descending: bool):
        page = lists.resident_page(self.path, after, limit, order, descending, scope_count=self.total)
        return page.rows, page.cursor
