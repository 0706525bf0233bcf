"""Benchmark of the mediation tab's lists on a large demo file (a script, not a
test: pytest does not collect tests/bench).

    .venv/bin/python tests/bench/bench_mediation.py [--scale city] [--cache DIR] [--repeat N]

Generates the demo file of the scale once into the cache folder (default
$GRIDDESK_BENCH_CACHE or /tmp/griddesk-bench-cache) and reuses it afterwards.
Then times, in milliseconds (best of N, after one warm-up call), what the tab
asks for (app/mediation/lists.py): the newest 200 cases of the whole district,
the board's counts by state, the same two for one subdistrict, and the
deliberation meetings (the newest 200 shown; the list loads them all).
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.demo import SCALES, generate  # noqa: E402
from app.demo.season import NOW  # noqa: E402
from app.mediation import lists  # noqa: E402
from app.session import close_session, open_session  # noqa: E402
from db.models import Level, MediationCase, OrgUnit  # noqa: E402
from tests.bench.bench_demo import machine  # noqa: E402


def cached(scale: str, seed: int, folder: Path) -> tuple[Path, float | None]:
    """The demo file of `scale`, generated now (with its seconds) or reused (None)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-{scale}-seed{seed}.sqlite3"
    if path.exists() and path.stat().st_size > 0:
        return path, None
    os.environ.setdefault("GRIDDESK_DATA_DIR", str(folder / "data"))
    return path, generate(path, scale=scale, seed=seed).seconds


def timed(func, repeat: int) -> tuple[float, object]:
    result = func()  # warm-up: page cache, prepared statements
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - started)
    return best * 1000, result


def measure(path: Path, repeat: int) -> list[tuple[str, float, str]]:
    open_session(path)
    try:
        district = OrgUnit.get(OrgUnit.parent.is_null() & (OrgUnit.deleted == False))  # noqa: E712
        sub = (OrgUnit.select().where(OrgUnit.level == int(Level.SUBDISTRICT)).order_by(OrgUnit.path).first())
        whole, part = lists.Filter(root_path=district.path), lists.Filter(root_path=sub.path)
        out = []
        for label, f in (("district", whole), (f"subdistrict {sub.code}", part)):
            ms, (rows, _) = timed(lambda f=f: lists.case_page(f, None, 0, 200, now=NOW), repeat)
            out.append((f"cases, newest 200 ({label})", ms, f"{len(rows)} rows"))
            ms, counts = timed(lambda f=f: lists.case_state_counts(f, now=NOW), repeat)
            total = sum(n for n, _ in counts.values())
            out.append((f"case board: counts by state ({label})", ms, f"{len(counts)} states, {total:,} cases"))
        ms, meetings = timed(lambda: lists.meeting_rows(whole), repeat)
        out.append(("meetings, newest first (district)", ms, f"{len(meetings):,} rows, first 200 shown"))
        out.append(("(cases in the file)", 0.0, f"{MediationCase.select().count():,}"))
        return out
    finally:
        close_session()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time the mediation lists on a large demo file")
    parser.add_argument("--scale", default="city", choices=list(SCALES))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path,
                        default=Path(os.environ.get("GRIDDESK_BENCH_CACHE", "/tmp/griddesk-bench-cache")))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    path, seconds = cached(args.scale, args.seed, args.cache)
    print(f"machine: {machine()}")
    print(f"file: {path} ({path.stat().st_size / 1e6:,.0f} MB, "
          + (f"generated in {seconds:.1f} s)" if seconds is not None else "reused)"))
    print(f"{'what':<52} {'ms':>8}  result")
    for label, ms, note in measure(path, args.repeat):
        print(f"{label:<52} {ms:8.1f}  {note}" if ms else f"{label:<52} {'':>8}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
