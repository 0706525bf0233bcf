"""Find a resident in the roster and pick one: a search box with its Find button (`row`, a
form row of its own) and the residents found in a combo box (`combo`, the next row). The
combo's data is the resident's uuid (`GRID_ROLE`: their grid's); with a `none_text` the
first item stands for "not in the roster" (data None) and one hit alone is picked for the
clerk, of several none is. `found(count)` fires after every search."""

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox

from app import search
from ui.kit.find_row import find_row

GRID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 50


def hit_text(hit: search.ResidentHit, shows: Sequence[str] = ("phone_masked", "grid_name")) -> str:
    """How a resident found shows in a list: the name, then the `shows` fields."""
    return "  ".join([hit.name, *(str(getattr(hit, field)) for field in shows)])


class ResidentPicker(QObject):
    found = Signal(int)  # how many residents the search found

    def __init__(self, parent: QObject, root_path: str | None, placeholder: str, none_text: str | None = None,
                 shows: Sequence[str] = ("phone_masked", "grid_name")):
        """`shows`: what follows the name in an item (ResidentHit fields: id_masked, phone_masked,
        grid_name, address)."""
        super().__init__(parent)
        self.root_path, self.shows, self.none_text = root_path, tuple(shows), none_text
        self.row, self.find = find_row(placeholder, self.search)
        self.combo = QComboBox()
        if none_text is not None:
            self.combo.addItem(none_text, None)

    def search(self) -> None:
        hits = search.search_residents(self.find.text(), root_path=self.root_path, limit=LIMIT)
        keep = 0 if self.none_text is None else 1
        self.combo.blockSignals(True)
        while self.combo.count() > keep:
            self.combo.removeItem(keep)
        for hit in hits:
            self.combo.addItem(hit_text(hit, self.shows), hit.uuid)
            self.combo.setItemData(self.combo.count() - 1, hit.grid_uuid, GRID_ROLE)
        self.combo.blockSignals(False)
        if self.none_text is not None:
            self.combo.setCurrentIndex(1 if len(hits) == 1 else 0)  # of several, the clerk picks one
        self.found.emit(len(hits))

    def uuid(self) -> str | None:
        """The resident picked (None: nobody, or "not in the roster")."""
        return self.combo.currentData()

    def grid_uuid(self) -> str | None:
        return self.combo.currentData(GRID_ROLE)

    def choose(self, uuid: str) -> None:
        """Pick the resident found with this uuid."""
        index = self.combo.findData(uuid)
        if index >= 0:
            self.combo.setCurrentIndex(index)
