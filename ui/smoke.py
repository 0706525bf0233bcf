"""`main.py --db PATH --smoke [--user NAME]`: open, sign in without a dialog (the
password is one line on stdin), build and show the main window, print `splash_ms=N` (when
the splash was on screen) and `startup_ms=N` (the window exposed, from process start), then
select every other tab so each is built as a clerk would open it (tabs are built when first
shown) and print `tabs_ms=N` (the time that took); after an unclean shutdown it then waits for the
integrity check the window does not wait for and prints `check_done_ms=N`; exit 0. Errors: one Chinese line
on stderr, exit 1."""

import sys
import time
from argparse import Namespace

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from app import auth
from app.errors import EXPECTED, user_message
from app.proctime import ms_since_start
from app.session import close_session, open_session
from db.errors import DatabaseDamaged
from ui import integrity, splash
from ui import settings as opts
from ui.runner import Runner
from ui.startup import resolve_db_path

EXPOSE_TIMEOUT_S = 15


def run_smoke(args: Namespace) -> int:
    from app.cli import read_password

    password = read_password()
    path = resolve_db_path(args)
    runner = Runner()
    try:
        if not path.exists():
            print(f"错误：找不到数据库文件：{path}。", file=sys.stderr)
            return 1
        session = open_session(path, defer_check=True)  # as the window opens it
        check = integrity.begin(session) if session.db.unclean else None  # a clean file: not checked, as before
        auth.login(args.user or "admin", password)
        from ui.main_window import MainWindow

        window = MainWindow(session, runner, opts.Settings())
        window.show_initial()
        splash.finish(window)
        if check is not None:
            integrity.start(window)
        _wait_exposed(window)
        print(f"splash_ms={splash.shown_ms}", flush=True)
        print(f"startup_ms={ms_since_start()}", flush=True)
        print(f"tabs_ms={_open_every_tab(window)}", flush=True)
        if check is not None:  # the integrity check the start did not wait for
            _wait_ended(check)
            print(f"check_done_ms={ms_since_start()}", flush=True)
        window.close()
        return 0
    except EXPECTED as exc:
        print(f"错误：{user_message(exc)}", file=sys.stderr)
        return 1
    finally:
        runner.shutdown()
        integrity.stop()
        close_session()


def _open_every_tab(window) -> int:
    started = time.perf_counter()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    return int((time.perf_counter() - started) * 1000)


def _wait_ended(task) -> None:
    while task.status == "running":
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    if task.status != "done" or task.result is not None:
        raise DatabaseDamaged(f"完整性检查没有通过：{task.result or task.error}。请从备份恢复。")


def _wait_exposed(window) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + EXPOSE_TIMEOUT_S
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            app.processEvents()  # let the first paint happen
            return
        time.sleep(0.005)
