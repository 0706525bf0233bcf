"""The other slow pages off the window's thread (issue 19): the mediation tab's pages (building
leaders, virtue activities, deliberation, three zeros), the linkage lists, both state boards, the org
tree of the grid tab and the notice kinds (reportlab) are read on the runner's real worker, the page
says Loading… meanwhile, and a superseded read is dropped.

Each app/ function is the real one, wrapped to note the thread it ran on; a gate holds the worker so
that what must not wait for the database is seen not waiting."""

import datetime as dt
import threading

import pytest

from app import org
from app.grid import coverage
from app.linkage import lists as linkage_lists
from app.mediation import activities
from app.mediation import lists as mediation_lists
from app.mediation.activities import ActivityInput
from app.orders import lists as order_lists
from tests.ui.test_ui_window_thread import Gate
from ui import settings
from ui.hub import Hub
from ui.runner import Runner
from ui.tabs.grid.tab import GridTab
from ui.tabs.linkage.tab import LinkageTab
from ui.tabs.mediation.tab import MediationTab
from ui.tabs.orders.tab import OrdersTab


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def noting_threads(monkeypatch, module, name: str) -> list[threading.Thread]:
    """Wrap the real `module.name` so that every call notes the thread it runs on."""
    real, seen = getattr(module, name), []

    def wrapped(*args, **kwargs):
        seen.append(threading.current_thread())
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, wrapped)
    return seen


def off_the_window(seen: list[threading.Thread]) -> bool:
    return bool(seen) and all(t is not threading.main_thread() for t in seen)


def shown(qtbot, tab):
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    return tab


def settle(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)


def activity(world, kind: str, title: str):
    return activities.record(ActivityInput(kind=kind, org_unit_uuid=world["com"].uuid, held_on=dt.date.today(),
                                           title=title, place="社区活动室", organiser="东关社区", audience=30))


def test_building_leaders_are_read_on_a_worker_and_the_page_says_loading_meanwhile(orders_world, runner, qtbot,
                                                                                   monkeypatch):
    seen = noting_threads(monkeypatch, coverage, "coverage_by_community")
    tab = shown(qtbot, MediationTab(Hub(), runner))
    settle(qtbot, runner)
    gate = Gate(runner)  # the worker is busy: a read made here would still answer at once
    tab.show_page("coverage")
    assert tab.coverage.info.text() == "Loading…" and tab.coverage.model.rowCount() == 0
    gate.open()
    qtbot.waitUntil(lambda: tab.coverage.model.rowCount() == 2, timeout=5000)  # 东关社区, 西关社区
    assert off_the_window(seen) and "Building-leader coverage" in tab.coverage.info.text()


def test_virtue_activities_read_on_a_worker_and_a_superseded_read_is_dropped(orders_world, runner, qtbot,
                                                                            monkeypatch):
    activity(orders_world, "moral_lecture", "道德讲堂：孝老爱亲")
    activity(orders_world, "family_education", "家风家训分享会")
    seen = noting_threads(monkeypatch, mediation_lists, "activity_page")
    counted = noting_threads(monkeypatch, mediation_lists, "activity_count")
    tab = shown(qtbot, MediationTab(Hub(), runner))
    settle(qtbot, runner)
    page = tab.activities
    shown_rows = []
    page.model.rowsInserted.connect(lambda *_a: shown_rows.append(page.model.rowCount()))
    gate = Gate(runner)
    tab.show_page("activities")  # all kinds: superseded before it starts
    page.kind.setCurrentIndex(page.kind.findData("moral_lecture"))
    gate.open()
    settle(qtbot, runner)
    assert [page.model.row_at(i).title for i in range(page.model.rowCount())] == ["道德讲堂：孝老爱亲"]
    assert len(seen) == 1 and off_the_window(seen)  # the first read never ran
    assert len(counted) == 1 and off_the_window(counted)
    assert 2 not in shown_rows and page.info.text() == "1 activities"


def test_meetings_and_three_zeros_open_with_their_rows_after_the_background_read(orders_world, runner, qtbot,
                                                                                monkeypatch):
    meetings = noting_threads(monkeypatch, mediation_lists, "meeting_page")
    zeros = noting_threads(monkeypatch, mediation_lists, "zero_rows")
    tab = shown(qtbot, MediationTab(Hub(), runner))
    tab.show_page("meetings")
    settle(qtbot, runner)
    assert tab.meetings.info.text() == "0 meetings" and off_the_window(meetings)
    tab.show_page("zeros")
    settle(qtbot, runner)
    assert tab.zeros.model.rowCount() == 2 and off_the_window(zeros)


def test_the_linkage_sent_list_is_read_on_a_worker(orders_world, runner, qtbot, monkeypatch):
    seen = noting_threads(monkeypatch, linkage_lists, "sent")  # before the tab takes the function
    tab = shown(qtbot, LinkageTab(Hub(), runner))
    settle(qtbot, runner)
    gate = Gate(runner)
    tab.show_page("sent")
    assert tab.sent.info.text() == "Loading…"
    gate.open()
    settle(qtbot, runner)
    assert off_the_window(seen) and tab.sent.info.text() == "0 matters"


def test_the_service_order_board_counts_and_pages_on_a_worker(orders_world, runner, qtbot, monkeypatch):
    counts = noting_threads(monkeypatch, order_lists, "order_state_counts")
    pages = noting_threads(monkeypatch, order_lists, "order_page")
    tab = shown(qtbot, OrdersTab(Hub(), runner, page_size=50))
    settle(qtbot, runner)
    gate = Gate(runner)
    tab.show_page("board")
    assert not counts and not pages  # nothing read here: the board waits for the worker
    gate.open()
    settle(qtbot, runner)
    assert off_the_window(counts) and off_the_window(pages)
    assert tab.board.states.item(0).text().endswith("（0）")


def test_the_org_tree_is_read_on_a_worker_and_filled_in_one_go(grids, runner, qtbot, monkeypatch):
    units = len(org.tree_rows())
    seen = noting_threads(monkeypatch, org, "tree_rows")
    gate = Gate(runner)
    tab = shown(qtbot, GridTab(Hub(), settings.Settings(), runner))
    assert tab.model.unit_count() == 0 and tab.empty_hint.text() == "Loading…"
    tab.select(grids["grid_a"].uuid)  # asked for before the tree is in: selected when it is
    gate.open()
    qtbot.waitUntil(lambda: tab.model.unit_count() == units, timeout=5000)
    assert off_the_window(seen)
    qtbot.waitUntil(lambda: tab.selected_uuid() == grids["grid_a"].uuid, timeout=5000)
    qtbot.waitUntil(lambda: tab.details.title.text() == grids["grid_a"].name, timeout=5000)


def test_the_notice_kinds_are_imported_on_a_worker(grids, runner, qtbot, monkeypatch):
    from app.notices import kinds
    from ui.tabs.notices import compose as notices_compose
    from ui.tabs.notices import tab as notices_tab

    seen, done = [], []

    def load():
        seen.append(threading.current_thread())
        done.append(True)
        return kinds.load()
    for module in (notices_tab, notices_compose):  # as if reportlab were not imported yet
        monkeypatch.setattr(module, "load", load, raising=False)
        monkeypatch.setattr(module, "loaded", lambda: bool(done), raising=False)
    tab = shown(qtbot, notices_tab.NoticesTab(Hub(), runner))
    settle(qtbot, runner)
    assert seen and seen[0] is not threading.main_thread()  # the first import is the runner's
    assert tab.compose.kinds.count() == len(kinds.load())


def test_after_a_rename_and_a_retirement_the_grid_tab_follows_when_the_tree_is_in(grids, runner, qtbot):
    from ui.hub import Changes

    tab = shown(qtbot, GridTab(Hub(), settings.Settings(), runner))
    settle(qtbot, runner)
    tab.select(grids["grid_b"].uuid)
    settle(qtbot, runner)
    org.rename(grids["grid_b"], "东关第9网格")
    tab.hub.did_change(Changes(org=True))
    settle(qtbot, runner)
    assert tab.details.title.text() == "东关第9网格" and tab.selected_uuid() == grids["grid_b"].uuid
    org.retire_unit(grids["grid_b"])
    tab.hub.did_change(Changes(org=True))
    settle(qtbot, runner)
    assert not tab.model.index_of(grids["grid_b"].uuid).isValid()
    assert tab.selected_uuid() == tab._first_uuid() and not tab.message_bar.isVisibleTo(tab)  # no "不存在" error
