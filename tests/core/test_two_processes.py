"""Two programs writing one database (the window and a CLI import, or two windows): write
transactions begin IMMEDIATE, so a writer waits for the other within the busy timeout instead of
failing at once with "database is locked"; a writer that still cannot write gets a typed error."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.session import close_session, open_session
from db.models import Resident

ROOT = Path(__file__).resolve().parents[2]
WRITES = 60


@pytest.fixture
def db_path(tmp_path):
    folder = tmp_path / "两个 程序 #1 %20"
    folder.mkdir()
    return folder / "office.sqlite3"


def run_writers(db: Path, grid: str, processes: int = 2) -> list[dict]:
    """Each process adds WRITES residents, all starting at the same moment; their JSON reports."""
    start = time.time() + 3.0  # every process has imported and opened the file by then
    command = [sys.executable, "-m", "tests.second_writer", str(db), grid, str(WRITES), str(start)]
    procs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(processes)]
    results = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        results.append(json.loads(stdout.strip().splitlines()[-1]))
    return results


def test_two_processes_writing_at_once_lose_no_write(db_path, grids):
    close_session()
    results = run_writers(db_path, grids["grid_a"].uuid)
    print("two writers:", results)
    assert [r["failed"] for r in results] == [{}, {}]
    assert [r["ok"] for r in results] == [WRITES, WRITES]
    open_session(db_path)
    assert Resident.select().where(Resident.notes == "两个程序同时写").count() == 2 * WRITES


def hold_write_lock(db: Path):
    """Another program in the middle of a write transaction (a raw connection, BEGIN IMMEDIATE)."""
    import sqlite3

    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_writer_that_cannot_write_within_the_timeout_gets_a_typed_error(db_path, grids, monkeypatch):
    from app.grid import residents
    from db import locking
    from db.connection import database
    from db.errors import DatabaseLocked

    monkeypatch.setattr(locking, "BUSY_SECONDS", 0.3)
    database.execute_sql("PRAGMA busy_timeout = 300")
    other = hold_write_lock(db_path)
    try:
        with pytest.raises(DatabaseLocked, match="数据库正被另一个程序使用.*没有保存") as caught:
            residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="等不及"))
        assert caught.value.code == "E_DB_LOCKED"
    finally:
        other.rollback() if other.in_transaction else None
        other.close()
    assert not Resident.select().where(Resident.name == "等不及").exists()
    residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="等不及"))  # free again: it saves


def test_the_command_line_says_so_in_one_chinese_line(db_path, grids, tmp_path):
    from app.excel import write_table
    from app.grid.roster.columns import RESIDENT_COLUMNS

    roster = tmp_path / "名单 #1.xlsx"
    write_table(roster, "居民名单", [c.header for c in RESIDENT_COLUMNS], [["", "李四"]])
    close_session()
    other = hold_write_lock(db_path)
    try:
        done = subprocess.run([sys.executable, "main.py", "roster", "import", "--db", str(db_path), "--grid",
                               grids["grid_a"].code, str(roster)], cwd=ROOT, capture_output=True, text=True,
                              timeout=120)
    finally:
        other.close()
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert len([line for line in lines if "数据库正被另一个程序使用" in line]) == 1, lines
