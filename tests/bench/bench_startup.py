"""Startup benchmark: the smoke command on a `shangzhou` demo database, N times.

    .venv/bin/python tests/bench/bench_startup.py [--runs 5] [--db PATH]

Creates the demo database once (app.demo.generate, kept in the bench folder of
the data directory), then runs `main.py --db X --smoke` N times and prints each
startup_ms and the median. Goal (issue #19): median under 800 ms at `shangzhou`, 1000 ms at `1m`.
--unclean removes the clean-close mark before each run (as after a power cut: the integrity
check is due) and also prints check_done_ms, when the background check ended. Never on a
shared read-only file: the run writes the mark again.
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


def run_once(db: Path, password: str, env: dict, unclean: bool = False) -> dict[str, int]:
    if unclean:
        db.with_name(db.name + ".checked").unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "main.py", "--db", str(db), "--smoke"], input=password + "\n",
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)
    figures = {k: int(v) for k, v in re.findall(r"^(\w+_ms)=(\d+)$", done.stdout, re.M)}
    if done.returncode != 0 or "startup_ms" not in figures:
        sys.exit(f"smoke run failed ({done.returncode}): {done.stderr.strip()}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="an existing database (password on --password)")
    parser.add_argument("--password", default="")
    parser.add_argument("--unclean", action="store_true", help="as after a power cut (writes the file's mark)")
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
    runs = []
    for run in range(1, args.runs + 1):
        runs.append(run_once(db, password, env, args.unclean))
        print(f"run {run}: " + " ".join(f"{k}={v}" for k, v in runs[-1].items()) + f" load={os.getloadavg()[0]:.1f}")
    # a figure only some runs have (check_done_ms: the first run after a copy checks the file) is left out
    medians = {k: statistics.median(r[k] for r in runs) for k in runs[0] if all(k in r for r in runs)}
    print("median " + " ".join(f"{k}={v:.0f}" for k, v in medians.items()) + " (goal startup_ms < 800 at shangzhou)")


if __name__ == "__main__":
    main()
