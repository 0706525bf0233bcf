"""备份到U盘: an encrypted copy of the database in a folder the clerk picks (a USB stick),
written on the runner (app/backup_offsite.py)."""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import backup_offsite
from app.errors import EXPECTED, user_message
from ui.runner import LOW


def back_up_to_stick(window):
    """Ask for the folder, then run the encrypted backup; returns the task (None if cancelled)."""
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate(
        "offsite_backup", "Back up to a USB stick: choose a folder on the stick"))
    if not folder:
        return None
    db, path = window.session.db, window.session.db_path
    window.status.showMessage(QCoreApplication.translate("offsite_backup", "Writing the encrypted backup…"))
    task = window.runner.run(lambda progress, cancelled: backup_offsite.backup_to(db, path, folder), "offsite-backup",
                             LOW)
    task.finished.connect(lambda written: window.status.showMessage(
        QCoreApplication.translate("offsite_backup", "Encrypted backup written: %1 (only this site's and the district's keys open it)")
        .replace("%1", str(written)), 15000))
    task.failed.connect(lambda error: _failed(window, error))
    return task


def _failed(window, error: BaseException) -> None:
    window.status.clearMessage()
    if isinstance(error, EXPECTED):
        QMessageBox.warning(window, QCoreApplication.translate("offsite_backup", "Backup failed"), user_message(error))
    else:
        sys.excepthook(type(error), error, error.__traceback__)
