"""A double-click on a resident opens its dialog once, in the 居民 list and in the
search results (issue 17, point 6: doubleClicked and activated both opened it)."""

import pytest
from PySide6.QtCore import Qt

from tests.grid.test_ui_grid_tab import add_resident, runner, tab  # noqa: F401 (fixtures)
from ui.tabs.grid.resident_dialog import ResidentDialog


@pytest.fixture
def opened(tab, monkeypatch):  # noqa: F811
    add_resident(tab, monkeypatch, name="李建国")
    calls = []
    monkeypatch.setattr(ResidentDialog, "ask", classmethod(lambda cls, *a, **k: calls.append(a)))
    return calls


def double_click(qtbot, view, row=0):
    index = view.model().index(row, 0)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # as a mouse does: press, release,
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # then the double-click


def test_double_click_in_the_residents_list_opens_one_dialog(tab, opened, qtbot):  # noqa: F811
    tab.show_page("residents")
    view = tab.pages.residents.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    double_click(qtbot, view)
    assert len(opened) == 1


def test_double_click_on_a_search_result_opens_one_dialog(tab, opened, qtbot):  # noqa: F811
    tab.search_box.setText("李建国")
    tab.run_search()
    view = tab.search_page.view
    assert view.model().rowCount() == 1
    double_click(qtbot, view)
    assert len(opened) == 1


def test_enter_on_a_resident_opens_one_dialog(tab, opened, qtbot):  # noqa: F811
    tab.show_page("residents")
    view = tab.pages.residents.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(opened) == 1
