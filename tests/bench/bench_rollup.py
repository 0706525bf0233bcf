"""The daily figures against the district's history: roll-ups (db/rollup.py) versus scans.

    .venv/bin/python tests/bench/bench_rollup.py --db FILE [--runs 5] [--month 2026-10] [--year 2026]
    .venv/bin/python tests/bench/bench_rollup.py --db COPY --migrate   # time the migration on a copy
    .venv/bin/python tests/bench/bench_rollup.py --db FILE --read-only [--detail]   # the shared cache

Prints the median of --runs after one warm-up, in milliseconds, of:
- the start page's refresh (app.dashboard.compute) for the district, a month and a year;
- one community's figures for a year (every periodic figure of app.stats);
- the orders tab's KPI cards for the district (ui/tabs/orders/overview.py KPI_KEYS), a month and all time;
- the same orders figures as bare SQL (tests/bench/bench_orders.BARE_KPIS, all time): the reference.
Runs against whatever code is on PYTHONPATH, so the same script gives the "before" figure with the
main checkout's code. --migrate opens a file that predates migration 0026 (no backup: use a copy)
and prints how long the migration and the first count of the roll-ups took. Never open the shared
cache with --migrate. --read-only opens the file immutable with the session's cache size (never written: the shared
cache, at whatever schema it holds; the code on PYTHONPATH must know every table it reads); with
--migrate, the copy is migrated first and then read the same way.
--detail adds where the milliseconds go: each card of the start page, each part of the refresh
(trends, breakdowns, where matters were settled), each orders card and the community's ten
slowest figures. --tz (default Asia/Shanghai, a clerk's PC) is the zone the periods' ends are
local midnights of: there they are the roll-ups' month starts.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

if __name__ == "__main__":  # the zone before anything reads the clock (app/local_days.py)
    os.environ["TZ"] = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--tz=")), "Asia/Shanghai")
    time.tzset()

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-data-"))

ORDER_KEYS = ("orders.requests", "orders.quick_completion_rate", "orders.needs", "orders.offers", "orders.services",
              "orders.service_completion_rate", "orders.review_sessions", "orders.response_rate",
              "orders.resolution_rate", "orders.satisfaction_rate")  # the orders tab's cards


def migrate(path: Path) -> None:
    from db.schema import open_and_migrate

    started = time.perf_counter()
    opened = open_and_migrate(path)
    print(f"migrated {', '.join(opened.applied) or 'nothing'} in {time.perf_counter() - started:.1f} s")
    opened.db.close()


def figures(runs: int, month: str, year: str) -> list[tuple[str, float]]:
    from app import dashboard, stats
    from app.notices.periods import parse
    from db.connection import database
    from db.models import Level, OrgUnit
    from tests.bench.bench_dashboard import median_ms
    from tests.bench.bench_orders import BARE_KPIS

    stats._load_modules()
    district = OrgUnit.get(OrgUnit.parent.is_null() & (OrgUnit.deleted == False))  # noqa: E712
    community = (OrgUnit.select().where((OrgUnit.level == int(Level.COMMUNITY)) & (OrgUnit.deleted == False))  # noqa: E712
                 .order_by(OrgUnit.path).first())
    periodic = [k for k, v in stats.REGISTRY.items() if v.periodic]
    m, y = parse(month), parse(year)
    return [
        (f"dashboard refresh, district, {month}", median_ms(lambda: dashboard.compute(district.path, m), runs)),
        (f"dashboard refresh, district, {year}", median_ms(lambda: dashboard.compute(district.path, y), runs)),
        (f"one community's figures ({len(periodic)}), {year}",
         median_ms(lambda: stats.compute(community.path, periodic, y.as_stats_period()), runs)),
        (f"orders tab KPIs, district, {month}",
         median_ms(lambda: stats.compute(district.path, list(ORDER_KEYS), m.as_stats_period()), runs)),
        ("orders tab KPIs, district, all time", median_ms(lambda: stats.compute(district.path, list(ORDER_KEYS)), runs)),
        ("  reference: the orders figures as bare SQL, all time",
         median_ms(lambda: [database.execute_sql(sql).fetchall() for sql in BARE_KPIS], runs)),
    ]


def _parts(p) -> dict:
    """The start page's refresh for the district, piece by piece, and the orders cards."""
    from app import stats
    from app.dashboard import breakdowns, cards, trends
    from app.linkage.kpis import settled_where

    span = p.as_stats_period()
    parts = {f"card {c.key}": (lambda c=c: stats.compute(None, [c.key], span if c.sort == cards.PERIOD else None))
             for c in cards.CARDS}
    parts |= {"trend of requests": lambda: trends.requests_by_month(None, p),
              "trend of rates": lambda: trends.rates_by_month(None, p),
              "service completion by community": lambda: breakdowns.service_completion(None, p),
              "mediation outcomes": lambda: breakdowns.mediation_outcomes(None, p),
              "fund use": lambda: breakdowns.fund_use(None, p), "settled where": lambda: settled_where(None, span)}
    return parts | {f"orders {k}": (lambda k=k: stats.compute(None, [k], span)) for k in ORDER_KEYS}


def detail(runs: int, month: str, year: str) -> list[tuple[str, float]]:
    """Each part of the refresh, each orders card, the community's slowest figures (median ms)."""
    from app import stats
    from app.notices.periods import parse
    from db.models import Level, OrgUnit
    from tests.bench.bench_dashboard import median_ms

    community = (OrgUnit.select().where((OrgUnit.level == int(Level.COMMUNITY)) & (OrgUnit.deleted == False))  # noqa: E712
                 .order_by(OrgUnit.path).first())
    out = [(f"  {key} {name}", median_ms(f, runs)) for key in (month, year) for name, f in _parts(parse(key)).items()]
    out += [(f"  orders all time {k}", median_ms(lambda k=k: stats.compute(None, [k]), runs)) for k in ORDER_KEYS]
    y = parse(year).as_stats_period()
    mine = [(f"  community {year} {k}", median_ms(lambda k=k: stats.compute(community.path, [k], y), runs))
            for k, v in stats.REGISTRY.items() if v.periodic]
    return out + sorted(mine, key=lambda r: -r[1])[:10]


def open_read_only(path: Path) -> None:
    from peewee import SqliteDatabase

    from db.connection import PRAGMAS, database

    pragmas = {k: v for k, v in PRAGMAS.items() if k in ("cache_size", "foreign_keys")}  # as open_session reads
    database.initialize(SqliteDatabase(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, pragmas=pragmas))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="daily figures: roll-ups versus scans")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--year", default="2026")
    parser.add_argument("--migrate", action="store_true", help="time the migration first (a copy only)")
    parser.add_argument("--read-only", action="store_true", help="open immutable: the shared cache")
    parser.add_argument("--detail", action="store_true", help="where the milliseconds go")
    parser.add_argument("--tz", default="Asia/Shanghai", help="the clock's zone (read before the arguments)")
    args = parser.parse_args(argv)
    if args.migrate:
        migrate(args.db)
    from app.session import close_session, open_session
    from tests.bench.bench_demo import machine

    print(f"machine: {machine()}")
    import app
    print(f"file: {args.db.name} ({args.db.stat().st_size / 1e6:,.0f} MB); code: {Path(app.__file__).parents[1]}; "
          f"median of {args.runs}; TZ {os.environ.get('TZ')}; load {os.getloadavg()[0]:.1f}")
    open_read_only(args.db) if args.read_only else open_session(args.db)
    try:
        for label, ms in figures(args.runs, args.month, args.year):
            print(f"{label:<58} {ms:9.1f} ms", flush=True)
        for label, ms in detail(args.runs, args.month, args.year) if args.detail else ():
            print(f"{label:<58} {ms:9.1f} ms", flush=True)
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    finally:
        close_session()
    return 0


if __name__ == "__main__":
    sys.exit(main())
