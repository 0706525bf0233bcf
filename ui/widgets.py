"""Small shared widgets."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QWidget,
)


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


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around `widget` so that it can be seen."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            area.ensureWidgetVisible(widget, 20, 20)
        parent = area


def clear_when_edited(widget: QWidget, label: QLabel) -> None:
    """Hide a field's error as soon as the clerk changes the field (the message was about the old value)."""
    signal = _change_signal(widget)
    if signal is not None:
        signal.connect(lambda *_args: set_error(label, ""))


def _change_signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None
