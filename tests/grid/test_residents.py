"""Residents, buildings, roles and moves, as a clerk's use cases."""

import datetime as dt

import pytest

from app import org
from app.errors import Conflict, PermissionDenied, ValidationError
from app.grid import buildings, residents, roles
from app.grid.residents import ResidentInput
from db.models import AuditLog, Building, OrgUnit, Resident, Role
from tests.helpers import valid_id


def test_add_resident_derives_birth_and_gender_from_the_id(grids):
    number = valid_id("124")  # even 17th digit: female
    r = residents.add(grids["grid_a"].uuid, ResidentInput(name="刘桂兰", id_number=number, phone="13912345678",
                                                           gender="男", tags=["独居老人"]))
    assert r.gender == "F" and r.birth_date == dt.date(1990, 1, 1)
    assert residents.tags_of(r) == ["独居老人"]


def test_a_bad_id_saves_nothing_and_says_why(grids):
    before = Resident.select().count(), AuditLog.select().count()
    with pytest.raises(ValidationError) as info:
        residents.add(grids["grid_a"].uuid, ResidentInput(name="王强", id_number="610102199001011234"))
    assert info.value.field == "id_number" and "校验位" in info.value.message
    assert (Resident.select().count(), AuditLog.select().count()) == before


def test_duplicate_id_is_refused(grids):
    residents.add(grids["grid_a"].uuid, ResidentInput(name="张伟", id_number=valid_id()))
    with pytest.raises(Conflict, match="已登记：张伟（东关第1网格）"):
        residents.add(grids["grid_b"].uuid, ResidentInput(name="张伟", id_number=valid_id()))


def test_residents_only_in_grids_and_buildings_of_that_grid(grids):
    with pytest.raises(ValidationError, match="只能登记在网格下"):
        residents.add(grids["com"].uuid, ResidentInput(name="赵敏"))
    b = buildings.add(grids["grid_b"].uuid, buildings.BuildingInput(name="3号楼"))
    with pytest.raises(ValidationError, match="不在这个网格内"):
        residents.add(grids["grid_a"].uuid, ResidentInput(name="赵敏", building_uuid=b.uuid))


@pytest.mark.parametrize("field, value, message", [
    ("phone", "1234", "电话号码"), ("gender", "未知", "性别"), ("birth_date", "1990-13-01", "出生日期"),
    ("relation", "邻居", "与户主关系"), ("name", "", "姓名"),
])
def test_field_errors(grids, field, value, message):
    data = ResidentInput(name="钱进")
    setattr(data, field, value)
    with pytest.raises(ValidationError, match=message):
        residents.add(grids["grid_a"].uuid, data)


def test_unknown_tag_and_admin_added_tag(grids):
    with pytest.raises(ValidationError, match="未知的标签"):
        residents.add(grids["grid_a"].uuid, ResidentInput(name="孙红", tags=["重点关注"]))
    residents.add_tag("重点关注")
    r = residents.add(grids["grid_a"].uuid, ResidentInput(name="孙红", tags=["重点关注", "低保户"]))
    assert residents.tags_of(r) == sorted(["重点关注", "低保户"])
    residents.update(r.uuid, ResidentInput(name="孙红", tags=["低保户"]))
    assert residents.tags_of(r) == ["低保户"]


def test_move_retire_restore_resident(grids):
    r = residents.add(grids["grid_a"].uuid, ResidentInput(name="周杰", id_number=valid_id("135")))
    residents.move(r.uuid, grids["grid_b"].uuid)
    assert Resident.get_by_id(r.uuid).grid_uuid == grids["grid_b"].uuid
    residents.retire(r.uuid)
    assert Resident.get_by_id(r.uuid).deleted
    residents.restore(r.uuid)
    assert not Resident.get_by_id(r.uuid).deleted


def test_building_move_takes_its_residents(grids):
    b = buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="1号楼", floors="6", households=24))
    r = residents.add(grids["grid_a"].uuid, ResidentInput(name="吴刚", building_uuid=b.uuid))
    old = buildings.move(b.uuid, grids["grid_b"].uuid)
    assert old == grids["grid_a"].uuid
    assert Resident.get_by_id(r.uuid).grid_uuid == grids["grid_b"].uuid
    with pytest.raises(ValidationError, match="还有登记的居民"):
        buildings.retire(b.uuid)
    with pytest.raises(ValidationError, match="层数"):
        buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="2号楼", floors="六"))


def test_grid_moves_to_another_zone_with_its_path(grids):
    old = org.move_unit(grids["grid_a"], grids["zone_b"])
    assert old.uuid == grids["zone_a"].uuid
    moved = OrgUnit.get_by_id(grids["grid_a"].uuid)
    assert moved.path == grids["zone_b"].path + moved.code + "/"
    assert [r.code for r in org.tree_rows(grids["zone_b"].path)].count(moved.code) == 1
    with pytest.raises(ValidationError):
        org.move_unit(grids["grid_a"], grids["com"])


def test_retire_unit_refuses_when_something_lives_below(grids):
    with pytest.raises(ValidationError, match="下级单位"):
        org.retire_unit(grids["zone_a"])
    buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="1号楼"))
    with pytest.raises(ValidationError, match="楼栋或居民"):
        org.retire_unit(grids["grid_a"])
    org.retire_unit(grids["grid_b"])
    assert OrgUnit.get_by_id(grids["grid_b"].uuid).deleted
    org.restore_unit(grids["grid_b"].uuid)
    assert not OrgUnit.get_by_id(grids["grid_b"].uuid).deleted


def test_roles_keep_history(grids):
    p = roles.add_person("马丽", "13700001111", grids["com"])
    a = roles.assign(p, grids["grid_a"], Role.GRID_LEADER, dt.date(2024, 1, 1))
    with pytest.raises(Conflict):
        roles.assign(p, grids["grid_a"], Role.GRID_LEADER)
    roles.end(a.uuid, dt.date(2025, 6, 30))
    assert roles.active(grids["grid_a"], Role.GRID_LEADER).count() == 0
    assert [h.end_date for h in roles.history(grids["grid_a"])] == [dt.date(2025, 6, 30)]
    with pytest.raises(ValidationError, match="不能早于"):
        roles.end(roles.assign(p, grids["grid_a"], Role.GRID_LEADER, dt.date(2025, 7, 1)).uuid, dt.date(2025, 1, 1))


def test_viewer_cannot_change_residents(grids, as_role):
    as_role("viewer")
    with pytest.raises(PermissionDenied):
        residents.add(grids["grid_a"].uuid, ResidentInput(name="某某"))
    with pytest.raises(PermissionDenied):
        buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="1号楼"))
    assert Building.select().count() == 0
