"""Small shared widgets."""

from PySide6.QtWidgets import QLabel


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
