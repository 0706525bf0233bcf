"""Startup benchmark: the smoke command on a `shangzhou` demo database, N times.

    .venv/bin/python tests/bench/bench_startup.py [--runs 5] [--db PATH]

Creates the demo database once (app.demo.generate, kept in the bench folder of
the data directory), then runs `main.py --db X --smoke` N times and prints each
startup_ms and the median. Goal: median under 1500 ms on a 2-core office PC.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def demo_database(path: Path) -> str:
    from app.demo import generate
    from app.session import close_session

    result = generate(path, "shangzhou", seed=1)
    close_session()
    return result.admin_password


def run_once(db: Path, password: str, env: dict) -> int:
    done = subprocess.run([sys.executable, "main.py", "--db", str(db), "--smoke"], input=password + "\n",
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    match = re.search(r"^startup_ms=(\d+)$", done.stdout, re.M)
    if done.returncode != 0 or not match:
        sys.exit(f"smoke run failed ({done.returncode}): {done.stderr.strip()}")
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="an existing database (password on --password)")
    parser.add_argument("--password", default="")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="griddesk-bench-"))
    env = dict(os.environ, GRIDDESK_DATA_DIR=str(work / "data"), QT_QPA_PLATFORM=os.environ.get(
        "QT_QPA_PLATFORM", "offscreen"))
    os.environ["GRIDDESK_DATA_DIR"] = env["GRIDDESK_DATA_DIR"]
    db, password = args.db, args.password
    if db is None:
        db = work / "shangzhou.sqlite3"
        password = demo_database(db)
        print(f"demo database: {db} ({db.stat().st_size / 1e6:.1f} MB)")
    figures = []
    for run in range(1, args.runs + 1):
        figures.append(run_once(db, password, env))
        print(f"run {run}: startup_ms={figures[-1]}")
    print(f"median startup_ms={statistics.median(figures):.0f} (goal < 1500)")


if __name__ == "__main__":
    main()
