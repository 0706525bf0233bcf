"""Vacant grids, buildings without leaders, coverage per community, tree counts."""

from app.grid import buildings, coverage, residents, roles
from app.grid.residents import ResidentInput
from db.models import Role


def test_vacancies_and_coverage(grids):
    b1 = buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="1号楼"))
    buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="2号楼"))
    buildings.add(grids["grid_b"].uuid, buildings.BuildingInput(name="3号楼"))
    leader = roles.add_person("楼长甲", "13700001111", grids["com"])
    buildings.set_leader(b1.uuid, leader)
    roles.assign(roles.add_person("网格长乙"), grids["grid_a"], Role.GRID_LEADER)

    assert [g.code for g in coverage.vacant_grids()] == [grids["grid_b"].code]
    assert sorted(b.name for b in coverage.buildings_without_leader()) == ["2号楼", "3号楼"]
    (row,) = coverage.coverage_by_community()
    assert (row.community_name, row.buildings, row.with_leader) == ("东关社区", 3, 1)
    assert round(row.rate, 4) == 0.3333


def test_counts_roll_up_the_tree(grids):
    b = buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="1号楼"))
    for name in ("甲", "乙"):
        residents.add(grids["grid_a"].uuid, ResidentInput(name=name, building_uuid=b.uuid))
    gone = residents.add(grids["grid_b"].uuid, ResidentInput(name="丙"))
    residents.retire(gone.uuid)
    counts = coverage.counts_by_unit()
    assert counts[grids["grid_a"].uuid] == {"residents": 2, "buildings": 1}
    assert counts[grids["grid_b"].uuid] == {"residents": 0, "buildings": 0}
    assert counts[grids["com"].uuid] == {"residents": 2, "buildings": 1}
    assert counts[grids["district"].uuid] == {"residents": 2, "buildings": 1}
