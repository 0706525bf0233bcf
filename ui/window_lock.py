"""One window per database file, or a window that knows it is the second.

Each window holds a QLockFile beside the database (`<file>.window-lock`, with the process id;
a lock left by a crashed window is taken over). Two windows on one file both work — write
transactions wait for each other (db/locking.py) — but neither sees the other's changes until
it refreshes, so a second window says so at start and opens only if the clerk wants it.
A folder where no lock can be made (a read-only medium) starts without one.
"""

from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

_held: dict[Path, QLockFile] = {}  # the locks of this process's window: kept until it ends


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".window-lock")


def hold(db_path: Path) -> bool:
    """Take the window lock of the file; False when another running window holds it."""
    db_path = db_path.resolve()
    if db_path in _held:
        return True
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # only a dead process's lock is stale, however long a window stays open
    if lock.tryLock(0):
        _held[db_path] = lock
        return True
    return lock.error() != QLockFile.LockError.LockFailedError  # no permission / unknown: nothing to say


class SecondWindow(QMessageBox):
    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Already open"))
        self.setText(self.tr("The database %1 is already open in another GridDesk window.").replace("%1", db_path.name))
        self.setInformativeText(self.tr(
            "Both windows can work, but neither shows the other's changes until it is refreshed, and saving may "
            "wait for the other window. Switch to the other window, or open this one anyway?"))
        self.open_button = self.addButton(self.tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.close_button)

    @classmethod
    def ask(cls, db_path: Path, parent: QWidget | None = None) -> bool:
        box = cls(db_path, parent)
        box.exec()
        return box.clickedButton() is box.open_button
