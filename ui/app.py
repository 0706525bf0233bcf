"""The window's entry point: run_gui(args) from main.py when no subcommand is given."""

import logging
import sys
from argparse import Namespace

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from ui import splash  # Qt and the splash only: app/, db/, peewee and the tabs load behind it

logger = logging.getLogger(__name__)


def _qt_message(kind: QtMsgType, _context, message: str) -> None:
    """Qt's own warnings go to the log file, not to the clerk's console."""
    level = logging.WARNING if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) else logging.DEBUG
    logging.getLogger("qt").log(level, "%s", message)


def make_application() -> QApplication:
    from app.paths import resources_dir

    app = bare_application()
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("网格治理工作台" if _language() == "zh_CN" else APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "griddesk.png")))  # every window, the taskbar
    return app


def bare_application() -> QApplication:
    """The QApplication with Qt's messages going to the log: all the splash needs."""
    qInstallMessageHandler(_qt_message)
    return QApplication.instance() or QApplication(sys.argv[:1])


def _language() -> str:
    from ui import settings as opts

    language = opts.Settings().get(opts.LANGUAGE)
    return language if language in opts.LANGUAGES else "zh_CN"


def run_gui(args: Namespace, log_to_file: bool = False) -> int:
    """The window; main.py's log file is set up once the splash is on screen."""
    bare_application()
    splash.show()  # within a blink of the start: the rest loads behind it
    if log_to_file:
        from app.logs import setup_logging
        setup_logging()
    app = make_application()
    from ui import excepthook, i18n
    from ui import settings as opts
    from ui.runner import Runner

    i18n.install(_language())
    if getattr(args, "smoke", False):
        from ui.smoke import run_smoke
        return run_smoke(args)
    excepthook.install()
    settings = opts.Settings()
    runner = Runner(app)
    try:
        return _interactive(app, args, runner, settings)
    finally:
        runner.shutdown()
        from app.session import close_session
        from ui import integrity
        integrity.stop()
        close_session()


def _interactive(app: QApplication, args: Namespace, runner, settings) -> int:
    from ui import integrity
    from ui.startup import Stop, restore_found_damaged, sign_in_again, start_session

    try:
        session = start_session(args, runner, settings)
    except Stop as stop:
        splash.hide()
        return stop.exit_code
    splash.show(QApplication.translate("Splash", "Opening the workbench…"))
    from ui.main_window import MainWindow  # all the tabs: loaded behind the splash, after the sign-in

    first = True
    while True:  # again after a sign-out, until the window is closed or nobody signs in
        window = MainWindow(session, runner, settings)
        window.show_initial()
        if first:
            splash.finish(window)
            first = False
        # the daily backup (once a day) waits for a check after an unclean shutdown; a window after
        # a sign-out shows a check still running too
        QTimer.singleShot(0, lambda shown=window: integrity.start(shown, then=shown.start_daily_backup))
        logger.info("main window shown")
        code = app.exec()
        backup = getattr(window, "restore_from", None)
        if not window.signed_out and backup is None:
            return code
        window.deleteLater()
        try:
            if backup is not None:  # damage found by the background check: the clerk chose this backup
                session = restore_found_damaged(session.db_path, backup)
            sign_in_again(session, settings)
        except Stop as stop:
            return stop.exit_code

