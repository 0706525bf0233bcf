"""Benchmark of the start page's refresh (a script, not a test: pytest does not
collect tests/bench).

    .venv/bin/python tests/bench/bench_dashboard.py [--scale shangzhou] [--cache DIR] [--runs 5] [--period 2026-10]

Generates the demo file of the scale once into the cache folder (default
$GRIDDESK_BENCH_CACHE or /tmp/griddesk-bench-cache, the file bench_mediation.py
uses) and reuses it. Then times, in milliseconds (median of N after one warm-up),
what one refresh of the dashboard computes on the runner — app.dashboard.compute():
the 16 cards for the period and the one before, the twelve-month trends and the
period's breakdowns — for the district and for one community, and each part alone.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import dashboard  # noqa: E402
from app.dashboard import breakdowns, cards, trends  # noqa: E402
from app.demo import SCALES  # noqa: E402
from app.notices.periods import parse  # noqa: E402
from app.session import close_session, open_session  # noqa: E402
from db.models import Level, OrgUnit  # noqa: E402
from tests.bench.bench_demo import machine  # noqa: E402
from tests.bench.bench_mediation import cached  # noqa: E402

PARTS = (("cards (16, this period and the one before)", cards.card_values),
         ("requests by month and category", trends.requests_by_month),
         ("three rates by month", trends.rates_by_month),
         ("service completion by unit", breakdowns.service_completion),
         ("mediation outcomes", breakdowns.mediation_outcomes),
         ("fund use against budget", breakdowns.fund_use))


def median_ms(func, runs: int) -> float:
    from app.unchanged import forget  # each run computes from the database, not from the last run's figures

    forget()
    func()  # warm-up: page cache, prepared statements
    times = []
    for _ in range(runs):
        forget()
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def measure(path: Path, period_key: str, runs: int) -> list[tuple[str, float]]:
    open_session(path)
    try:
        district = OrgUnit.get(OrgUnit.parent.is_null() & (OrgUnit.deleted == False))  # noqa: E712
        community = (OrgUnit.select().where((OrgUnit.level == int(Level.COMMUNITY)) & (OrgUnit.deleted == False))  # noqa: E712
                     .order_by(OrgUnit.path).first())
        period = parse(period_key)
        out = []
        for label, unit in (("district " + district.name, district), ("community " + community.name, community)):
            out.append((f"refresh, {label}", median_ms(lambda u=unit: dashboard.compute(u.path, period), runs)))
            root = None if unit is district else unit.path  # as compute() passes the whole tree
            for part, func in PARTS:
                out.append((f"  {part}", median_ms(lambda f=func, r=root: f(r, period), runs)))
        return out
    finally:
        close_session()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time the dashboard's refresh on a demo file")
    parser.add_argument("--scale", default="shangzhou", choices=list(SCALES))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path,
                        default=Path(os.environ.get("GRIDDESK_BENCH_CACHE", "/tmp/griddesk-bench-cache")))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--period", default="2026-10", help="month 2026-10, quarter 2026-Q3 or year 2026")
    args = parser.parse_args(argv)
    path, seconds = cached(args.scale, args.seed, args.cache)
    print(f"machine: {machine()}")
    print(f"file: {path} ({path.stat().st_size / 1e6:,.0f} MB, "
          + (f"generated in {seconds:.1f} s)" if seconds is not None else "reused)"))
    print(f"period {args.period}, median of {args.runs} after a warm-up")
    for label, ms in measure(path, args.period, args.runs):
        print(f"{label:<52} {ms:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
