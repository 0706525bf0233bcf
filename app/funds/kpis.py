"""The funds.* figures, in integer fen (kind "money"; app.stats.format_value shows yuan),
for any org subtree (funds hang on communities: fund.community) and period:

- funds.allocated / funds.spent: of the entries dated (posted_on) in the period, all
  fund types — allocated = Σ allocation entries, spent = −Σ expense entries (red
  reversals are entries of the same kind, so both are net of them);
- funds.balance: the balance at the period's end — Σ all entries (transfers
  included) of the period's funds (its years) dated before its end; no period = all
  years. For a whole year: allocated − spent + transfers;
- funds.<type>.allocated / .spent / .balance for type public, service, party and
  compound_party: the same for one fund type;
- funds.community_public_yearly, funds.community_service_yearly,
  funds.community_party_yearly, funds.compound_party_yearly: the district's yearly
  standard (FundStandard) of the period's year, or with no period of the newest
  year not after this one; 0 when none is set. The same for every subtree.
"""

import datetime as dt
from functools import partial

from peewee import Case, fn

from app.funds.types import FUND_TYPES, type_label
from app.funds.views import LIVE_ENTRY, LIVE_FUND, kind_sum
from app.local_days import local_dates
from app.scope import within
from app.stats import Period, kpi
from app.unchanged import while_unchanged
from db.models import Fund, FundStandard, LedgerEntry, OrgUnit

MEASURES = {"allocated": "拨付", "spent": "支出", "balance": "余额"}
STANDARD_KEYS = {"public": "funds.community_public_yearly", "service": "funds.community_service_yearly",
                 "party": "funds.community_party_yearly", "compound_party": "funds.compound_party_yearly"}


def ledger_sum(root: str | None, period: Period, *, measure: str, fund_type: str | None = None) -> int:
    """allocated, spent or balance (fen) of the entries under root dated in the period."""
    by_type = sums(root, period)
    rows = [by_type.get(fund_type, {})] if fund_type else list(by_type.values())
    return sum(row.get(measure, 0) for row in rows)


def _kind_sum(kind: str, since):
    """Σ amount of one kind, dated from the period's start on when there is one."""
    if since is None:
        return kind_sum(kind)
    return fn.SUM(Case(None, [((LedgerEntry.kind == kind) & since, LedgerEntry.amount_fen)], 0))


def sums(root: str | None, period: Period) -> dict[str, dict[str, int]]:
    """fund type -> {allocated, spent, balance}: shared by the 15 ledger figures of one
    stats.compute(). A period of whole months within one year, shorter than the year (a month,
    a quarter, the year to a month's end: the start page asks four of them in one refresh) is
    summed from that year's monthly totals, read once for all of them; a year or any other
    period in one grouped pass of its own (cheaper than the monthly totals for one period)."""
    root = within(root)
    if period:
        start, end = local_dates(period)
        whole_year = start.month == 1 and end == dt.date(start.year + 1, 1, 1)
        if start.day == 1 and end.day == 1 and start.year == (end - dt.timedelta(days=1)).year and not whole_year:
            return _from_months(_months(root, start.year), start, end)
    return _sums(root, period)


@while_unchanged()
def _months(root: str | None, year: int) -> dict[tuple[str, str, str], int]:
    """(fund type, kind, 'YYYY-MM' of posted_on) -> Σ amount, of the entries of the year's funds."""
    month = fn.substr(LedgerEntry.posted_on, 1, 7)
    query = (LedgerEntry.select(Fund.fund_type, LedgerEntry.kind, month, fn.SUM(LedgerEntry.amount_fen))
             .join(Fund, on=(LedgerEntry.fund == Fund.uuid)).where(LIVE_ENTRY & LIVE_FUND & (Fund.year == year))
             .group_by(Fund.fund_type, LedgerEntry.kind, month))
    if root:
        query = query.join(OrgUnit, on=(Fund.community == OrgUnit.uuid)).where(OrgUnit.under(root))
    return {(t, kind, m): amount for t, kind, m, amount in query.tuples()}


def _from_months(months: dict, start: dt.date, end: dt.date) -> dict[str, dict[str, int]]:
    first, last = start.isoformat()[:7], end.isoformat()[:7]  # [first, last) in months
    out: dict[str, dict[str, int]] = {}
    for (fund_type, kind, month), amount in months.items():
        if month < last:
            row = out.setdefault(fund_type, {"allocated": 0, "spent": 0, "balance": 0})
            row["balance"] += amount
            if month >= first and kind == "allocation":
                row["allocated"] += amount
            elif month >= first and kind == "expense":
                row["spent"] -= amount
    return out


@while_unchanged()
def _sums(root: str | None, period: Period) -> dict[str, dict[str, int]]:
    """One grouped pass over the entries of any period (or none: all years)."""
    since = None
    if period:
        start, end = local_dates(period)
        since = LedgerEntry.posted_on >= start
    query = (LedgerEntry.select(Fund.fund_type, _kind_sum("allocation", since), 0 - _kind_sum("expense", since),
                                fn.SUM(LedgerEntry.amount_fen))
             .join(Fund, on=(LedgerEntry.fund == Fund.uuid)).where(LIVE_ENTRY & LIVE_FUND)
             .group_by(Fund.fund_type))
    if root:
        query = query.join(OrgUnit, on=(Fund.community == OrgUnit.uuid)).where(OrgUnit.under(root))
    if period:
        # the balance is the one at the period's end: every entry of the period's funds dated before
        # it; an entry lies in its fund's year, so only the funds of those years are read
        last = (end - dt.timedelta(days=1)).year
        query = query.where((LedgerEntry.posted_on < end) & (Fund.year >= start.year) & (Fund.year <= last))
    return {t: {"allocated": a, "spent": s, "balance": b} for t, a, s, b in query.tuples()}


def standard(fund_type: str, period: Period, *, today: dt.date | None = None) -> int:
    """The yearly standard (fen) of the period's start year, or the newest not after today's year."""
    query = FundStandard.select(FundStandard.amount_fen).where(
        (FundStandard.deleted == False) & (FundStandard.fund_type == fund_type))  # noqa: E712
    if period:
        # +12 h: a local-midnight start given in UTC (e.g. 12-31 16:00 for UTC+8) still names its year
        query = query.where(FundStandard.year == (period[0] + dt.timedelta(hours=12)).year)
    else:
        year = (today or dt.date.today()).year
        query = query.where(FundStandard.year <= year).order_by(FundStandard.year.desc()).limit(1)
    return query.scalar() or 0


def _register() -> None:
    for fund_type in (None, *FUND_TYPES):
        for measure, word in MEASURES.items():
            key = f"funds.{fund_type}.{measure}" if fund_type else f"funds.{measure}"
            label = f"{type_label(fund_type)}{word}" if fund_type else f"经费{word}（全部类型）"
            kpi(key, label, "money", periodic=True)(partial(ledger_sum, measure=measure, fund_type=fund_type))
    for fund_type, key in STANDARD_KEYS.items():
        label = f"{type_label(fund_type)}年度标准" + ("（每个小区党支部）" if fund_type == "compound_party" else "（每个社区）")
        kpi(key, label, "money", periodic=True)(lambda root, period, t=fund_type: standard(t, period))


_register()
