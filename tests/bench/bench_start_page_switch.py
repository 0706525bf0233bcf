"""The window thread's processor time of a start-page period switch, by phase.

    .venv/bin/python tests/bench/bench_start_page_switch.py --db PATH [--rounds 5] [--profile]

The figures of eight periods (months, quarters, years of the whole district) are
computed first, as the runner would; then the page (a real DashboardTab, 1366 wide,
offscreen) is switched through them again and again, and the processor time of the
window's thread (time.thread_time) is measured per phase: the skeleton (cards to …,
charts to 正在计算…, painted), the arrival (DashboardTab._arrived: cards and charts
get the new figures) and the paint. Prints the medians; `--profile` adds a cProfile of
the switches (cumulative, top 25). The demo signs in (a copy or your own demo)."""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if (ROOT / "app").is_dir():  # run from a checkout (a copy elsewhere finds the code through PYTHONPATH)
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEYS = ("2026-11", "2026-10", "2026-09", "2026-Q3", "2026-Q2", "2026-Q1", "2025", "2024")


def open_page(db: str, password: str):
    from PySide6.QtWidgets import QApplication

    from app import auth
    from app.session import open_session
    from ui.hub import Hub
    from ui.tabs.dashboard.tab import DashboardTab

    app = QApplication.instance() or QApplication([])
    open_session(Path(db))
    auth.login("admin", password)
    tab = DashboardTab(Hub(), None)
    tab.resize(1366, 700)
    return app, tab


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--password", default="demo1234")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    from app import dashboard
    from app.notices.periods import parse

    app, tab = open_page(args.db, args.password)
    figures = [dashboard.compute(tab.filter_bar.root_path(), parse(key)) for key in KEYS]
    tab.show()
    app.processEvents()
    phases: dict[str, list[float]] = {"skeleton": [], "arrival": [], "paint": [], "switch": []}

    def timed(name: str, do) -> None:
        started = time.thread_time()
        do()
        phases[name].append((time.thread_time() - started) * 1000)

    def switch(f) -> None:
        started = time.thread_time()
        tab._generation += 1
        timed("skeleton", lambda: (tab.show_skeleton(), tab.repaint(), app.processEvents()))
        timed("arrival", lambda: tab._arrived((tab._generation, f)))
        timed("paint", lambda: (tab.repaint(), app.processEvents()))
        phases["switch"].append((time.thread_time() - started) * 1000)

    switch(figures[0])  # the first figures: the charts are made
    for values in phases.values():
        values.clear()
    profile = cProfile.Profile() if args.profile else None
    for f in list(figures[1:]) * args.rounds:
        if profile:
            profile.enable()
        switch(f)
        if profile:
            profile.disable()
    print("  ".join(f"{name} {statistics.median(v):.1f}" for name, v in phases.items()),
          f"ms: window-thread processor time, median of {len(phases['switch'])} switches")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
