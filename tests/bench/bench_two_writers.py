"""Two (or more) programs writing one database at once: how many writes fail.

    .venv/bin/python tests/bench/bench_two_writers.py [--processes 2] [--writes 200]

A fresh site with one grid is made in a temporary folder; each process (tests/second_writer.py)
adds WRITES residents, one transaction each, all starting at the same moment. Prints, per
process, the writes saved and the failures by error, then the total and the wall time. Before
write transactions began IMMEDIATE (db/locking.py) some failed at once with
"database is locked"; now none should.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-"))


def make_site(path: Path) -> str:
    from app import org
    from app.session import close_session, open_session
    from app.sites import init_site

    open_session(path, create=True)
    init_site(name="商州区测试站", level="district", admin_name="admin", password="admin-pass-1", org_code="611002")
    community = org.add_unit(org.add_unit(org.by_code("611002"), "611002001", "城关街道"), "611002001001", "东关社区")
    grid = org.add_unit(org.add_unit(community, "61100200100101", "东关一片区"), "6110020010010101", "东关第1网格")
    close_session()
    return grid.uuid


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--writes", type=int, default=200)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="griddesk-two-writers-")) / "office.sqlite3"
    grid = make_site(path)
    start = time.time() + 3.0
    command = [sys.executable, "-m", "tests.second_writer", str(path), grid, str(args.writes), str(start)]
    procs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(args.processes)]
    results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    wall = time.time() - start
    for i, r in enumerate(results, 1):
        print(f"process {i}: saved {r['ok']}, failed {sum(r['failed'].values())} {r['failed'] or ''}")
    tried = args.processes * args.writes
    failed = sum(sum(r["failed"].values()) for r in results)
    print(f"total: {tried} writes tried, {failed} failed ({failed / tried:.1%}), {wall:.1f} s, "
          f"{(tried - failed) / wall:.0f} writes/s")


if __name__ == "__main__":
    main()
