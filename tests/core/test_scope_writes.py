"""Writes outside a user's scope (or kinds of record) are refused in app/, whatever the window shows."""

import pytest

from app import accounts, auth, org
from app.errors import PermissionDenied
from app.grid import residents
from db.models import OrgUnit, Resident, User


def _sign_in(username: str) -> None:
    auth.set_current_user(User.get(User.username == username))
    User.update(must_change_password=False).where(User.username == username).execute()
    auth.set_current_user(User.get(User.username == username))


@pytest.fixture
def east_clerk(orders_world):
    """A staff user limited to 东关社区; 西关社区 (orders_world["other"]) is outside."""
    accounts.add_user("dongguan", "东关办事员", "staff", "start-123", scope_code="611002001001")
    west_zone = org.add_unit(orders_world["other"], "61100200100201", "西关一片区")
    west_grid = org.add_unit(west_zone, "6110020010020101", "西关第1网格")
    _sign_in("dongguan")
    return {**orders_world, "west_grid": west_grid}


def test_a_scoped_clerk_writes_inside_and_is_refused_outside(east_clerk):
    inside = residents.add(east_clerk["grid_a"].uuid, residents.ResidentInput(name="张三"))
    assert inside.grid_uuid == east_clerk["grid_a"].uuid
    with pytest.raises(PermissionDenied, match="不在您的账号负责的范围（东关社区）内") as info:
        residents.add(east_clerk["west_grid"].uuid, residents.ResidentInput(name="李四"))
    assert info.value.code == "E_PERMISSION"
    assert not Resident.select().where(Resident.name == "李四").exists()


def test_moving_a_record_out_of_the_scope_is_refused(east_clerk):
    person = residents.add(east_clerk["grid_a"].uuid, residents.ResidentInput(name="张三"))
    with pytest.raises(PermissionDenied):
        residents.move(person.uuid, east_clerk["west_grid"].uuid)
    assert Resident.get_by_id(person.uuid).grid_uuid == east_clerk["grid_a"].uuid


def test_units_above_or_beside_the_scope_cannot_be_changed(east_clerk):
    with pytest.raises(PermissionDenied):
        org.rename(OrgUnit.get(OrgUnit.code == "611002"), "改名区")
    with pytest.raises(PermissionDenied):
        org.add_unit(east_clerk["other"], "61100200100299", "西关新片区")
    assert org.add_unit(east_clerk["com"], "61100200100199", "东关新片区").level == 3


def test_a_department_clerk_changes_only_its_kinds_of_record(grids):
    accounts.add_user("orders1", "四单专员", "staff", "start-123")
    accounts.set_scope("orders1", None, areas=("orders",))
    _sign_in("orders1")
    with pytest.raises(PermissionDenied, match="只负责四单管理，不能修改网格管理的记录"):
        residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="王五"))
    assert not Resident.select().where(Resident.name == "王五").exists()


def test_records_found_through_their_parent_are_guarded_too(east_clerk):
    """A service order's event or a fund's ledger entry has no org column of its own: the guard
    finds the unit through the parent record, as a bundle does (app/exchange/tables.SCOPE)."""
    from db.models import Fund, LedgerEntry

    auth.set_current_user(User.get(User.username == "admin"))
    west_fund = Fund.create(community=east_clerk["other"], fund_type="public", year=2026, keeper_site="x")
    _sign_in("dongguan")
    with pytest.raises(PermissionDenied, match="东关社区"):
        LedgerEntry.create(fund=west_fund, kind="allocation", amount_fen=100, posted_on="2026-03-01")
    assert not LedgerEntry.select().exists()


def test_saving_a_record_outside_the_scope_is_refused(east_clerk):
    """Whatever app/ function would save it (get, change, save)."""
    auth.set_current_user(User.get(User.username == "admin"))
    west = Resident.create(grid=east_clerk["west_grid"], name="西关居民")
    _sign_in("dongguan")
    west.name = "改名"
    with pytest.raises(PermissionDenied):
        west.save()
    assert Resident.get_by_id(west.uuid).name == "西关居民"
