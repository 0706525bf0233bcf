"""Form dialogs open with the cursor in their first field (keyboard users type at once)."""

from PySide6.QtWidgets import QLineEdit

from ui.kit.form_dialog import FormDialog


def test_a_form_dialog_opens_in_its_first_field(qtbot):
    dialog = FormDialog("测试")
    qtbot.addWidget(dialog)
    first = dialog.add_field("名称", QLineEdit())
    dialog.add_field("备注", QLineEdit())
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is first)
