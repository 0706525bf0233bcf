"""A second window on the same database says so at start (ui/window_lock.py); the first window,
and a window after one that crashed, start without a question."""

import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.session import close_session
from ui import settings as opts
from ui import startup, window_lock
from ui.dialogs.login import LoginDialog
from ui.window_lock import SecondWindow

ROOT = Path(__file__).resolve().parents[2]
HOLDER = ("import sys; from pathlib import Path; from ui.window_lock import hold; "
          "print(hold(Path(sys.argv[1])), flush=True); sys.stdin.read()")


@pytest.fixture
def db_path(tmp_path):
    folder = tmp_path / "窗口 #2 %41"
    folder.mkdir()
    return folder / "office.sqlite3"


@pytest.fixture
def other_window(session, db_path):
    """Another GridDesk process holding the window lock of the file."""
    close_session()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env={**__import__("os").environ,
                                                                    "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout.readline().strip() == "True"
    yield proc
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(timeout=30)


def refuse_sign_in(monkeypatch) -> list:
    asked = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(a) and None))
    return asked


def test_a_second_window_says_so_and_stops_when_the_clerk_closes(other_window, db_path, monkeypatch):
    shown = []
    monkeypatch.setattr(SecondWindow, "ask", classmethod(lambda cls, path, parent=None: shown.append(path) or False))
    sign_in = refuse_sign_in(monkeypatch)
    with pytest.raises(startup.Stop) as stop:
        startup.start_session(Namespace(db=str(db_path)), None, opts.Settings())
    assert stop.value.exit_code == 0 and shown == [db_path] and sign_in == []


def test_open_anyway_goes_on_to_sign_in(other_window, db_path, monkeypatch):
    monkeypatch.setattr(SecondWindow, "ask", classmethod(lambda cls, path, parent=None: True))
    sign_in = refuse_sign_in(monkeypatch)
    with pytest.raises(startup.Stop):
        startup.start_session(Namespace(db=str(db_path)), None, opts.Settings())
    assert len(sign_in) == 1


def test_the_first_window_and_one_after_a_crash_ask_nothing(other_window, db_path, monkeypatch):
    other_window.kill()  # the other window crashed: its lock is stale
    other_window.wait(timeout=30)
    monkeypatch.setattr(SecondWindow, "ask", classmethod(lambda cls, *a, **k: pytest.fail("asked")))
    sign_in = refuse_sign_in(monkeypatch)
    with pytest.raises(startup.Stop):
        startup.start_session(Namespace(db=str(db_path)), None, opts.Settings())
    assert len(sign_in) == 1
    assert window_lock.hold(db_path)  # held by this window now (asking again is harmless)


def test_the_question_names_the_file_and_closes_by_default(qtbot, db_path):
    box = SecondWindow(db_path)
    qtbot.addWidget(box)
    assert "office.sqlite3" in box.text() and box.defaultButton() is box.close_button
    assert box.open_button.text() and box.icon() == QMessageBox.Icon.Warning
