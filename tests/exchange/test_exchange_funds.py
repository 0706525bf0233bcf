"""Bundles carry the funding ledgers: the district's standards travel down, a
community's fund, postings, reversal and closed month travel up intact; a voucher
number used twice in one fund, or a posted entry that was changed, refuses the
bundle and changes nothing; the same closing made at two sites is one record."""

import datetime as dt

import pytest

from app import org
from app.errors import PermissionDenied
from app.exchange import ledger_rules
from app.exchange.errors import BundleError
from app.funds import funds, ledger, periods
from app.funds.ledger import ExpenseInput
from app.session import local_site
from db.models import Fund, FundStandard, LedgerEntry, PeriodClose
from tests.exchange.test_exchange_sync import enrol_site, send, trust_and_import
from tests.exchange_helpers import at

YEAR = 2026


def rows(model):
    return {r.uuid: dict(r.__data__) for r in model.select()}


def expense(fund, voucher="", amount="120.00"):
    return ledger.post_expense(fund.uuid, ExpenseInput(
        posted_on=dt.date(YEAR, 4, 8), amount=amount, voucher=voucher, payee="商州区文印店", purpose="publicity",
        description="说事堂宣传单", approver="社区书记"))


@pytest.fixture
def world(district, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    east_uuid, east = enrol_site(district, tmp_path, "东关社区居委会", "community", "611002001001")
    with at(district):
        district_uuid = local_site().uuid
    trust_and_import(district, send(east, district_uuid, stick))  # the district learns the community's key
    with at(district):
        funds.set_standard(YEAR, "public", "50,000")
    trust_and_import(east, send(district, east_uuid, stick))
    return {"district": district, "district_uuid": district_uuid, "east": east, "east_uuid": east_uuid,
            "stick": stick}


def test_a_communitys_ledger_travels_up_intact(world):
    east, district = world["east"], world["district"]
    with at(east):
        assert funds.standards(YEAR) == {"public": 5_000_000}  # came down from the district
        community = org.by_code("611002001001")
        fund = funds.open_fund(community.uuid, "public", YEAR)
        assert fund.keeper_site == local_site().uuid
        ledger.post_allocation(fund.uuid, funds.standards(YEAR)["public"], dt.date(YEAR, 1, 20), "商街财〔2026〕3号")
        wrong = expense(fund, amount="1,200.00")
        ledger.reverse(wrong.uuid, "金额多录一个零", dt.date(YEAR, 4, 9))
        expense(fund)
        periods.close(community.uuid, YEAR, 4, today=dt.date(YEAR, 5, 3))
        sent = {m: rows(m) for m in (Fund, LedgerEntry, PeriodClose)}
    done = trust_and_import(district, send(east, world["district_uuid"], world["stick"]))
    assert done.counts["ledger_entry"]["new"] == 4
    with at(district):
        assert {m: rows(m) for m in (Fund, LedgerEntry, PeriodClose)} == sent
        fund = Fund.get()
        assert ledger.balance(fund) == 5_000_000 - 12_000
        with pytest.raises(PermissionDenied, match="只能查看"):  # the district does not post a community's vouchers
            expense(fund, voucher="记2026-0099")


def test_a_voucher_used_twice_in_a_fund_refuses_the_bundle(world):
    east, district = world["east"], world["district"]
    with at(east):
        fund = funds.open_fund(org.by_code("611002001001").uuid, "public", YEAR)
        ledger.post_allocation(fund.uuid, "50000", dt.date(YEAR, 1, 20), "商街财〔2026〕3号")
    trust_and_import(district, send(east, world["district_uuid"], world["stick"]))
    with at(district):  # written behind the app's back (an old copy, a hand edit): voucher 记2026-0001 is taken
        LedgerEntry.create(fund=Fund.get(), kind="expense", posted_on=dt.date(YEAR, 3, 1), amount_fen=-500,
                           voucher="记2026-0001", payee="某商店", purpose="office")
        before = rows(LedgerEntry)
    with at(east):
        assert expense(Fund.get()).voucher == "记2026-0001"
    with pytest.raises(BundleError) as refused:
        trust_and_import(district, send(east, world["district_uuid"], world["stick"]))
    assert refused.value.code == "E_VOUCHER" and "重号" in refused.value.message
    with at(district):
        assert rows(LedgerEntry) == before
        vouchers = [e.voucher for e in LedgerEntry.select() if e.voucher]
        assert len(vouchers) == len(set(vouchers))


def test_the_same_closing_made_at_two_sites_is_one_record(world):
    east, district = world["east"], world["district"]
    for site in (east, district):
        with at(site):
            periods.close(org.by_code("611002001001").uuid, YEAR, 2, today=dt.date(YEAR, 3, 5))
    done = trust_and_import(district, send(east, world["district_uuid"], world["stick"]))
    assert done.counts["period_close"]["unchanged"] == 1
    with at(district):
        assert PeriodClose.select().count() == 1


def test_standards_come_only_from_the_district(world):
    with at(world["east"]):
        with pytest.raises(PermissionDenied, match="区级站点"):
            funds.set_standard(YEAR + 1, "public", "60000")
        assert FundStandard.select().count() == 1


def test_a_changed_posted_entry_is_refused():
    with pytest.raises(BundleError) as refused:
        ledger_rules.outcome("ledger_entry", "0001", "0002")
    assert refused.value.code == "E_ROW" and "不能修改" in refused.value.message
    assert ledger_rules.outcome("ledger_entry", None, "0002") is None
    assert ledger_rules.outcome("ledger_entry", "0002", "0002") is None
