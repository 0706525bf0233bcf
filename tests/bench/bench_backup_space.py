"""Total backup space after N simulated days (issue 19's backups row), for a demo database.

    .venv/bin/python tests/bench/bench_backup_space.py [--scale shangzhou] [--cache DIR] [--days 60]

Takes one real backup of the demo file and packs it as app/backup_archive.py does (its packed
size is what every backup costs), then lays out the backups of N days — a daily one each day, one
before each import (every 3rd day: two exchange rounds a week) and one before each of two
upgrades — as sparse files of that size named as app/backups.py names them, and applies the
retention after each, as backup_now does. Prints the kept count per kind and the total. Run
against the main checkout's code (PYTHONPATH=/work/main) for the figure before: there a backup is
a plain copy and app/backup_retention.py keeps the newest of each kind within 3×.
"""

import argparse
import datetime as dt
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.environ.get("PYTHONPATH") or str(Path(__file__).resolve().parents[2]))

from app import backups  # noqa: E402
from tests.bench.bench_mediation import cached  # noqa: E402

START = dt.datetime(2026, 1, 5, 8, 30)


def backup_size(db: Path, folder: Path) -> tuple[int, int, str]:
    """The database copy's size, a backup's size and its suffix (packed where the code packs)."""
    copy = folder / "one-real-backup.sqlite3"
    source, target = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True), sqlite3.connect(copy)
    source.backup(target)
    source.close(), target.close()
    size = packed = copy.stat().st_size
    try:
        from app import backup_archive
    except ImportError:  # the code before: a plain copy
        copy.unlink()
        return size, packed, ".sqlite3"
    backup_archive.pack(copy, folder / "one-real-backup.gz", {})
    packed = (folder / "one-real-backup.gz").stat().st_size
    copy.unlink(), (folder / "one-real-backup.gz").unlink()
    return size, packed, ".sqlite3" + backup_archive.SUFFIX


def prune(folder: Path, size: int) -> None:
    try:
        from app import backup_retention
    except ImportError:  # the code before: 14 of each kind
        backups.prune(folder)
        return
    backup_retention.prune(folder, size)


def lay_out(folder: Path, days: int, size: int, packed: int, suffix: str) -> None:
    for day in range(days):
        now = START + dt.timedelta(days=day)
        events = [(now, "daily")] + [(now + dt.timedelta(hours=2), "before-import")] * (day % 3 == 0)
        events += [(now - dt.timedelta(hours=1), "before-migrate")] * (day in (20, 45))
        for at, kind in sorted(events):
            with open(folder / f"griddesk-{at:%Y%m%d-%H%M%S}-000-{kind}{suffix}", "wb") as f:
                f.truncate(packed)  # sparse: the size of a real backup, no disk used
            prune(folder, size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="backup space after simulated days")
    parser.add_argument("--scale", default="shangzhou")
    parser.add_argument("--cache", default=os.environ.get("GRIDDESK_BENCH_CACHE", "/tmp/griddesk-bench-cache"))
    parser.add_argument("--days", type=int, default=60)
    args = parser.parse_args(argv)
    db, _seconds = cached(args.scale, 1, Path(args.cache))
    with tempfile.TemporaryDirectory(prefix="备份 #1 %20 ") as tmp:
        folder = Path(tmp)
        size, packed, suffix = backup_size(db, folder)
        lay_out(folder, args.days, size, packed, suffix)
        kinds: dict[str, int] = {}
        for path in folder.glob("griddesk-*"):
            kind = path.name.removesuffix(suffix).split("-", 4)[4]
            kinds[kind] = kinds.get(kind, 0) + 1
        total = sum(kinds.values()) * packed
    print(f"{args.scale}: database copy {size / 1e9:.2f} GB, a backup {packed / 1e9:.3f} GB; after {args.days} days kept {sum(kinds.values())} "
          f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}): {total / 1e9:.2f} GB = "
          f"{total / size:.1f}x the database")
    return 0


if __name__ == "__main__":
    sys.exit(main())
