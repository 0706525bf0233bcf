"""From the command line to a signed-in session: the database path, the first-run
wizard, opening (with recovery from a damaged file) and signing in."""

import logging
import os
from argparse import Namespace
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app import backups
from app.audit import record_event
from app.errors import EXPECTED, user_message
from app.paths import default_db_path
from app.recovery import set_aside_damaged_log
from app.session import Session, close_session, open_session, require_site
from db.errors import DatabaseDamaged, NotADatabase, WalDamaged
from ui import integrity, splash
from ui import settings as opts
from ui.dialogs.login import LoginDialog
from ui.dialogs.recovery import DamagedLogOffer, RestoreOffer
from ui.runner import Runner
from ui.window_lock import SecondWindow, hold

logger = logging.getLogger(__name__)


class Stop(Exception):
    """The start ends here: exit code 0 (the user closed a dialog) or 1 (a failure was shown)."""

    def __init__(self, exit_code: int):
        super().__init__(exit_code)
        self.exit_code = exit_code


def resolve_db_path(args: Namespace) -> Path:
    return Path(getattr(args, "db", None) or os.environ.get("GRIDDESK_DB") or default_db_path())


def open_with_recovery(path: Path) -> Session:
    """Open; a damaged file (pages, header or log) is replaced by the newest good backup of
    this site only if the user agrees; a damaged log may instead be set aside (copy kept).
    A file not closed cleanly opens at once: ui/integrity.py checks it in the background."""
    try:
        return open_session(path, defer_check=True)
    except (DatabaseDamaged, NotADatabase) as exc:
        logger.error("database damaged: %s", exc.code)
        backup = backups.newest_good_backup(path)
        if isinstance(exc, NotADatabase) and backup is None:
            raise  # no backup of this site: nothing to offer but the message
        splash.hide()
        choice = _ask(exc, backup)
        if choice is None:
            raise Stop(1) from exc
        if choice == DamagedLogOffer.DISCARD:
            set_aside_damaged_log(path)
        else:
            backups.restore(backup, path)
            logger.info("restored from %s after damage", backup.name)
        session = open_session(path)
        if choice != DamagedLogOffer.DISCARD:
            record_event("restore", file=backup.name, reason="damaged")
        return session


def _ask(exc: Exception, backup: Path | None) -> str | None:
    if isinstance(exc, WalDamaged):
        return DamagedLogOffer.choose(exc.message, backup)
    return DamagedLogOffer.RESTORE if RestoreOffer.ask(exc.message, backup) else None


def start_session(args: Namespace, runner: Runner, settings: opts.Settings) -> Session:
    """The interactive start; raises Stop when it ends before the main window."""
    path = resolve_db_path(args)
    try:
        if not path.exists():
            return _first_run(path, runner, settings)
        if not hold(path):
            splash.hide()
            if not SecondWindow.ask(path):
                raise Stop(0)
        session = open_with_recovery(path)
        require_site(path)
        integrity.begin(session)  # runs while the clerk signs in
    except EXPECTED as exc:
        show_fatal(user_message(exc))
        raise Stop(1) from exc
    splash.hide()
    user = LoginDialog.ask(session.site.name, settings.get(opts.LAST_USER))
    return _signed_in(session, user, settings)


def _first_run(path: Path, runner: Runner, settings: opts.Settings) -> Session:
    # imported only on a first start (the wizard brings the demo generator)
    from ui.dialogs.first_run import FirstRunWizard

    splash.hide()
    result = FirstRunWizard.ask(path, runner)
    if result is None:
        raise Stop(0)
    close_session()  # the wizard's (or the generator's) connection; reopen cleanly
    hold(path)
    session = open_session(path)
    if result.signed_in:
        from app.auth import current_user
        return _signed_in(session, current_user(), settings)
    user = LoginDialog.ask(session.site.name, result.username, result.password)
    return _signed_in(session, user, settings)


def _signed_in(session: Session, user, settings: opts.Settings) -> Session:
    """A new or reset account changes its password before the window opens."""
    if user is None:
        raise Stop(0)
    settings.set(opts.LAST_USER, user.username)
    if user.must_change_password:
        from ui.dialogs.password_dialogs import ChangePasswordDialog
        if not ChangePasswordDialog.ask(True):
            raise Stop(0)
    return session


def restore_found_damaged(path: Path, backup: Path) -> Session:
    """The background check found damage and the clerk chose the backup: restore, open again."""
    close_session()
    backups.restore(backup, path)
    logger.info("restored from %s after damage found in the background", backup.name)
    session = open_with_recovery(path)
    record_event("restore", file=backup.name, reason="damaged")
    return session


def sign_in_again(session: Session, settings: opts.Settings) -> Session:
    """After a sign-out: the sign-in dialog again (Stop when nobody signs in)."""
    user = LoginDialog.ask(session.site.name, settings.get(opts.LAST_USER))
    return _signed_in(session, user, settings)


def show_fatal(message: str) -> None:
    splash.hide()
    QMessageBox.critical(None, "", message)  # titled with the application's display name
