"""A slim bar above the tables: what was just done, and an Undo button where the
action can be reversed safely (retire -> restore, move -> move back, create -> retire).

The bar keeps its place when it is hidden and is one line high whatever the message
(a long one is elided, whole in its tooltip): showing a message never moves the
buttons below it under the clerk's mouse."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

HIDE_AFTER_MS = 30000


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet("#messageBar { background: #e8f0fe; border: 1px solid #aecbfa; border-radius: 4px; }")
        self.text = ElidedLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.close_button = QPushButton("×")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.setToolTip(self.tr("Close"))
        self.undo_button.clicked.connect(self._undo)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo_action: Callable[[], None] | None = None
        self._timer = QTimer(self)  # no property keywords: singleShot=True leaks a bool reference in PySide6 6.12
        self._timer.setSingleShot(True)
        self._timer.setInterval(HIDE_AFTER_MS)
        self._timer.timeout.connect(self.dismiss)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.setFixedHeight(self.undo_button.sizeHint().height() + 6)
        self.hide()

    def show_message(self, text: str, undo: Callable[[], None] | None = None, error: bool = False) -> None:
        self._undo_action = undo
        self.text.setText(text)
        self.text.setStyleSheet("color: #b3261e;" if error else "")
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._timer.start()

    def can_undo(self) -> bool:
        return self.isVisibleTo(self.parentWidget()) and self._undo_action is not None

    def _undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self.undo_button.hide()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._undo_action = None
        self.hide()


class ElidedLabel(QLabel):
    """One line: what does not fit ends in "…", and the whole text is the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 20))
        super().setText(shown)
