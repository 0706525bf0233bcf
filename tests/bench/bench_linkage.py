"""Benchmark of the linkage inbox, the 督办 list and the linkage.* figures on a demo
file (a script, not a test: pytest does not collect tests/bench).

    .venv/bin/python tests/bench/bench_linkage.py [--scale shangzhou|city] [--cache DIR] [--repeat N] [--read-only]

--read-only opens the cached file immutable, never migrated nor written (the shared
read-only cache of another schema version: these reads need no table newer than 0025).

Reuses the cached demo file of the scale (tests/bench/bench_mediation.py), then
times in milliseconds (best of N after a warm-up): the subdistrict inbox of the
busiest subdistrict, the district's 督办 list, the linkage.* figures of the whole
district and of one subdistrict (a fresh read: the figures' cache is emptied first),
the dashboard's chart of where the year's matters were settled (kpis.settled_where,
fresh) and one record's standing as its screen shows it (lists.of_record). Lines the
code under test does not have yet are skipped, so the script gives a "before" too.
"""

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

from peewee import SqliteDatabase

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import stats  # noqa: E402
from app.linkage import kpis, lists  # noqa: E402
from app.session import close_session, open_session  # noqa: E402
from db.connection import database  # noqa: E402
from db.models import Escalation, Level, OrgUnit  # noqa: E402
from tests.bench.bench_demo import machine  # noqa: E402
from tests.bench.bench_mediation import cached  # noqa: E402


def best(repeat: int, work) -> float:
    work()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def figures(root: str | None) -> dict:
    kpis._CACHE.clear()
    return stats.compute(root, [k for k in sorted(stats.REGISTRY) if k.startswith("linkage.")])


def settled(root: str | None, fresh: bool = True):
    """fresh: the escalations read anew; else as on the start page, after the linkage cards read them."""
    if fresh:
        kpis._CACHE.clear()
    return kpis.settled_where(root, (dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="shangzhou")
    parser.add_argument("--cache", default=os.environ.get("GRIDDESK_BENCH_CACHE", "/tmp/griddesk-bench-cache"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--read-only", action="store_true")
    args = parser.parse_args()
    path, seconds = cached(args.scale, 1, Path(args.cache))
    print(machine(), f"scale {args.scale}", f"(generated in {seconds:.0f} s)" if seconds else "(cached)")
    if args.read_only:
        database.initialize(SqliteDatabase(f"{path.as_uri()}?immutable=1", uri=True))
    else:
        open_session(path)
    try:
        stats.compute(None, ["org.grids"])  # loads the registry
        subs = list(OrgUnit.select().where(OrgUnit.level == int(Level.SUBDISTRICT)))
        sub = max(subs, key=lambda s: len(lists.inbox(s.uuid)))
        print(f"escalations {Escalation.select().count():,}; inbox of {sub.name}: {len(lists.inbox(sub.uuid))}")
        record = Escalation.select(Escalation.record_uuid).order_by(Escalation.escalated_at.desc()).scalar()
        jobs = [("subdistrict inbox", lambda: lists.inbox(sub.uuid)),
                ("district 督办 list", lambda: lists.overdue(None)),
                ("linkage.* figures, whole district", lambda: figures(None)),
                ("linkage.* figures, one subdistrict", lambda: figures(sub.path))]
        if hasattr(kpis, "settled_where"):
            jobs += [("settled-at-level chart, district, year", lambda: settled(None)),
                     ("settled-at-level chart, one subdistrict", lambda: settled(sub.path)),
                     ("the chart after the cards, district", lambda: settled(None, fresh=False)),
                     ("one record's standing (its screen)", lambda: lists.of_record(record))]
        for label, work in jobs:
            print(f"{label:40s} {best(args.repeat, work):9.1f} ms")
    finally:
        if args.read_only:
            database.close()
        else:
            close_session()


if __name__ == "__main__":
    main()
