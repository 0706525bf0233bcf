"""Four-orders tab benchmarks: what a clerk waits for, against the bare SQL underneath.

    .venv/bin/python tests/bench/bench_orders_ui.py --db /tmp/o.sqlite3 [--runs 10]

The database is a demo (python main.py demo --db /tmp/o.sqlite3 --scale shangzhou
or --scale 1m). Prints, in ms (median and worst of --runs): the requests view's
first rows (the tab's page filled, count excluded: it comes off the UI thread),
sorting by received date, the keyword search "停车" and "漏水", a community's
requests, and the KPI refresh through the runner (signal to signal), each next
to the bare SQL of the same page or the same figures computed directly.
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-data-"))

PAGE = 200
COLUMNS = ("r.uuid, r.number, r.received_at, g.name, r.requester_name, r.requester_phone, r.channel, r.category, "
           "r.urgency, r.kind, r.state, r.content, r.due_at, r.closed_at, r.department, r.answer, r.grid_uuid")


def timed(fn, runs, settle=None):
    """Median and worst ms of `fn`; `settle` (not timed) runs after each, e.g. waiting for the runner."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        if settle:
            settle()
    return statistics.median(times), max(times)


def line(label: str, ui: tuple, sql: tuple) -> None:
    ratio = ui[0] / sql[0] if sql[0] else float("inf")
    print(f"  {label:<28} UI median {ui[0]:8.1f} worst {ui[1]:8.1f}   SQL median {sql[0]:8.1f} "
          f"worst {sql[1]:8.1f}   x{ratio:.1f}")


def bare(database, where: str, params: tuple, order: str = "DESC", hint: str = ""):
    source = f"request r{hint} JOIN org_unit g ON g.uuid = r.grid_uuid"
    sql = f"SELECT {COLUMNS} FROM {source} WHERE r.deleted = 0{where} ORDER BY r.received_at {order} LIMIT {PAGE}"
    return lambda: database.execute_sql(sql, params).fetchall()


def main(argv=None) -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--db", required=True)
    args.add_argument("--runs", type=int, default=10)
    opts = args.parse_args(argv)

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from app import auth, stats
    from app.orders import lists
    from app.orders.lists import Filter
    from app.session import open_session
    from db.connection import database
    from db.models import Level, OrgUnit
    from db.search_index import query_phrase
    from ui.hub import Hub
    from ui.runner import Runner
    from ui.tabs.orders.overview import KPI_KEYS
    from ui.tabs.orders.tab import OrdersTab

    app = QApplication.instance() or QApplication([])
    open_session(Path(opts.db))
    auth.set_current_user(auth.User.get(auth.User.username == "admin"))
    runner = Runner()
    n = database.execute_sql("SELECT COUNT(*) FROM request").fetchone()[0]
    print(f"{opts.db}: {n:,} requests")

    started = time.perf_counter()
    tab = OrdersTab(Hub(), runner)
    print(f"  tab built (reads nothing)            {(time.perf_counter() - started) * 1000:8.1f} ms")
    started = time.perf_counter()
    tab.show()
    print(f"  tab shown (overdue list, KPIs queued) {(time.perf_counter() - started) * 1000:7.1f} ms")
    _wait(tab.overview.kpi_task, QEventLoop)
    tab.show_page("requests")
    page = tab.requests
    refresh = lambda: page.refresh(tab.filter())  # noqa: E731
    settle = lambda: _wait(page.count_task, QEventLoop)  # noqa: E731  (the count, on the runner, timed below)
    line("requests: first rows", timed(refresh, opts.runs, settle), timed(bare(database, "", ()), opts.runs))
    f = tab.filter()
    count_sql = lambda: database.execute_sql("SELECT COUNT(*) FROM request WHERE deleted = 0").fetchone()  # noqa: E731
    line("count (on the runner)", timed(lambda: lists.request_count(f), opts.runs), timed(count_sql, opts.runs))

    sort_asc = lambda: page.view.sortByColumn(page.RECEIVED, Qt.SortOrder.AscendingOrder)  # noqa: E731
    sort_desc = lambda: page.view.sortByColumn(page.RECEIVED, Qt.SortOrder.DescendingOrder)  # noqa: E731
    line("sort by date (oldest first)", timed(lambda: (sort_asc(), sort_desc()), opts.runs),
         timed(lambda: (bare(database, "", (), "ASC")(), bare(database, "", ())()), opts.runs))
    scroll = lambda: [page.model.fetchMore() for _ in range(5)]  # noqa: E731
    refresh()
    settle()
    line("scroll 5 pages", timed(scroll, 1), (1, 1))

    for word in ("停车", "漏水"):
        def search(word=word):
            page.search.setText(word)
            page.refresh(tab.filter())
        fts = " AND r.rowid IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?)"
        ui = timed(search, opts.runs, settle)
        line(f"search {word}", ui, timed(bare(database, fts, (query_phrase(word),), hint=lists._plan(
            Filter(keyword=word), "received")), opts.runs))
        line(f"  (matches sorted: {word})", ui, timed(bare(database, fts, (query_phrase(word),)), opts.runs))
    page.search.setText("")

    community = OrgUnit.select().where(OrgUnit.level == int(Level.COMMUNITY)).first()
    tab.choose_unit(community.path)
    scope = " AND r.grid_uuid IN (SELECT uuid FROM org_unit WHERE path >= ? AND path < ?)"
    line(f"one community ({community.name})", timed(refresh, opts.runs, settle),
         timed(bare(database, scope, (community.path, community.path + "\uffff")), opts.runs))
    tab.choose_unit(tab.unit.itemData(0))

    for period in ("all", "year"):
        tab.choose_period(period)
        f = tab.filter()
        span = (f.start, f.end) if f.start else None

        def kpis(f=f):
            tab.overview.refresh_kpis(f)
            _wait(tab.overview.kpi_task, QEventLoop)
        line(f"KPIs ({period})", timed(kpis, max(3, opts.runs // 3)),
             timed(lambda span=span: stats.compute(None, list(KPI_KEYS), span), max(3, opts.runs // 3)))
    runner.shutdown()
    app.processEvents()


def _wait(task, loop_cls) -> None:
    if task is None or task.status != "running":
        return
    loop = loop_cls()
    task.ended.connect(loop.quit)
    if task.status == "running":
        loop.exec()


if __name__ == "__main__":
    main()
