"""app.grid_lists: the paged, masked resident list and the small tables of a subtree."""

from app import buildings, grid_lists, residents, roles
from app.buildings import BuildingInput
from app.residents import ResidentInput
from tests.helpers import valid_id


def test_resident_pages_cover_the_subtree_once_in_a_stable_order(grids):
    for i in range(25):
        residents.add(grids["grid_a" if i % 2 else "grid_b"].uuid,
                      ResidentInput(name=f"居民{i:02d}", id_number=valid_id(f"{i:03d}"), phone=f"1380000{i:04d}"))
    com = grids["com"].path
    assert grid_lists.resident_count(com) == 25
    assert grid_lists.resident_count(grids["grid_a"].path) == 12
    seen = [r.uuid for offset in range(0, 25, 7) for r in grid_lists.resident_page(com, offset, 7)]
    assert len(seen) == len(set(seen)) == 25
    by_name = grid_lists.resident_page(com, 0, 25, "name", descending=True)
    assert [r.name for r in by_name] == sorted((r.name for r in by_name), reverse=True)
    first = by_name[0]
    assert "*" in first.id_masked and "****" in first.phone_masked and first.gender in ("男", "女")


def test_buildings_establishments_and_roles(grids):
    grid = grids["grid_a"]
    buildings.add(grid.uuid, BuildingInput(name="3号楼", floors=6))
    rows = grid_lists.buildings(grids["com"].path)
    assert [(b.name, b.leader, b.residents, b.grid_name) for b in rows] == [("3号楼", "", 0, "东关第1网格")]
    person = roles.add_person("王网格", "13800001111", org_unit=grid)
    assignment = roles.assign(person, grid, "grid_leader")
    roles.end(assignment.uuid)
    assert grid_lists.role_rows(grid.path, include_ended=False) == []
    (row,) = grid_lists.role_rows(grid.path)
    assert row.person == "王网格" and not row.active and row.phone_masked == "138****1111"
    assert grid_lists.establishments(grid.path) == []
