"""A tab's sub-pages are built when first shown (issue #19): opening the grid-management, orders,
mediation, linkage, notices, four-supports, funds or exchange tab builds its visible page only; every other page is built when it is selected or
asked for, in its place, and then reads and shows its rows as before."""

import pytest

from ui import settings
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.tabs.exchange.tab import PAGE_KEYS as EXCHANGE_KEYS
from ui.tabs.grid.tab import PAGE_KEYS as GRID_KEYS

PAGES = {"grid": ("details", "buildings", "residents", "establishments", "roles", "groups", "coverage", "search_page"),
         "support": ("units", "members", "task_forces", "volunteers", "projects", "services", "proxy", "posts"),
         "mediation": ("board", "meetings", "activities", "zeros", "coverage"),
         "linkage": ("inbox", "sent", "overdue", "decisions", "members"),
         "orders": ("overview", "requests", "needs", "offers", "board", "reviews"),
         "notices": ("compose", "register", "reports"),
         "funds": ("ledger", "summary", "budget", "trail"),
         "exchange": ("import_page", "history", "conflicts", "sites")}


@pytest.fixture
def window(session, orders_world, qtbot):
    runner = Runner()
    w = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    runner.shutdown()


def open_tab(window, name: str):
    tab = window.lazy_tabs.get(name)
    window.tabs.setCurrentWidget(tab)
    return tab


def page_tabs(tab):
    """The QTabWidget of the tab's pages (the grid tab's `unit_tabs`: its `pages` builds them)."""
    return tab.unit_tabs if hasattr(tab, "unit_tabs") else tab.pages


def reached(tab, page: str):
    """`tab.page` from code (the grid tab's unit pages are `tab.pages.page`)."""
    return getattr(tab.pages, page) if hasattr(type(tab.pages), page) else getattr(tab, page)


def page_keys(tab, name: str) -> tuple[str, ...]:
    """The keys whose pages read rows when shown (the grid's overview and search results read otherwise)."""
    keys = {"grid": GRID_KEYS, "exchange": EXCHANGE_KEYS}.get(name) or tab.page_keys
    return tuple(key if key not in ("details", "search") else None for key in keys)


@pytest.mark.parametrize("name", PAGES)
def test_opening_a_tab_builds_its_visible_page_only(window, name):
    tab = open_tab(window, name)
    pages, (first, *others) = page_tabs(tab), PAGES[name]
    assert [pages.widget(i).objectName() for i in range(1, pages.count())] == [f"lazy-{p}" for p in others]
    assert tab.lazy_pages.built(first) is pages.currentWidget() and pages.currentWidget().isVisible()
    assert all(tab.lazy_pages.built(page) is None for page in others)


@pytest.mark.parametrize("name", PAGES)
def test_each_hidden_page_is_built_in_its_place_when_selected_and_refreshes(window, name, orders_world, qtbot):
    tab = open_tab(window, name)
    pages, keys = page_tabs(tab), page_keys(tab, name)
    if name == "grid":  # its groups page shows for a grid only
        tab.select(orders_world["grid_a"].uuid)
        qtbot.waitUntil(lambda: tab.selected_uuid() == orders_world["grid_a"].uuid, timeout=5000)
    titles = [pages.tabText(i) for i in range(pages.count())]
    for index, page in enumerate(PAGES[name]):
        pages.setCurrentIndex(index)
        built = tab.lazy_pages.built(page)
        assert built is not None and pages.currentWidget() is built is pages.widget(index)
        assert built.isVisible() and reached(tab, page) is built
        qtbot.waitUntil(lambda key=keys[index]: key not in tab._stale, timeout=5000)  # it has read its rows
    assert [pages.tabText(i).split(" (")[0] for i in range(pages.count())] == [t.split(" (")[0] for t in titles]


def test_a_hidden_support_page_shows_its_rows_when_first_selected(window, qtbot):
    tab = open_tab(window, "support")
    tab.pages.setCurrentIndex(PAGES["support"].index("members"))
    qtbot.waitUntil(lambda: tab.members.model.rowCount() == 1, timeout=5000)


def test_reaching_a_page_from_code_builds_it_without_showing_it(window, qtbot):
    tab = open_tab(window, "support")
    proxy = tab.proxy
    assert tab.lazy_pages.built("proxy") is proxy is tab.pages.widget(6) and tab.pages.currentIndex() == 0
    tab.show_proxy_log()
    assert tab.pages.currentWidget() is proxy and proxy.isVisible()
    qtbot.waitUntil(lambda: proxy.for_whom.hasFocus(), timeout=2000)


def test_an_action_on_a_page_not_yet_shown_builds_it(window):
    tab = open_tab(window, "funds")
    tab.show_entry("no-such-entry")
    assert tab.pages.currentWidget() is tab.lazy_pages.built("ledger")
    tab.pages.setCurrentIndex(3)
    assert window.lazy_tabs.built("funds").trail is tab.pages.currentWidget()


def test_a_hidden_page_reached_from_code_stays_hidden(window, orders_world, qtbot):
    tab = open_tab(window, "grid")
    tab.select(orders_world["com"].uuid)  # a community: no groups page (a grid's only)
    qtbot.waitUntil(lambda: tab.selected_uuid() == orders_world["com"].uuid, timeout=5000)
    index = PAGES["grid"].index("groups")
    assert not tab.unit_tabs.isTabVisible(index)
    assert tab.pages.groups is tab.unit_tabs.widget(index) and not tab.unit_tabs.isTabVisible(index)
