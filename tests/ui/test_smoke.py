"""`main.py --db X --smoke`: start, sign in from stdin, show the window, report startup_ms."""

import re
import subprocess
import sys
from pathlib import Path

from app.session import close_session
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def smoke(db_path, password: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--db", str(db_path), "--smoke", *extra],
                          input=password + "\n", capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_smoke_starts_and_reports_startup_ms(session, db_path):
    close_session()
    done = smoke(db_path, ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert re.search(r"^startup_ms=\d+$", done.stdout, re.M), done.stdout


def test_smoke_wrong_password_is_one_chinese_line(session, db_path):
    close_session()
    done = smoke(db_path, "wrong-password", "--user", "admin")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines == [lines[0]] and "用户名或密码不对" in lines[0]


def test_smoke_missing_database(tmp_path):
    done = smoke(tmp_path / "none.sqlite3", "x")
    assert done.returncode == 1
    assert "找不到数据库文件" in done.stderr


def test_smoke_after_an_unclean_shutdown_shows_the_window_then_waits_for_the_check(session, db_path):
    close_session()
    db_path.with_name(db_path.name + ".checked").unlink()  # as after a power cut
    done = smoke(db_path, ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    figures = dict(re.findall(r"^(startup_ms|check_done_ms)=(\d+)$", done.stdout, re.M))
    assert int(figures["startup_ms"]) <= int(figures["check_done_ms"]), done.stdout
    assert db_path.with_name(db_path.name + ".checked").exists()  # checked, closed cleanly
