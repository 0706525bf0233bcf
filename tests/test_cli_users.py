"""`user ...` on the command line, run as IT staff would: a real process on a real file
whose path holds Chinese, a space, # and %."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli(tmp_path):
    env = {"GRIDDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}

    def run(*args, stdin=""):
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin, capture_output=True,
                              text=True, env=env, timeout=120)
    return run


@pytest.fixture
def site_db(cli, tmp_path):
    path = tmp_path / "街道 #1 %数据" / "site.sqlite3"
    path.parent.mkdir()
    done = cli("init", "--db", str(path), "--site-name", "城关街道办事处", "--level", "subdistrict",
               "--org", "611002001", "--admin", "chief", stdin="pass-word-1\n")
    assert done.returncode == 0, done.stderr
    return path


def test_user_commands_end_to_end(cli, site_db):
    db = ("--db", str(site_db))
    add = cli("user", "add", "clerk1", "--role", "staff", *db, stdin="start-123\n")
    assert add.returncode == 0, add.stderr
    assert "首次登录时须修改初始密码" in add.stdout
    assert cli("user", "role", "clerk1", "leader", *db).returncode == 0
    assert cli("user", "scope", "clerk1", "611002001", *db).returncode == 0
    assert cli("user", "passwd", "clerk1", *db, stdin="reset-456\n").returncode == 0
    assert cli("user", "unlock", "clerk1", *db).returncode == 0
    assert cli("user", "disable", "clerk1", *db).returncode == 0
    listing = cli("user", "list", *db)
    assert listing.returncode == 0, listing.stderr
    line = next(x for x in listing.stdout.splitlines() if x.startswith("clerk1"))
    assert "领导" in line and "范围：城关街道办事处（611002001）" in line and "已停用" in line


def test_user_command_failures_are_one_chinese_line(cli, site_db):
    db = ("--db", str(site_db))
    for args, stdin, words in ((("user", "disable", "chief"), "", "最后一个在用的管理员"),
                               (("user", "role", "ghost", "staff"), "", "没有登录名"),
                               (("user", "add", "x1", "--role", "staff"), "123\n", "至少需要"),
                               (("user", "scope", "chief", "999"), "", "找不到编码")):
        done = cli(*args, *db, stdin=stdin)
        assert done.returncode == 1 and words in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
