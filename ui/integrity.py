"""The integrity check a start did not wait for, in the background on its own thread.

- A file exactly as GridDesk left it skips the check at open (db/connection.py); it is checked
  here after start while the clerk works, as before.
- A file that was not closed cleanly (a crash, a power cut) used to be checked before anything
  was on screen (11 s at `shangzhou`, 105 s at `city`). Now the check starts as soon as the file
  is open — it runs while the clerk signs in — and the window opens at once with a progress line
  in its status bar; reads go on, every write says to wait until the check is done
  (`GuardedDatabase.hold_writes`), and the daily backup waits for it too.
Damage found stops every write; with an intact backup of this site the clerk is offered the same
restore as at start (the window closes, ui/app.py restores and reopens), else told what to do.
"""

import logging

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QWidget

from app import backups, recovery
from ui.runner import Runner, Task

logger = logging.getLogger(__name__)

_checker: Runner | None = None  # its own worker: the runner's queue (dashboard, lists) never waits for it
_task: Task | None = None


def begin(session) -> Task | None:
    """Start the check of a file opened without one (None when it was checked at open)."""
    global _checker, _task
    if getattr(session.db, "checked_at_open", True):
        return None
    path = session.db_path
    _checker = _checker or Runner(QCoreApplication.instance())
    _task = _checker.run(lambda progress, cancelled: recovery.damage_found(path, cancelled), "integrity-check")
    return _task


def start(window, then=None):
    """Tie the check (begun at open, or now) to `window` (again for the window after a sign-out);
    `then()` runs once writes may go on: at once after a clean start, after the check for a
    file that was not closed cleanly."""
    task = _task or begin(window.session)
    if task is None or not getattr(window.session.db, "unclean", False):
        _then(then)
    if task is None:
        return None
    if task.status == "running":
        _hold(window)
        task.finished.connect(_Verdict(window, then).arrived)  # not after `window` is gone
    elif task.status == "done":
        _checked(window, task.result, then)
    return task


class _Verdict(QObject):
    """Hands the verdict to its window while that window exists."""

    def __init__(self, window, then):
        super().__init__(window)
        self.window, self.then = window, then

    @Slot(object)
    def arrived(self, verdict) -> None:
        if self.window.isVisible():  # a window closed by a sign-out waits for deletion: the next one has it
            _checked(self.window, verdict, self.then)


def stop() -> None:
    """Cancel a check still running (the window closes): the next start checks again."""
    global _checker, _task
    if _checker is not None:
        _checker.shutdown()
    _checker = _task = None


def _hold(window) -> None:
    db = window.session.db
    if getattr(db, "unclean", False):
        db.hold_writes(recovery.check_running_error(window.session.db_path))
        window.check_line = CheckLine()
        window.status.addWidget(window.check_line)


def _then(then) -> None:
    if then is not None:
        then()


def _checked(window, verdict: str | None, then=None) -> None:
    global _task
    _task = None
    db, line = window.session.db, getattr(window, "check_line", None)
    db.checked_at_open = True  # checked now: a window after a sign-out does not check again
    if line is not None:
        window.status.removeWidget(line)
        line.deleteLater()
        window.check_line = None
    if verdict is None:
        logger.info("background integrity check: ok")
        if getattr(db, "unclean", False):
            db.unclean = False
            db.release_writes()
            window.status.showMessage(QCoreApplication.translate("integrity", "Database check passed."), 8000)
            _then(then)
        return
    error = recovery.stop_writes(db, window.session.db_path, verdict)
    db.held = None
    _offer_restore(window, error.message)


def _offer_restore(window, message: str) -> None:
    from ui.dialogs.recovery import RestoreOffer

    backup = backups.newest_good_backup(window.session.db_path)
    if backup is None:
        title = QCoreApplication.translate("integrity", "The database is damaged")
        QMessageBox.critical(window, title, message)
    elif RestoreOffer.ask(message, backup, window):
        window.restore_from = backup  # ui/app.py restores it and opens the window again
        window.close()


class CheckLine(QWidget):
    """The status bar's progress line while the check runs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self.tr("Checking the database's integrity… (changes can be saved when it is done)"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # SQLite's check does not say how far it is
        self.bar.setMaximumWidth(120)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
