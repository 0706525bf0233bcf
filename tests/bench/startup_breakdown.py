"""Where the start-up time goes: each phase of opening the window, timed in a fresh process.

    .venv/bin/python tests/bench/startup_breakdown.py --db PATH --password PW [--runs 5]

Two kinds of run, each in its own process so that every import is cold:
- `window`: Python and Qt imported, QApplication, the splash painted, the window's modules
  imported, translations, the session opened (schema check, migrations), sign-in, the main
  window built and exposed — the phases of `main.py --smoke`;
- `tabs`: the same up to sign-in, then every tab imported and built on its own, cold, as a
  lazily built window builds it on first selection, and the org tree read on its own.
Prints the median of each phase in ms. Runs against the main checkout too (copy the script
to /tmp and run it with PYTHONPATH=/work/main): it uses only what both have.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2] if len(HERE.parents) > 2 else HERE.parent  # or the code on PYTHONPATH
TABS = [("dashboard", "ui.tabs.dashboard.tab", "DashboardTab", "hub, runner"),
        ("grid", "ui.tabs.grid.tab", "GridTab", "hub, settings, runner"),
        ("orders", "ui.tabs.orders.tab", "OrdersTab", "hub, runner"),
        ("mediation", "ui.tabs.mediation.tab", "MediationTab", "hub, runner"),
        ("funds", "ui.tabs.funds.tab", "FundsTab", "hub, runner"),
        ("support", "ui.tabs.support.tab", "SupportTab", "hub, runner"),
        ("linkage", "ui.tabs.linkage.tab", "LinkageTab", "hub, runner"),
        ("notices", "ui.tabs.notices.tab", "NoticesTab", "hub, runner"),
        ("exchange", "ui.tabs.exchange.tab", "ExchangeTab", "hub, settings, runner, db_path")]


class Clock:
    def __init__(self):
        from app.proctime import ms_since_start

        self.figures = {"python_start": ms_since_start() - int((time.perf_counter() - T0) * 1000)}
        self.last = time.perf_counter()

    def mark(self, phase: str) -> None:
        now = time.perf_counter()
        self.figures[phase] = round((now - self.last) * 1000, 1)
        self.last = now


def child(mode: str, db: str, password: str) -> dict:
    sys.path.insert(0, os.environ.get("PYTHONPATH", str(ROOT)).split(os.pathsep)[0])
    clock = Clock()
    from PySide6.QtWidgets import QApplication

    clock.mark("import_qt")
    app = QApplication([sys.argv[0]])
    clock.mark("qapplication")
    from ui import splash

    splash.show()
    clock.mark("splash_import_and_paint")
    from app import auth
    from app.session import open_session
    from ui import i18n
    from ui import settings as opts
    from ui.hub import Hub
    from ui.runner import Runner

    clock.mark("import_app_db_peewee")
    i18n.install("zh_CN")
    clock.mark("translations")
    session = open_session(Path(db))
    clock.mark("open_session_and_schema_check")
    auth.login("admin", password)
    clock.mark("sign_in")
    runner, settings = Runner(), opts.Settings()
    if mode == "window":
        from ui.main_window import MainWindow

        clock.mark("import_main_window")
        window = MainWindow(session, runner, settings)
        clock.mark("main_window_construct")
        window.show_initial()
        _exposed(app, window)
        clock.mark("show_and_first_paint")
    else:
        _tabs(clock, Hub(None), runner, settings, session.db_path)
    runner.shutdown()
    from app.session import close_session

    close_session()  # a clean close: the next run skips the integrity check, as a clerk's next start does
    return clock.figures


def _tabs(clock: Clock, hub, runner, settings, db_path) -> None:
    import importlib

    for name, module, cls, args in TABS:
        factory = getattr(importlib.import_module(module), cls)
        clock.mark(f"tab_{name}_import")
        values = {"hub": hub, "runner": runner, "settings": settings, "db_path": db_path}
        factory(*(values[a.strip()] for a in args.split(",")))
        clock.mark(f"tab_{name}_construct")
    from app import org

    org.tree_rows()
    clock.mark("org_tree_rows")


def _exposed(app, window) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        app.processEvents()
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            app.processEvents()
            return
        time.sleep(0.005)


def parent(args) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for mode in ("window", "tabs"):
        runs = [_one(mode, args, env) for _ in range(args.runs)]
        print(f"== {mode} (median of {args.runs}, ms; load {os.getloadavg()[0]:.1f})")
        for phase in runs[0]:
            print(f"{phase:34s} {statistics.median(r[phase] for r in runs):8.1f}")
        print(f"{'total':34s} {statistics.median(sum(r.values()) for r in runs):8.1f}")


def _one(mode: str, args, env: dict) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", mode, "--db", str(args.db), "--password",
                           args.password], capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        sys.exit(f"{mode} run failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


T0 = time.perf_counter()
if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--password", default="")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child")
    options = parser.parse_args()
    if options.child:
        print(json.dumps(child(options.child, str(options.db), options.password)))
    else:
        parent(options)
