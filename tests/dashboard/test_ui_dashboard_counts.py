"""A card of the start page and the list its click opens count the same requests: a merged
duplicate is in neither (issue 17, point 16: 1,426 on the card, 1,428 in the list)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.orders import lists, requests
from app.orders.requests import RequestInput
from ui import settings as opts
from ui.main_window import MainWindow
from ui.runner import Runner


@pytest.fixture
def window(session, orders_world, qtbot):
    runner = Runner()
    w = MainWindow(session, runner, opts.Settings())
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    yield w
    runner.shutdown()


def log(world, content, when, merge_into=None):
    data = RequestInput(grid_uuid=world["grid_a"].uuid, content=content, category="parking", requester_name="李四",
                        received_at=when)
    return requests.log(data, merge_into=merge_into)


def test_the_requests_card_and_its_list_count_the_same(window, orders_world, qtbot):
    noon = dt.datetime(2025, 3, 10, 4, 0)  # 12:00 in Beijing: inside March whichever way a day is cut
    first = log(orders_world, "小区门口停车乱，堵住消防通道", noon)
    log(orders_world, "小区门口停车太乱，堵住了消防通道", noon + dt.timedelta(hours=1), merge_into=first.uuid)
    log(orders_world, "楼下夜市噪音太大影响休息", noon + dt.timedelta(days=2))
    tab = window.dashboard_tab
    tab.choose(orders_world["com"].path, "2025-03")
    qtbot.waitUntil(lambda: not tab.busy() and tab.figures is not None and tab.figures.period.key == "2025-03",
                    timeout=30000)
    card = tab.cards.cards["orders.requests"]
    assert card.value.text() == "2"
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    orders = window.orders_tab
    assert window.tabs.currentWidget() is orders and orders.pages.currentWidget() is orders.requests
    shown = orders.requests.filter(orders.filter())
    assert lists.request_count(shown) == 2
    qtbot.waitUntil(lambda: orders.requests.model.rowCount() == 2)
    assert "merged" not in {orders.requests.model.row_at(i).state for i in range(2)}
