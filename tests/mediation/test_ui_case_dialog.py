"""登记调解案件: an added party comes into view and can be removed; an error is
scrolled into view with the cursor in its field (issue 17, point 7)."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea

from db.models import MediationCase
from tests.helpers import valid_id
from tests.mediation.test_ui_mediation_tab import FACTS, mworld  # noqa: F401 (fixture)
from ui.tabs.mediation.case_dialogs import CaseDialog


@pytest.fixture
def dialog(mworld, qtbot):  # noqa: F811
    d = CaseDialog(mworld["com"].path)
    qtbot.addWidget(d)
    d.resize(640, 700)
    d.show()
    qtbot.waitExposed(d)
    d.choose_unit(mworld["grid_a"].uuid)
    d.facts.setPlainText(FACTS)
    d.parties[0].name.setText("张三")
    d.parties[1].name.setText("李四")
    d.parties[1].id_number.setText(valid_id("456"))
    d.check_mediator(0)
    return d


def seen(widget) -> bool:
    """Inside the visible part of the parties' scroll area."""
    area = next(w for w in iter_parents(widget) if isinstance(w, QScrollArea))
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    return area.viewport().rect().contains(QRect(top_left, widget.size()))


def iter_parents(widget):
    while widget is not None:
        widget = widget.parentWidget()
        yield widget


def test_an_added_party_comes_into_view_with_the_cursor(dialog, qtbot):
    added = dialog.add_party("third")
    qtbot.waitUntil(lambda: seen(added.find))
    assert QApplication.focusWidget() is added.find
    assert added.title() == "当事人3" or added.title().endswith("3")


def test_a_party_can_be_removed_and_the_rest_renumbered(dialog, qtbot):
    assert not dialog.parties[0].remove_button.isEnabled()  # two parties at least
    third = dialog.add_party("third")
    dialog.add_party("third").name.setText("王五")
    assert third.remove_button.isEnabled()
    third.remove_button.click()
    assert len(dialog.parties) == 3 and dialog.parties[2].name.text() == "王五"
    assert dialog.parties[2].title().endswith("3")
    assert dialog.errors["parties.3.name"] is dialog.parties[2].errors["name"] and "parties.4.name" not in dialog.errors
    dialog.parties[2].remove_button.click()
    dialog.accept()
    assert dialog.result_value and MediationCase.get().parties.count() == 2


def test_the_error_of_an_empty_party_is_scrolled_into_view_and_focused(dialog, qtbot):
    empty = dialog.add_party("third")
    qtbot.waitUntil(lambda: seen(empty.find))
    area = next(w for w in iter_parents(empty) if isinstance(w, QScrollArea))
    area.verticalScrollBar().setValue(0)  # the clerk scrolled back up to the first party
    assert not seen(empty.name)
    dialog.accept()
    assert MediationCase.select().count() == 0
    assert "第3位当事人" in dialog.error_text("parties.3.name")
    assert seen(empty.errors["name"]) and QApplication.focusWidget() is empty.name
