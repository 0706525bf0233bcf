"""Windows only (run under Wine by tests/windows/run.sh): two GridDesk processes log at once.
Each writes its own log (app/log_files.py), so no rollover is blocked by the other's open
handle (PermissionError [WinError 32]) and no append races another: no record of either
process is lost, and the log folder reads back as one log in time order."""

import sys

import pytest

from app.log_files import groups, records
from tests.log_helpers import expected, write_from_two_processes

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows file sharing: tests/windows/run.sh")


def test_two_processes_lose_no_log_record(tmp_path):
    data = tmp_path / "日志 #1 %20"
    write_from_two_processes(data)
    logs = data / "logs"
    found = [r.split(": ", 1)[1].strip() for r in records(logs) if " two: " in r]
    assert set(found) == expected() and len(found) == len(expected())
    assert len(groups(logs)) == 2
