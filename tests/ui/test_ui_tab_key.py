"""Tab leaves a multi-line field in every form (issue 17, point 15): no tab character is
typed, the cursor goes to the next field, Shift+Tab comes back."""

from PySide6.QtCore import Qt

from tests.mediation.test_ui_mediation_tab import FACTS, mworld  # noqa: F401 (fixture)
from ui.tabs.mediation.case_dialogs import CaseDialog
from ui.tabs.orders.request_dialogs import RequestDialog


def tab_through(qtbot, dialog, field, text):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    field.setFocus()
    field.setPlainText(text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert "\t" not in field.toPlainText() and field.toPlainText() == text
    left_to = dialog.focusWidget()
    assert left_to is not None and left_to is not field, left_to
    qtbot.keyClick(left_to, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is field


def test_tab_leaves_the_content_of_a_request(orders_world, qtbot):
    dialog = RequestDialog(orders_world["com"].path)
    qtbot.addWidget(dialog)
    tab_through(qtbot, dialog, dialog.content, "楼道灯坏了")


def test_tab_leaves_the_facts_of_a_case(mworld, qtbot):  # noqa: F811
    dialog = CaseDialog(mworld["com"].path)
    qtbot.addWidget(dialog)
    tab_through(qtbot, dialog, dialog.facts, FACTS)
    assert dialog.focusWidget() is dialog.facts
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.place
