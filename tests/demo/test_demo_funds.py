"""Demo fund ledgers: what app/funds would have posted — one allocation of the standard per
fund, vouchers unique and in date order, no balance below zero unless a leader approved it,
reversals that cancel exactly, transfers in pairs, every entry inside its fund's year and
posted before its period was closed — and the same records for the same seed."""

import datetime as dt
import re
import sqlite3
from collections import defaultdict

import pytest

from app.demo import generate, get_scale
from app.demo.season import LAST_DAY, NOW
from app.funds.types import COMMUNITY_TYPES, DEFAULT_STANDARDS, close_uuid, fund_uuid, standard_uuid
from app.session import close_session, open_session
from db.models import Fund, FundStandard, LedgerEntry, Level, OrgUnit, PartyBranch, PeriodClose, Site

DOC_NO = re.compile(r"^商街财〔(\d{4})〕\d+号$")
NEW_TABLES = ("fund_standard", "party_branch", "fund", "ledger_entry", "period_close", "team", "team_member",
              "project", "volunteer_service", "proxy_service", "subdistrict_posts")
STAMPS = {"updated_at", "version", "origin_site"}  # ledger entries and closes are dated: created_at compared


@pytest.fixture
def opened(small):
    open_session(small)
    yield small
    close_session()


def by_fund() -> dict[str, list[LedgerEntry]]:
    """Every fund's entries in posting order (date, then when they were entered)."""
    out = defaultdict(list)
    for e in LedgerEntry.select().order_by(LedgerEntry.posted_on, LedgerEntry.created_at, LedgerEntry.uuid):
        out[e.fund_uuid].append(e)
    return out


def test_every_community_and_branch_has_three_years_of_funds(opened):
    site = Site.get()
    communities = list(OrgUnit.select().where(OrgUnit.level == int(Level.COMMUNITY)))
    branches = list(PartyBranch.select())
    expected = {fund_uuid(c.uuid, t, y) for c in communities for t in COMMUNITY_TYPES for y in (2024, 2025, 2026)}
    expected |= {fund_uuid(b.uuid, "compound_party", y) for b in branches for y in (2024, 2025, 2026)}
    funds = list(Fund.select())
    assert {f.uuid for f in funds} == expected
    for f in funds:
        assert f.keeper_site == site.uuid
        assert (f.branch_uuid is not None) == (f.fund_type == "compound_party")
        if f.branch_uuid:
            assert f.community_uuid == f.branch.community_uuid
    per_comm = defaultdict(int)
    for b in branches:
        per_comm[b.community_uuid] += 1
        assert b.name == f"{b.compound}党支部"
    assert sorted(per_comm) == sorted(c.uuid for c in communities) and set(per_comm.values()) <= {2, 3, 4}
    standards = {(s.year, s.fund_type): (s.uuid, s.amount_fen) for s in FundStandard.select()}
    assert standards == {(y, t): (standard_uuid(y, t), a) for y in (2024, 2025, 2026)
                         for t, a in DEFAULT_STANDARDS.items()}


def test_one_allocation_of_the_standard_per_fund_early_in_its_year(opened):
    entries = by_fund()
    for f in Fund.select():
        allocations = [e for e in entries[f.uuid] if e.kind == "allocation"]
        assert len(allocations) == 1
        a = allocations[0]
        assert a.amount_fen == DEFAULT_STANDARDS[f.fund_type] and a.voucher is None and a.reverses_uuid is None
        assert int(DOC_NO.match(a.doc_no).group(1)) == f.year and a.posted_on.month <= 2
        assert entries[f.uuid][0] == a  # nothing before the money arrives


def test_vouchers_are_unique_per_fund_and_numbered_in_date_order(opened):
    for fund, entries in by_fund().items():
        year = Fund.get_by_id(fund).year
        vouchers = [e.voucher for e in entries if e.kind != "allocation"]
        assert vouchers == [f"记{year}-{n:04d}" for n in range(1, len(vouchers) + 1)]
    rows = LedgerEntry.select(LedgerEntry.fund, LedgerEntry.voucher).where(LedgerEntry.voucher.is_null(False))
    assert len({(r.fund_uuid, r.voucher) for r in rows}) == rows.count()
    assert all(e.doc_no is None for e in LedgerEntry.select().where(LedgerEntry.kind != "allocation"))


def test_entries_lie_in_their_year_and_never_in_a_period_closed_before_them(opened):
    root = OrgUnit.get(OrgUnit.level == int(Level.DISTRICT))
    closes = {(c.year, c.month): c for c in PeriodClose.select()}
    assert set(closes) == {(2024, 0), (2025, 0)} | {(2026, m) for m in range(1, 10)}
    for (year, month), c in closes.items():
        assert c.uuid == close_uuid(root.uuid, year, month) and c.org_unit_uuid == root.uuid
        last = dt.date(year, 12, 31) if month == 0 else dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        assert c.created_at.date() > last
    years = {f.uuid: f.year for f in Fund.select()}
    for e in LedgerEntry.select():
        assert e.posted_on.year == years[e.fund_uuid] and e.posted_on <= LAST_DAY
        assert e.posted_on <= e.created_at.date() and e.created_at <= NOW
        assert isinstance(e.amount_fen, int) and e.amount_fen != 0
        for key in ((e.posted_on.year, 0), (e.posted_on.year, e.posted_on.month)):
            if key in closes:
                assert e.created_at < closes[key].created_at, (e.voucher, key)


def test_balances_stay_above_zero_unless_a_leader_approved(opened):
    overdrafts = 0
    for entries in by_fund().values():
        balance = 0
        for e in entries:
            balance += e.amount_fen
            if balance < 0:
                assert e.overdraft_by == "admin" and e.kind == "expense" and e.reverses_uuid is None
                overdrafts += 1
            else:
                assert e.overdraft_by is None
        assert balance >= 0
    assert overdrafts >= 1


def test_reversals_cancel_their_original_exactly_and_are_followed_by_the_correction(opened):
    entries = by_fund()
    reversals = list(LedgerEntry.select().where(LedgerEntry.reverses.is_null(False)))
    assert reversals
    for r in reversals:
        original = r.reverses
        assert (r.fund_uuid, r.kind) == (original.fund_uuid, original.kind) == (r.fund_uuid, "expense")
        assert r.amount_fen == -original.amount_fen > 0 and original.reverses_uuid is None
        assert r.posted_on > original.posted_on and r.reason and r.voucher != original.voucher
        assert original.voucher in r.description
        chain = entries[r.fund_uuid]
        fixed = chain[chain.index(r) + 1]
        assert fixed.kind == "expense" and fixed.posted_on == r.posted_on and fixed.amount_fen < 0
        assert fixed.reverses_uuid is None and (fixed.amount_fen, fixed.purpose, fixed.payee) != (
            original.amount_fen, original.purpose, original.payee)


def test_transfers_come_in_pairs_between_funds_of_one_community(opened):
    pairs = defaultdict(list)
    for e in LedgerEntry.select().where(LedgerEntry.transfer_id.is_null(False)):
        pairs[e.transfer_id].append(e)
    assert pairs
    assert LedgerEntry.select().where(LedgerEntry.kind.in_(("transfer_in", "transfer_out"))
                                      & LedgerEntry.transfer_id.is_null()).count() == 0
    for sides in pairs.values():
        assert sorted(e.kind for e in sides) == ["transfer_in", "transfer_out"]
        out, into = sorted(sides, key=lambda e: e.amount_fen)
        assert out.amount_fen + into.amount_fen == 0 and out.posted_on == into.posted_on
        assert out.voucher and into.voucher and out.fund_uuid != into.fund_uuid
        assert (out.fund.community_uuid, out.fund.year) == (into.fund.community_uuid, into.fund.year)


def test_spending_and_texts_are_plausible(opened):
    overdrawn = {e.fund_uuid for e in LedgerEntry.select().where(LedgerEntry.overdraft_by.is_null(False))}
    for fund, entries in by_fund().items():
        year = Fund.get_by_id(fund).year
        allocated = sum(e.amount_fen for e in entries if e.kind == "allocation")
        spent = -sum(e.amount_fen for e in entries if e.kind == "expense")
        low, high = (0.8, 1.0) if year < 2026 else (0.6, 0.9)
        if fund not in overdrawn:
            assert low <= spent / allocated <= high, (fund, spent / allocated)
        for e in entries:
            if e.kind == "expense":
                assert e.payee and e.purpose and e.description and e.approver
    assert LedgerEntry.select().where(LedgerEntry.kind == "expense").count() > 300


def dump(path) -> dict[str, list[tuple]]:
    """The new tables without clock stamps; the random site and root keys (and the close keys
    derived from the root) replaced by names, rows sorted."""
    con = sqlite3.connect(path)
    try:
        root = con.execute("SELECT uuid FROM org_unit WHERE level = 0").fetchone()[0]
        names = {root: "ROOT", con.execute("SELECT uuid FROM site").fetchone()[0]: "SITE"}
        for year, month in con.execute("SELECT year, month FROM period_close"):
            names[close_uuid(root, year, month)] = f"CLOSE {year}-{month}"
        out = {}
        for table in NEW_TABLES:
            stamps = STAMPS if table in ("ledger_entry", "period_close") else STAMPS | {"created_at"}
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[1] not in stamps]
            rows = con.execute(f'SELECT {", ".join(cols)} FROM "{table}"').fetchall()
            out[table] = sorted(tuple(names.get(v, v) if isinstance(v, str) else v for v in row) for row in rows)
        return out
    finally:
        con.close()


def test_same_seed_same_records(tmp_path, small):
    again, other = tmp_path / "again.sqlite3", tmp_path / "other.sqlite3"
    generate(again, scale="small", seed=1)
    generate(other, scale="small", seed=2)
    first = dump(small)
    assert all(first[t] for t in NEW_TABLES)
    assert first == dump(again)
    second = dump(other)
    assert first["ledger_entry"] != second["ledger_entry"] and first["proxy_service"] != second["proxy_service"]
    assert first["fund_standard"] == second["fund_standard"]  # reference data: the same keys everywhere
    assert get_scale("small").communities * 3 * 3 <= len(first["fund"])
