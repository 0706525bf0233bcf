"""Find a resident in the roster: a search box and a Find button. Enter in the box
searches and goes no further, so it never presses the dialog's default button (a
search must not save a half-filled form)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchEdit(QLineEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # emits returnPressed: the search runs
        if event.key() in ENTER:
            event.accept()  # and the key stops here, before the dialog's default button


def find_row(placeholder: str, search: Callable[[], None]) -> tuple[QWidget, SearchEdit]:
    """The row to put in a form, and its search box."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    edit = SearchEdit()
    edit.setPlaceholderText(placeholder)
    edit.returnPressed.connect(search)
    button = QPushButton(QCoreApplication.translate("FindRow", "Find"))
    button.setAutoDefault(False)
    button.clicked.connect(search)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row, edit
