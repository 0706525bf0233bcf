"""From the command line to a signed-in session: the database path, the first-run
wizard, opening (with recovery from a damaged file) and signing in."""

import logging
import os
from argparse import Namespace
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app import backups
from app.errors import EXPECTED, user_message
from app.paths import default_db_path
from app.session import Session, close_session, open_session
from db.errors import DatabaseDamaged
from ui import settings as opts
from ui import splash
from ui.dialogs.login import LoginDialog
from ui.dialogs.recovery import RestoreOffer
from ui.runner import Runner

logger = logging.getLogger(__name__)


class Stop(Exception):
    """The start ends here: exit code 0 (the user closed a dialog) or 1 (a failure was shown)."""

    def __init__(self, exit_code: int):
        super().__init__(exit_code)
        self.exit_code = exit_code


def resolve_db_path(args: Namespace) -> Path:
    return Path(getattr(args, "db", None) or os.environ.get("GRIDDESK_DB") or default_db_path())


def open_with_recovery(path: Path) -> Session:
    """Open; a damaged file is replaced by the newest good backup only if the user agrees."""
    try:
        return open_session(path)
    except DatabaseDamaged as exc:
        logger.error("database damaged: %s", exc.code)
        backup = backups.newest_good_backup(path)
        splash.hide()
        if not RestoreOffer.ask(exc.message, backup):
            raise Stop(1) from exc
        backups.restore(backup, path)
        logger.info("restored from %s after damage", backup.name)
        return open_session(path)


def start_session(args: Namespace, runner: Runner, settings: opts.Settings) -> Session:
    """The interactive start; raises Stop when it ends before the main window."""
    path = resolve_db_path(args)
    try:
        if not path.exists():
            return _first_run(path, runner, settings)
        session = open_with_recovery(path)
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
    session = open_session(path)
    if result.signed_in:
        from app.auth import current_user
        return _signed_in(session, current_user(), settings)
    user = LoginDialog.ask(session.site.name, result.username, result.password)
    return _signed_in(session, user, settings)


def _signed_in(session: Session, user, settings: opts.Settings) -> Session:
    if user is None:
        raise Stop(0)
    settings.set(opts.LAST_USER, user.username)
    return session


def show_fatal(message: str) -> None:
    splash.hide()
    QMessageBox.critical(None, "", message)  # titled with the application's display name
