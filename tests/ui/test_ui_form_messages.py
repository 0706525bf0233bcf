"""Messages that neither move nor hide anything (issue 17, point 14): the info bar keeps its
place, an error under a field goes once the field is edited, and a long error fits."""

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.orders.test_ui_orders_tab import make_tab, runner  # noqa: F401 (fixture)
from ui.kit.form_dialog import FormDialog
from ui.tabs.funds.fields import add_amount
from ui.tabs.grid.resident_dialog import ResidentDialog

LONG = "已接单：" + "楼道灯不亮，住户反映夜间上下楼不便，已联系物业维修。" * 6


def test_a_message_does_not_move_the_tables(orders_world, runner, qtbot):  # noqa: F811
    tab = make_tab(qtbot, runner)
    before = tab.pages.mapTo(tab, tab.pages.rect().topLeft())
    tab.message_bar.show_message("诉求已保存。")
    assert tab.pages.mapTo(tab, tab.pages.rect().topLeft()) == before
    tab.message_bar.show_message(LONG, undo=lambda: None)
    assert tab.pages.mapTo(tab, tab.pages.rect().topLeft()) == before
    assert tab.message_bar.text.text() == LONG and tab.message_bar.text.toolTip() == LONG
    tab.message_bar.dismiss()
    assert tab.pages.mapTo(tab, tab.pages.rect().topLeft()) == before


def fits(label) -> bool:
    return label.height() >= label.heightForWidth(label.width())


@pytest.fixture
def resident_dialog(grids, qtbot):
    d = ResidentDialog(grids["grid_a"].uuid)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_a_long_phone_error_fits_and_goes_once_the_phone_is_edited(resident_dialog, qtbot):
    d = resident_dialog
    d.name.setText("张三")
    d.phone.setText("1234567")
    d.accept()
    label = d.errors["phone"]
    assert "1234567" in d.error_text("phone") and fits(label)
    d.phone.setFocus()
    qtbot.keyClick(d.phone, "8")
    assert d.error_text("phone") == ""


def test_an_amount_error_fits(qtbot):
    d = FormDialog("支出")
    qtbot.addWidget(d)
    d.add_field("名称", QLineEdit())
    amount = add_amount(d, "金额（元）：")
    d.show()
    qtbot.waitExposed(d)
    amount.setText("12,34")
    assert d.error_text("amount") and fits(d.errors["amount"])


def test_an_error_goes_once_its_field_is_edited(resident_dialog, qtbot):
    d = resident_dialog
    d.accept()  # no name
    assert d.error_text("name")
    d.name.setFocus()
    qtbot.keyClick(d.name, "a")
    assert d.error_text("name") == ""
