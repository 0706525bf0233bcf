"""One of the processes of tests/core/test_two_processes.py: `python -m tests.second_writer DB GRID N START`
adds N residents to GRID, one transaction each (read, then write: the pattern that deadlocked when
writes began as deferred transactions), starting at the wall-clock time START; prints one JSON line
{"ok": n, "failed": {error: count}}."""

import json
import os
import sys
import time

from app import auth
from app.errors import EXPECTED
from app.grid import residents
from app.session import close_session, open_session


def main(db: str, grid: str, count: int, start: float) -> dict:
    open_session(db)
    auth.act_as_command_line()
    time.sleep(max(0.0, start - time.time()))  # until the instant both writers start at (a condition)
    ok, failed = 0, {}
    for i in range(count):
        try:
            residents.add(grid, residents.ResidentInput(name=f"进程{os.getpid()}-{i}", notes="两个程序同时写"))
            ok += 1
        except EXPECTED as exc:
            failed[exc.code] = failed.get(exc.code, 0) + 1
        except Exception as exc:  # noqa: BLE001 - what the clerk would have seen as an unexpected error
            failed[f"{type(exc).__name__}: {exc}"] = failed.get(f"{type(exc).__name__}: {exc}", 0) + 1
    close_session()
    return {"ok": ok, "failed": failed}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])), ensure_ascii=False))
