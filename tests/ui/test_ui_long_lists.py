"""Long lists a clerk can work with at 1366×768 (issue 17, point 13): the need list searches
and sorts by its headers, the mediation form's 社区或网格 is searched by typing, the score
column of 评议打分 and a case number are never cut."""

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCompleter

from app import auth, org
from app.demo.generator import DEMO_PASSWORD
from app.orders import lists, requests
from app.session import open_session
from db.models import ReviewSession
from tests.mediation.test_ui_mediation_tab import FACTS, make_tab, mworld, register  # noqa: F401 (fixture)
from tests.orders.test_ui_orders_tab import log, runner, settled  # noqa: F401 (fixture)
from tests.orders.test_ui_orders_tab import make_tab as orders_tab
from ui.tabs.mediation.case_dialogs import CaseDialog
from ui.tabs.orders.review_dialogs import ScoreDialog


@pytest.fixture
def needs(orders_world, runner, qtbot):  # noqa: F811
    for content, grid in (("楼顶漏水需要维修防水层", "grid_a"), ("路灯不亮晚上看不见路", "grid_b"),
                          ("卫生间漏水渗到楼下", "grid_b")):
        requests.classify(log(orders_world, content, grid=grid).uuid, "handle")
    tab = orders_tab(qtbot, runner, page_size=50)
    tab.show_page("needs")
    return settled(tab).needs  # its pages are read on the runner


def test_the_need_list_searches(needs, qtbot):
    assert needs.model.rowCount() == 3
    needs.search.setText("漏水")
    qtbot.keyClick(needs.search, Qt.Key.Key_Return)
    assert settled(needs.tab).needs.model.rowCount() == 2
    assert all("漏水" in needs.model.row_at(i).description for i in range(2))
    number = needs.model.row_at(0).request_number
    needs.search.setText(number)
    qtbot.keyClick(needs.search, Qt.Key.Key_Return)
    assert settled(needs.tab).needs.model.rowCount() == 1 and needs.model.row_at(0).request_number == number


def test_the_need_list_sorts_by_its_headers(needs, qtbot):
    header = needs.view.horizontalHeader()
    assert needs.view.isSortingEnabled()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 1))
    settled(needs.tab)
    numbers = [needs.model.row_at(i).request_number for i in range(3)]
    assert numbers in (sorted(numbers), sorted(numbers, reverse=True)) and needs.model.order == "number"
    needs.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    settled(needs.tab)
    communities = [needs.model.row_at(i).community for i in range(3)]
    assert communities == sorted(communities)


def _section_centre(header, section):
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_the_case_forms_community_or_grid_is_found_by_typing(mworld, qtbot):  # noqa: F811
    dialog = CaseDialog(mworld["com"].path)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.community
    assert box.isEditable() and box.completer().filterMode() == Qt.MatchFlag.MatchContains
    assert box.completer().completionMode() == QCompleter.CompletionMode.PopupCompletion
    box.completer().setCompletionPrefix("2网格")  # any part of the name
    found = [box.completer().completionModel().index(i, 0).data()
             for i in range(box.completer().completionCount())]
    assert found and all("2网格" in name for name in found)
    box.lineEdit().setText(mworld["grid_b"].name)
    dialog.facts.setPlainText(FACTS)
    dialog.parties[0].name.setText("张三")
    dialog.parties[1].name.setText("李四")
    dialog.accept()
    assert dialog.error_text("community") == ""
    box.lineEdit().setText("没有这个网格")
    dialog.accept()
    assert dialog.error_text("community")


def test_a_long_case_number_is_not_cut(mworld, qtbot):  # noqa: F811
    org.rename(mworld["com"], "城关东关新华北路第一社区")
    case = register(mworld)
    tab = make_tab(qtbot)
    tab.show_case(case.uuid)
    view = tab.board.view
    assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance(case.number) + 6


def test_the_score_column_is_on_screen(small, tmp_path, qtbot):
    path = tmp_path / "演示 #2 %.sqlite3"
    shutil.copy(small, path)
    open_session(path)
    auth.login("admin", DEMO_PASSWORD)
    session = max(ReviewSession.select(), key=lambda s: len(lists.scorable_orders(s.uuid)))
    dialog = ScoreDialog(session.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert dialog.width() <= 1366
    assert table.horizontalHeader().length() <= table.viewport().width()  # no scrolling to the scores
    assert table.columnViewportPosition(4) + table.columnWidth(4) <= table.viewport().width()
    widest = max(table.fontMetrics().horizontalAdvance(row.number) for row in dialog.rows)
    assert table.columnWidth(0) >= widest
