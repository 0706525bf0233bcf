"""A damaged database: offer the newest good backup; never recreate silently."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class RestoreOffer(QMessageBox):
    def __init__(self, message: str, backup: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setText(message)
        if backup is None:
            self.setInformativeText(self.tr("No intact backup was found beside the database. "
                                            "Please ask your administrator for help; the file has not been changed."))
            self.setStandardButtons(QMessageBox.StandardButton.Close)
            return
        when = dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        self.setInformativeText(self.tr(
            "Restore the newest intact backup (%1, %2)? The damaged file is kept as a copy in the backups folder.")
            .replace("%1", when).replace("%2", backup.name))
        self.restore_button = self.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Close)

    @classmethod
    def ask(cls, message: str, backup: Path | None, parent: QWidget | None = None) -> bool:
        box = cls(message, backup, parent)
        box.exec()
        return backup is not None and box.clickedButton() is box.restore_button


class DamagedLogOffer(RestoreOffer):
    """A damaged write-ahead log: restore the newest backup, or open without the log
    after a copy of both is saved; closing changes nothing."""

    RESTORE, DISCARD = "restore", "discard"

    def __init__(self, message: str, backup: Path | None, parent: QWidget | None = None):
        super().__init__(message, backup, parent)
        self.setWindowTitle(self.tr("The database's log is damaged"))
        self.setInformativeText(self.informativeText() + "\n\n" + self.tr(
            "Or open the database without the damaged log: a copy of the database and its log is saved "
            "in the backups folder first; the changes held only in the log are lost."))
        self.discard_button = self.addButton(self.tr("Save a copy and open without the log"),
                                             QMessageBox.ButtonRole.DestructiveRole)

    @classmethod
    def choose(cls, message: str, backup: Path | None, parent: QWidget | None = None) -> str | None:
        box = cls(message, backup, parent)
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.discard_button:
            return cls.DISCARD
        return cls.RESTORE if backup is not None and clicked is getattr(box, "restore_button", None) else None
