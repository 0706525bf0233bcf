"""An administrator edits the four-orders catalogue; others are refused."""

from app.orders import catalogue
from ui.tabs.orders.catalogue_dialogs import CategoryDialog, DeadlineDialog


def test_admin_adds_a_category_and_a_rule(session, qtbot):
    dialog = CategoryDialog()
    qtbot.addWidget(dialog)
    dialog.code.setText("heating")
    dialog.name.setText("冬季供暖")
    dialog.accept()
    assert catalogue.categories()["heating"] == "冬季供暖"
    rule = DeadlineDialog()
    qtbot.addWidget(rule)
    rule.category.setCurrentIndex(rule.category.findData("heating"))
    rule.urgency.setCurrentIndex(rule.urgency.findData("urgent"))
    assert rule.respond.value() == 4  # the rule in force is shown first
    rule.respond.setValue(2)
    rule.complete.setValue(24)
    rule.accept()
    assert catalogue.deadline("heating", "urgent") == catalogue.Deadline(2, 24)


def test_staff_cannot_change_the_catalogue(as_role, qtbot):
    as_role("staff")
    dialog = CategoryDialog()
    qtbot.addWidget(dialog)
    dialog.code.setText("x")
    dialog.name.setText("某类")
    dialog.accept()
    assert "系统管理" in dialog.error_text("general") and "x" not in catalogue.categories()
