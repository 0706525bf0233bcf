"""The long lists of the mediation tab (issue 19: 8,400 virtue activities and 6,560 deliberation
meetings at `1m` were read whole and drawn at once): each opens with its first page and the count,
reads more as the clerk scrolls, and its Excel export has every row of the list, read on the
runner, not only the pages loaded."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from app.mediation import activities, meetings
from app.mediation import lists as mediation_lists
from app.mediation.activities import ActivityInput
from app.mediation.meetings import MatterInput, MeetingInput
from tests.ui import test_ui_pages_off_thread
from tests.ui.test_ui_pages_off_thread import noting_threads, off_the_window, settle, shown
from ui import ask
from ui.hub import Hub
from ui.tabs.mediation.pages import PAGE_SIZE
from ui.tabs.mediation.tab import MediationTab

runner = test_ui_pages_off_thread.runner  # the fixture: a real runner, shut down after the test
ACTIVITIES, MEETINGS = PAGE_SIZE * 2 + 50, PAGE_SIZE + 30


@pytest.fixture
def long_lists(orders_world):
    today = dt.date.today()
    for i in range(ACTIVITIES):
        activities.record(ActivityInput(kind="moral_lecture", org_unit_uuid=orders_world["com"].uuid,
                                        held_on=today - dt.timedelta(days=i), title=f"道德讲堂第{i}期",
                                        organiser="东关社区", audience=i))
    for i in range(MEETINGS):
        meetings.hold(MeetingInput(org_unit_uuid=orders_world["grid_a"].uuid, held_on=today - dt.timedelta(days=i),
                                   host="网格长王", matters=[MatterInput(topic=f"停车难第{i}号", outcome="settled_grid")]))
    return orders_world


def workbook_rows(path) -> list[tuple]:
    return list(load_workbook(path).active.values)


def scroll_to_the_end(qtbot, runner, page, loaded: int) -> None:
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == loaded, timeout=10000)
    settle(qtbot, runner)


def test_virtue_activities_open_with_a_page_scroll_to_more_and_export_every_one(long_lists, runner, qtbot,
                                                                                monkeypatch, tmp_path):
    tab = shown(qtbot, MediationTab(Hub(), runner))
    tab.show_page("activities")
    settle(qtbot, runner)
    page = tab.activities
    assert page.model.rowCount() == PAGE_SIZE and page.model.row_at(0).title == "道德讲堂第0期"
    assert page.info.text() == f"{ACTIVITIES} activities ({PAGE_SIZE} loaded; scroll for more)"
    scroll_to_the_end(qtbot, runner, page, 2 * PAGE_SIZE)
    assert page.model.row_at(2 * PAGE_SIZE - 1).title == f"道德讲堂第{2 * PAGE_SIZE - 1}期"
    page.refresh(page._filter)  # a new fill starts again from its first page
    settle(qtbot, runner)
    assert page.model.rowCount() == PAGE_SIZE
    read = noting_threads(monkeypatch, mediation_lists, "activity_rows")
    out = tmp_path / "德治 #1 %20 活动.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(out))
    assert page.export("德治活动") == ACTIVITIES and off_the_window(read)
    rows = workbook_rows(out)
    assert len(rows) == ACTIVITIES + 1 and rows[-1][2] == f"道德讲堂第{ACTIVITIES - 1}期"


def test_deliberation_meetings_open_with_a_page_and_the_first_meetings_matters(long_lists, runner, qtbot,
                                                                               monkeypatch, tmp_path):
    tab = shown(qtbot, MediationTab(Hub(), runner))
    tab.show_page("meetings")
    settle(qtbot, runner)
    page = tab.meetings
    assert page.model.rowCount() == PAGE_SIZE and page.current().matters == 1
    assert page.current_matter().topic == "停车难第0号"
    assert page.info.text() == f"{MEETINGS} meetings ({PAGE_SIZE} loaded; scroll for more)"
    scroll_to_the_end(qtbot, runner, page, MEETINGS)
    assert page.info.text() == f"{MEETINGS} meetings"
    page.select_row(MEETINGS - 1)
    assert page.current_matter().topic == f"停车难第{MEETINGS - 1}号"
    page.refresh(page._filter)
    settle(qtbot, runner)
    out = tmp_path / "议事 #2 %.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(out))
    assert page.export("议事会") == MEETINGS and len(workbook_rows(out)) == MEETINGS + 1
