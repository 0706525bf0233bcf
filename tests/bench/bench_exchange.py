"""Data-exchange benchmark: a community sends N changed records up; the district
(optionally a copy of a big demo database) imports them.

    .venv/bin/python tests/bench/bench_exchange.py [--rows 100000] [--base DISTRICT.sqlite3]

Prints export time, bundle size, import time, each phase's peak RSS (measured in
a fresh process), and the import throughput against plain sqlite3 executemany of
the same rows into the same table of a copy of the same district database (with
its triggers, the FTS function registered) — the ceiling an import can approach.
Without --base the district is built small; with --base (e.g. bench_grid.py's
city cache) the rows land in a city-sized database (it is copied, not changed).
"""

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-"))


def phase(name: str, *args: str) -> dict:
    """Run one phase in a fresh interpreter; it prints a JSON line with its figures."""
    out = subprocess.run([sys.executable, __file__, "--phase", name, *args], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup(work: Path, rows: int, base: str | None) -> None:
    from app import org
    from app.exchange import identity
    from app.session import close_session, open_session
    from app.sites import init_site
    from db.bulk import insert_rows
    from db.connection import database
    from db.models import Resident
    from tests.exchange.test_exchange_sync import enrol_site
    from tests.exchange_helpers import at

    district = work / "district.sqlite3"
    if base:
        shutil.copy(base, district)
        open_session(district)
        from app import auth
        auth.act_as_command_line()
    else:
        open_session(district, create=True)
        init_site(name="商州区", level="district", admin_name="admin", password="pass-word-1", org_code="611002")
        sub = org.add_unit(org.by_code("611002"), "611002001", "城关街道")
        com = org.add_unit(sub, "611002001001", "东关社区")
        org.add_unit(org.add_unit(com, "61100200100101", "一片区"), "6110020010010101", "第1网格")
    identity.my_keys()
    close_session()
    grid_code = _first_grid(district)
    community = grid_code[:12]
    _uuid, east = enrol_site(district, work, "社区站", "community", community)
    with at(east):
        grid = org.by_code(grid_code)
        with database.atomic():
            insert_rows(Resident, [{"grid": grid.uuid, "name": f"居民{i}", "phone": f"13{i % 10}{i:08d}",
                                    "address": f"北新街{i % 300}号", "room": f"{i % 9 + 1}01"} for i in range(rows)])
    (work / "east").write_text(str(east))
    close_session()
    shutil.copy(district, work / "district-before.sqlite3")


def _first_grid(district: Path) -> str:
    with sqlite3.connect(district) as con:
        return con.execute("SELECT code FROM org_unit WHERE level = 4 ORDER BY code LIMIT 1").fetchone()[0]


def do_export(work: Path) -> dict:
    from app.exchange import outgoing
    from db.models import Site
    from tests.exchange_helpers import at

    east = Path((work / "east").read_text())
    with at(east):
        to = Site.select().where(Site.level == "district").get().uuid
        start = time.perf_counter()
        receipt = outgoing.export(to, work)
        seconds = time.perf_counter() - start
    (work / "bundle").write_text(str(receipt.path))
    return {"seconds": seconds, "bytes": receipt.size, "rss_mb": rss_mb()}


def do_import(work: Path) -> dict:
    from app import auth
    from app.exchange import identity, incoming
    from app.exchange.bundle import peek_bundle
    from app.session import close_session, open_session

    bundle = Path((work / "bundle").read_text())
    open_session(work / "district.sqlite3")
    auth.act_as_command_line()
    peek = peek_bundle(bundle)
    identity.register(peek.signer)
    identity.confirm(peek.signer.site_id)
    start = time.perf_counter()
    done = incoming.apply(bundle)
    seconds = time.perf_counter() - start
    close_session()
    return {"seconds": seconds, "new": sum(c["new"] for c in done.counts.values()), "rss_mb": rss_mb()}


def do_plain(work: Path) -> dict:
    """The same resident rows through plain sqlite3 executemany into a copy of the district."""
    from db.search_index import bigrams

    east = Path((work / "east").read_text())
    with sqlite3.connect(east) as src:
        cursor = src.execute("SELECT * FROM resident")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    target = work / "plain.sqlite3"
    shutil.copy(work / "district-before.sqlite3", target)
    con = sqlite3.connect(target)
    con.create_function("gd_bigrams", 1, bigrams, deterministic=True)
    con.execute("PRAGMA defer_foreign_keys = ON")
    start = time.perf_counter()
    with con:
        con.executemany(f"INSERT INTO resident ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows)
    seconds = time.perf_counter() - start
    con.close()
    return {"seconds": seconds, "rows": len(rows), "rss_mb": rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--base")
    parser.add_argument("--phase")
    parser.add_argument("--work")
    args = parser.parse_args()
    if args.phase:
        work = Path(args.work)
        result = {"setup": lambda: setup(work, args.rows, args.base) or {}, "export": lambda: do_export(work),
                  "import": lambda: do_import(work), "plain": lambda: do_plain(work)}[args.phase]()
        print(json.dumps(result))
        return
    work = Path(tempfile.mkdtemp(prefix="griddesk-exchange-bench-"))
    common = ["--work", str(work), "--rows", str(args.rows)] + (["--base", args.base] if args.base else [])
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; rows {args.rows:,}; "
          f"district {'copy of ' + args.base if args.base else 'small'}")
    phase("setup", *common)
    exp = phase("export", *common)
    imp = phase("import", *common)
    plain = phase("plain", *common)
    print(f"  export   {exp['seconds']:7.2f} s   bundle {exp['bytes'] / 1e6:7.1f} MB   peak RSS {exp['rss_mb']:6.0f} MB")
    print(f"  import   {imp['seconds']:7.2f} s   {imp['new']:,} new records = {imp['new'] / imp['seconds']:,.0f} rows/s"
          f"   peak RSS {imp['rss_mb']:6.0f} MB")
    print(f"  plain sqlite3 executemany of the same rows: {plain['seconds']:.2f} s "
          f"= {plain['rows'] / plain['seconds']:,.0f} rows/s")
    print(f"  import throughput / plain executemany = {plain['seconds'] / imp['seconds']:.2f} (goal >= 0.5)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
