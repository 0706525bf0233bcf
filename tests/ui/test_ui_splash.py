"""Something is on screen at once (issue 17, point 4): the start shows a splash before it
opens the database or loads the window's modules, moves it out of the sign-in dialog's way
and closes it when the main window is up. How fast: tests/bench/bench_splash.py."""

import re
import subprocess
import sys
import threading
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from app import auth
from app.session import close_session
from ui import app as gui
from ui import i18n, splash, startup
from ui import settings as opts
from ui.dialogs.login import LoginDialog


@pytest.fixture
def started(session, db_path, monkeypatch, qtbot):
    close_session()
    seen = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    opened = startup.open_with_recovery

    def opening(path):
        seen.append(("open", visible()))
        return opened(path)

    def sign_in(cls, *args, **kwargs):
        seen.append(("sign-in", visible()))
        return auth.login("admin", "admin-pass-1")

    monkeypatch.setattr(startup, "open_with_recovery", opening)
    monkeypatch.setattr(LoginDialog, "ask", classmethod(sign_in))
    monkeypatch.setattr(QApplication, "exec", lambda app: seen.append(("running", visible(), shown())) or 0)
    settings = opts.Settings()
    settings.set(opts.DAILY_BACKUP, False)  # no backup job after the runner has stopped
    settings.sync()
    monkeypatch.setattr(splash, "shown_ms", None)
    assert gui.run_gui(Namespace(db=str(db_path), smoke=False, user=None)) == 0
    yield seen
    for window in QApplication.topLevelWidgets():
        window.close()
        window.deleteLater()
    i18n.remove()  # run_gui installed Chinese: the next tests read English sources
    QApplication.instance().setApplicationDisplayName("")


def shown() -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def visible() -> bool:
    shown = splash._splash
    return shown is not None and shown.isVisible()


def test_the_splash_comes_first_and_steps_aside(started):
    assert started == [("open", True), ("sign-in", False), ("running", False, ["MainWindow"])]
    assert splash.shown_ms is not None and splash._splash is None  # shown, then closed for good


def test_the_splash_picture_is_ready_made():
    assert splash.PICTURE.is_file() and not QPixmap(str(splash.PICTURE)).isNull()


SPLASH_WATCH = """
import sys
from ui import splash
shown = splash.show
def show(*args, **kwargs):
    if splash.shown_ms is None:
        print("LOADED " + " ".join(sorted(sys.modules)), flush=True)
    return shown(*args, **kwargs)
splash.show = show
import main
sys.exit(main.main(["--db", sys.argv[1], "--smoke"]))
"""
HEAVY = ("peewee", "sqlite3", "db", "app.session", "app.cli.admin", "app.logs", "platformdirs", "reportlab",
         "openpyxl", "ui.main_window", "ui.settings", "ui.runner")


def test_the_splash_is_painted_before_anything_heavy_is_imported(session, db_path, tmp_path):
    """What runs before the splash is Python, Qt and the splash: the database layer, peewee, the
    log file, the settings and the window's modules load behind it (tests/bench/bench_splash.py)."""
    close_session()
    folder = tmp_path / "商州 #1 %20站"
    folder.mkdir()
    path = folder / db_path.name
    db_path.rename(path)
    done = subprocess.run([sys.executable, "-c", SPLASH_WATCH, str(path)], input="admin-pass-1\n", text=True,
                          capture_output=True, cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split("LOADED ", 1)[1].splitlines()[0].split())
    assert "PySide6.QtWidgets" in loaded and not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
    assert re.search(r"^splash_ms=\d+$", done.stdout, re.M) and re.search(r"^tabs_ms=\d+$", done.stdout, re.M)
