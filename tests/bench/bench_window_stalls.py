"""How long the window stops answering: the real main window driven like a clerk.

    .venv/bin/python tests/bench/bench_window_stalls.py --db PATH [--password demo1234] [--user admin]
                                                        [--backup] [--start-only] [--pause-ms 150]
                                                        [--tabs|--only "Four supports,Fund ledgers"] [--idle-s 5]
                                                        [--start-page]

The database is a demo (`main.py demo --db PATH --scale shangzhou|1m`); the window
signs in and so writes to it: give it a copy, never the shared cache file. The
script opens every tab and every sub-page, types into every search box letter by
letter (a one-character query, 鳖, then 停车位), and switches the start page
through its periods. A QTimer ticking every 10 ms on the window's thread measures
the event loop: the longest gap between two ticks, less the 10 ms, is the longest
stall of an action (the action's own synchronous work included). Each action
waits until the background work it started has finished. `--backup` starts the
daily backup as the window does (its file is written beside the database).

Prints one line per action (longest stall, time until its background work ended, and
the processor time the window's thread itself used: on a loaded machine a stall much
longer than that is waiting for the processor or the interpreter lock) and the worst
stall overall; the goal is < 100 ms at `1m`. `--only` drives only the tabs whose
title holds one of the given words (and not the start page's periods); `--start-page`
only the start page's kinds and periods.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if (ROOT / "app").is_dir():  # run from a checkout (a copy elsewhere finds the code through PYTHONPATH)
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-data-"))

TICK_MS = 10
WORDS = ("鳖", "停车位")
SETTLE_TIMEOUT_S = 120


class StallMeter:
    """The longest gap between ticks of a 10 ms timer on the window's thread, per action."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - TICK_MS)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()


class Driver:
    def __init__(self, app, window, meter: StallMeter, pause_ms: int):
        self.app, self.window, self.meter, self.pause_ms = app, window, meter, pause_ms
        self.rows: list[tuple[str, float, float]] = []

    def spin(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)

    def settle(self) -> float:
        """Spin until the runner has nothing left (at least two ticks); seconds waited."""
        started = time.perf_counter()
        self.spin(0.03)
        while self.window.runner.busy() and time.perf_counter() - started < SETTLE_TIMEOUT_S:
            self.spin(0.005)
        self.spin(0.03)
        return time.perf_counter() - started

    def action(self, label: str, do) -> None:
        self.settle()
        self.meter.last, self.meter.worst = time.perf_counter(), 0.0
        started, cpu = time.perf_counter(), time.thread_time()
        self.spin(0.02)  # a tick stamps the start
        do()
        self.settle()
        self.rows.append((label, self.meter.worst, (time.perf_counter() - started) * 1000))
        print(f"  {label:<46} stall {self.meter.worst:8.1f} ms   done after {self.rows[-1][2]:8.0f} ms"
              f"   window thread cpu {(time.thread_time() - cpu) * 1000:6.0f} ms", flush=True)

    def type_word(self, box, word: str) -> None:
        from ui.tabs.orders.pages import SEARCH_DELAY_MS

        box.clear()
        for i in range(1, len(word) + 1):
            box.setText(word[:i])  # one keystroke (an input method commits a character at a time)
            self.spin(self.pause_ms / 1000)
        self.spin(SEARCH_DELAY_MS / 1000 + 0.05)  # the search after the last keystroke has started


def search_boxes(widget):
    from ui.tabs.orders.pages import SearchBox

    return [box for box in widget.findChildren(SearchBox) if box.isVisible()]


def sub_pages(tab):
    from PySide6.QtWidgets import QTabWidget

    pages = getattr(tab, "pages", None)
    return pages if isinstance(pages, QTabWidget) else None


def drive(driver: Driver, window, only: list[str] | None = None) -> None:
    tabs = window.tabs
    for index in range(tabs.count()):
        name = tabs.tabText(index)
        if only and not any(word in name for word in only):
            continue
        driver.action(f"open tab {name}", lambda index=index: tabs.setCurrentIndex(index))
        pages = sub_pages(tabs.widget(index))
        for sub in range(pages.count() if pages else 0):
            label = f"{name} / {pages.tabText(sub)}"
            driver.action(f"open {label}", lambda pages=pages, sub=sub: pages.setCurrentIndex(sub))
            for box in search_boxes(pages.widget(sub)):
                for word in WORDS:
                    driver.action(f"  type {word} ({box.placeholderText()[:14]})",
                                  lambda box=box, word=word: driver.type_word(box, word))
                driver.action("  clear the search box", lambda box=box: driver.type_word(box, ""))
    if not only:
        dashboard(driver, window)


def dashboard(driver: Driver, window) -> None:
    window.tabs.setCurrentIndex(0)
    driver.settle()
    bar = window.dashboard_tab.filter_bar
    for kind in range(bar.kind.count()):
        driver.action(f"start page: {bar.kind.itemText(kind)}", lambda kind=kind: bar.kind.setCurrentIndex(kind))
        for period in range(1, min(4, bar.period.count())):
            driver.action(f"  period {bar.period.itemText(period)}",
                          lambda period=period: bar.period.setCurrentIndex(period))


def idle(driver: Driver, window, seconds: float) -> None:
    """Leave the window alone for `seconds`; say when its background imports (ui/preload.py) ended."""
    started = time.perf_counter()
    driver.action(f"idle {seconds:g} s", lambda: driver.spin(seconds))
    preload = getattr(window, "preload", None)
    if preload is not None:
        done = preload.done.wait(0)
        print(f"  background imports {'done' if done else 'NOT done'} after the idle "
              f"({len(preload.modules)} modules; idle began {(time.perf_counter() - started):.1f} s ago)")


def open_window(args):
    from PySide6.QtWidgets import QApplication

    from app import auth
    from app.session import open_session
    from ui import settings
    from ui.main_window import MainWindow
    from ui.runner import Runner

    app = QApplication.instance() or QApplication([])
    session = open_session(Path(args.db))
    auth.login(args.user, args.password)
    runner = Runner(app)
    window = MainWindow(session, runner, settings.Settings())
    window.resize(1366, 768)
    return app, window, runner


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a demo database (a copy: the window writes to it)")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="demo1234")
    parser.add_argument("--backup", action="store_true", help="start the daily backup as the window does")
    parser.add_argument("--pause-ms", type=int, default=150, help="between two keystrokes")
    parser.add_argument("--start-only", action="store_true", help="only the start: the window and its figures")
    parser.add_argument("--idle-s", type=float, default=0.0,
                        help="seconds the window stays idle after the start page's figures (a clerk reading "
                             "them; the other tabs' modules are preloaded meanwhile) before the tabs are opened")
    parser.add_argument("--tabs", "--only", help="only the tabs whose title holds one of these comma-separated words "
                                       "(their sub-pages and search boxes; no start-page periods)")
    parser.add_argument("--start-page", action="store_true", help="only the start page's kinds and periods")
    args = parser.parse_args(argv)
    meter = StallMeter()
    started = time.perf_counter()
    app, window, runner = open_window(args)
    meter.start()
    driver = Driver(app, window, meter, args.pause_ms)
    window.show()
    if args.backup:
        window.start_daily_backup()  # as ui/app.py does, right after the window is shown
    shown = time.perf_counter()
    task = window.dashboard_tab.task
    while task is not None and task.status == "running" and time.perf_counter() - shown < SETTLE_TIMEOUT_S:
        driver.spin(0.002)
    print(f"  start page figures {(time.perf_counter() - shown) * 1000:.0f} ms after the window"
          f"{' (daily backup running)' if args.backup else ''}")
    driver.action("window shown, start page figures", lambda: None)
    print(f"  (window built and shown in {(time.perf_counter() - started) * 1000:.0f} ms)")
    if args.idle_s:
        idle(driver, window, args.idle_s)
    try:
        if args.start_page:
            dashboard(driver, window)
        elif not args.start_only:
            drive(driver, window, args.tabs.split(",") if args.tabs else None)
    finally:
        window.close()
        runner.shutdown()
    worst = max(driver.rows, key=lambda row: row[1])
    print(f"worst stall {worst[1]:.1f} ms ({worst[0].strip()}); goal < 100 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
