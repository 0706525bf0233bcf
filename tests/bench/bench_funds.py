"""Benchmark of the funds views at `city` scale (a script, not a test: pytest does
not collect tests/bench).

    .venv/bin/python tests/bench/bench_funds.py [--cache DIR] [--seed N] [--runs N] [--year Y] [--demo | --db FILE]

Without --db it writes, once, its own city-scale ledger file into the cache folder
(default $GRIDDESK_BENCH_CACHE or /tmp/griddesk-bench-cache) and reuses it: a
district of 40 subdistricts and 260 communities, 2-4 compound party branches per
community, and for 2024, 2025 and 2026 (to October) every community's public,
service and party funds and every branch's party fund — an allocation of the
standard, 40-80 expenses per public or service fund-year (8-16 party, 8-18
branch), red reversals each followed by the corrected entry (1% of expenses),
transfers public -> party in 15% of community-years, closes of 2024, 2025 and
2026-01..09 — bulk-inserted through app.demo.writer. Only the org tree down to
communities is written: the views read funds, entries and communities.
With --demo it measures the `city` demo file written by app.demo (its funds come
from app/demo/funds.py), generated once into the cache; with --db FILE any file.

Prints, in milliseconds, the median of N runs after one warm-up call: the
district's budget vs. actual for 2025, the same for one subdistrict, the
district's purpose × month summary, the running ledger of the fund with the
most entries, the audit trail (newest 200 and the whole year), the funds.*
figures of 2025 and of all years, and the Excel export of the budget; and, for
contrast, budget vs. actual computed with one query per community and type.
"""

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from peewee import fn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import stats  # noqa: E402
from app.demo.tree import spread  # noqa: E402
from app.demo.writer import Writer  # noqa: E402
from app.funds import export, kpis  # noqa: E402
from app.funds.budget import budget_vs_actual  # noqa: E402
from app.funds.running import running_ledger  # noqa: E402
from app.funds.summary import purpose_summary  # noqa: E402
from app.funds.trail import trail  # noqa: E402
from app.funds.types import COMMUNITY_TYPES, DEFAULT_STANDARDS, PURPOSES, close_uuid, fund_uuid  # noqa: E402
from app.orders.kpis import year_period  # noqa: E402
from app.session import close_session, open_session  # noqa: E402
from app.sites import init_site  # noqa: E402
from db import context  # noqa: E402
from db.connection import database  # noqa: E402
from db.ids import new_uuid  # noqa: E402
from db.models import Fund, LedgerEntry, Level, OrgUnit, PartyBranch, PeriodClose  # noqa: E402
from tests.bench.bench_demo import machine  # noqa: E402

SUBDISTRICTS, COMMUNITIES, BRANCHES = 40, 260, (2, 4)
YEARS, LAST_DAY = (2024, 2025, 2026), dt.date(2026, 10, 31)
EXPENSES = {"public": (40, 80), "service": (40, 80), "party": (8, 16), "compound_party": (8, 18)}
REVERSAL_SHARE, TRANSFER_SHARE = 0.01, 0.15


# -- the standalone city-scale ledger file ---------------------------------------------------
class Ledgers:
    def __init__(self, rng: random.Random, writer: Writer):
        self.rng, self.w = rng, writer
        self.entries = 0

    def tree(self, district: OrgUnit) -> list[dict]:
        communities = []
        for i, count in enumerate(spread(self.rng, COMMUNITIES, SUBDISTRICTS), start=1):
            sub = self.unit(district.uuid, district.path, f"{district.code}{i:03d}", f"第{i}街道", Level.SUBDISTRICT)
            for j in range(1, count + 1):
                communities.append(self.unit(sub["uuid"], sub["path"], f"{sub['code']}{j:03d}", f"第{i}街道第{j}社区",
                                             Level.COMMUNITY))
        return communities

    def unit(self, parent: str, parent_path: str, code: str, name: str, level: Level) -> dict:
        row = {"uuid": new_uuid(), "code": code, "name": name, "level": int(level), "parent": parent,
               "path": f"{parent_path}{code}/"}
        self.w.add(OrgUnit, row)
        return row

    def year(self, community: dict, branches: list[str], year: int) -> None:
        holders = [(community["uuid"], t, None) for t in COMMUNITY_TYPES] + [(b, "compound_party", b) for b in branches]
        books = {}
        for holder, fund_type, branch in holders:
            uuid = fund_uuid(holder, fund_type, year)
            self.w.add(Fund, {"uuid": uuid, "community": community["uuid"], "branch": branch, "fund_type": fund_type,
                              "year": year, "keeper_site": context.current.site_id})
            books[fund_type if branch is None else branch] = uuid
            self.book(uuid, fund_type, year)
        if self.rng.random() < TRANSFER_SHARE:
            day = dt.date(year, self.rng.randint(3, 9), 15)
            link, fen, number = new_uuid(), self.rng.randint(1000, 3000) * 100, f"调{year}-01"
            self.entry(books["public"], "transfer_out", day, -fen, voucher=number, transfer_id=link,
                       description="调剂党建活动经费")
            self.entry(books["party"], "transfer_in", day, fen, voucher=number, transfer_id=link,
                       description="调剂党建活动经费")

    def book(self, fund: str, fund_type: str, year: int) -> None:
        rng, budget = self.rng, DEFAULT_STANDARDS[fund_type]
        last = min(dt.date(year, 12, 31), LAST_DAY)
        self.entry(fund, "allocation", dt.date(year, 1, rng.randint(5, 20)), budget, doc_no=f"商财〔{year}〕1号")
        count = rng.randint(*EXPENSES[fund_type])
        spend = int(budget * rng.uniform(0.85, 0.97) * (last.timetuple().tm_yday / 366))
        weights = [rng.random() + 0.2 for _ in range(count)]
        span = (last - dt.date(year, 1, 21)).days
        days = sorted(dt.date(year, 1, 21) + dt.timedelta(days=rng.randint(0, span)) for _ in range(count))
        number = 0
        for day, weight in zip(days, weights, strict=True):
            fen = max(100, int(spend * weight / sum(weights)))
            number += 1
            purpose = rng.choice(list(PURPOSES))
            original = self.entry(fund, "expense", day, -fen, voucher=f"记{year}-{number:04d}", purpose=purpose,
                                  payee="商户", approver="社区书记", description="日常支出")
            if rng.random() < REVERSAL_SHARE and day + dt.timedelta(days=3) <= last:
                number += 1
                later = day + dt.timedelta(days=3)
                self.entry(fund, "expense", later, fen, voucher=f"记{year}-{number:04d}", purpose=purpose,
                           reverses=original, reason="金额有误", description="冲销")
                number += 1
                self.entry(fund, "expense", later, -(fen // 2), voucher=f"记{year}-{number:04d}", purpose=purpose,
                           payee="商户", approver="社区书记", description="更正")

    def entry(self, fund: str, kind: str, day: dt.date, fen: int, **extra) -> str:
        uuid = new_uuid()
        created = dt.datetime.combine(day, dt.time(1, 30)) + dt.timedelta(seconds=self.entries % 3600)
        row = {"uuid": uuid, "fund": fund, "kind": kind, "posted_on": day, "amount_fen": fen, "voucher": None,
               "doc_no": None, "payee": None, "purpose": None, "description": None, "approver": None,
               "reverses": None, "reason": None, "transfer_id": None, "created_at": created}
        row.update(extra)
        self.w.add(LedgerEntry, row)
        self.entries += 1
        return uuid


def build(path: Path, seed: int) -> float:
    started = time.perf_counter()
    open_session(path, create=True)
    try:
        init_site(name="商州区（经费基准）", level="district", admin_name="admin", password="bench-pass-1",
                  org_code="611002", org_name="商州区")
        rng, writer = random.Random(seed), Writer(300_000)
        district = OrgUnit.get(OrgUnit.parent.is_null())
        with database.atomic():
            ledgers = Ledgers(rng, writer)
            communities = ledgers.tree(district)
            writer.flush()
            for community in communities:
                branches = [new_uuid() for _ in range(rng.randint(*BRANCHES))]
                for i, uuid in enumerate(branches, start=1):
                    writer.add(PartyBranch, {"uuid": uuid, "community": community["uuid"], "name": f"第{i}小区党支部"})
                for year in YEARS:
                    ledgers.year(community, branches, year)
            closes = [(y, 0) for y in YEARS[:-1]] + [(YEARS[-1], m) for m in range(1, 10)]
            for year, month in closes:
                writer.add(PeriodClose, {"uuid": close_uuid(district.uuid, year, month), "org_unit": district.uuid,
                                         "year": year, "month": month, "note": "结账"})
            writer.flush()
        database.execute_sql("ANALYZE")
    finally:
        close_session()
    return time.perf_counter() - started


def cached(folder: Path, seed: int) -> tuple[Path, float | None]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"funds-city-seed{seed}.sqlite3"
    if path.exists() and path.stat().st_size > 0:
        return path, None
    os.environ.setdefault("GRIDDESK_DATA_DIR", str(folder / "data"))
    try:
        return path, build(path, seed)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def demo_file(folder: Path, seed: int) -> tuple[Path, float | None]:
    """The `city` demo file with funds (generated now, with its seconds, or reused: None)."""
    from app.demo import generate

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-city-funds-seed{seed}.sqlite3"
    if path.exists() and path.stat().st_size > 0:
        return path, None
    os.environ.setdefault("GRIDDESK_DATA_DIR", str(folder / "data"))
    return path, generate(path, scale="city", seed=seed).seconds


# -- measuring -------------------------------------------------------------------------------
def timed(func, runs: int) -> tuple[float, object]:
    result = func()  # warm-up: page cache, prepared statements
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def figures_afresh(root: str, keys: list[str], period) -> dict:
    """stats.compute without the ledger sums kept from the previous call (a cold computation)."""
    kpis._last = None
    return stats.compute(root, keys, period)


def per_community_loop(root: str, year: int) -> int:
    """For contrast: the same sums with one grouped query per community (not how budget.py does it)."""
    communities = OrgUnit.select(OrgUnit.path).where((OrgUnit.level == int(Level.COMMUNITY)) & OrgUnit.under(root))
    return sum(sum(s["spent"] for s in kpis.sums(path, year_period(year)).values())
               for (path,) in communities.tuples())


def measure(path: Path, runs: int, year: int) -> list[tuple[str, float, str]]:
    open_session(path)
    try:
        district = OrgUnit.get(OrgUnit.parent.is_null() & (OrgUnit.deleted == False))  # noqa: E712
        sub = OrgUnit.select().where(OrgUnit.level == int(Level.SUBDISTRICT)).order_by(OrgUnit.path).first()
        biggest = (LedgerEntry.select(LedgerEntry.fund).join(Fund).where(Fund.year == year)
                   .group_by(LedgerEntry.fund).order_by(fn.COUNT(LedgerEntry.uuid).desc()).scalar())
        keys = sorted(k for k in stats.REGISTRY if k.startswith("funds."))  # registered by app.funds.kpis
        out = []
        ms, report = timed(lambda: budget_vs_actual(district.path, year), runs)
        out.append((f"budget vs actual {year}, district", ms,
                    f"{len(report.communities):,} community rows, {len(report.subtotals)} subtotal rows, "
                    f"spent {report.total.spent_fen / 100:,.2f} of {report.total.allocated_fen / 100:,.2f} yuan"))
        ms, part = timed(lambda: budget_vs_actual(sub.path, year), runs)
        out.append((f"budget vs actual {year}, subdistrict {sub.code}", ms, f"{len(part.communities)} rows"))
        ms, summary = timed(lambda: purpose_summary(year, root_path=district.path), runs)
        out.append((f"purpose x month summary {year}, district", ms, f"total {summary.total_fen / 100:,.2f} yuan"))
        ms, ledger = timed(lambda: running_ledger(biggest), runs)
        out.append(("running ledger of the largest fund", ms, f"{len(ledger.lines)} lines, {ledger.fund.label}"))
        ms, rows = timed(lambda: trail(district.path, year, limit=200), runs)
        out.append((f"audit trail {year}, district, newest 200", ms, f"{len(rows)} rows"))
        ms, rows = timed(lambda: trail(district.path, year), runs)
        out.append((f"audit trail {year}, district, whole year", ms, f"{len(rows):,} rows"))
        ms, figures = timed(lambda: figures_afresh(district.path, keys, year_period(year)), runs)
        out.append((f"funds.* figures ({len(keys)}), {year}, district", ms,
                    f"spent {figures['funds.spent'] / 100:,.2f} yuan"))
        ms, figures = timed(lambda: figures_afresh(district.path, keys, None), runs)
        out.append((f"funds.* figures ({len(keys)}), all years, district", ms,
                    f"spent {figures['funds.spent'] / 100:,.2f} yuan"))
        ms, figures = timed(lambda: figures_afresh(sub.path, keys, year_period(year)), runs)
        out.append((f"funds.* figures ({len(keys)}), {year}, subdistrict", ms, ""))
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "budget.xlsx"
            ms, count = timed(lambda: export.export_budget(target, district.path, year), runs)
            out.append((f"Excel: budget vs actual {year}, district", ms, f"{count:,} rows"))
        ms, _ = timed(lambda: per_community_loop(district.path, year), max(1, runs // 2))
        out.append(("(contrast) the budget sums, one query per community", ms, "not used by the views"))
        out.append(("(entries in the file)", 0.0, f"{LedgerEntry.select().count():,} entries, "
                                                  f"{Fund.select().count():,} funds"))
        return out
    finally:
        close_session()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time the funds views at city scale")
    parser.add_argument("--cache", type=Path,
                        default=Path(os.environ.get("GRIDDESK_BENCH_CACHE", "/tmp/griddesk-bench-cache")))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--db", type=Path, help="measure this file instead of the generated one")
    parser.add_argument("--demo", action="store_true",
                        help="measure the `city` demo file (app.demo, with its funds; generated once into the cache)")
    args = parser.parse_args(argv)
    if args.db:
        path, seconds = args.db, None
    elif args.demo:
        path, seconds = demo_file(args.cache, args.seed)
    else:
        path, seconds = cached(args.cache, args.seed)
    print(f"machine: {machine()}")
    print(f"file: {path} ({path.stat().st_size / 1e6:,.0f} MB, "
          + (f"generated in {seconds:.1f} s)" if seconds is not None else "reused)"))
    print(f"{'what (median of ' + str(args.runs) + ' runs)':<58} {'ms':>8}  result")
    for label, ms, note in measure(path, args.runs, args.year):
        print(f"{label:<58} {ms:8.1f}  {note}" if ms else f"{label:<58} {'':>8}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
