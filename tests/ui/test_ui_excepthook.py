"""Uncaught exceptions are logged and shown in a dialog on the GUI thread."""

import logging
import sys
import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import ValidationError
from ui.excepthook import ExceptHook, ExceptionDialog, scrub


def raise_and_hook(hook, exc):
    try:
        raise exc
    except type(exc):
        hook(*sys.exc_info())


def test_unexpected_error_shows_the_traceback_dialog(qtbot, caplog):
    hook = ExceptHook()
    with caplog.at_level(logging.ERROR):
        raise_and_hook(hook, RuntimeError("phone 13812345678 in a message"))
    qtbot.waitUntil(lambda: len(hook.dialogs) == 1)
    dialog = hook.dialogs[0]
    assert isinstance(dialog, ExceptionDialog) and dialog.isVisible()
    assert "RuntimeError" in dialog.details.toPlainText()
    assert "13812345678" not in caplog.text and "RuntimeError" in caplog.text
    qtbot.mouseClick(dialog.copy_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert "RuntimeError" in QApplication.clipboard().text()
    dialog.reject()
    qtbot.waitUntil(lambda: not hook.dialogs)


def test_expected_error_shows_its_message(qtbot):
    hook = ExceptHook()
    raise_and_hook(hook, ValidationError("请填写名称（不超过60个字）。"))
    qtbot.waitUntil(lambda: len(hook.dialogs) == 1)
    box = hook.dialogs[0]
    assert isinstance(box, QMessageBox)
    assert box.text() == "请填写名称（不超过60个字）。"
    box.done(0)
    qtbot.waitUntil(lambda: not hook.dialogs)


def test_error_in_a_thread_is_shown_on_the_gui_thread(qtbot):
    hook = ExceptHook()
    shown_on = []
    hook._show.connect(lambda *a: shown_on.append(threading.current_thread()))
    worker = threading.Thread(target=raise_and_hook, args=(hook, KeyError("x")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(hook.dialogs) == 1)
    assert shown_on == [threading.main_thread()]
    hook.dialogs[0].reject()


def test_scrub_masks_long_digit_runs():
    assert scrub("call 13812345678 or 611002199001011234") == "call 138**** or 611****"
