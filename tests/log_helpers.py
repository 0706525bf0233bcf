"""Two real GridDesk processes logging at once into one log folder (tests/core/test_logs.py on
Linux, tests/windows/test_logs_two_processes.py under Wine)."""

import os
import subprocess
import sys
from pathlib import Path

WRITER = """
import logging, sys, time
from app.logs import setup_logging
setup_logging(max_bytes=3000)
log = logging.getLogger("two")
for n in range(int(sys.argv[2])):
    log.info("%s record %04d", sys.argv[1], n)
    time.sleep(0.005)  # a throttle, not a wait: spreads each writer's records so the two interleave
"""
ROOT = Path(__file__).resolve().parent.parent


def write_from_two_processes(data_dir: Path, count: int = 150) -> None:
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, name, str(count)], cwd=ROOT, env=env,
                                stderr=subprocess.PIPE) for name in ("A", "B")]
    for writer in writers:
        _out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode(errors="replace")


def expected(count: int = 150) -> set[str]:
    return {f"{name} record {n:04d}" for name in "AB" for n in range(count)}
