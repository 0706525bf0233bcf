"""After an unclean shutdown the window opens at once (issue #19): the integrity check runs in the
background with a progress line; reads go on, a write says in Chinese to wait, the daily backup
waits; damage found leads to the restore offered at start."""

import shutil
import sqlite3

import pytest
from shiboken6 import Shiboken

from app import auth, backups, org
from app.session import close_session, open_session
from db.connection import closed_cleanly
from db.errors import DatabaseDamaged, IntegrityCheckRunning
from db.models import Person
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_ui_integrity import damage_quietly
from tests.ui.test_ui_models import build_tree
from ui import integrity, settings
from ui.dialogs.recovery import RestoreOffer
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.startup import restore_found_damaged


@pytest.fixture
def place(db_path, tmp_path):
    """The database in a folder whose name holds Chinese, spaces, `#` and `%`."""
    folder = tmp_path / "商州 #3 %站"
    folder.mkdir()
    return folder / db_path.name


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()
    integrity.stop()


def crash(db_path, place, megabytes: int = 40):
    """A file of some size that GridDesk did not close cleanly (no clean-close mark)."""
    with sqlite3.connect(db_path) as con:
        con.execute("CREATE TABLE test_archive (b BLOB)")
        con.executemany("INSERT INTO test_archive VALUES (randomblob(4000))", [()] * (megabytes * 250))
    con.close()
    close_session()
    shutil.move(db_path, place)  # without its clean-close mark: as after a crash
    assert not closed_cleanly(place)


def open_window(place, runner, qtbot):
    session = open_session(place, defer_check=True)  # as ui/startup.py opens it
    auth.login("admin", ADMIN_PASSWORD)
    task = integrity.begin(session)  # begun at open: it runs while the clerk signs in
    window = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(window)
    window.show()
    return window, task


def test_an_unclean_file_opens_the_window_before_its_check_ends(session, db_path, place, runner, qtbot):
    build_tree()
    crash(db_path, place)
    window, task = open_window(place, runner, qtbot)
    assert window.session.db.unclean and task.status == "running"
    waited = []
    integrity.start(window, then=lambda: waited.append("daily backup"))
    assert window.check_line.isVisibleTo(window) and "integrity" in window.check_line.label.text()
    assert task.status == "running" and waited == []  # the daily backup waits for the check
    assert [row.code for row in org.tree_rows()][:1] == ["611002"]  # reads go on
    with pytest.raises(IntegrityCheckRunning, match="正在检查数据库.*完整性.*检查完成前不能保存修改"):
        Person.create(name="检查时保存")
    qtbot.waitUntil(lambda: task.status == "done", timeout=60000)
    assert waited == ["daily backup"] and window.check_line is None
    Person.create(name="检查后保存")  # writes go on
    window.close()
    runner.shutdown()  # as ui/app.py does before it closes the session
    close_session()
    assert closed_cleanly(place)  # checked and closed: the next start skips the check


def test_a_window_closed_before_the_check_ends_checks_again_next_time(session, db_path, place, runner, qtbot):
    crash(db_path, place, megabytes=1)
    window, task = open_window(place, runner, qtbot)
    integrity.start(window)
    window.close()
    integrity.stop()
    close_session()
    assert not closed_cleanly(place)


def test_damage_found_after_an_unclean_start_offers_the_restore(session, db_path, place, runner, qtbot,
                                                                 monkeypatch):
    build_tree()
    backups.backup_now(session.db, db_path, "manual")
    close_session()
    for name in (db_path.name, "backups"):
        shutil.move(db_path.parent / name, place.parent / name)
    damage_quietly(place)
    place.with_name(place.name + ".checked").unlink()  # and then the power went
    offered = []
    monkeypatch.setattr(RestoreOffer, "ask", classmethod(lambda cls, message, backup, parent=None:
                                                         offered.append((message, backup)) or True))
    window, task = open_window(place, runner, qtbot)
    integrity.start(window)
    qtbot.waitUntil(lambda: bool(offered), timeout=60000)
    assert "已损坏" in offered[0][0] and window.restore_from == offered[0][1] and not window.isVisible()
    with pytest.raises(DatabaseDamaged, match="停止保存修改"):
        Person.create(name="不该写入")
    session = restore_found_damaged(place, window.restore_from)
    assert session.db.execute_sql("PRAGMA quick_check").fetchone()[0] == "ok"
    assert org.by_code("611002001").name == "城关街道"



def test_a_sign_out_during_the_check_hands_it_to_the_next_window(session, db_path, place, runner, qtbot):
    crash(db_path, place)
    session = open_session(place, defer_check=True)
    auth.login("admin", ADMIN_PASSWORD)
    task = integrity.begin(session)
    first = MainWindow(session, runner, settings.Settings())
    first.show()
    integrity.start(first)
    first.close()  # signed out: ui/app.py deletes it and opens the next window after the sign-in
    Shiboken.delete(first)
    second = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(second)
    second.show()
    integrity.start(second)
    assert task.status == "running" and second.check_line.isVisibleTo(second)
    qtbot.waitUntil(lambda: task.status == "done", timeout=60000)
    assert second.check_line is None and not session.db.unclean
    Person.create(name="检查后保存")
