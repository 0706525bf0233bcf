"""What a subdistrict's recovery bundle reads, table by table, on a read-only demo file: the time
of `changed_rows` from the beginning of the change log (the export's query; its writing, compression
and encryption come on top, linear in the rows).

    .venv/bin/python tests/bench/bench_recovery_export.py DB [--code SUBDISTRICT] [--top 8]

DB is opened read-only and immutable (e.g. the cached `city` or `1m` demo), never migrated.
For the "before" figure run a copy of this script with another checkout on PYTHONPATH.
"""

import argparse
import os
import sys
import time
from pathlib import Path

from peewee import SqliteDatabase

ROOT = Path(__file__).resolve().parents[2]


def read(table: str, until: int, scope: str) -> tuple[int, float]:
    from app.exchange.rows import changed_rows

    start = time.perf_counter()
    rows = sum(1 for _ in changed_rows(table, 0, until, scope, True))
    return rows, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--code", default="611002002")
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    sys.path.insert(0, os.environ.get("PYTHONPATH") or str(ROOT))
    from app.exchange.tables import ORDER
    from db.connection import database

    database.initialize(SqliteDatabase(f"{Path(args.db).resolve().as_uri()}?mode=ro&immutable=1", uri=True))
    scope = database.execute_sql("SELECT path FROM org_unit WHERE code = ?", (args.code,)).fetchone()[0]
    until = database.execute_sql("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    figures = {table: read(table, until, scope) for table in ORDER}
    rows, seconds = sum(r for r, _ in figures.values()), sum(s for _, s in figures.values())
    print(f"machine: {os.cpu_count()} CPUs (shared), code {sys.path[0]}; {args.db}, subdistrict {args.code}")
    print(f"  recovery rows read: {rows:,} in {seconds:.1f} s ({until:,} change-log entries)")
    for table, (n, s) in sorted(figures.items(), key=lambda item: -item[1][1])[:args.top]:
        print(f"    {table:24} {n:>9,} rows {s:7.1f} s")


if __name__ == "__main__":
    main()
