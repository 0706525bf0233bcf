"""The maximum of a text field, shown where it is typed: a line edit takes no more than the
field's maximum (setMaxLength); a multi-line box shows "used/maximum" in its corner and drops
what is typed or pasted past it. The maxima are declared once, on the input dataclasses of
app/ (app.validators.text_field), which refuse longer text anyway."""

import dataclasses

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.validators import max_length

COUNTER_STYLE = "color: #5f6368; background: transparent; padding: 0 4px;"
FULL_STYLE = "color: #b3261e; background: transparent; padding: 0 4px;"


class LengthCounter(QLabel):
    """"12/500" in the bottom-right corner of a QPlainTextEdit, which it keeps within the maximum."""

    def __init__(self, editor: QPlainTextEdit, maximum: int):
        super().__init__(editor)
        self.editor, self.maximum = editor, maximum
        editor.textChanged.connect(self._changed)
        editor.installEventFilter(self)
        self._changed()

    def _changed(self) -> None:
        extra = len(self.editor.toPlainText()) - self.maximum
        if extra > 0:  # what was just typed or pasted, before the cursor
            cursor = self.editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, extra)
            cursor.removeSelectedText()
        used = len(self.editor.toPlainText())
        self.setText(f"{used}/{self.maximum}")
        self.setStyleSheet(FULL_STYLE if used >= self.maximum else COUNTER_STYLE)
        self._place()

    def _place(self) -> None:
        self.adjustSize()
        self.move(self.editor.width() - self.width() - 4, self.editor.height() - self.height() - 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


def limit(widget: QWidget, maximum: int) -> QWidget:
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(maximum)
    elif isinstance(widget, QPlainTextEdit) and widget.findChild(LengthCounter) is None:
        LengthCounter(widget, maximum)
    return widget


def limit_fields(owner: QObject, cls, **widgets: QWidget) -> dict[str, QWidget]:
    """Give each text widget of `owner` the maximum of the field of `cls` it holds: the attribute of
    the field's name, or the widget passed for it (requester_name=self.name). Returns what was limited."""
    done = {}
    for field in dataclasses.fields(cls):
        widget = widgets.get(field.name, getattr(owner, field.name, None))
        if "max_length" in field.metadata and isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox):
            done[field.name] = limit(widget, max_length(cls, field.name))
    return done
