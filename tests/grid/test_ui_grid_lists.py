"""app.grid.lists: keyset-paged, masked lists of a subtree; both resident plans
(filter-and-sort for a small subtree, index walk for a large one) give the same
rows in the same order as one full ORDER BY, with NULLs in the sort columns."""

import pytest

from app.grid import buildings, residents, roles
from app.grid import lists as grid_lists
from app.grid.buildings import BuildingInput
from app.grid.residents import ResidentInput
from db.bulk import insert_rows
from db.ids import new_uuid
from db.models import Building, Resident
from tests.helpers import valid_id


def test_resident_pages_cover_the_subtree_once_in_a_stable_order(grids):
    for i in range(25):
        residents.add(grids["grid_a" if i % 2 else "grid_b"].uuid,
                      ResidentInput(name=f"居民{i:02d}", id_number=valid_id(f"{i:03d}"), phone=f"1380000{i:04d}"))
    com = grids["com"].path
    assert grid_lists.resident_count(com) == 25
    assert grid_lists.resident_count(grids["grid_a"].path) == 12
    seen = _all(com, "grid", False, 7)
    assert len(seen) == len(set(seen)) == 25
    by_name = grid_lists.resident_page(com, None, 25, "name", descending=True).rows
    assert [r.name for r in by_name] == sorted((r.name for r in by_name), reverse=True)
    first = by_name[0]
    assert "*" in first.id_masked and "****" in first.phone_masked and first.gender in ("男", "女")


def _all(path, order, descending, size):
    after, seen = None, []
    while True:
        page = grid_lists.resident_page(path, after, size, order, descending)
        seen += [r.uuid for r in page.rows]
        if len(page.rows) < size:
            return seen
        after = page.cursor


@pytest.fixture
def mixed(grids):
    """60 residents over two grids, some in buildings (two share a name), with NULLs everywhere."""
    homes = [Building.create(grid=grids[g].uuid, name=n) for g, n in (("grid_a", "1号楼"), ("grid_b", "1号楼"),
                                                                        ("grid_a", "2号楼"))]
    rows = []
    for i in range(60):
        home = homes[i % 4] if i % 4 < 3 else None
        rows.append({"uuid": new_uuid(), "grid": home.grid_uuid if home else grids["grid_b"].uuid,
                     "building": home.uuid if home else None, "name": f"居民{i % 7}",
                     "gender": (None, "M", "F")[i % 3], "room": None if i % 5 == 0 else f"{i % 3}0{i % 2}",
                     "household_no": None if i % 6 == 0 else f"H{i % 4}", "phone": None if i % 2 else f"1390000{i:04d}",
                     "relation": None, "birth_date": None if i % 3 else f"19{50 + i}-01-01", "deleted": i == 59})
    insert_rows(Resident, rows)
    return grids


@pytest.mark.parametrize("order", list(grid_lists.RESIDENT_ORDERS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_pages_like_one_full_sort_in_both_plans(mixed, order, descending, monkeypatch):
    com = mixed["com"].path
    monkeypatch.setattr(grid_lists, "WALK_MIN", 10**9)  # filter and sort
    whole = grid_lists.resident_page(com, None, 1000, order, descending)
    assert len(whole.rows) == 59
    expected = [r.uuid for r in whole.rows]
    assert _all(com, order, descending, 7) == expected
    monkeypatch.setattr(grid_lists, "WALK_MIN", 0)  # the index walks
    assert _all(com, order, descending, 7) == expected
    assert _all(com, order, descending, 1) == expected
    in_grid = _all(mixed["grid_a"].path, order, descending, 4)
    assert in_grid == [u for u in expected if u in set(in_grid)] and len(in_grid) == 30


def test_the_walks_seek_their_indexes(mixed):
    from db.connection import database
    source = ("EXPLAIN QUERY PLAN SELECT r.uuid FROM resident r INDEXED BY resident_list_phone "
              "CROSS JOIN org_unit g ON g.uuid = r.grid_uuid WHERE r.deleted = 0 AND g.path >= ? ")
    for where, order in (("AND ifnull(r.phone, '') = ? AND (r.uuid) > (?)", "r.uuid"),
                         ("AND ifnull(r.phone, '') > ?", "ifnull(r.phone, ''), r.uuid")):
        plan = " ".join(str(row[-1]) for row in database.execute_sql(
            f"{source}{where} ORDER BY {order} LIMIT 5", ("", "", "")[: 1 + where.count("?")]))
        assert "SEARCH r USING INDEX resident_list_phone" in plan and "TEMP B-TREE" not in plan


def test_buildings_establishments_and_roles(grids):
    grid = grids["grid_a"]
    buildings.add(grid.uuid, BuildingInput(name="3号楼", floors=6))
    rows, _cursor = grid_lists.buildings(grids["com"].path)
    assert [(b.name, b.leader, b.residents, b.grid_name) for b in rows] == [("3号楼", "", 0, "东关第1网格")]
    assert grid_lists.building_counts(grids["com"].path) == (1, 1)
    person = roles.add_person("王网格", "13800001111", org_unit=grid)
    assignment = roles.assign(person, grid, "grid_leader")
    roles.end(assignment.uuid)
    assert grid_lists.role_rows(grid.path, include_ended=False)[0] == []
    assert grid_lists.role_count(grid.path, include_ended=False) == 0
    (row,), _cursor = grid_lists.role_rows(grid.path)
    assert row.person == "王网格" and not row.active and row.phone_masked == "138****1111"
    assert grid_lists.establishments(grid.path) == ([], None) and grid_lists.establishment_count(grid.path) == 0


def test_small_tables_page_by_keyset_across_grids(grids):
    for grid in ("grid_a", "grid_b"):
        insert_rows(Building, [{"uuid": new_uuid(), "grid": grids[grid].uuid, "name": f"{i % 4}号楼"}
                               for i in range(9)])
    com = grids["com"].path
    whole, _ = grid_lists.buildings(com, limit=100)
    after, paged = None, []
    while True:
        rows, after = grid_lists.buildings(com, after, limit=4)
        paged += rows
        if len(rows) < 4:
            break
    assert [b.uuid for b in paged] == [b.uuid for b in whole] and len(whole) == 18
    assert [(b.grid_name, b.name) for b in whole] == sorted((b.grid_name, b.name) for b in whole)
