"""A disk that is really full (a small tmpfs): every path says 磁盘空间不足, names the
folder, prints no traceback and leaves no partial file; the database keeps nothing of
the failed write."""

import sqlite3

import pytest

from app import auth
from app.session import close_session, open_session
from db.errors import DiskFull
from tests.conftest import ADMIN_PASSWORD
from tests.fault_helpers import cli, fill, no_traceback, says_disk_full, small_disk
from tests.grid.test_roster import roster


@pytest.fixture
def disk():
    with small_disk(8192) as folder:
        yield folder
    close_session()


@pytest.fixture
def db_path(disk):
    return disk / "网格 #2 %.sqlite3"


def test_sign_in_on_a_full_disk_says_so(session, db_path, disk):
    close_session()
    open_session(db_path)
    assert fill(disk) < 4096  # the write-ahead log cannot grow by a single page
    with pytest.raises(DiskFull) as info:
        auth.login("admin", ADMIN_PASSWORD)
    assert "磁盘空间不足" in info.value.message and str(disk) in info.value.message
    close_session()
    (disk / "filler.bin").unlink()
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT last_login_at FROM user WHERE username = 'admin'").fetchone()[0] is None


def test_the_sign_in_dialog_shows_the_full_disk(qtbot, session, db_path, disk):
    from ui.dialogs.login import LoginDialog

    close_session()
    open_session(db_path)
    fill(disk)
    dialog = LoginDialog("测试站", "admin", ADMIN_PASSWORD)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "磁盘空间不足" in dialog.message.text() and dialog.user is None


def test_a_roster_import_onto_a_nearly_full_disk_keeps_nothing(grids, session, db_path, disk, tmp_path):
    rows = [{"姓名": f"居民{i}", "联系电话": f"138{i:08d}", "门牌号": f"{i}号"} for i in range(3000)]
    source = roster(tmp_path / "名单.xlsx", rows)
    grid = grids["grid_a"].code
    close_session()
    assert fill(disk, leave=1024 * 1024) <= 1024 * 1024 + 4096
    done = cli("roster", "import", "--db", str(db_path), "--grid", grid, str(source), data=tmp_path / "data")
    says_disk_full(done, disk)
    (disk / "filler.bin").unlink()
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT count(*) FROM resident").fetchone()[0] == 0


@pytest.mark.parametrize("command", ["export", "template"])
def test_excel_onto_a_full_disk_is_one_line_and_no_partial_file(small, tmp_path, command):
    data = tmp_path / "data"
    with small_disk(64) as disk:
        assert fill(disk, leave=2048) < 8192  # less than the smallest workbook
        out = disk / "名单 #1.xlsx"
        args = ["--db", str(small), "--org", "611002", "--out", str(out)] if command == "export" else \
            ["--kind", "buildings", "--out", str(out)]
        done = cli("roster", command, *args, data=data)
        says_disk_full(done, disk)
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]


@pytest.mark.parametrize("command", ["init", "demo"])
def test_a_new_database_on_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, command):
    with small_disk(1024) as disk:
        fill(disk, leave=200 * 1024)  # room to start, not to build the schema
        path = disk / "新 #1.sqlite3"
        args = ["init", "--db", str(path), "--site-name", "新站", "--level", "district", "--admin", "a"] \
            if command == "init" else ["demo", "--db", str(path)]
        done = cli(*args, data=tmp_path / "data", stdin="pass-word-1\n")
        assert done.returncode == 1
        no_traceback(done)
        assert "磁盘空间不足" in done.stderr.strip().splitlines()[-1] and str(disk) in done.stderr, done.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]
