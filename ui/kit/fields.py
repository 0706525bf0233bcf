"""Form fields many dialogs build the same way."""

from PySide6.QtWidgets import QComboBox, QPlainTextEdit


def combo(items: dict[str, str], current: str | None = None) -> QComboBox:
    """A combo box of `items` (key: shown name), the key as item data; `current` chosen."""
    box = QComboBox()
    for key, name in items.items():
        box.addItem(name, key)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def text_box(height: int = 70, text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setFixedHeight(height)
    return box
