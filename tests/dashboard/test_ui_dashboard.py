"""The start page (首页) driven like a clerk on a small demo database: the main window
opens on it before the figures are computed, the cards are app.stats for the chosen
subtree and period, the charts have the expected series, a change of subtree or a
broadcast change recomputes them, and a click on a card or a chart opens the
matching list with the same unit and period."""

import datetime as dt
import shutil

import pytest
from PySide6.QtCharts import QLineSeries, QPieSeries, QStackedBarSeries
from PySide6.QtCore import QDate, QPointF, Qt

from app import auth, dashboard, org, stats
from app.dashboard.cards import CARDS
from app.demo import DEMO_PASSWORD
from app.notices.periods import parse
from app.orders import requests
from app.orders.requests import RequestInput
from app.session import open_session
from ui import settings
from ui.hub import Changes, Hub
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.tabs.dashboard.tab import DashboardTab

DISTRICT, COMMUNITY = "611002", "611002001002"  # 商州区 and its 工农路社区 in the small demo
PERIOD = "2026-10"


@pytest.fixture
def demo(small, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(small, path)
    opened = open_session(path)
    auth.login("admin", DEMO_PASSWORD)
    return opened


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


@pytest.fixture
def window(demo, runner, qtbot):
    w = MainWindow(demo, runner, settings.Settings())
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def path_of(code: str) -> str:
    return org.by_code(code).path


def computed(qtbot, tab: DashboardTab, path: str, key: str = PERIOD) -> dashboard.Dashboard:
    """Wait for the runner to bring the figures of that unit and period."""
    qtbot.waitUntil(lambda: not tab.busy() and tab.figures is not None and tab.figures.root_path == path
                    and tab.figures.period.key == key, timeout=30000)
    return tab.figures


def cards_match_stats(tab: DashboardTab, path: str, key: str = PERIOD) -> None:
    period = parse(key).as_stats_period()
    periodic = [c.key for c in CARDS if c.sort == "period"]
    figures = stats.compute(path, periodic, period)
    for k in periodic:
        assert tab.cards.cards[k].value.text() == stats.format_value(k, figures[k]), k


def series_of(tab: DashboardTab, chart: str) -> list:
    shown = tab.charts[chart].chart()
    assert shown is not None, tab.charts[chart].message.text()
    return shown.series()


def test_the_window_opens_on_the_start_page_before_the_figures(window, qtbot):
    tab = window.dashboard_tab
    assert window.tabs.currentWidget() is tab and window.tabs.tabText(0) == "Home"
    assert tab.figures is None  # shown at once; the runner computes meanwhile
    assert all(card.value.text() == "…" for card in tab.cards.cards.values())
    assert all(box.chart() is None and box.message.text() == "Computing…" for box in tab.charts.values())
    qtbot.waitUntil(lambda: tab.figures is not None, timeout=30000)
    assert tab.cards.cards["orders.requests"].value.text() != "…"


def test_cards_and_charts_follow_the_org_subtree_and_a_click_opens_the_list(window, qtbot):
    tab = window.dashboard_tab
    tab.choose(path_of(DISTRICT), PERIOD)
    figures = computed(qtbot, tab, path_of(DISTRICT))
    cards_match_stats(tab, path_of(DISTRICT))
    assert "2026年10月" in tab.note.text() and "2026年9月" in tab.note.text()
    bars = series_of(tab, "requests")[0]
    assert isinstance(bars, QStackedBarSeries) and len(bars.barSets()) == len(figures.requests.stacks) == 6
    assert all(s.count() == 12 for s in bars.barSets())
    assert sum(bars.barSets()[i].at(11) for i in range(6)) == figures.requests.totals()[-1] > 0
    lines = series_of(tab, "rates")
    assert [s.name() for s in lines] == ["响应率", "解决率", "满意率"] and all(isinstance(s, QLineSeries) for s in lines)
    for line, rate in zip(lines, figures.rates, strict=True):
        assert line.count() == sum(v is not None for v in rate.values) > 0
    completion = series_of(tab, "completion")[0].barSets()[0]
    assert completion.count() == len(figures.completion.units) >= 1  # the communities with orders that month
    funds = series_of(tab, "funds")[0].barSets()
    assert [s.count() for s in funds] == [4, 4]

    # another subtree: the figures are computed again for it
    tab.unit.setCurrentIndex(tab.unit.findData(path_of(COMMUNITY)))
    assert tab.cards.cards["orders.requests"].value.text() == "…"  # the skeleton while the runner works
    computed(qtbot, tab, path_of(COMMUNITY))
    cards_match_stats(tab, path_of(COMMUNITY))
    assert tab.charts["completion"].chart().axes()[1].categories() == ["工农路社区"]

    # a click on a card: the requests of the community in October, in the four-orders tab
    qtbot.mouseClick(tab.cards.cards["orders.requests"], Qt.MouseButton.LeftButton)
    orders = window.orders_tab
    assert window.tabs.currentWidget() is orders
    assert orders.unit.currentData() == path_of(COMMUNITY)
    assert orders.pages.currentWidget() is orders.requests
    assert orders.period.currentData() == "custom"
    assert (orders.date_from.date(), orders.date_to.date()) == (QDate(2026, 10, 1), QDate(2026, 10, 31))
    assert orders.filter().root_path == path_of(COMMUNITY)


def test_chart_clicks_open_the_matching_lists(window, qtbot):
    tab = window.dashboard_tab
    tab.choose(path_of(DISTRICT), "2025")
    figures = computed(qtbot, tab, path_of(DISTRICT), "2025")

    top = figures.requests.stacks[0]
    series_of(tab, "requests")[0].barSets()[0].clicked.emit(11)  # the top category in December
    orders = window.orders_tab
    assert window.tabs.currentWidget() is orders and orders.pages.currentWidget() is orders.requests
    assert orders.category.currentData() == top.category
    assert (orders.date_from.date(), orders.date_to.date()) == (QDate(2025, 12, 1), QDate(2025, 12, 31))

    window.tabs.setCurrentWidget(tab)
    series_of(tab, "rates")[0].clicked.emit(QPointF(10.2, 95.0))  # the response rate of November
    assert orders.pages.currentWidget() is orders.board
    assert (orders.date_from.date(), orders.date_to.date()) == (QDate(2025, 11, 1), QDate(2025, 11, 30))

    window.tabs.setCurrentWidget(tab)
    series_of(tab, "completion")[0].barSets()[0].clicked.emit(0)  # bottom bar: the last community
    assert orders.pages.currentWidget() is orders.board
    assert orders.unit.currentData() == figures.completion.units[-1].path
    assert orders.category.currentIndex() == 0  # all categories again

    window.tabs.setCurrentWidget(tab)
    pie = series_of(tab, "outcomes")[0]
    assert isinstance(pie, QPieSeries) and pie.count() == len(figures.outcomes) > 0
    pie.slices()[0].clicked.emit()
    mediation = window.mediation_tab
    assert window.tabs.currentWidget() is mediation and mediation.pages.currentWidget() is mediation.board
    assert mediation.board.state() == {"agreed": "agreed", "ongoing": "mediating"}.get(
        next(iter(figures.outcomes)), next(iter(figures.outcomes)))
    assert mediation.unit.currentData() == path_of(DISTRICT)
    assert (mediation.date_from.date(), mediation.date_to.date()) == (QDate(2025, 1, 1), QDate(2025, 12, 31))

    window.tabs.setCurrentWidget(tab)
    series_of(tab, "funds")[0].barSets()[1].clicked.emit(2)
    funds = window.funds_tab
    assert window.tabs.currentWidget() is funds and funds.pages.currentWidget() is funds.budget
    qtbot.waitUntil(lambda: not funds.units_pending(), timeout=5000)  # the unit picker is read on the runner
    assert funds.unit_box.currentData() == path_of(DISTRICT) and funds.year.value() == 2025

    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.cards.cards["org.grids"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.grid_tab
    qtbot.waitUntil(lambda: not window.grid_tab.tree_reads.pending(), timeout=5000)  # the tree is read on the runner
    assert window.grid_tab.selected_uuid() == org.by_code(DISTRICT).uuid


def test_a_broadcast_change_recomputes_the_page(window, qtbot):
    tab = window.dashboard_tab
    tab.choose(path_of(COMMUNITY), PERIOD)
    before = computed(qtbot, tab, path_of(COMMUNITY))
    requests_before = next(c for c in before.cards if c.key == "orders.requests").value
    grid = org.by_code("6110020010020101")
    requests.log(RequestInput(grid_uuid=grid.uuid, content="楼道灯不亮需要维修", category="repair",
                              requester_name="居民", received_at=dt.datetime(2026, 10, 20, 3)))
    window.hub.did_change(Changes(orders=True))
    qtbot.waitUntil(lambda: tab.figures is not before and not tab.busy(), timeout=30000)
    assert next(c for c in tab.figures.cards if c.key == "orders.requests").value == requests_before + 1
    assert tab.cards.cards["orders.requests"].value.text() == f"{requests_before + 1:,}"


def test_a_hidden_page_waits_until_it_is_shown(window, runner, qtbot):
    tab = window.dashboard_tab
    qtbot.waitUntil(lambda: tab.figures is not None and not tab.busy(), timeout=30000)
    shown, task = tab.figures, tab.task
    window.tabs.setCurrentWidget(window.orders_tab)
    window.hub.did_change(Changes(mediation=True))
    # until the change's refresh delay has run out (the refresh would have been submitted then) and every job
    # submitted so far has been delivered
    qtbot.waitUntil(lambda: not tab._timer.isActive() and not runner.busy(), timeout=30000)
    assert tab.figures is shown and tab.task is task and not tab.busy()  # nothing computed for a page nobody sees
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.figures is not shown and not tab.busy(), timeout=30000)


def test_an_empty_period_shows_texts_not_empty_axes(demo, qtbot):
    tab = DashboardTab(Hub())  # no runner: computed here and now
    qtbot.addWidget(tab)
    tab.show()
    tab.choose(path_of(DISTRICT), "2023-01")  # before the demo's records
    assert tab.figures.period.key == "2023-01"
    assert tab.charts["requests"].chart() is None
    assert tab.charts["requests"].message.text() == "No requests in these twelve months."
    assert tab.charts["outcomes"].message.text() == "No mediation case accepted in this period."
    assert tab.charts["funds"].message.text() == "No fund ledgers for this year."
    assert tab.cards.cards["orders.requests"].value.text() == "0"
    assert "now" in tab.cards.cards["org.grids"].trend.text()


def test_only_the_last_choice_is_shown(window, runner, qtbot):
    tab = window.dashboard_tab
    tab.choose(path_of(DISTRICT), "2026-Q2")
    tab.choose(path_of(COMMUNITY), "2026")
    figures = computed(qtbot, tab, path_of(COMMUNITY), "2026")
    qtbot.waitUntil(lambda: not runner.busy(), timeout=30000)  # the earlier choice's answer, if any, delivered
    assert tab.figures is figures and tab.kind.currentData() == "year"
