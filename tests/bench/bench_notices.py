"""Benchmark of the printed notices and the work report on a large demo file (a script,
not a test: pytest does not collect tests/bench).

    .venv/bin/python tests/bench/bench_notices.py [--scale shangzhou] [--cache DIR] [--kind KIND]
        [--month 2026-09] [--year 2025] [--parts notices,report,excel] [--file DEMO.sqlite3]

Generates the demo file of the scale once into the cache folder (default
$GRIDDESK_BENCH_CACHE or /tmp/griddesk-bench-cache) and reuses it afterwards; with
--file it measures that file instead (e.g. the city demo). Either is first copied
(SQLite's backup API) into a scratch folder that is removed afterwards, because
issuing notices writes the register and the PDFs beside the database, and an older
file is migrated in the copy. Then it times, each from the records (the report's
figures are not kept from a previous step):

- notices: the monthly notice KIND issued for every community: review_results
  评单结果公示 (default; for --month, or each community's newest reviewed month, as a
  review notice needs a review session of that month) or, when that kind is not there,
  fund_publicity 经费使用公示 (for --month, default 2026-Q3);
- report: the yearly work report 工作统计报表 of the district for --year, issued
  (figures through app.stats.compute, series, charts, PDF, register);
- excel: build_report + to_excel of the same report.

Prints seconds, pages and pages per second. The fonts are loaded once before timing
(their load time is printed).
"""

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from peewee import fn  # noqa: E402

from app.auth import act_as_command_line  # noqa: E402
from app.demo import SCALES  # noqa: E402
from app.notices import fonts, periods  # noqa: E402
from app.notices.issue import issue  # noqa: E402
from app.notices.kinds import NoticeRequest, load  # noqa: E402
from app.reports import builder  # noqa: E402
from app.session import close_session, open_session  # noqa: E402
from db.connection import readonly_uri  # noqa: E402
from db.models import Level, OrgUnit, Request, ReviewSession  # noqa: E402
from tests.bench.bench_demo import machine  # noqa: E402
from tests.bench.bench_mediation import cached  # noqa: E402


def scratch_copy(source: Path, folder: Path) -> Path:
    """A consistent copy of `source` (its WAL included) to work on."""
    target = folder / source.name
    with sqlite3.connect(readonly_uri(source), uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def notices(kind: str, month: str | None) -> tuple[str, float, int, int]:
    """The kind for every community: (what, seconds, pages, notices)."""
    communities = list(OrgUnit.live().where(OrgUnit.level == int(Level.COMMUNITY)).order_by(OrgUnit.path))
    if kind == "review_results":
        jobs, what = _review_months(communities, month)
    else:
        period = periods.parse(month or "2026-Q3")
        jobs, what = [(c, period) for c in communities], f"{kind} {period.key}, every community"
    started, pages = time.perf_counter(), 0
    for community, period in jobs:
        pages += issue(NoticeRequest(kind, org=community, period=period)).pages
    return what, time.perf_counter() - started, pages, len(jobs)


def _review_months(communities: list[OrgUnit], month: str | None):
    """A review notice needs a review session of its community and month (ReviewSession.month);
    the shangzhou demo holds 52 sessions in 34 months (at most 3 in one month), so by default
    each community's newest reviewed month is taken."""
    live = ReviewSession.deleted == False  # noqa: E712
    if month:
        key = periods.parse(month).key
        held = {c for (c,) in ReviewSession.select(ReviewSession.community).where(live & (ReviewSession.month == key))
                .tuples()}
        return ([(c, periods.parse(key)) for c in communities if c.uuid in held],
                f"review_results {key}, communities reviewed that month")
    newest = dict(ReviewSession.select(ReviewSession.community, fn.MAX(ReviewSession.month)).where(live)
                  .group_by(ReviewSession.community).tuples())
    return ([(c, periods.parse(newest[c.uuid])) for c in communities if c.uuid in newest],
            "review_results, each community's newest reviewed month")


def district() -> OrgUnit:
    return OrgUnit.get(OrgUnit.parent.is_null() & (OrgUnit.deleted == False))  # noqa: E712


def report(year: str) -> list[tuple[str, float, int]]:
    """(what, seconds, pages) of the district's yearly work report: figures, then the PDF."""
    builder._last = None  # count the figures again
    started = time.perf_counter()
    made = builder.build_report(district().code, "yearly", year)
    figures = time.perf_counter() - started
    done = builder.to_pdf(made)
    total = time.perf_counter() - started
    return [(f"  figures of the {year} report (stats.compute x2, series, funds)", figures, 0),
            (f"  PDF of it (layout, charts, register): {done.number}", total - figures, done.pages),
            (f"work_report {year}, district (total)", total, done.pages)]


def excel(year: str, folder: Path) -> tuple[str, float, int]:
    builder._last = None
    started = time.perf_counter()
    made = builder.build_report(district().code, "yearly", year)
    builder.to_excel(made, folder / "report.xlsx")
    return f"build_report + to_excel {year}, district ({len(made.rows())} figures)", time.perf_counter() - started, 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time the notices and the work report on a large demo file")
    parser.add_argument("--scale", default="shangzhou", choices=list(SCALES))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path,
                        default=Path(os.environ.get("GRIDDESK_BENCH_CACHE", "/tmp/griddesk-bench-cache")))
    parser.add_argument("--file", type=Path, help="measure this demo file instead of the scale's")
    parser.add_argument("--kind", default="review_results", help="the monthly notice issued for every community")
    parser.add_argument("--month", help="the notices' month (review_results) or quarter (fund_publicity); "
                        "default: each community's newest reviewed month, or 2026-Q3")
    parser.add_argument("--year", default="2025")
    parser.add_argument("--parts", default="notices,report,excel")
    args = parser.parse_args(argv)
    source, seconds = (args.file, None) if args.file else cached(args.scale, args.seed, args.cache)
    kind = args.kind
    if kind not in load():
        print(f"kind {kind} is not registered yet: timing fund_publicity instead")
        kind = "fund_publicity"
    print(f"machine: {machine()}")
    print(f"file: {source} ({source.stat().st_size / 1e6:,.0f} MB, "
          + (f"generated in {seconds:.1f} s)" if seconds is not None else "reused)"))
    scratch = Path(tempfile.mkdtemp(prefix="bench-notices-"))
    os.environ["GRIDDESK_DATA_DIR"] = str(scratch / "data")
    try:
        return _run(args, kind, scratch_copy(source, scratch), scratch)
    finally:
        close_session()
        shutil.rmtree(scratch, ignore_errors=True)


def _run(args, kind: str, path: Path, scratch: Path) -> int:
    open_session(path)
    act_as_command_line()
    started = time.perf_counter()
    used = fonts.resolve()
    print(f"fonts: {used.describe()} (loaded in {time.perf_counter() - started:.2f} s)")
    print(f"requests in the file: {Request.select().count():,}")
    rows: list[tuple[str, float, int]] = []
    parts = set(args.parts.split(","))
    if "notices" in parts:
        what, secs, pages, count = notices(kind, args.month)
        rows.append((f"{what} ({count} notices)", secs, pages))
    if "report" in parts:
        rows += report(args.year)
    if "excel" in parts:
        rows.append(excel(args.year, scratch))
    print(f"{'what':<70} {'s':>7} {'pages':>6} {'pages/s':>8}")
    for what, secs, pages in rows:
        rate = f"{pages / secs:8.1f}" if pages else f"{'':>8}"
        print(f"{what:<70} {secs:7.2f} {pages or '':>6} {rate}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
