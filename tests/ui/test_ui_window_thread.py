"""Nothing slow on the window's thread (issue 19): the requests search, the orders tab's
overdue list and the start page's figures are read on the runner's real workers; a newer
search supersedes an older one; the backup runs beside the start page, never before it.

Each test holds the main worker (or the low-priority one) with a gate, so that what must
not wait for the database is seen not waiting: a read made on the window's thread would
return its rows at once."""

import datetime as dt
import threading

import pytest

from app import backups
from app.orders import requests
from app.orders.requests import RequestInput
from db.base import utcnow
from db.connection import database
from tests.orders.test_ui_orders_tab import dispatched, settled
from ui import settings
from ui.hub import Hub
from ui.main_window import MainWindow
from ui.runner import FRONT, LOW, NORMAL, Runner
from ui.tabs.orders.tab import OrdersTab


@pytest.fixture
def db_path(tmp_path):
    folder = tmp_path / "网格 办公室 #2 %20"
    folder.mkdir()
    return folder / "商州 区#1 %.sqlite3"


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


class Gate:
    """Holds a worker of the runner until opened (the stand-in for a long read ahead in the queue)."""

    def __init__(self, runner: Runner, priority: int = NORMAL):
        self.opened, self.holding = threading.Event(), threading.Event()
        self.task = runner.run(self._hold, "gate", priority)
        assert self.holding.wait(5)

    def _hold(self, progress, cancelled):
        self.holding.set()
        self.opened.wait(10)

    def open(self) -> None:
        self.opened.set()


def log(world, content: str, days_ago: int = 0):
    return requests.log(RequestInput(grid_uuid=world["grid_a"].uuid, content=content, category="repair",
                                     requester_name="李四", received_at=utcnow() - dt.timedelta(days=days_ago)))


def orders_tab(qtbot, runner):
    tab = OrdersTab(Hub(), runner, page_size=50)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    return tab


def test_the_requests_search_runs_on_a_worker_and_a_superseded_query_is_dropped(orders_world, runner, qtbot):
    for text in ("楼顶漏水需要维修", "卫生间漏水到楼下", "小区停车位不够", "门口乱停车堵路"):
        log(orders_world, text)
    tab = orders_tab(qtbot, runner)
    tab.show()
    tab.show_page("requests")
    page = settled(tab).requests
    seen = []
    page.model.rowsInserted.connect(lambda *_a: seen.append({page.model.row_at(i).content
                                                             for i in range(page.model.rowCount())}))
    gate = Gate(runner)  # the worker is busy: a search made here would still answer at once
    page.search.setText("漏水")
    page.search.returnPressed.emit()
    assert page.model.rowCount() == 0 and page.info.text() == "Reading…"  # the window did not wait
    page.search.setText("停车")
    page.search.returnPressed.emit()  # supersedes 漏水 before it ran
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.model.fetched, timeout=5000):
        gate.open()
    assert {page.model.row_at(i).content for i in range(page.model.rowCount())} == {"小区停车位不够", "门口乱停车堵路"}
    settled(tab)
    assert seen == [{"小区停车位不够", "门口乱停车堵路"}]  # the 漏水 rows never showed
    assert page.info.text().startswith("2 requests found")


def test_a_one_character_search_counts_its_hits_no_further_than_the_bound(orders_world, runner, qtbot,
                                                                          monkeypatch):
    from app.orders import lists

    for i in range(7):
        log(orders_world, f"第{i}户门前积水", days_ago=i)
    monkeypatch.setattr(lists, "HIT_BOUND", 5)
    tab = orders_tab(qtbot, runner)
    tab.show()
    tab.show_page("requests")
    tab.requests.search.setText("水")
    tab.requests.search.returnPressed.emit()
    qtbot.waitUntil(lambda: tab.requests.info.text().startswith("5+ requests found"), timeout=5000)
    assert tab.requests.model.rowCount() == 7
    assert lists.request_hits(lists.Filter(keyword="积水"), bound=5) == 6  # from the index alone: 5, then "+"


def test_a_cancelled_read_is_interrupted_mid_statement(session, runner, qtbot):
    started = threading.Event()

    def endless(progress, cancelled):
        started.set()
        sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        return database.execute_sql(sql).fetchone()

    task = runner.run(endless, "endless", FRONT, interruptible=True)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    behind = runner.run(lambda progress, cancelled: "next", "next")  # the worker is free again
    with qtbot.waitSignal(behind.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["next"]


def test_front_work_goes_before_normal_work_waiting_in_the_queue(runner, qtbot):
    order = []
    gate = Gate(runner)
    tasks = [runner.run(lambda progress, cancelled, k=k: order.append(k), k, priority)
             for k, priority in (("count", NORMAL), ("visible page", FRONT), ("kpis", NORMAL))]
    gate.open()
    qtbot.waitUntil(lambda: all(t.status == "done" for t in tasks), timeout=5000)
    assert order == ["visible page", "count", "kpis"]


def test_the_orders_tab_opens_before_the_overdue_list_is_filled(orders_world, runner, qtbot):
    late = dispatched(orders_world, now=utcnow() - dt.timedelta(days=2))
    tab = orders_tab(qtbot, runner)
    gate = Gate(runner)
    tab.show()  # the overview page, while the worker is still busy
    assert tab.isVisible() and tab.overview.overdue.model.rowCount() == 0
    assert "Looking for overdue orders" in tab.overview.overdue.info.text()
    gate.open()
    qtbot.waitUntil(lambda: tab.overview.overdue.model.rowCount() == 1, timeout=5000)
    assert tab.overview.overdue.model.row_at(0).uuid == late.uuid


def test_a_closed_tab_ignores_its_late_overdue_list(orders_world, runner, qtbot):
    dispatched(orders_world, now=utcnow() - dt.timedelta(days=2))
    tab = OrdersTab(Hub(), runner)  # not kept by qtbot: this test deletes it
    gate = Gate(runner)
    tab.show()
    task = tab.overview.overdue_task
    tab.close()
    with qtbot.waitSignal(tab.destroyed, timeout=5000):  # deleted before the answer comes
        tab.deleteLater()
    gate.open()
    # the answer is handed over in the same step that ends the task: a delivery to the deleted page would
    # have raised by the time the task is no longer running
    qtbot.waitUntil(lambda: task.status != "running", timeout=5000)
    assert task.status == "done"  # the answer did come (it was not merely cancelled)


def test_the_backup_does_not_delay_the_start_pages_figures(session, grids, db_path, runner, qtbot, monkeypatch):
    held, real = threading.Event(), backups.daily_backup

    def long_backup(db, path):  # the real backup, after a long wait (a 6 GB file takes minutes)
        assert held.wait(10)
        return real(db, path)

    monkeypatch.setattr(backups, "daily_backup", long_backup)
    window = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(window)
    backup = window.start_daily_backup()
    window.show()
    dashboard = window.dashboard_tab
    qtbot.waitUntil(lambda: dashboard.task is not None and dashboard.task.status == "done", timeout=5000)
    assert backup.status == "running" and dashboard.figures is not None  # the figures did not wait
    held.set()
    qtbot.waitUntil(lambda: backup.status == "done", timeout=10000)
    assert backups.list_backups(db_path) and backups.verdict(backups.list_backups(db_path)[0]) == "ok"


def test_the_daily_backup_begins_once_the_start_pages_figures_are_in(session, grids, db_path, runner, qtbot,
                                                                     monkeypatch):
    from app import dashboard

    held, real_compute, began = threading.Event(), dashboard.compute, []

    def slow_figures(*args):  # figures that take their time (a cold 1m file)
        assert held.wait(10)
        return real_compute(*args)

    monkeypatch.setattr(dashboard, "compute", slow_figures)
    monkeypatch.setattr(backups, "daily", lambda db, path: began.append(dashboard_done()) or None)
    window = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(window)
    window.show()
    tab = window.dashboard_tab
    qtbot.waitUntil(lambda: tab.task is not None and tab.task.status == "running", timeout=5000)

    def dashboard_done():
        return tab.task.status != "running"

    backup = window.start_daily_backup()
    # a fixed wait on purpose: the claim is that nothing happens. A backup that did not wait for the figures
    # would begin at once on the idle low-priority worker, well within these 400 ms
    qtbot.wait(400)
    assert backup.status == "running" and began == []  # the backup's copy has not begun
    held.set()
    qtbot.waitUntil(lambda: backup.status == "done", timeout=10000)
    assert tab.figures is not None and began == [True]  # it began after the figures were in


def test_low_priority_work_runs_beside_the_main_worker(runner, qtbot):
    gate = Gate(runner, LOW)  # a backup holding its own worker
    task = runner.run(lambda progress, cancelled: "figures", "dashboard", FRONT)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert gate.task.status == "running"
    gate.open()
