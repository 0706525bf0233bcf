"""The log folder: one log per process, kept bounded, read back as one log in time order.

Each GridDesk process (a window, a CLI command) writes its own file
`griddesk-YYYYMMDD-HHMMSS-<pid>.log` (its start, local time, and its process id), rolled
over by that process alone to `.log.1`, `.log.2`: two processes never share a file, so
no rename fails on Windows ([WinError 32]) and no append races another (issue 14, defect 6).
Files of GridDesk versions before this one (`griddesk.log*`) are read and pruned the same way.

Bounded: when a process starts, the logs of other processes are removed when empty (a CLI
command that logged nothing), older than MAX_AGE_DAYS or beyond the newest KEEP_PROCESSES
finished processes — never the log of a process still running (its id is alive), and a file Windows will not delete (someone has it open) is left for the
next start. At most KEEP_PROCESSES × (BACKUPS + 1) × MAX_BYTES (app/logs.py) stay on disk,
plus those of processes still running."""

import contextlib
import datetime as dt
import heapq
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from app.paths import log_dir

KEEP_PROCESSES = 20
MAX_AGE_DAYS = 30
NAME = re.compile(r"griddesk(?:-(\d{8}-\d{6})-(\d+))?\.log(?:\.(\d+)|\.\d+-\d+\.rolling)?$")  # .1, .2, or a failed rollover's leftover
RECORD_START = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")


def process_log_name(started: dt.datetime | None = None, pid: int | None = None) -> str:
    return f"griddesk-{(started or dt.datetime.now()):%Y%m%d-%H%M%S}-{pid or os.getpid()}.log"


def groups(folder: Path | None = None) -> dict[str, list[Path]]:
    """Each process's log (the stem before `.log`) -> its files, oldest first (.2, .1, then the live one)."""
    found: dict[str, list[tuple[int, Path]]] = {}
    for path in (folder or log_dir()).iterdir():
        match = NAME.fullmatch(path.name)
        if match and path.is_file():
            found.setdefault(path.name.split(".log")[0], []).append((-int(match[3] or 0), path))
    return {stem: [p for _n, p in sorted(files)] for stem, files in found.items()}


def _newest_change(files: list[Path]) -> float:
    return max((p.stat().st_mtime for p in files if p.exists()), default=0.0)


def _size(files: list[Path]) -> int:
    return sum(p.stat().st_size for p in files if p.exists())


def _pid(stem: str) -> int | None:
    match = NAME.fullmatch(stem + ".log")
    return int(match[2]) if match and match[2] else None


def prune(folder: Path | None = None, now: float | None = None, keep: int = KEEP_PROCESSES,
          max_age_days: int = MAX_AGE_DAYS) -> list[Path]:
    """Remove the logs of finished processes that are too old or too many; returns what went."""
    now = time.time() if now is None else now
    found = {stem: files for stem, files in groups(folder).items() if not _running(_pid(stem))}
    removed = [p for files in found.values() if not _size(files) for p in files if _remove(p)]  # empty
    ranked = sorted((item for item in found.items() if _size(item[1])), key=lambda item: _newest_change(item[1]),
                    reverse=True)
    for rank, (_stem, files) in enumerate(ranked):
        if rank >= keep or now - _newest_change(files) > max_age_days * 86400:
            removed += [p for p in files if _remove(p)]
    return removed


def _remove(path: Path) -> bool:
    with contextlib.suppress(OSError):  # Windows: another program has it open; the next start tries again
        path.unlink()
        return True
    return False


def _running(pid: int | None) -> bool:
    if pid is None:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def _windows_running(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it runs, as another user
    code = ctypes.c_ulong()
    try:
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _records(path: Path) -> Iterator[str]:
    """A file's records, each with its continuation lines (a traceback)."""
    record = ""
    with contextlib.suppress(OSError), path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if RECORD_START.match(line) and record:
                yield record
                record = ""
            record += line
    if record:
        yield record


def records(folder: Path | None = None) -> Iterator[str]:
    """Every record of every process's log, merged in time order (each file is already in order)."""
    streams = [_records(path) for files in groups(folder).values() for path in files]
    return heapq.merge(*streams, key=lambda record: record[:23])
