"""One-character search of the requests: the first page (newest 200) and the hit count.

    .venv/bin/python tests/bench/bench_search_chars.py --db FILE [--index SCRATCH] [--runs N] [--chars 鳖的停]

FILE is opened read-only (`immutable=1`), never migrated nor written: the shared cache files
can be measured. A file without `request_chars` (made before migration 0031) gets the index in
SCRATCH, a separate file built from FILE's requests by db.search_index.rebuild — the very
statement the migration's trigger refresh runs — with FILE attached; its build time and size
are printed. Unqualified names resolve to SCRATCH first, then FILE, so the code under test
reads both as one database.

For each character: how many requests hold it (exactly, from a LIKE scan, once), then the
best and median of --runs of `lists.request_page` (newest 200, as the requests box asks) and
`lists.request_hits` (bounded at 1,000). The code under test is whatever `app` is on the path:
run it with PYTHONPATH=/work/main and main's .venv for the figures before the change (its
one-character search is a scan; the index is then ignored).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("PYTHONPATH", "").split(os.pathsep)[0] or Path(__file__).resolve().parents[2])
sys.path.insert(0, str(ROOT))

from peewee import SqliteDatabase  # noqa: E402

from app.orders import lists  # noqa: E402
from db.connection import database  # noqa: E402
from db.search_index import bigrams  # noqa: E402

CHARS = "鳖四厕孤的停号"  # at 1m: 0, 1,838, 4,999, 13,975, 69,390, 90,213, 390,580 requests


def open_read_only(path: Path, scratch: Path | None) -> SqliteDatabase:
    file_uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    if scratch is None:
        db = SqliteDatabase(file_uri, uri=True)
    else:
        db = SqliteDatabase(str(scratch), pragmas={"journal_mode": "off", "synchronous": "off"})
    db.register_function(bigrams, "gd_bigrams", 1, deterministic=True)
    try:
        from db.search_index import chars
        db.register_function(chars, "gd_chars", 1, deterministic=True)
    except ImportError:  # main's code before the change
        pass
    database.initialize(db)
    db.connect()
    if scratch is not None:
        db.execute_sql("ATTACH ? AS file", (file_uri,))
        db.execute_sql("PRAGMA file.cache_size = -32000")
    db.execute_sql("PRAGMA main.cache_size = -32000")  # the window's page cache (db/connection.py PRAGMAS)
    return db


def has_index(path: Path) -> bool:
    import sqlite3

    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute("SELECT 1 FROM sqlite_master WHERE name = 'request_chars'").fetchone() is not None
    finally:
        con.close()


def build_index(db: SqliteDatabase, scratch: Path) -> None:
    from db import search_index

    migration = ROOT / "db" / "migrations" / "0031_request_chars.py"
    ddl = {}
    exec(migration.read_text(), ddl)  # noqa: S102 - the frozen DDL of the migration itself
    if db.execute_sql("SELECT 1 FROM main.sqlite_master WHERE name = 'request_chars'").fetchone() is None:
        for sql in ddl["STATEMENTS"]:
            db.execute_sql(sql)
    start = time.perf_counter()
    with db.atomic():
        rows = search_index.rebuild(db, "request_chars")
    seconds = time.perf_counter() - start
    db.execute_sql("INSERT INTO request_chars (request_chars) VALUES ('optimize')")
    print(f"index built: {rows:,} requests in {seconds:.1f} s (optimized after: "
          f"{time.perf_counter() - start - seconds:.1f} s); {scratch.stat().st_size / 2**20:.1f} MB", flush=True)


def timed(work, runs: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times), result


def exact(ch: str) -> int:
    sql = "SELECT COUNT(*) FROM request WHERE deleted = 0 AND instr(lower(content), lower(?)) > 0"
    return database.execute_sql(sql, (ch,)).fetchone()[0]


def measure(ch: str, runs: int, exact_count: bool) -> None:
    f = lists.Filter(keyword=ch)
    page_best, page_median, (rows, _) = timed(lambda: lists.request_page(f, None, 200), runs)
    hits_best, hits_median, hits = timed(lambda: lists.request_hits(f), runs)
    shown = f"{hits:,}" if hits <= lists.HIT_BOUND else f"{lists.HIT_BOUND:,}+"
    held = f"{exact(ch):>9,}" if exact_count else "        ?"
    print(f"{ch}  {held} requests | first page ({len(rows):>3} rows) best {page_best:8.1f} ms "
          f"median {page_median:8.1f} ms | hit count {shown:>6} best {hits_best:7.2f} ms "
          f"median {hits_median:7.2f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--index", type=Path, help="scratch file for the index of a file without it")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chars", default=CHARS)
    parser.add_argument("--exact", action="store_true", help="also count each character's requests (a scan)")
    args = parser.parse_args()
    scratch = None if has_index(args.db) or args.index is None else args.index
    db = open_read_only(args.db, scratch)
    print(f"{args.db.name}: code {ROOT}; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; "
          f"index {'in the file' if scratch is None else scratch}", flush=True)
    built = scratch is None or db.execute_sql("SELECT COUNT(*) FROM main.sqlite_master "
                                              "WHERE name = 'request_chars_data'").fetchone()[0]
    if not built and (ROOT / "db" / "migrations" / "0031_request_chars.py").exists():
        build_index(db, scratch)
    best, median, _ = timed(lambda: lists.request_page(lists.Filter(), None, 200), args.runs)
    print(f"no keyword (the floor: the newest 200 requests) best {best:8.1f} ms median {median:8.1f} ms", flush=True)
    for ch in args.chars:
        measure(ch, args.runs, args.exact)
    db.close()


if __name__ == "__main__":
    main()
