"""Tabs are built when first shown (issue #19): the window starts with the start page only, and
every way of reaching another tab — a click on its title, Ctrl+Tab, a menu action, a dashboard
link, code asking for `window.orders_tab` — builds it first."""

from PySide6.QtCore import Qt

from tests.ui.test_ui_date_limits import window  # noqa: F401 - the fixture: the main window on build_tree()
from tests.ui.test_ui_models import build_tree
from ui import settings as opts
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.tabs.dashboard.links import Link, open_list

LATER = ("grid", "orders", "mediation", "funds", "support", "linkage", "notices", "exchange")


def test_only_the_start_page_is_built_at_start(window):  # noqa: F811
    assert window.lazy_tabs.built("dashboard") is window.tabs.widget(0) is window.tabs.currentWidget()
    assert all(window.lazy_tabs.built(name) is None for name in LATER)
    assert window.tabs.count() == 9 and window.tabs.tabText(2) == "Four orders"


def test_clicking_a_title_builds_that_tab_in_its_place(window, qtbot):  # noqa: F811
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    orders = window.lazy_tabs.built("orders")
    assert orders is not None and window.tabs.currentWidget() is orders and window.tabs.currentIndex() == 2
    assert window.tabs.tabText(2) == "Four orders" and orders.isVisible()
    assert window.lazy_tabs.built("grid") is None  # only what was shown


def test_ctrl_tab_builds_the_next_tab(window, qtbot):  # noqa: F811
    qtbot.keyClick(window.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1 and window.tabs.currentWidget() is window.lazy_tabs.built("grid")


def test_asking_for_a_tab_builds_it_without_showing_it(window):  # noqa: F811
    funds = window.funds_tab
    assert window.lazy_tabs.built("funds") is funds is window.tabs.widget(4)
    assert window.tabs.currentIndex() == 0 and window.funds_tab is funds  # built once


def test_a_dashboard_link_opens_a_tab_not_yet_built(window):  # noqa: F811
    assert open_list(window, Link(tab="grid", page="details", root_path=""))
    assert window.tabs.currentWidget() is window.lazy_tabs.built("grid")


def test_closing_never_builds_a_tab(session, qtbot):
    build_tree()
    runner = Runner()
    settings = opts.Settings()
    settings.set(opts.REMEMBER_WINDOW, True)
    w = MainWindow(session, runner, settings)
    qtbot.addWidget(w)
    w.show()
    w.close()
    runner.shutdown()
    assert w.lazy_tabs.built("grid") is None
