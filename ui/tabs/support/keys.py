"""The keyboard helpers of the proxy-service quick log: combo boxes of numbered
items where a digit picks the item, an entry row where Enter submits and Esc
clears, and a completer of residents for "for whom" (Down and Enter choose one;
Enter with none highlighted submits the typed name)."""

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QFrame, QLineEdit

from app import search
from ui.kit.resident_picker import hit_text

NAME_ROLE = Qt.ItemDataRole.UserRole + 10
UUID_ROLE = Qt.ItemDataRole.UserRole + 11
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def numbered(options: dict[str, str]) -> dict[str, str]:
    """'1 社保办理', '2 医保报销' … '0 其他': a digit picks the item in a closed combo box."""
    return {key: f"{(i + 1) % 10} {name}" for i, (key, name) in enumerate(options.items())}


class DigitCombo(QComboBox):
    """A closed combo box of numbered items where a digit key picks its item at once
    (the built-in type-ahead would join digits typed within 0.4 s into one search)."""

    def __init__(self, options: dict[str, str]):
        super().__init__()
        for key, text in numbered(options).items():
            self.addItem(text, key)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            index = next((i for i in range(self.count()) if self.itemText(i).startswith(text + " ")), -1)
            if index >= 0:
                self.setCurrentIndex(index)
                return
        super().keyPressEvent(event)


class EntryRow(QFrame):
    """The fields of one entry; Enter anywhere in it submits, Esc clears."""

    submitted = Signal()
    cleared = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in ENTER:
            self.submitted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cleared.emit()
        else:
            super().keyPressEvent(event)


class PopupKeys(QObject):
    """Enter in the completion popup with nothing highlighted submits the entry row."""

    def __init__(self, entry: EntryRow):
        super().__init__(entry)
        self.entry = entry

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in ENTER and not watched.currentIndex().isValid():
            watched.hide()
            self.entry.submitted.emit()
            return True
        return False


class ResidentCompleter(QCompleter):
    """Residents of one community whose name matches what was typed (one indexed search per edit)."""

    chosen = Signal(str)  # the resident's uuid

    def __init__(self, edit: QLineEdit, entry: EntryRow):
        self.people = QStandardItemModel(edit)
        super().__init__(self.people, edit)
        self.setCompletionRole(NAME_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit.setCompleter(self)
        self.activated[QModelIndex].connect(lambda index: self.chosen.emit(index.data(UUID_ROLE)))
        self.popup().installEventFilter(PopupKeys(entry))

    def suggest(self, text: str, root_path: str | None, limit: int = 15) -> None:
        self.people.clear()
        if not text.strip() or root_path is None:
            return
        for hit in search.search_residents(text, root_path=root_path, limit=limit):
            item = QStandardItem(hit_text(hit))
            item.setData(hit.name, NAME_ROLE)
            item.setData(hit.uuid, UUID_ROLE)
            self.people.appendRow(item)


