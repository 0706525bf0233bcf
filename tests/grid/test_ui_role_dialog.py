"""One person, leader of two grids (issue 17, point 9): the role dialog finds people already
on record, so the second appointment is the same person and one grid leader is counted."""

import pytest
from PySide6.QtCore import Qt

from app import stats
from db.models import Person, Role, RoleAssignment
from ui.tabs.grid.unit_dialogs import AssignRoleDialog


@pytest.fixture
def open_dialog(grids, qtbot):
    def make(grid):
        d = AssignRoleDialog(grids[grid].uuid)
        qtbot.addWidget(d)
        d.show()
        d.role.setCurrentIndex(d.role.findData(Role.GRID_LEADER))
        return d
    return make


def test_a_leader_of_two_grids_is_one_person(open_dialog, grids, qtbot):
    first = open_dialog("grid_a")
    first.name.setText("王网格")
    first.phone.setText("13800005555")
    first.accept()
    assert first.result_value and Person.select().count() == 1
    second = open_dialog("grid_b")
    second.find.setText("王网格")
    qtbot.keyClick(second.find, Qt.Key.Key_Return)
    assert second.isVisible()  # Enter searched, it did not save
    assert second.person.currentText().startswith("王网格") and "网格长" in second.person.currentText()
    assert not second.name.isEnabled()
    second.accept()
    assert second.result_value and Person.select().count() == 1
    held = {a.org_unit_uuid for a in RoleAssignment.select().where(RoleAssignment.role == Role.GRID_LEADER)}
    assert held == {grids["grid_a"].uuid, grids["grid_b"].uuid}
    assert stats.compute(grids["com"].path, ["org.grid_leaders"])["org.grid_leaders"] == 1


def test_someone_new_is_typed_when_nobody_is_found(open_dialog, qtbot):
    d = open_dialog("grid_a")
    d.find.setText("不存在的人")
    d.find_person()
    assert d.error_text("person") and d.person.currentData() is None and d.name.isEnabled()
    d.name.setText("赵网格")
    d.accept()
    assert d.result_value and Person.get().name == "赵网格"
