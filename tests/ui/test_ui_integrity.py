"""A damaged page that keeps the file's size and modification time skips the start-up
check; the window's background check finds it, stops every write and says what to do."""

import os
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from app.session import close_session, open_session
from db.errors import DatabaseDamaged
from db.models import Person
from tests.ui.test_ui_models import build_tree
from ui import integrity, settings
from ui.main_window import MainWindow
from ui.runner import Runner


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def damage_quietly(db_path) -> None:
    """Overwrite the pages of one table, keeping the file's size and modification time."""
    with sqlite3.connect(db_path) as con:
        con.execute("CREATE TABLE test_archive (b BLOB)")
        con.executemany("INSERT INTO test_archive VALUES (randomblob(3000))", [()] * 40)
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'test_archive'").fetchone()[0]
    con.close()
    close_session()
    open_session(db_path)  # a clean close marks the file as checked
    close_session()
    stat = db_path.stat()
    with open(db_path, "r+b") as f:
        f.seek((root - 1) * 4096)
        f.write(b"\xa5" * 4096)
    os.utime(db_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_damage_after_a_clean_start_stops_writes_with_a_message(session, db_path, runner, qtbot, monkeypatch):
    build_tree()
    damage_quietly(db_path)
    session = open_session(db_path)  # the fast path: the file looks as GridDesk left it
    assert session.db.checked_at_open is False
    window = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(window)
    window.show()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    task = integrity.start(window)
    assert task is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert "已损坏" in shown[0] and "从备份恢复" in shown[0]
    with pytest.raises(DatabaseDamaged, match="停止保存修改"):
        Person.create(name="不该写入")


def test_a_start_that_checked_in_full_does_not_check_again(session, runner, qtbot):
    window = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(window)
    assert integrity.start(window) is None
