"""The main window on a copy of the `small` demo, signed in, at the 1366×768 of an office screen."""

import shutil

from app import auth
from app.demo.generator import DEMO_PASSWORD
from app.session import open_session
from ui import settings as opts
from ui.main_window import MainWindow
from ui.runner import Runner

SIZE = (1366, 768)


def demo_window(small, folder, qtbot):
    """(window, runner): the caller shuts the runner down."""
    path = folder / "商州区 #演示 %.sqlite3"
    shutil.copy(small, path)
    session = open_session(path)
    auth.login("admin", DEMO_PASSWORD)
    runner = Runner()
    window = MainWindow(session, runner, opts.Settings())
    qtbot.addWidget(window)
    window.setGeometry(0, 0, *SIZE)
    window.show()
    return window, runner
