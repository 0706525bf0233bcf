"""Print what a build made: the output folder, its size and file count, the time since START.

    python build/build_report.py build/dist/griddesk START_SECONDS

build\\build.bat uses it so that it needs no PowerShell for sizes and times."""

import sys
import time
from pathlib import Path


def report(folder: Path, started: float, now: float | None = None) -> list[str]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    elapsed = (time.time() if now is None else now) - started
    return [f"build: output   {folder.resolve()}",
            f"build: size     {size / 2**20:,.0f} MB ({len(files)} files)",
            f"build: time     {elapsed:.1f} s"]


if __name__ == "__main__":
    print("\n".join(report(Path(sys.argv[1]), float(sys.argv[2]))))
