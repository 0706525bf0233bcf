"""The integrity check a clean start skipped, run on the runner after the window is shown:
damage found there stops every write and tells the clerk what to do."""

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app import recovery
from ui.runner import LOW

logger = logging.getLogger(__name__)


def start(window):
    """Run quick_check in the background unless the start already did; returns the task."""
    session = window.session
    if getattr(session.db, "checked_at_open", True):
        return None
    path = session.db_path
    task = window.runner.run(lambda progress, cancelled: recovery.damage_found(path), "integrity-check", LOW)
    task.finished.connect(lambda verdict: _checked(window, verdict))
    return task


def _checked(window, verdict: str | None) -> None:
    if verdict is None:
        logger.info("background integrity check: ok")
        return
    error = recovery.stop_writes(window.session.db, window.session.db_path, verdict)
    title = QCoreApplication.translate("integrity", "The database is damaged")
    QMessageBox.critical(window, title, error.message)
