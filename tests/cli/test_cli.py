"""The headless CLI, run as a clerk or IT staff would: a real process."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(tmp_path):
    env = {"GRIDDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}

    def run(*args, stdin=""):
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin, capture_output=True,
                              text=True, env=env, timeout=120)
    return run


@pytest.fixture
def site_db(cli, tmp_path):
    path = tmp_path / "site.sqlite3"
    done = cli("init", "--db", str(path), "--site-name", "城关街道办事处", "--level", "subdistrict",
               "--org", "611002001", "--admin", "clerk", stdin="pass-word-1\n")
    assert done.returncode == 0, done.stderr
    assert "已创建站点：城关街道办事处（街道级）" in done.stdout
    return path


def test_version(cli):
    from app import __version__
    done = cli("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"GridDesk {__version__}"


def test_help_lists_every_subcommand_in_chinese_and_english(cli):
    done = cli("--help")
    assert done.returncode == 0
    for name in ("init", "stats", "check", "backup", "restore"):
        assert f"    {name} " in done.stdout
    assert "创建本站点" in done.stdout and "create this site" in done.stdout


def test_init_then_check_and_stats(cli, site_db):
    check = cli("check", "--db", str(site_db))
    assert check.returncode == 0, check.stderr
    from db.schema import SCHEMA_VERSION
    assert "完整性检查：ok" in check.stdout and f"结构版本：{SCHEMA_VERSION}（本程序：{SCHEMA_VERSION}）" in check.stdout
    stats = cli("stats", "--db", str(site_db), "--json")
    figures = json.loads(stats.stdout)
    assert figures["org.subdistricts"] == 1 and figures["org.grids"] == 0


def test_init_refuses_an_existing_file_and_a_short_password(cli, site_db, tmp_path):
    again = cli("init", "--db", str(site_db), "--site-name", "x", "--level", "district", "--admin", "a",
                stdin="pass-word-1\n")
    assert again.returncode == 1 and "已存在" in again.stderr
    short = tmp_path / "short.sqlite3"
    weak = cli("init", "--db", str(short), "--site-name", "x", "--level", "district", "--admin", "a", stdin="123\n")
    assert weak.returncode == 1 and "密码至少需要" in weak.stderr
    assert not short.exists()


def test_backup_and_restore(cli, site_db):
    made = cli("backup", "--db", str(site_db))
    assert made.returncode == 0 and "已备份到" in made.stdout
    backup = made.stdout.split("：", 1)[1].strip()
    listed = cli("restore", "--db", str(site_db))
    assert backup in listed.stdout
    restored = cli("restore", "--db", str(site_db), backup)
    assert restored.returncode == 0, restored.stderr
    assert "恢复前的数据库已另存为" in restored.stdout
    assert cli("check", "--db", str(site_db)).returncode == 0


@pytest.mark.parametrize("args, message", [
    (("check", "--db", "/nonexistent/x.sqlite3"), "找不到数据库文件"),
    (("stats", "--db", "{db}", "--org", "999"), "找不到编码为“999”"),
    (("restore", "--db", "{db}", "/nonexistent/b.sqlite3"), "找不到备份文件"),
])
def test_expected_failures_are_one_chinese_line(cli, site_db, args, message):
    done = cli(*(a.format(db=site_db) for a in args))
    assert done.returncode == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_bad_arguments(cli):
    done = cli("stats", "--bogus")
    assert done.returncode == 2
    assert done.stderr.startswith("参数错误") and "Traceback" not in done.stderr
    assert cli("init", "--db", "x", "--site-name", "x", "--level", "city", "--admin", "a").returncode == 2


def test_a_locked_database_is_one_chinese_line(cli, site_db):
    import sqlite3

    holder = sqlite3.connect(site_db)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE meta SET value = value")
    try:
        done = cli("check", "--db", str(site_db))
    finally:
        holder.rollback()
        holder.close()
    assert done.returncode == 1
    assert "正被其他程序占用" in done.stderr and "Traceback" not in done.stderr
