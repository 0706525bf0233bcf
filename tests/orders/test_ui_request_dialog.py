"""登记诉求 by keyboard: Enter in 查找居民 searches and never saves; of several residents
found none is picked for the clerk; the category is always chosen (issue 17, point 5)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.grid import residents
from db.models import Request
from ui.tabs.orders.request_dialogs import RequestDialog


@pytest.fixture
def dialog(orders_world, qtbot):
    for name, phone in (("李建国", "13800002001"), ("李建华", "13800002002")):
        residents.add(orders_world["grid_a"].uuid, residents.ResidentInput(name=name, phone=phone))
    d = RequestDialog(orders_world["com"].path)
    qtbot.addWidget(d)
    d.show()
    return d


def test_enter_in_the_search_box_searches_and_does_not_save(dialog, qtbot):
    dialog.content.setPlainText("楼道灯坏了")
    dialog.find.setText("李建")  # typed (QtTest cannot type Chinese)
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert Request.select().count() == 0
    assert dialog.resident.count() == 3  # the two found, after "not in the roster"
    assert dialog.resident.currentData() is None  # none picked for the clerk
    assert "2" in dialog.error_text("resident")


def test_one_resident_found_is_picked(dialog, qtbot):
    dialog.find.setText("李建国")  # typed (QtTest cannot type Chinese)
    qtbot.keyClick(dialog.find, Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.resident.currentText().startswith("李建国")


def test_the_category_is_never_a_default(dialog, qtbot, orders_world):
    assert dialog.category.currentData() == ""
    dialog.find.setText("李建国")  # typed (QtTest cannot type Chinese)
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    dialog.content.setPlainText("楼道灯坏了")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error_text("category")
    assert Request.select().count() == 0
    dialog.category.setCurrentIndex(dialog.category.findData("repair"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert Request.get().category == "repair"
