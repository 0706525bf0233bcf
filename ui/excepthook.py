"""Errors have a home (Vorta views/dialogs/exception.py): every uncaught exception
is logged and shown in a dialog on the GUI thread; the program never dies silently.

Expected failures (app.errors.EXPECTED) show their Chinese message; anything else
shows the traceback with a copy button. Log lines keep the stack but mask long
digit runs, so a phone or ID number in an exception text never reaches the log.
"""

import logging
import re
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import EXPECTED, user_message

logger = logging.getLogger(__name__)
_DIGITS = re.compile(r"\d{7,}")


def scrub(text: str) -> str:
    return _DIGITS.sub(lambda m: m.group()[:3] + "****", text)


class ExceptionDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        intro = QLabel(self.tr(
            "GridDesk ran into an unexpected problem. The data already saved is safe.\n"
            "Please copy the details below and send them to your administrator."))
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.details, buttons):
            layout.addWidget(widget)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


class ExceptHook(QObject):
    """Callable as sys.excepthook from any thread; shows the dialog on the GUI thread."""

    _show = Signal(object, str)  # exception, formatted traceback

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialogs: list[QWidget] = []
        self._show.connect(self._on_show)

    def __call__(self, etype, value, tb) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        text = "".join(traceback.format_exception(etype, value, tb))
        if isinstance(value, EXPECTED):
            logger.warning("uncaught expected error %s", getattr(value, "code", etype.__name__))
        else:
            logger.error("uncaught exception:\n%s", scrub(text))
        self._show.emit(value, text)

    @Slot(object, str)
    def _on_show(self, value: BaseException, text: str) -> None:
        parent = QApplication.activeWindow()
        if isinstance(value, EXPECTED):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("GridDesk"), user_message(value),
                              QMessageBox.StandardButton.Ok, parent)
        else:
            box = ExceptionDialog(text, parent)
        box.setModal(True)
        box.finished.connect(lambda _=0, b=box: self._forget(b))
        self.dialogs.append(box)
        box.show()

    def _forget(self, box: QWidget) -> None:
        if box in self.dialogs:
            self.dialogs.remove(box)
        box.deleteLater()


_hook: ExceptHook | None = None


def install() -> ExceptHook:
    global _hook
    if _hook is None:
        _hook = ExceptHook(QApplication.instance())
    sys.excepthook = _hook
    threading.excepthook = lambda args: _hook(args.exc_type, args.exc_value, args.exc_traceback)
    return _hook
