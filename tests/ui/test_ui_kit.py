"""The kit every tab shares (ui/kit/, issue #20): one table model that pages and formats as
the list models it replaced did (RowsModel/LazyRowsModel and the orders' PagedModel), one
resident picker used by the dialogs that had their own copy, and one count line."""

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from app.grid import residents
from tests.helpers import valid_id
from tests.mediation.test_ui_mediation_tab import mworld  # noqa: F401 (fixture)
from ui.kit.count_line import counted_line, loading_text, read_apart_line, with_loaded
from ui.kit.page import TablePage
from ui.kit.table_model import FLAG_COLOURS, Column, RowRole, SortRole, TableModel, local_time
from ui.runner import Runner
from ui.tabs.grid.residents_page import ResidentsPage
from ui.tabs.mediation.case_dialogs import CaseDialog
from ui.tabs.orders.request_dialogs import RequestDialog

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Row:
    key: int
    name: str | None
    done: bool = False
    on: dt.date | None = None
    at: dt.datetime | None = None

    @property
    def uuid(self) -> str:
        return f"u{self.key}"


ROWS = [Row(i, f"row {i}" if i % 3 else None, i % 2 == 0, dt.date(2026, 1, 1 + i), dt.datetime(2026, 1, 1, 8, i))
        for i in range(1, 8)]


def counted(after, limit):
    """A keyset source: the rows after `after`, and the key of the last one."""
    page = [r for r in ROWS if after is None or r.key > after][:limit]
    return page, page[-1].key if page else after


def columns():
    return [Column("Key", lambda r: r.key, sort_key="key", right=True), Column("Name", lambda r: r.name),
            Column("Done", lambda r: r.done), Column("On", lambda r: r.on), Column("At", lambda r: r.at)]


def shown(model, row, column, role=DISPLAY):
    return model.data(model.index(row, column), role)


def test_a_counted_source_comes_a_page_at_a_time_as_the_view_scrolls():
    model = TableModel(columns(), page_size=3)
    model.set_source(counted, len(ROWS))
    assert (model.rowCount(), model.loaded(), model.canFetchMore()) == (3, 3, True)
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetch_all()
    assert [model.row_at(i).key for i in range(model.rowCount())] == [r.key for r in ROWS]
    assert not model.canFetchMore()


def test_a_counted_source_that_lost_rows_meanwhile_ends_where_they_end():
    model = TableModel(columns(), page_size=3)
    model.set_source(counted, len(ROWS) + 5)  # counted before five rows went away
    model.fetch_all()
    assert (model.rowCount(), model.total, model.canFetchMore()) == (len(ROWS), len(ROWS), False)


def test_a_whole_list_shows_its_values_as_the_list_models_did():
    flagged = ROWS[1]
    model = TableModel(columns(), flag=lambda r: ("warn", "late") if r is flagged else None)
    model.set_rows(ROWS)
    assert not model.canFetchMore() and model.rowCount() == len(ROWS)
    assert shown(model, 0, 0) == 1  # a number stays a number (sorted as one)
    assert shown(model, 0, 1) == "row 1" and shown(model, 2, 1) == ""  # None shows empty
    assert (shown(model, 0, 2), shown(model, 1, 2)) == ("", "✓")
    assert shown(model, 0, 3) == "2026-01-02"
    assert shown(model, 0, 4) == str(ROWS[0].at)  # without local_times, as str()
    assert shown(model, 2, 1, SortRole) == "" and shown(model, 0, 3, SortRole) == ROWS[0].on
    assert shown(model, 0, 0, RowRole) is ROWS[0]
    assert shown(model, 0, 0, Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight
                                                                        | Qt.AlignmentFlag.AlignVCenter)
    assert shown(model, 0, 1, Qt.ItemDataRole.TextAlignmentRole) is None
    assert shown(model, 1, 1, Qt.ItemDataRole.ForegroundRole) == FLAG_COLOURS["warn"]
    assert shown(model, 1, 1, Qt.ItemDataRole.ToolTipRole) == "late"
    assert shown(model, 0, 1, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.table() == (["Key", "Name", "Done", "On", "At"],
                             [[shown(model, r, c) for c in range(5)] for r in range(len(ROWS))])


class Sorted:
    """An uncounted source sorted by the database: (cursor, limit, order, descending)."""

    def __init__(self):
        self.asked = []

    def __call__(self, cursor, limit, order, descending):
        self.asked.append((cursor, order, descending))
        rows = sorted(ROWS, key=lambda r: r.key, reverse=descending)
        start = cursor or 0
        page = rows[start:start + limit]
        return page, start + len(page)


def test_uncounted_pages_end_with_a_short_page_and_sort_in_the_database():
    source = Sorted()
    model = TableModel(columns(), page_size=3, local_times=True)
    model.set_pages(source)
    assert model.total is None and model.rowCount() == 3 and model.canFetchMore()
    model.fetch_all()
    assert model.rowCount() == 7 and not model.canFetchMore()  # 3 + 3 + a short page of 1
    assert model.row_at(0).key == 7  # newest first until a column is sorted, as the orders' lists were
    assert shown(model, 0, 4) == local_time(ROWS[-1].at) != str(ROWS[-1].at)  # local time, to the minute
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert source.asked[-1] == (None, "key", False) and model.row_at(0).key == 1 and model.rowCount() == 3
    asked = len(source.asked)
    model.sort(1)  # no sort_key: nothing asked again
    assert len(source.asked) == asked and model.row_of("u2") == 1 and model.row_of("u9") == -1


def test_pages_read_on_a_runner_arrive_with_fetched(qtbot):
    runner = Runner()
    try:
        model = TableModel(columns(), page_size=3, local_times=True)
        model.set_runner(runner)
        with qtbot.waitSignal(model.fetched, timeout=10000):
            model.set_pages(Sorted())
            assert model.rowCount() == 0 and model.loading()  # empty at once, the page comes later
        assert model.rowCount() == 3 and model.canFetchMore()
        with qtbot.waitSignal(model.fetched, timeout=10000):
            model.fetchMore()
        assert model.rowCount() == 6
    finally:
        runner.shutdown()


# -- the resident picker ------------------------------------------------------------------

@pytest.fixture
def people(mworld):  # noqa: F811
    grid = mworld["grid_a"].uuid
    wang = residents.add(grid, residents.ResidentInput(name="王芳", phone="13800003001"))
    zhou = residents.add(grid, residents.ResidentInput(name="周强", id_number=valid_id("789", "19851231")))
    return mworld, wang, zhou


def request_picker(world, qtbot):
    dialog = RequestDialog(world["com"].path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, dialog.picker


def party_picker(world, qtbot):
    dialog = CaseDialog(world["com"].path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, dialog.parties[0].picker


@pytest.mark.parametrize("open_dialog", [request_picker, party_picker])
def test_the_resident_picker_finds_by_a_two_character_name_and_by_an_id_fragment(people, qtbot, open_dialog):
    world, wang, zhou = people
    dialog, picker = open_dialog(world, qtbot)
    picker.find.setText("王芳")  # typed (QtTest cannot type Chinese)
    qtbot.keyClick(picker.find, Qt.Key.Key_Return)
    assert dialog.isVisible() and picker.uuid() == wang.uuid  # the one found is picked
    assert picker.combo.currentText().startswith("王芳")
    picker.find.setText("19851231")
    with qtbot.waitSignal(picker.found) as found:
        qtbot.keyClick(picker.find, Qt.Key.Key_Enter)
    assert found.args == [1] and picker.uuid() == zhou.uuid and picker.grid_uuid() == world["grid_a"].uuid
    picker.find.setText("没有这个人")
    picker.search()
    assert picker.uuid() is None and picker.combo.count() == 1  # only "not in the roster"


# -- the count line -----------------------------------------------------------------------

def test_the_count_line_reads_the_same_on_every_page(people, qtbot):
    world, _wang, _zhou = people  # 王大妈, 王芳 and 周强 live in grid_a
    table = TablePage(TableModel(columns(), page_size=2))
    residents_page = ResidentsPage(page_size=2)
    for page in (table, residents_page):
        qtbot.addWidget(page)
        page.finish_bar()
    table.set_source(counted, len(ROWS), "7 rows")
    residents_page.set_scope(world["grid_a"].path)
    loaded_two = with_loaded("", 2, True)
    assert loaded_two and table.info.text() == "7 rows" + loaded_two
    assert residents_page.info.text() == residents_page.tr("%1 residents").replace("%1", "3") + loaded_two
    table.fetch_all()
    residents_page.model.fetchMore()
    assert table.info.text() == "7 rows"
    assert residents_page.info.text() == residents_page.tr("%1 residents").replace("%1", "3")
    table.set_rows(ROWS[:2], "2 rows")
    assert table.info.text() == "2 rows"


def test_a_list_counted_apart_says_loading_until_its_count_is_in():
    model = TableModel(columns(), page_size=3)
    model.set_pages(Sorted())
    assert read_apart_line(lambda n: f"{n} rows", model, None) == loading_text()
    assert read_apart_line(lambda n: f"{n} rows", model, 7) == counted_line("7 rows", 3, 7) == "7 rows" + \
        with_loaded("", 3, True)
    model.fetch_all()
    assert read_apart_line(lambda n: f"{n} rows", model, 7) == "7 rows"
