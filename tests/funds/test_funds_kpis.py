"""The funds.* figures on the hand-built ledgers of test_funds_views (amounts in fen)."""

import datetime as dt

from app import stats
from app.dashboard.periods import year_to_end
from app.funds import kpis
from app.funds.types import standard_uuid
from app.notices.periods import parse
from app.orders.kpis import year_period
from app.unchanged import forget
from db.connection import database
from db.ids import new_uuid
from db.models import FundStandard
from tests.funds.test_funds_views import D, allocate, ledgers, reverse, spend  # noqa: F401  (ledgers is the fixture)
from tests.helpers import traced

TOTALS = ["funds.allocated", "funds.spent", "funds.balance"]


def test_totals_of_the_district_for_a_year_and_all_years(ledgers):  # noqa: F811
    assert stats.compute(ledgers["district"].path, TOTALS, year_period(2025)) == {
        "funds.allocated": 29_000_000, "funds.spent": 5_950_050, "funds.balance": 23_049_950}
    assert stats.compute(None, TOTALS, None) == {
        "funds.allocated": 34_000_000, "funds.spent": 5_960_050, "funds.balance": 28_039_950}
    assert stats.compute(None, TOTALS, year_period(2024)) == {
        "funds.allocated": 5_000_000, "funds.spent": 10_000, "funds.balance": 4_990_000}
    assert stats.compute(None, TOTALS, year_period(2023)) == dict.fromkeys(TOTALS, 0)


def test_per_type_and_subtree(ledgers):  # noqa: F811
    year = year_period(2025)
    figures = stats.compute(ledgers["district"].path, None, year)
    assert figures["funds.public.allocated"] == 15_000_000
    assert figures["funds.public.spent"] == 4_620_050 + 80_000 + 1_000_000
    assert figures["funds.public.balance"] == -620_050 + 4_920_000 + 4_000_000  # 东关 is overdrawn
    assert figures["funds.service.balance"] == 10_800_000  # with the transfer in
    assert (figures["funds.compound_party.allocated"], figures["funds.compound_party.spent"]) == (4_000_000, 50_000)
    assert figures["funds.party.allocated"] == 0
    types = ("public", "service", "party", "compound_party")
    for measure in ("allocated", "spent", "balance"):
        assert sum(figures[f"funds.{t}.{measure}"] for t in types) == figures[f"funds.{measure}"]
    sub = stats.compute(ledgers["sub"].path, TOTALS, year)
    assert sub == {"funds.allocated": 24_000_000, "funds.spent": 4_950_050, "funds.balance": 19_049_950}
    east = stats.compute(ledgers["com"].path, ["funds.allocated", "funds.public.balance"], year)
    assert east == {"funds.allocated": 19_000_000, "funds.public.balance": -620_050}
    assert stats.compute(ledgers["north"].path, ["funds.spent"], year) == {"funds.spent": 1_000_000}


def test_a_month_and_a_reversal(ledgers):  # noqa: F811
    february = (dt.datetime(2025, 2, 1), dt.datetime(2025, 3, 1))
    assert stats.compute(None, ["funds.spent"], february) == {"funds.spent": 120_050 + 50_000 + 80_000 + 1_000_000}
    april = (dt.datetime(2025, 4, 1), dt.datetime(2025, 5, 1))
    assert stats.compute(None, ["funds.spent", "funds.balance"], april) == {
        # April's only expense entry is the red reversal of a March expense; the balance is the one
        # at the end of April: the six allocations less the expenses of February and March
        "funds.spent": -300_000, "funds.balance": 29_000_000 - (120_050 + 50_000 + 80_000 + 1_000_000)}
    before = stats.compute(None, TOTALS, year_period(2025))
    reverse(ledgers["over"], D(2025, 6, 30), "金额有误", voucher="记2025-0006")
    after = stats.compute(None, TOTALS, year_period(2025))
    assert after["funds.spent"] == before["funds.spent"] - 4_500_000
    assert after["funds.balance"] == before["funds.balance"] + 4_500_000
    assert after["funds.allocated"] == before["funds.allocated"]


def standard(year: int, fund_type: str, fen: int, deleted: bool = False) -> None:
    FundStandard.create(uuid=standard_uuid(year, fund_type), year=year, fund_type=fund_type, amount_fen=fen,
                        deleted=deleted)


def test_yearly_standards(session):
    today = dt.date.today()
    standard(2024, "public", 4_800_000)
    standard(2025, "public", 5_000_000)
    standard(today.year + 1, "public", 7_000_000)  # set ahead of time: not yet the current one
    standard(2025, "service", 10_000_000, deleted=True)
    standard(2025, "party", 500_000)
    standard(2025, "compound_party", 2_000_000)
    keys = list(kpis.STANDARD_KEYS.values())
    assert stats.compute(None, keys, year_period(2025)) == {
        "funds.community_public_yearly": 5_000_000, "funds.community_service_yearly": 0,
        "funds.community_party_yearly": 500_000, "funds.compound_party_yearly": 2_000_000}
    assert stats.compute(None, ["funds.community_public_yearly"], year_period(2024)) == {
        "funds.community_public_yearly": 4_800_000}
    assert stats.compute(None, ["funds.community_public_yearly"], None)["funds.community_public_yearly"] == 5_000_000
    assert kpis.standard("public", None, today=dt.date(2024, 6, 1)) == 4_800_000
    assert kpis.standard("public", None, today=dt.date(2023, 6, 1)) == 0
    # a local-midnight year start handed over in UTC (UTC+8) still names 2025
    assert kpis.standard("public", (dt.datetime(2024, 12, 31, 16), dt.datetime(2025, 12, 31, 16))) == 5_000_000
    assert stats.format_value("funds.community_public_yearly", 5_000_000) == "50,000.00"
    assert stats.REGISTRY["funds.spent"].kind == "money"


def test_figures_see_an_entry_written_by_another_connection(ledgers, db_path):  # noqa: F811
    """The ledger sums are shared by one stats.compute(); a commit elsewhere (another window, an
    import) must still be seen."""
    import sqlite3

    before = stats.compute(None, ["funds.spent"], year_period(2025))["funds.spent"]
    other = sqlite3.connect(db_path)
    with other:
        other.execute(
            "INSERT INTO ledger_entry (uuid, created_at, updated_at, origin_site, version, deleted, fund_uuid, kind,"
            " posted_on, amount_fen, voucher) VALUES (?, '2025-08-01 02:00:00', '2025-08-01 02:00:00', 'x',"
            " '0194f1a2b3c40001-5d41402a', 0, ?, 'expense', '2025-08-01', -12345, '记2025-0099')",
            (new_uuid(), ledgers["public"].uuid))
    other.close()
    assert stats.compute(None, ["funds.spent"], year_period(2025))["funds.spent"] == before + 12_345


def _months_of(year: int) -> list[tuple[dt.datetime, dt.datetime]]:
    """Every month, quarter and year-to-a-month's-end of the year, as the start page asks them (local
    midnights in the PC's zone)."""
    months = [parse(f"{year}-{m:02d}") for m in range(1, 13)]
    quarters = [parse(f"{year}-Q{q}") for q in range(1, 5)]
    return [p.as_stats_period() for p in months + quarters] + [year_to_end(m) for m in months[:-1]]


def _statements(run) -> list[str]:
    return [s for s in traced(run)[1] if "ledger_entry" in s]


def test_a_period_of_months_from_the_years_monthly_totals_equals_its_own_pass(ledgers):  # noqa: F811
    """The start page's month, quarter and year-to-date figures come from the year's monthly totals
    (kpis._months), read once for all of them; each equals the grouped pass of that period alone,
    an entry of a year's fund dated in the year before included."""
    allocate(ledgers["public"], 30_000, D(2024, 12, 20), doc_no="商街财〔2024〕9号")  # a 2025 fund, dated 2024
    roots = (None, ledgers["district"].path, ledgers["sub"].path, ledgers["com"].path, ledgers["north"].path)
    forget()
    read = _statements(lambda: [kpis.sums(root, p) for root in roots for p in _months_of(2025)])
    assert len(read) == len(roots)  # one read of 2025's monthly totals per subtree, for 27 periods each
    checked = 0
    for root in roots:
        for period in _months_of(2024) + _months_of(2025):
            assert kpis.sums(root, period) == kpis._sums(root, period), (root, period)
            checked += bool(kpis._sums(root, period))
    assert checked > 50  # most of them hold entries: the comparison is not of empty dicts


def test_the_years_monthly_totals_see_a_write_of_this_connection_and_forget_a_rolled_back_one(ledgers):  # noqa: F811
    to_june = year_to_end(parse("2025-06"))
    before = stats.compute(None, TOTALS, to_june)
    with database.atomic() as transaction:
        spend(ledgers["public"], 1_000, D(2025, 3, 5), "记2025-0098")
        inside = stats.compute(None, TOTALS, to_june)
        transaction.rollback()
    assert inside["funds.spent"] == before["funds.spent"] + 1_000
    assert stats.compute(None, TOTALS, to_june) == before  # not the rolled-back spend
    reverse(ledgers["over"], D(2025, 6, 30), "金额有误", voucher="记2025-0007")
    after = stats.compute(None, TOTALS, to_june)
    assert after["funds.spent"] == before["funds.spent"] - 4_500_000
    assert after["funds.balance"] == before["funds.balance"] + 4_500_000


def test_the_years_monthly_totals_see_a_commit_of_another_connection(ledgers, db_path):  # noqa: F811
    import sqlite3

    quarter = parse("2025-Q3").as_stats_period()
    before = stats.compute(None, ["funds.spent"], quarter)["funds.spent"]
    other = sqlite3.connect(db_path)
    with other:
        other.execute(
            "INSERT INTO ledger_entry (uuid, created_at, updated_at, origin_site, version, deleted, fund_uuid, kind,"
            " posted_on, amount_fen, voucher) VALUES (?, '2025-08-01 02:00:00', '2025-08-01 02:00:00', 'x',"
            " '0194f1a2b3c40001-5d41402a', 0, ?, 'expense', '2025-08-01', -12345, '记2025-0097')",
            (new_uuid(), ledgers["public"].uuid))
    other.close()
    assert stats.compute(None, ["funds.spent"], quarter)["funds.spent"] == before + 12_345
