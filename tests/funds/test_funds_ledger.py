"""Posting rules of the funding ledgers: allocations from the standards, expenses
with unique vouchers, overdraft approval, transfers, red reversals, closed periods."""

import datetime as dt

import pytest

from app import auth
from app.errors import Conflict, PermissionDenied, ValidationError
from app.funds import funds, ledger, periods
from app.funds.ledger import ExpenseInput, OverdraftNeedsApproval
from db.models import LedgerEntry
from tests.conftest import ADMIN_PASSWORD
from tests.funds_helpers import YEAR, D, allocate_world


@pytest.fixture
def world(grids):
    return allocate_world(grids)


def spend(fund, amount="100.00", approval=None, **kw):
    data = ExpenseInput(posted_on=kw.pop("posted_on", D), amount=amount, payee="商州区文印店", purpose="publicity",
                        description="宣传单印刷", approver="张主任", **kw)
    return ledger.post_expense(fund.uuid, data, approval=approval)


def test_allocation_for_a_subdistrict_follows_the_standards_and_can_be_rerun(grids, world):
    done = world["allocation"]
    assert (done.funds_opened, done.entries, done.total_fen) == (4, 4, 17_500_000)
    assert ledger.balance(world["public"]) == 5_000_000
    assert ledger.balance(world["compound_party"]) == 2_000_000
    again = funds.allocate(grids["sub"].uuid, YEAR, dt.date(YEAR, 1, 20), "商街财〔2026〕2号")
    assert (again.entries, again.skipped, again.funds_opened) == (0, 4, 0)


def test_allocation_without_standards_is_refused(grids):
    with pytest.raises(ValidationError, match="经费标准还没有下发"):
        funds.allocate(grids["sub"].uuid, 2025, dt.date(2025, 1, 15), "商街财〔2025〕1号")


def test_expense_lowers_the_balance_and_vouchers_are_unique_per_fund(world):
    first = spend(world["public"], "1,234.56")
    assert first.amount_fen == -123_456 and first.voucher == f"记{YEAR}-0001"
    assert ledger.balance(world["public"]) == 5_000_000 - 123_456
    spend(world["public"], "10", voucher="记2026-0007")
    with pytest.raises(Conflict, match="已经用过"):
        spend(world["public"], "10", voucher="记2026-0007")
    assert spend(world["service"], "10", voucher="记2026-0007").voucher == "记2026-0007"  # another fund
    assert ledger.next_voucher(world["public"]) == "记2026-0008"


@pytest.mark.parametrize("amount", ["-5", "0", "1,23", "12.345", "abc", ""])
def test_bad_amounts_are_refused_and_nothing_is_written(world, amount):
    before = LedgerEntry.select().count()
    with pytest.raises(ValidationError):
        spend(world["public"], amount)
    assert LedgerEntry.select().count() == before


def test_overdraft_needs_a_leaders_approval_recorded_with_the_entry(world, as_role):
    leader = auth.create_user("leader9", "王书记", "leader", "password-9")
    with pytest.raises(OverdraftNeedsApproval) as refused:
        spend(world["party"], "5,000.01")
    assert refused.value.balance_after == -1
    with pytest.raises(PermissionDenied):
        auth.confirm_approver("leader9", "password-9", permission="admin")
    approval = auth.confirm_approver("leader9", "password-9")
    entry = spend(world["party"], "5,000.01", approval=approval)
    assert entry.overdraft_by == leader.username
    assert ledger.balance(world["party"]) == -1
    as_role("staff")
    with pytest.raises(auth.AuthenticationFailed):
        auth.confirm_approver("leader9", "wrong")


def test_staff_cannot_approve_an_overdraft(world, as_role):
    staff = as_role("staff")
    with pytest.raises(ValidationError, match="领导"):
        spend(world["party"], "6000", approval=staff)


def test_transfer_moves_money_with_both_sides(world):
    out, into = ledger.transfer(world["service"].uuid, world["public"].uuid, "2000", D, "", "活动经费调剂")
    assert out.transfer_id == into.transfer_id and out.voucher == into.voucher
    assert (out.amount_fen, into.amount_fen) == (-200_000, 200_000)
    assert ledger.balance(world["service"]) == 10_000_000 - 200_000
    assert ledger.balance(world["public"]) == 5_000_000 + 200_000


def test_reversal_cancels_exactly_and_only_once(world):
    entry = spend(world["public"], "300.50")
    (red,) = ledger.reverse(entry.uuid, "金额录错", dt.date(YEAR, 3, 11))
    assert red.amount_fen == 30_050 and red.kind == "expense" and red.reverses_uuid == entry.uuid
    assert ledger.balance(world["public"]) == 5_000_000
    with pytest.raises(Conflict, match="已经冲销"):
        ledger.reverse(entry.uuid, "再冲一次", dt.date(YEAR, 3, 12))
    with pytest.raises(ValidationError, match="不能再冲销"):
        ledger.reverse(red.uuid, "冲红字", dt.date(YEAR, 3, 12))
    with pytest.raises(ValidationError, match="冲销原因"):
        ledger.reverse(spend(world["public"]).uuid, "  ")


def test_reversing_a_transfer_reverses_both_sides(world):
    out, _ = ledger.transfer(world["service"].uuid, world["public"].uuid, "2000", D, "", "调剂")
    reds = ledger.reverse(out.uuid, "调剂有误", dt.date(YEAR, 3, 11))
    assert len(reds) == 2 and sum(r.amount_fen for r in reds) == 0
    assert ledger.balance(world["service"]) == 10_000_000 and ledger.balance(world["public"]) == 5_000_000


def test_posted_entries_cannot_be_changed_even_with_raw_sql(world):
    entry = spend(world["public"])
    entry.amount_fen = -1
    with pytest.raises(Exception, match="never changed"):
        entry.save()
    assert LedgerEntry.get_by_id(entry.uuid).amount_fen == -10_000


def test_a_closed_month_refuses_postings_dated_inside_it(grids, world):
    periods.close(grids["com"].uuid, YEAR, 3, today=dt.date(YEAR, 4, 2))
    with pytest.raises(ValidationError, match="已结账"):
        spend(world["public"], posted_on=dt.date(YEAR, 3, 31))
    assert spend(world["public"], posted_on=dt.date(YEAR, 4, 1)).posted_on == dt.date(YEAR, 4, 1)
    with pytest.raises(Conflict):
        periods.close(grids["com"].uuid, YEAR, 3, today=dt.date(YEAR, 4, 2))


def test_closing_a_subdistrict_year_covers_its_communities_and_branches(grids, world):
    periods.close(grids["sub"].uuid, 2025, 0, today=dt.date(2026, 1, 5))
    fund = funds.open_fund(world["branch"].uuid, "compound_party", 2025)
    with pytest.raises(ValidationError, match="城关街道 2025年已结账"):
        ledger.post_allocation(fund.uuid, "20000", dt.date(2025, 1, 15), "商街财〔2025〕1号")


def test_a_period_that_has_not_ended_cannot_be_closed(grids):
    with pytest.raises(ValidationError, match="还没有结束"):
        periods.close(grids["com"].uuid, YEAR, 11, today=dt.date(YEAR, 11, 27))


def test_postings_must_lie_in_the_funds_year_and_not_in_the_future(world):
    with pytest.raises(ValidationError, match="只能记 2026 年内"):
        spend(world["public"], posted_on=dt.date(2025, 12, 31))
    with pytest.raises(ValidationError, match="不能晚于今天"):
        spend(world["public"], posted_on=dt.date.today() + dt.timedelta(days=1))


def test_only_the_keeping_site_posts_vouchers(world):
    from app.session import local_site
    from db.models import Fund

    Fund.update(keeper_site="0190c0de-0000-7000-8000-000000000001").where(Fund.uuid == world["public"].uuid).execute()
    fund = Fund.get_by_id(world["public"].uuid)
    assert fund.keeper_site != local_site().uuid
    with pytest.raises(PermissionDenied, match="只能查看"):
        spend(fund)


def test_viewer_cannot_post(world, as_role):
    as_role("viewer")
    with pytest.raises(PermissionDenied):
        spend(world["public"])


def test_approval_password_of_an_unknown_user_is_refused(session):
    with pytest.raises(auth.AuthenticationFailed):
        auth.confirm_approver("nobody", "x")
    assert auth.confirm_approver("admin", ADMIN_PASSWORD).username == "admin"
