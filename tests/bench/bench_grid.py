"""Grid-management benchmarks: resident search latency, tree load time, roster import.

    .venv/bin/python tests/bench/bench_grid.py [--scales shangzhou city] [--cache DIR]

Demo databases are generated once per scale into --cache (default: a folder in
the system temp dir) and reused. Prints, per scale: the median and worst of 20
runs of each search (and the LIKE scan it replaces), the tree load (rows +
rolled-up counts + the Qt tree model), and the throughput of importing a
10,000-row resident roster into a community (check, then write).
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-data-"))


def timed(fn, runs=20):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def demo_db(cache: Path, scale: str) -> Path:
    from app.demo import generate

    path = cache / f"{scale}.sqlite3"
    if not path.exists():
        result = generate(path, scale, seed=1)
        print(f"[{scale}] demo generated in {result.seconds:.1f} s ({result.rows:,} records)")
    return path


def bench_search(scale: str) -> None:
    from app.search import search_residents
    from db.connection import database
    from db.models import Resident

    sample = Resident.select().where(Resident.phone.is_null(False) & Resident.id_number.is_null(False)).first()
    queries = {"2-char name": sample.name[-2:], "surname (1 char)": sample.name[0],
               "phone fragment": sample.phone[-4:], "ID fragment": sample.id_number[-6:],
               "address": sample.address[3:7], "full name": sample.name}
    for label, q in queries.items():
        median, worst, hits = timed(lambda q=q: search_residents(q))
        print(f"  search {label:<17} {q!r:<12} median {median:7.2f} ms  worst {worst:7.2f} ms  hits {len(hits)}")
    like = "SELECT uuid FROM resident WHERE deleted = 0 AND (name LIKE ? OR phone LIKE ?) LIMIT 200"
    median, worst, _ = timed(lambda: database.execute_sql(like, (f"%{queries['2-char name']}%",) * 2).fetchall())
    print(f"  LIKE scan baseline (2-char name)     median {median:7.2f} ms  worst {worst:7.2f} ms")


def bench_tree() -> None:
    from PySide6.QtWidgets import QApplication

    from app import org
    from app.grid import coverage
    from ui.tabs.grid.org_tree_model import OrgTreeModel

    QApplication.instance() or QApplication([])
    median, worst, rows = timed(org.tree_rows, runs=5)
    print(f"  tree rows              median {median:7.1f} ms  worst {worst:7.1f} ms  ({len(rows):,} units)")
    median, worst, _ = timed(coverage.counts_by_unit, runs=5)
    print(f"  counts rolled up       median {median:7.1f} ms  worst {worst:7.1f} ms")
    model = OrgTreeModel()
    median, worst, _ = timed(lambda: model.set_rows(org.tree_rows()), runs=5)
    print(f"  rows into Qt model     median {median:7.1f} ms  worst {worst:7.1f} ms")


def bench_import(db_path: Path, tmp: Path) -> None:
    from openpyxl import Workbook

    from app import auth
    from app.grid.roster.columns import RESIDENT_COLUMNS
    from app.grid.roster.importer import apply, plan_import
    from app.validators import id_check_char
    from db.models import Level, OrgUnit

    community = OrgUnit.select().where(OrgUnit.level == int(Level.COMMUNITY)).order_by(OrgUnit.code).first()
    grids = [g.code for g in OrgUnit.select().where(OrgUnit.under(community.path) & (OrgUnit.level == 4))]
    rng = random.Random(7)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([c.header for c in RESIDENT_COLUMNS])
    for i in range(10_000):
        first17 = f"611003{rng.randint(1950, 2005)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}{i % 1000:03d}"
        ws.append([rng.choice(grids), f"导入{i}", first17 + id_check_char(first17), None, None,
                   f"13{rng.randint(0, 9)}{i:08d}", None, f"{i % 9 + 1}01", "商州区测试路1号", f"T{i}", "户主",
                   "低保户" if i % 10 == 0 else None, None])
    path = tmp / "roster-10000.xlsx"
    wb.save(path)
    auth.act_as_command_line()
    start = time.perf_counter()
    plan = plan_import(path, community)
    checked = time.perf_counter() - start
    result = apply(plan)
    total = time.perf_counter() - start
    print(f"  roster import 10,000 rows: {result.imported:,} imported, {result.rejected} rejected; "
          f"check {checked:.2f} s, write {total - checked:.2f} s, total {total:.2f} s "
          f"= {result.imported / total:,.0f} rows/s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", nargs="+", default=["shangzhou", "city"])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "griddesk-bench")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    from app.session import close_session, open_session

    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    for scale in args.scales:
        source = demo_db(args.cache, scale)
        work = args.cache / f"{scale}-work.sqlite3"
        shutil.copy(source, work)
        open_session(work)
        print(f"[{scale}] residents: {os.path.getsize(work) / 1e6:.0f} MB file")
        bench_search(scale)
        bench_tree()
        bench_import(work, args.cache)
        close_session()
        work.unlink()


if __name__ == "__main__":
    main()
