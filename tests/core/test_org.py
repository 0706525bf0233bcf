"""The org tree: adding units, levels, codes, and subtree queries."""

import pytest

from app import org
from app.errors import Conflict, NotFound, ValidationError
from db.models import Level, OrgUnit


@pytest.fixture
def tree(session):
    district = org.by_code("611002")
    sub = org.add_unit(district, "611002001", "城关街道")
    com = org.add_unit(sub, "611002001001", "东关社区")
    zone = org.add_unit(com, "61100200100101", "东关一片区")
    grid = org.add_unit(zone, "6110020010010101", "东关第1网格")
    other = org.add_unit(district, "611002002", "大赵峪街道")
    return district, sub, com, zone, grid, other


def test_levels_and_paths(tree):
    district, sub, com, zone, grid, other = tree
    assert [u.level for u in (district, sub, com, zone, grid)] == [0, 1, 2, 3, 4]
    assert grid.path == "611002/611002001/611002001001/61100200100101/6110020010010101/"


def test_subtree_counts(tree):
    district, sub, *_ = tree
    assert org.count_by_level(sub.path) == {1: 1, 2: 1, 3: 1, 4: 1}
    assert org.count_by_level()[Level.SUBDISTRICT] == 2
    assert [r.code for r in org.tree_rows(sub.path)] == ["611002001", "611002001001", "61100200100101",
                                                         "6110020010010101"]


def test_no_unit_below_a_grid(tree):
    with pytest.raises(ValidationError, match="最末一级"):
        org.add_unit(tree[4], "x1", "子网格")


def test_codes_are_unique_and_well_formed(tree):
    district = tree[0]
    with pytest.raises(Conflict):
        org.add_unit(district, "611002001", "重复")
    with pytest.raises(ValidationError, match="编码"):
        org.add_unit(district, "6 1", "空格")
    with pytest.raises(ValidationError, match="名称"):
        org.add_unit(district, "611002008", "  ")
    assert OrgUnit.select().count() == 6


def test_lookup_of_unknown_code(session):
    with pytest.raises(NotFound, match="611999"):
        org.by_code("611999")


def test_tombstoned_units_leave_the_tree(tree):
    other = tree[5]
    other.delete_instance()
    assert "611002002" not in [r.code for r in org.tree_rows()]
    assert org.roots()[0].code == "611002"
