"""Time to the first thing on screen: `main.py --db X --smoke` N times on a `small` demo,
printing splash_ms (the splash painted, from process start) and startup_ms (the main
window exposed), with the machine's load average beside them. Goal: splash_ms under 300
on an office PC.

    .venv/bin/python tests/bench/bench_splash.py [--runs 7] [--db PATH --password PW]
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


def run_once(db: Path, password: str, env: dict) -> tuple[int, int]:
    done = subprocess.run([sys.executable, "main.py", "--db", str(db), "--smoke"], input=password + "\n",
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    figures = dict(re.findall(r"^(splash_ms|startup_ms)=(\d+)$", done.stdout, re.M))
    if done.returncode != 0 or len(figures) != 2:
        sys.exit(f"smoke run failed ({done.returncode}): {done.stderr.strip()}")
    return int(figures["splash_ms"]), int(figures["startup_ms"])


def python_floor(env: dict) -> int:
    """What any PySide6 program pays before it can show a window: Python and QtWidgets imported."""
    code = "import PySide6.QtWidgets; from app.proctime import ms_since_start; print(ms_since_start())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    return int(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--password", default="")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="griddesk-bench-"))
    env = dict(os.environ, GRIDDESK_DATA_DIR=str(work / "data"),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    os.environ["GRIDDESK_DATA_DIR"] = env["GRIDDESK_DATA_DIR"]
    db, password = args.db, args.password
    if db is None:
        from app.demo import generate
        from app.session import close_session

        db = work / "small.sqlite3"
        password = generate(db, "small", seed=1).admin_password
        close_session()
    splash, startup, floor = [], [], []
    for run in range(1, args.runs + 1):
        a, b = run_once(db, password, env)
        splash.append(a)
        startup.append(b)
        floor.append(python_floor(env))
        print(f"run {run}: splash_ms={a} startup_ms={b} python+QtWidgets_ms={floor[-1]} "
              f"load={os.getloadavg()[0]:.1f}")
    print(f"median splash_ms={statistics.median(splash):.0f} (goal < 300), "
          f"startup_ms={statistics.median(startup):.0f}, python+QtWidgets_ms={statistics.median(floor):.0f}")


if __name__ == "__main__":
    main()
