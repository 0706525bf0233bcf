"""A database on a read-only medium (a read-only bind mount: what a CD or a write-protected
stick is) and a read-only database file (chmod 444, run as `nobody` so the permission
holds): reading commands and signing in work; writing commands say so in one Chinese line."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from app.demo.generator import DEMO_PASSWORD
from tests.fault_helpers import ODD, ROOT, cli, no_traceback, read_only_view
from tests.grid.test_roster import roster

READING = [("check",), ("stats",), ("restore",), ("roster", "export", "--org", "611002", "--out", "{out}")]
WRITING = [("roster", "import", "--grid", "6110020010010101", "{roster}"), ("keys",),
           ("notice", "work_report", "--org", "611002", "--period", "2026", "--out", "{pdf}")]


@pytest.fixture
def medium(small, tmp_path):
    """The small demo on a read-only medium, with backups beside it made before."""
    folder = tmp_path / ODD
    folder.mkdir()
    shutil.copy(small, folder / "演示 #1.sqlite3")
    assert cli("backup", "--db", str(folder / "演示 #1.sqlite3"), data=tmp_path / "data").returncode == 0
    with read_only_view(folder) as view:
        yield view / "演示 #1.sqlite3"


@pytest.fixture
def read_only_file(small):
    """The small demo as a read-only file in a folder `nobody` may write to."""
    top = Path(tempfile.mkdtemp(prefix="gd-nobody-"))
    folder = top / ODD
    folder.mkdir()
    for path in (top, folder):
        path.chmod(0o777)
    db = folder / "演示 #1.sqlite3"
    shutil.copy(small, db)
    db.chmod(0o444)
    yield db
    shutil.rmtree(top)


def run(args, db, tmp, user=None):
    out, data = tmp / "导出 #1.xlsx", tmp / "data"
    source = roster(tmp / "名单.xlsx", [{"姓名": "新居民", "门牌号": "1号"}])
    words = [a.format(out=out, roster=source, pdf=tmp / "报表 #1.pdf") for a in args]
    where = 1 if words[0] in ("roster", "notice") else 0
    return cli(*words[:where + 1], "--db", str(db), *words[where + 1:], data=data, user=user)


@pytest.fixture
def nobody_folder():
    """A folder `nobody` may write to (pytest's own are root's only)."""
    folder = Path(tempfile.mkdtemp(prefix="gd-out-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder)


@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a[:2]))
def test_reading_works_on_a_read_only_medium(medium, tmp_path, args):
    done = run(args, medium, tmp_path)
    assert done.returncode == 0, done.stderr
    no_traceback(done)


@pytest.mark.parametrize("args", WRITING, ids=lambda a: " ".join(a[:2]))
def test_writing_on_a_read_only_medium_is_one_line(medium, tmp_path, args):
    done = run(args, medium, tmp_path)
    assert done.returncode == 1
    no_traceback(done)
    assert len(done.stderr.strip().splitlines()) == 1 and "只读" in done.stderr, done.stderr
    assert "运行 check" not in done.stderr
    assert not (ROOT / "file:").exists()  # nothing is written beside a URI taken for a path


def test_backup_and_new_databases_on_a_read_only_medium_say_so(medium, tmp_path):
    for args in (("backup", "--db", str(medium)),
                 ("init", "--db", str(medium.with_name("新.sqlite3")), "--site-name", "新站", "--level", "district",
                  "--admin", "a")):
        done = cli(*args, data=tmp_path / "data", stdin="pass-word-1\n")
        assert done.returncode == 1 and "只读" in done.stderr, done.stderr
        no_traceback(done)


def test_the_window_signs_in_on_a_read_only_medium(medium, tmp_path):
    done = smoke(medium, tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert "startup_ms=" in done.stdout


@pytest.mark.parametrize("args", READING[:2] + READING[3:], ids=lambda a: " ".join(a[:2]))
def test_reading_works_with_a_read_only_file(read_only_file, nobody_folder, args):
    done = run(args, read_only_file, nobody_folder, user="nobody")
    assert done.returncode == 0, done.stderr
    no_traceback(done)


@pytest.mark.parametrize("args", WRITING, ids=lambda a: " ".join(a[:2]))
def test_writing_a_read_only_file_says_what_is_wrong(read_only_file, nobody_folder, args):
    done = run(args, read_only_file, nobody_folder, user="nobody")
    assert done.returncode == 1
    no_traceback(done)
    assert "只读" in done.stderr and "取消“只读”" in done.stderr, done.stderr
    assert "运行 check" not in done.stderr and "从备份恢复" not in done.stderr


def test_the_window_signs_in_with_a_read_only_file(read_only_file, nobody_folder):
    done = smoke(read_only_file, nobody_folder / "data", user="nobody")
    assert done.returncode == 0, done.stderr


def smoke(db: Path, data: Path, user: str | None = None):
    import subprocess
    import sys

    env = {**os.environ, "GRIDDESK_DATA_DIR": str(data), "HOME": str(data.parent), "QT_QPA_PLATFORM": "offscreen"}
    prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if user else []
    return subprocess.run([*prefix, sys.executable, "main.py", "--db", str(db), "--smoke"], cwd=ROOT,
                          input=DEMO_PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=180)
