"""Small shared widgets."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel

# Every date a clerk can pick. Windows cannot turn a local date before 1970 into UTC
# (datetime.astimezone() raises OSError [Errno 22]), and no office record is that old.
FIRST_DATE, LAST_DATE = QDate(1990, 1, 1), QDate(2099, 12, 31)


def date_edit(day: dt.date | QDate | None = None) -> QDateEdit:
    """A date field (yyyy-MM-dd, calendar popup) limited to FIRST_DATE … LAST_DATE; today by default."""
    edit = QDateEdit()
    edit.setDateRange(FIRST_DATE, LAST_DATE)
    edit.setDate(QDate(day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def error_label() -> QLabel:
    """A red, word-wrapped label for a Chinese error message next to a field; hidden when empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setObjectName("error")
    label.hide()
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6368;")
    return label
