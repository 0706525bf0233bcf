"""The district rehearsal, timed: a whole district stood up as deployed and run for a
simulated month (four weekly courier rounds with work at every site), then checked.

    .venv/bin/python tests/bench/bench_rehearsal.py [--scale shangzhou|rehearsal] [--weeks 4] [--no-verify]

Prints, for the scale: the time to stand the district up (demo, 30 enrolments, joins,
first contacts, the first full round), the time per export and per import (median and
max), bundle sizes (median, max, total), the wall time of one simulated month for the
whole district (work at 26 communities and 4 subdistricts plus the couriers' rounds),
and the time `verify` takes to compare every site with the district.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests import rehearsal  # noqa: E402


def _line(name: str, values: list[float], unit: str = "s") -> str:
    if not values:
        return f"{name:<34} —"
    return (f"{name:<34} n={len(values):<4} median {statistics.median(values):8.3f} {unit}  "
            f"max {max(values):8.3f} {unit}  total {sum(values):9.2f} {unit}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="shangzhou")
    parser.add_argument("--weeks", type=int, default=4)
    parser.add_argument("--no-verify", action="store_true")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="rehearsal-bench-")) / "商州区 演练 #1 %20"
    started = time.perf_counter()
    d = rehearsal.stand_up(root, args.scale)
    stood = time.perf_counter() - started
    setup = {k: list(v) for k, v in d.timings.items()}
    setup_sizes = list(d.sizes)
    d.timings.clear()
    d.sizes.clear()
    month = time.perf_counter()
    for n in range(1, args.weeks + 1):
        rehearsal.week(d, n)
        rehearsal.courier(d, faults=(n == 1))
    month = time.perf_counter() - month
    print(f"scale {args.scale}: {len(d.sites)} sites, {args.weeks} weekly rounds")
    print(f"{'stand up (demo, enrol, join, round)':<34} {stood:9.1f} s")
    print(_line("  export (setup)", setup.get("export", [])))
    print(_line("  import (setup)", setup.get("import", [])))
    print(_line("  join", setup.get("join", [])))
    print(f"{'  bundle size (setup)':<34} median {statistics.median(setup_sizes) / 1024:9.1f} KiB  "
          f"max {max(setup_sizes) / 1024 / 1024:8.2f} MiB  total {sum(setup_sizes) / 1024 / 1024:8.2f} MiB")
    print(_line("export (weekly)", d.timings.get("export", [])))
    print(_line("import (weekly)", d.timings.get("import", [])))
    print(_line("a week's work at a community", d.timings.get("a week's work at a community", [])))
    print(f"{'bundle size (weekly)':<34} median {statistics.median(d.sizes) / 1024:9.1f} KiB  "
          f"max {max(d.sizes) / 1024:9.1f} KiB  total {sum(d.sizes) / 1024 / 1024:8.2f} MiB")
    print(f"{'one simulated month, whole district':<34} {month:9.1f} s  ({args.weeks} rounds, "
          f"{len(d.timings.get('export', []))} bundles)")
    if not args.no_verify:
        checked = time.perf_counter()
        report = rehearsal.verify(d)
        print(f"{'verify (every site vs the district)':<34} {time.perf_counter() - checked:9.1f} s  "
              f"({report['rows_compared']:,} rows, {len(report['conflicts'])} planned conflicts)")
    rehearsal.clean(root.parent)


if __name__ == "__main__":
    main()
