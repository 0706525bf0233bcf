"""Resident list paging: first page, a page deep down, sorted pages (keyset), and
the other grid-tab lists page by page.

    .venv/bin/python tests/bench/bench_grid_paging.py DB

DB is a demo database (e.g. bench_grid.py's cache /tmp/griddesk-bench/city.sqlite3);
work on a copy, since opening it migrates it.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-"))

ORDERS = (("grid", False), ("name", False), ("building", False), ("phone", True), ("gender", False))


def timed(label, fn, runs=5):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    print(f"  {label:<40} median {statistics.median(times):7.1f} ms")
    return result


def cursor_at(gl, root, position, order, desc, total):
    """Walk the pages once (not timed) to the cursor of row `position`."""
    after, seen = None, 0
    while seen < position:
        page = gl.resident_page(root.path, after, min(5000, position - seen), order, desc, total)
        after, seen = page.cursor, seen + len(page.rows)
    return after


def all_buildings(gl, root) -> int:
    after, count = None, 0
    while True:
        rows, after = gl.buildings(root.path, after)
        count += len(rows)
        if len(rows) < gl.PAGE:
            return count


def main() -> None:
    from app import org
    from app.grid import lists as gl
    from app.session import open_session

    start = time.perf_counter()
    open_session(sys.argv[1])
    print(f"open (+migrate) {time.perf_counter() - start:.1f} s")
    root = org.roots()[0]
    total = gl.resident_count(root.path)
    deep = int(total * 5 / 6)
    print(sys.argv[1], f"{total:,} residents, deep = row {deep:,}")
    for order, desc in ORDERS:
        name = f"{order}{' desc' if desc else ''}"
        timed(f"first page {name}", lambda o=order, d=desc: gl.resident_page(root.path, None, 200, o, d, total))
        cursor = cursor_at(gl, root, deep, order, desc, total)
        timed(f"page at {deep:,} {name}",
              lambda c=cursor, o=order, d=desc: gl.resident_page(root.path, c, 200, o, d, total))
    timed("count (once per list)", lambda: gl.resident_count(root.path))
    count = timed("all buildings, page by page", lambda: all_buildings(gl, root), runs=1)
    print("  buildings total", count)
    timed("roles first page", lambda: gl.role_rows(root.path))
    timed("establishments first page", lambda: gl.establishments(root.path))


if __name__ == "__main__":
    main()
