"""Windows only (run under Wine by tests/windows/run.sh): two GridDesk processes share one
log. The rename of a file another process has open fails there (PermissionError
[WinError 32]); no record of either process may be lost."""

import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows file sharing: tests/windows/run.sh")

WRITER = """
import logging, sys, time
from app.logs import {handler} as Handler
handler = Handler(sys.argv[1], maxBytes=3000, backupCount=3, encoding="utf-8")
log = logging.getLogger("two")
log.addHandler(handler)
log.setLevel(logging.INFO)
for n in range(150):
    log.info("%s record %04d", sys.argv[2], n)
    time.sleep(0.005)
"""


def records(folder) -> set[str]:
    found = set()
    for path in folder.glob("griddesk.log*"):
        found |= set(path.read_text(encoding="utf-8").splitlines())
    return found


def write_from_two_processes(folder, handler: str) -> set[str]:
    code = WRITER.format(handler=handler)
    log = str(folder / "griddesk.log")
    writers = [subprocess.Popen([sys.executable, "-c", code, log, name], stderr=subprocess.DEVNULL)
               for name in ("A", "B")]
    assert all(w.wait(timeout=120) == 0 for w in writers)
    return records(folder)


def test_two_processes_lose_no_log_record(tmp_path):
    folder = tmp_path / "日志 #1"
    folder.mkdir()
    found = write_from_two_processes(folder, "SharedRotatingFileHandler")
    assert found == {f"{name} record {n:04d}" for name in "AB" for n in range(150)}


def test_the_plain_rotating_handler_does_lose_records_here(tmp_path):
    """The defect is real on this platform: without the tolerant rollover, records go missing."""
    folder = tmp_path / "plain"
    folder.mkdir()
    code = WRITER.replace("from app.logs import {handler} as Handler", "from logging.handlers import {handler} as Handler")
    log = str(folder / "griddesk.log")
    writers = [subprocess.Popen([sys.executable, "-c", code.format(handler="RotatingFileHandler"), log, name],
                                stderr=subprocess.DEVNULL) for name in ("A", "B")]
    assert all(w.wait(timeout=120) == 0 for w in writers)
    assert len(records(folder)) < 300
