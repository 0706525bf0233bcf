"""A period's boundary is a local midnight everywhere (issue 17, point 16): the dashboard's
requests card, its trend chart and the list a click on the card opens count the requests
received right at a month's edges in Beijing the same way — 00:30 on 1 March is March,
00:30 on 1 April is April, though in UTC they are 16:30 on the day before."""

import datetime as dt
import logging
import time

import pytest
from PySide6.QtCore import Qt

from app import stats
from app.dashboard import trends
from app.local_days import day_start_utc, local_dates, local_day
from app.notices.periods import parse
from app.orders import lists, requests
from app.orders.requests import RequestInput
from db.connection import database
from tests.dashboard.test_ui_dashboard_counts import window  # noqa: F401 (the window fixture)

UTC_TIMES = {  # received at (UTC) -> the local (Asia/Shanghai) month a clerk puts it in
    dt.datetime(2025, 2, 28, 15, 30): "2025-02",  # 23:30 on 28 February
    dt.datetime(2025, 2, 28, 16, 30): "2025-03",  # 00:30 on 1 March
    dt.datetime(2025, 2, 28, 23, 59): "2025-03",  # 07:59 on 1 March
    dt.datetime(2025, 3, 10, 4, 0): "2025-03",
    dt.datetime(2025, 3, 31, 15, 30): "2025-03",  # 23:30 on 31 March
    dt.datetime(2025, 3, 31, 16, 30): "2025-04",  # 00:30 on 1 April
}
MARCH = sum(month == "2025-03" for month in UTC_TIMES.values())


@pytest.fixture
def beijing(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def edge_requests(beijing, session, orders_world):
    texts = ("楼道灯不亮", "下水道堵塞", "小区门口停车乱", "夜市噪音扰民", "垃圾桶满了没人清", "路灯坏了")
    for (at, _month), text in zip(UTC_TIMES.items(), texts, strict=True):
        requests.log(RequestInput(grid_uuid=orders_world["grid_a"].uuid, content=f"{text}，请尽快处理",
                                  category="parking", requester_name="李四", received_at=at))
    return orders_world


def test_a_local_midnight_is_the_boundary(beijing):
    assert day_start_utc(dt.date(2025, 3, 1)) == dt.datetime(2025, 2, 28, 16, 0)
    assert parse("2025-03").as_stats_period() == (dt.datetime(2025, 2, 28, 16), dt.datetime(2025, 3, 31, 16))
    assert local_dates(parse("2025-03").as_stats_period()) == (dt.date(2025, 3, 1), dt.date(2025, 4, 1))
    assert local_day(dt.datetime(2025, 3, 31, 16, 30)) == dt.date(2025, 4, 1)


def test_the_figures_count_requests_by_their_local_month(edge_requests):
    root = edge_requests["com"].path
    for key in ("2025-02", "2025-03", "2025-04"):
        want = sum(month == key for month in UTC_TIMES.values())
        assert stats.compute(root, ["orders.requests"], parse(key).as_stats_period())["orders.requests"] == want
    chart = trends.requests_by_month(root, parse("2025-04"))
    by_month = dict(zip((m.key for m in chart.months), chart.totals(), strict=True))
    assert (by_month["2025-02"], by_month["2025-03"], by_month["2025-04"]) == (1, MARCH, 1)


def test_the_card_and_its_list_agree_at_the_months_edges(edge_requests, window, qtbot):  # noqa: F811
    tab = window.dashboard_tab
    tab.choose(edge_requests["com"].path, "2025-03")
    qtbot.waitUntil(lambda: not tab.busy() and tab.figures is not None and tab.figures.period.key == "2025-03",
                    timeout=30000)
    card = tab.cards.cards["orders.requests"]
    assert card.value.text() == str(MARCH)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    orders = window.orders_tab
    assert lists.request_count(orders.requests.filter(orders.filter())) == MARCH
    qtbot.waitUntil(lambda: orders.requests.model.rowCount() == MARCH)


def test_the_requests_card_of_a_local_month_reads_only_the_roll_up(edge_requests, caplog):
    """A local month is a roll-up month: the card reads rollup_request, never the requests."""
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        stats.compute(edge_requests["com"].path, ["orders.requests"], parse("2025-03").as_stats_period())
    queries = [r.msg[0] for r in caplog.records if isinstance(r.msg, tuple)]
    assert any("rollup_request" in q for q in queries), queries
    assert not any('FROM "request"' in q or "FROM request " in q for q in queries), queries


def test_a_range_of_days_counts_its_ends_on_the_received_at_index(edge_requests, caplog):
    """A date range that is no whole month counts its ends from the requests, on an index led or
    bounded by received_at (never a scan of every request)."""
    period = (day_start_utc(dt.date(2025, 3, 1)), day_start_utc(dt.date(2025, 3, 11)))
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        stats.compute(edge_requests["com"].path, ["orders.requests"], period)
    scans = [r.msg for r in caplog.records if isinstance(r.msg, tuple) and "received_at" in r.msg[0]]
    assert scans
    for sql, params in scans:
        plan = " ".join(str(row[-1]) for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "USING INDEX" in plan and "received_at>? AND received_at<?" in plan and "SCAN r" not in plan, plan
