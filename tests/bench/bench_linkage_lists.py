"""Benchmark of the daily lists of issue 19 read on the worker: the linkage inbox, sent and
overdue lists of the local site's unit, and the mediation tab's virtue activities and
deliberation meetings (the whole list, and — where the code has it — the first page and the
count the window now reads). A script, not a test (pytest does not collect tests/bench).

    .venv/bin/python tests/bench/bench_linkage_lists.py --db FILE [--repeat N]

The file is opened read-only and immutable (`?mode=ro&immutable=1`): never migrated nor
written, so the shared cached demo serves. Without a signed-in user the lists see the whole
tree, as the demo's district admin does. Lines the code under test lacks are skipped, so the
same script run with main's code gives the "before".
"""

import argparse
import sys
import time
from pathlib import Path

from peewee import SqliteDatabase

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:  # PYTHONPATH first: a copy run against another checkout's code
    sys.path.append(str(ROOT))

from app.linkage import lists  # noqa: E402
from app.mediation import lists as mediation  # noqa: E402
from app.session import local_site  # noqa: E402
from db.connection import database  # noqa: E402
from tests.bench.bench_demo import machine  # noqa: E402


def best(repeat: int, work) -> tuple[float, object]:
    result = work()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return min(times), result


def size(result) -> int:
    return len(result[0]) if isinstance(result, tuple) else len(result) if isinstance(result, list) else result


def jobs(unit: str) -> list:
    whole = mediation.Filter()
    out = [("linkage inbox", lambda: lists.inbox(unit)), ("linkage sent", lambda: lists.sent(unit)),
           ("linkage overdue (督办)", lambda: lists.overdue(None)),
           ("virtue activities, every row", lambda: mediation.activity_rows(whole)),
           ("deliberation meetings, every row", lambda: mediation.meeting_rows(whole))]
    if hasattr(mediation, "activity_page"):
        out += [("virtue activities, first page", lambda: mediation.activity_page(whole, 0, 200)),
                ("virtue activities, count", lambda: mediation.activity_count(whole)),
                ("deliberation meetings, first page", lambda: mediation.meeting_page(whole, 0, 200)),
                ("deliberation meetings, count", lambda: mediation.meeting_count(whole))]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    database.initialize(SqliteDatabase(f"{Path(args.db).resolve().as_uri()}?mode=ro&immutable=1", uri=True))
    try:
        unit = local_site().org_unit
        print(machine(), Path(args.db).name, f"site unit {unit.name}")
        for label, work in jobs(unit.uuid):
            ms, result = best(args.repeat, work)
            print(f"{label:36s} {ms:9.1f} ms  ({size(result):,} rows)")
    finally:
        database.close()


if __name__ == "__main__":
    main()
