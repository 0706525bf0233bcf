"""Resident groups, central households, stationed units and shops."""

import pytest

from app.errors import Conflict, ValidationError
from app.grid import residents
from app.grid import units as grid_units
from app.grid.residents import ResidentInput
from app.grid.units import EstablishmentInput
from db.models import Establishment


def test_groups_and_central_households(grids):
    a = grids["grid_a"].uuid
    leader, n1, n2 = (residents.add(a, ResidentInput(name=n)) for n in ("户长", "邻居一", "邻居二"))
    other = residents.add(grids["grid_b"].uuid, ResidentInput(name="别格"))
    group = grid_units.add_group(a, "第一居民小组")
    with pytest.raises(Conflict):
        grid_units.add_group(a, "第一居民小组")
    assert grid_units.set_group(n1.uuid, group).group.name == "第一居民小组"
    with pytest.raises(ValidationError, match="同一网格"):
        grid_units.set_group(other.uuid, group)
    household = grid_units.make_central_household(leader.uuid, [n1.uuid, n2.uuid])
    assert household.name == "户长中心户"
    assert sorted(r.name for r in grid_units.neighbours_of(household)) == ["邻居一", "邻居二"]
    residents.retire(n2.uuid)
    assert [r.name for r in grid_units.neighbours_of(household)] == ["邻居一"]
    with pytest.raises(ValidationError, match="同一网格"):
        grid_units.make_central_household(leader.uuid, [other.uuid])


def test_establishments(grids):
    shop = grid_units.add_establishment(grids["grid_a"].uuid, EstablishmentInput(
        kind="shop", name="便民超市", category="零售", contact_phone="0914-2312345"))
    assert shop.contact_phone == "0914-2312345" and not shop.has_party_org
    with pytest.raises(ValidationError, match="电话"):
        grid_units.add_establishment(grids["grid_a"].uuid, EstablishmentInput(name="某单位", contact_phone="12"))
    grid_units.update_establishment(shop.uuid, EstablishmentInput(kind="unit", name="区税务局", has_party_org=True))
    assert Establishment.get_by_id(shop.uuid).has_party_org
    grid_units.retire_establishment(shop.uuid)
    assert Establishment.live().count() == 0


def test_establishment_removal_can_be_undone(grids):
    shop = grid_units.add_establishment(grids["grid_a"].uuid, EstablishmentInput(kind="shop", name="早餐店"))
    grid_units.retire_establishment(shop.uuid)
    grid_units.restore_establishment(shop.uuid)
    assert Establishment.live().count() == 1


def test_appointing_is_one_transaction(grids):
    from app.grid import buildings, roles
    from db.models import Person, RoleAssignment

    before = Person.select().count()
    with pytest.raises(ValidationError, match="电话"):
        roles.appoint(grids["grid_a"], "grid_leader", "新网格长", "12")
    assert Person.select().count() == before  # no person left behind
    building = buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="9号楼"))
    buildings.appoint_leader(building.uuid, "楼长丁", "13700002222")
    assert buildings.get(building.uuid).leader.name == "楼长丁"
    assert RoleAssignment.select().where(RoleAssignment.role == "building_leader").count() == 1


def test_assign_a_group_to_many_at_once_and_undo(grids):
    a = grids["grid_a"].uuid
    one, two = (residents.add(a, ResidentInput(name=n)) for n in ("甲", "乙"))
    other = residents.add(grids["grid_b"].uuid, ResidentInput(name="丙"))
    first, second = grid_units.add_group(a, "第一居民小组"), grid_units.add_group(a, "第二居民小组")
    grid_units.set_group(one.uuid, first)
    before = grid_units.assign_group([one.uuid, two.uuid], second.uuid)
    assert before == {one.uuid: first.uuid, two.uuid: None}
    assert {residents.get(u).group_uuid for u in (one.uuid, two.uuid)} == {second.uuid}
    with pytest.raises(ValidationError, match="同一网格"):  # all or nothing
        grid_units.assign_group([two.uuid, other.uuid], first.uuid)
    assert residents.get(two.uuid).group_uuid == second.uuid
    grid_units.restore_groups(before)
    assert residents.get(one.uuid).group_uuid == first.uuid and residents.get(two.uuid).group_uuid is None
    grid_units.assign_group([one.uuid], None)
    assert residents.get(one.uuid).group_uuid is None
