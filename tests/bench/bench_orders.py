"""Four-orders benchmarks: KPIs, request keyword search, the first rows of the request list.

    .venv/bin/python tests/bench/bench_orders.py [--scales shangzhou 1m] [--cache DIR] [--runs N]

Demo databases are generated once per scale into --cache (default: a folder
in the system temp dir; the generation time is printed then) and reused.
Prints, per scale, the median and worst of --runs runs of:
- the orders.* KPIs for the whole district through app.stats.compute, and the
  same figures as bare SQL (one statement per KPI) with the ratio between them;
  the same for the first subdistrict (a subtree join on org_unit.path);
- keyword search with 2-character words: the bigram FTS index (request_fts,
  db.search_index.query_phrase) for the first 50 hits, the newest 50 hits
  (sorted by received_at; by rowid, which is the order of logging; and as an
  IN-list probed while walking the received_at index) and the hit count,
  against LIKE '%word%' (the first 50, the newest 50 walking the date index,
  and the count, a full scan);
- the requests list: newest 100 by received_at for the district and a
  subdistrict, the oldest 100 (sort by date ascending), and the row count.
Goals (1m): first rows < 300 ms, search < 150 ms, KPIs < 500 ms.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-data-"))

ORDER_KEYS = ["orders.requests", "orders.quick_completion_rate", "orders.needs", "orders.offers", "orders.services",
              "orders.service_completion_rate", "orders.review_sessions", "orders.response_rate",
              "orders.resolution_rate", "orders.satisfaction_rate", "orders.on_time_rate"]
LIVE_ORDERS = "deleted = 0 AND state NOT IN ('returned', 'cancelled')"
BARE_KPIS = [  # the same counts as app/orders/kpis.py, one statement per figure
    "SELECT COUNT(*) FROM request WHERE deleted = 0 AND state != 'merged'",
    "SELECT SUM(closed_at <= due_at), COUNT(*) FROM request WHERE deleted = 0 AND state != 'merged' "
    "AND kind IN ('reply', 'transfer')",
    "SELECT COUNT(*) FROM need WHERE deleted = 0",
    "SELECT COUNT(*) FROM offer WHERE deleted = 0",
    f"SELECT COUNT(*) FROM service_order WHERE {LIVE_ORDERS}",
    f"SELECT SUM(completed_at IS NOT NULL), COUNT(*) FROM service_order WHERE {LIVE_ORDERS}",
    "SELECT COUNT(*) FROM review_session WHERE deleted = 0",
    "SELECT SUM(responded_at IS NOT NULL AND responded_at <= respond_by), COUNT(*) FROM service_order "
    "WHERE deleted = 0",
    "SELECT SUM(resolved = 1), COUNT(*) FROM call_back WHERE deleted = 0",
    "SELECT SUM(satisfaction IN ('satisfied', 'basic')), COUNT(*) FROM call_back WHERE deleted = 0",
    "SELECT SUM(completed_at <= complete_by), COUNT(*) FROM service_order WHERE deleted = 0 "
    "AND completed_at IS NOT NULL",
]
WORDS = ("停车", "漏水", "暖气", "噪音", "老人", "扶手")
COLUMNS = "r.uuid, r.number, r.received_at, r.category, r.state, r.requester_name, r.content"


def timed(fn, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def line(label: str, median: float, worst: float, extra: str = "") -> None:
    print(f"  {label:<58} median {median:8.2f} ms  worst {worst:8.2f} ms  {extra}", flush=True)


def demo_db(cache: Path, scale: str) -> Path:
    from app.demo import generate

    path = cache / f"{scale}.sqlite3"
    if not path.exists():
        result = generate(path, scale, seed=1)
        print(f"[{scale}] demo generated in {result.seconds:.1f} s ({result.rows:,} records, "
              f"{result.rows / result.seconds:,.0f} records/s)", flush=True)
    return path


def bench_kpis(db, runs: int) -> None:
    from app import stats
    from db.models import Level, OrgUnit

    median, worst, figures = timed(lambda: stats.compute(None, ORDER_KEYS), runs)
    line("KPIs (11 orders.* figures), district", median, worst)
    bare_median, bare_worst, _ = timed(lambda: [db.execute_sql(sql).fetchone() for sql in BARE_KPIS], runs)
    line("  the same as bare SQL (11 statements)", bare_median, bare_worst, f"ratio {median / bare_median:.2f}")
    sub = OrgUnit.select().where(OrgUnit.level == int(Level.SUBDISTRICT)).order_by(OrgUnit.code).first()
    median, worst, _ = timed(lambda: stats.compute(sub.path, ORDER_KEYS), runs)
    line(f"KPIs, one subdistrict ({sub.name})", median, worst)
    print("  " + ", ".join(f"{k[7:]}={v}" for k, v in figures.items()))


FTS = "FROM request_fts f JOIN request r ON r.rowid = f.rowid WHERE request_fts MATCH ? AND r.deleted = 0"
LIKE = "FROM request r WHERE r.deleted = 0 AND r.content LIKE ?"
SEARCHES = {  # label: (SQL, uses the FTS phrase rather than the LIKE pattern)
    "FTS first 50": (f"SELECT r.uuid {FTS} LIMIT 50", True),
    "FTS newest 50": (f"SELECT {COLUMNS} {FTS} ORDER BY r.received_at DESC LIMIT 50", True),
    "FTS newest 50, by rowid": (f"SELECT {COLUMNS} {FTS} ORDER BY f.rowid DESC LIMIT 50", True),
    "FTS newest 50, hits IN + date index walk": (
        f"SELECT {COLUMNS} FROM request r INDEXED BY request_received_at WHERE r.deleted = 0 AND r.rowid IN "
        "(SELECT rowid FROM request_fts WHERE request_fts MATCH ?) ORDER BY r.received_at DESC LIMIT 50", True),
    "FTS hit count": ("SELECT COUNT(*) FROM request_fts WHERE request_fts MATCH ?", True),
    "LIKE first 50": (f"SELECT r.uuid {LIKE} LIMIT 50", False),
    "LIKE newest 50": (f"SELECT {COLUMNS} {LIKE} ORDER BY r.received_at DESC LIMIT 50", False),
    "LIKE count (full scan)": (f"SELECT COUNT(*) {LIKE}", False),
}


def bench_search(db, runs: int) -> None:
    from db.search_index import query_phrase

    for word in WORDS:
        for label, (sql, fts) in SEARCHES.items():
            param = query_phrase(word) if fts else f"%{word}%"
            median, worst, rows = timed(lambda s=sql, p=param: db.execute_sql(s, (p,)).fetchall(), runs)
            extra = f"{rows[0][0]:,} hits" if "count" in label else f"{len(rows)} rows"
            line(f"search {word}: {label}", median, worst, extra)


def bench_list(db, runs: int) -> None:
    from db.models import Level, OrgUnit

    sub = OrgUnit.select().where(OrgUnit.level == int(Level.SUBDISTRICT)).order_by(OrgUnit.code).first()
    queries = {
        "list: newest 100, district": (f"SELECT {COLUMNS} FROM request r WHERE r.deleted = 0 "
                                       "ORDER BY r.received_at DESC LIMIT 100", ()),
        "list: oldest 100 (sort by date asc), district": (
            f"SELECT {COLUMNS} FROM request r WHERE r.deleted = 0 ORDER BY r.received_at ASC LIMIT 100", ()),
        "list: newest 100 by number, district": (
            f"SELECT {COLUMNS} FROM request r WHERE r.deleted = 0 ORDER BY r.number DESC LIMIT 100", ()),
        "list: row count, district": ("SELECT COUNT(*) FROM request WHERE deleted = 0", ()),
        f"list: newest 100, {sub.name}": (
            f"SELECT {COLUMNS} FROM request r JOIN org_unit g ON g.uuid = r.grid_uuid "
            "WHERE r.deleted = 0 AND g.path LIKE ? ORDER BY r.received_at DESC LIMIT 100", (f"{sub.path}%",)),
        f"list: row count, {sub.name}": (
            "SELECT COUNT(*) FROM request r JOIN org_unit g ON g.uuid = r.grid_uuid "
            "WHERE r.deleted = 0 AND g.path LIKE ?", (f"{sub.path}%",)),
    }
    for label, (sql, params) in queries.items():
        median, worst, rows = timed(lambda s=sql, p=params: db.execute_sql(s, p).fetchall(), runs)
        line(label, median, worst, f"{len(rows)} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="four-orders benchmarks")
    parser.add_argument("--scales", nargs="+", default=["shangzhou", "1m"])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "griddesk-bench-orders")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    from app.session import close_session, open_session
    from db.connection import database

    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    from bench_demo import machine

    print(f"machine: {machine()}")
    for scale in args.scales:
        path = demo_db(args.cache, scale)
        open_session(path)
        try:
            print(f"[{scale}] {path.stat().st_size / 1e6:,.0f} MB file", flush=True)
            db = database.obj
            bench_kpis(db, args.runs)
            bench_search(db, args.runs)
            bench_list(db, args.runs)
        finally:
            close_session()
    return 0


if __name__ == "__main__":
    sys.exit(main())
