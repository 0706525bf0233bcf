"""The log folder: one log per process (issue 14, defect 6), each rolled over by its own
process; a rollover that cannot rename the file (on Windows: a reader or a scanner holds it
open, PermissionError [WinError 32]) loses no records; the folder stays bounded without
touching a running process's log, and reads back as one log in time order."""

import datetime as dt
import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.log_files import KEEP_PROCESSES, groups, process_log_name, prune, records
from app.logs import setup_logging
from app.paths import log_dir
from tests.log_helpers import expected, write_from_two_processes


@pytest.fixture
def root_logger():
    """The root logger without the log file an earlier in-process CLI run may have set up
    (setup_logging adds one only once per process); put back afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
    yield root
    for handler in list(root.handlers):
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


def own_log(root) -> Path:
    return Path(next(h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)).baseFilename)


def test_a_process_writes_its_own_log(root_logger):
    setup_logging(max_bytes=2_000)
    assert own_log(root_logger).name.endswith(f"-{os.getpid()}.log")
    assert own_log(root_logger).parent == log_dir()


def test_a_rollover_that_fails_keeps_every_record(root_logger):
    setup_logging(max_bytes=2_000)
    for n in range(1, 4):  # folders where the rolled-over files must go: the rollover cannot happen
        Path(f"{own_log(root_logger)}.{n}").mkdir()
    for n in range(300):
        logging.getLogger("griddesk.test").info("record %04d", n)
    text = "".join(records(log_dir()))
    assert all(f"record {n:04d}" in text for n in range(300))


def test_a_rollover_that_can_rename_still_rolls_over(root_logger):
    setup_logging(max_bytes=2_000)
    for n in range(300):
        logging.getLogger("griddesk.test").info("record %04d", n)
    assert Path(f"{own_log(root_logger)}.1").is_file()
    assert own_log(root_logger).stat().st_size <= 2_000
    assert len(list(log_dir().iterdir())) == 3  # the log and its two rolled-over files: bounded


def test_two_processes_lose_no_log_record(tmp_path):
    data = tmp_path / "日志 #1 %20"
    write_from_two_processes(data)
    found = [r.split(": ", 1)[1].strip() for r in records(data / "logs") if " two: " in r]
    assert set(found) == expected() and len(found) == len(expected())
    assert len(groups(data / "logs")) == 2


def test_the_folder_reads_back_as_one_log_in_time_order(tmp_path):
    folder = tmp_path / "日志 #1 %20"
    folder.mkdir()
    (folder / "griddesk.log.1").write_text("2026-01-01 08:00:00,000 INFO old: a\n", encoding="utf-8")
    (folder / "griddesk.log").write_text("2026-01-01 08:00:02,000 INFO old: c\n", encoding="utf-8")
    (folder / "griddesk-20260101-080001-11.log").write_text(
        "2026-01-01 08:00:01,000 ERROR one: b\nTraceback (most recent call last):\n  boom\n"
        "2026-01-01 08:00:03,000 INFO one: d\n", encoding="utf-8")
    got = list(records(folder))
    assert [r.split(": ", 1)[1][0] for r in got] == list("abcd")
    assert got[1].endswith("  boom\n")


def finished_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def make_log(folder: Path, started: dt.datetime, pid: int, text: str = "2026-01-01 08:00:00,000 INFO x: y\n",
             rolled: int = 0) -> list[Path]:
    base = folder / process_log_name(started, pid)
    paths = [base] + [Path(f"{base}.{n}") for n in range(1, rolled + 1)]
    for path in paths:
        path.write_text(text, encoding="utf-8")
        stamp = started.timestamp()
        os.utime(path, (stamp, stamp))
    return paths


def test_pruning_bounds_the_folder_but_never_removes_a_running_processs_log(tmp_path):
    folder = tmp_path / "日志 #1 %20"
    folder.mkdir()
    now = dt.datetime(2026, 12, 3, 12, 0)
    dead = finished_pid()
    finished = [make_log(folder, now - dt.timedelta(hours=n), dead, rolled=2) for n in range(1, KEEP_PROCESSES + 6)]
    old = make_log(folder, now - dt.timedelta(days=40, hours=1), dead)
    empty = make_log(folder, now - dt.timedelta(minutes=5), dead, text="")
    runner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = make_log(folder, now - dt.timedelta(days=90), runner.pid)
        mine = make_log(folder, now - dt.timedelta(days=90), os.getpid())
        with finished[-1][0].open(encoding="utf-8"):  # Windows will not delete an open file: tolerated
            removed = prune(folder, now=now.timestamp())
    finally:
        runner.kill()
        runner.wait()
    kept = {p for files in groups(folder).values() for p in files}
    assert set(running + mine) <= kept
    assert kept - set(running + mine) - {finished[-1][0]} == {p for files in finished[:KEEP_PROCESSES] for p in files}
    assert not set(old + empty) & kept
    assert (finished[-1][0] in kept) == (sys.platform == "win32")
    assert set(removed) == {p for files in finished[KEEP_PROCESSES:] + [old, empty] for p in files} - kept


def test_the_logs_command_prints_every_processs_log_in_time_order(tmp_path):
    data = tmp_path / "数据 #1 %20"
    write_from_two_processes(data, count=20)
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(data)}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "main.py", "logs"], cwd=root, env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    lines = done.stdout.decode("utf-8").splitlines()
    assert {line.split(": ", 1)[1] for line in lines if " two: " in line} == expected(20)
    assert [line[:23] for line in lines] == sorted(line[:23] for line in lines)
    tail = subprocess.run([sys.executable, "main.py", "logs", "--tail", "3"], cwd=root, env=env, capture_output=True,
                          timeout=120)
    assert tail.stdout.decode("utf-8").splitlines() == lines[-3:]
