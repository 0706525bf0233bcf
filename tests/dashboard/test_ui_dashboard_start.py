"""The start page opens on the newest period that has records, says so when a period has
none instead of showing zero rates, and the report builder starts on the same period
(issue 17, point 11)."""

import datetime as dt

import pytest

from app.dashboard import periods
from app.orders import requests
from app.orders.requests import RequestInput
from ui import i18n
from ui.hub import Hub
from ui.tabs.dashboard.tab import DashboardTab
from ui.tabs.notices.params import NoticePeriodPicker


def open_tab(qtbot):
    tab = DashboardTab(Hub())  # no runner: computed here and now
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    return tab


@pytest.fixture
def chinese(qtbot):
    i18n.install("zh_CN")
    yield
    i18n.remove()


def test_a_new_site_shows_an_empty_state_not_zero_rates(grids, chinese, qtbot):
    tab = open_tab(qtbot)
    assert tab.filter_bar.chosen_period().key == periods.default(dt.date.today()).key
    assert tab.figures is not None and tab.figures.empty
    assert tab.empty.isVisible() and "本期还没有记录" in tab.empty.text()
    assert not tab.cards.isVisible()


def test_it_opens_on_the_newest_month_with_records_as_the_report_builder_does(grids, qtbot):
    requests.log(RequestInput(grid_uuid=grids["grid_a"].uuid, content="楼道灯不亮，夜里看不见", category="repair",
                              requester_name="李四", received_at=dt.datetime(2025, 3, 15, 2, 0)))
    tab = open_tab(qtbot)
    assert tab.filter_bar.chosen_period().key == "2025-03"
    assert not tab.figures.empty and tab.cards.isVisible() and not tab.empty.isVisible()
    picker = NoticePeriodPicker()
    qtbot.addWidget(picker)
    assert picker.text() == "2025-03"
    picker.set_grain("quarter")
    assert picker.text() == "2025-Q1"
