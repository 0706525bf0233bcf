"""Small shared widgets."""

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QWidget,
)

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
    if text:
        fit_dialog(label.window())


def fit_dialog(window: QWidget) -> None:
    """Grow a shown dialog so that every wrapped line of its messages can be read (a dialog does
    not grow by itself when a word-wrapped label appears in it), up to the screen's height."""
    layout = window.layout()
    if not isinstance(window, QDialog) or not window.isVisible() or layout is None:
        return
    layout.activate()
    width = window.width()
    need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    screen = window.screen().availableGeometry().height() if window.screen() else need
    if need > window.height():
        window.resize(width, min(need, screen - 40))


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6368;")
    return label


def searchable(combo: QComboBox) -> QComboBox:
    """A long list (hundreds of grids) to type in: any part of a name finds it, nothing new is added."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def typed_choice(combo: QComboBox):
    """The data of the item whose text is typed in a searchable combo (indentation aside); None when none matches."""
    typed = combo.currentText().strip("　 ")
    index = next((i for i in range(combo.count()) if combo.itemText(i).strip("　 ") == typed), -1)
    return combo.itemData(index) if index >= 0 and typed else None


def _settle(area: QScrollArea) -> None:
    """Lay out what was just added inside the area (and let the area resize its widget) before
    scrolling: otherwise the area scrolls to where a new widget is not yet placed."""
    inner = area.widget()
    if inner is not None and inner.layout() is not None:
        inner.layout().activate()
        QApplication.sendPostedEvents(inner, QEvent.Type.LayoutRequest)
        QApplication.sendPostedEvents(area, QEvent.Type.LayoutRequest)


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around `widget` so that it can be seen."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            _settle(area)
            area.ensureWidgetVisible(widget, 20, 20)
        parent = area


def clear_when_edited(widget: QWidget, label: QLabel) -> None:
    """Hide a field's error as soon as the clerk changes the field (the message was about the old value)."""
    signal = _change_signal(widget)
    if signal is not None:
        signal.connect(lambda *_args: set_error(label, ""))


CHANGE_SIGNALS = ((QLineEdit, "textEdited"), (QPlainTextEdit, "textChanged"), (QTextEdit, "textChanged"),
                  (QComboBox, "currentIndexChanged"), (QDateEdit, "dateChanged"), (QSpinBox, "valueChanged"),
                  (QDoubleSpinBox, "valueChanged"), (QAbstractButton, "toggled"))


def _change_signal(widget: QWidget):
    return next((getattr(widget, name) for kind, name in CHANGE_SIGNALS if isinstance(widget, kind)), None)
