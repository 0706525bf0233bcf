"""The read side of the funding ledgers (no Qt, read-only, plain dataclasses out):

- app/funds/running.py  running_ledger(): one fund's entries with the running balance;
- app/funds/summary.py  purpose_summary(): net expenses per purpose × month;
- app/funds/budget.py   budget_vs_actual(): the year's execution per community and type;
- app/funds/trail.py    trail() and closes(): every posting and reversal, closed periods;
- app/funds/export.py   the Excel workbooks of each; app/funds/kpis.py the funds.* figures.

This module holds what they share: a fund's description, scoping a query of funds
to an org subtree, sums by kind in SQL, and UTC -> local time.

Sums follow the ledger conventions: amounts are signed by their effect on the
balance and a red reversal has the same kind as its original, so per-kind sums
are net of reversals — allocated = Σ allocation, spent = −Σ expense,
transferred = Σ transfer_in + Σ transfer_out, balance = Σ everything.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from app.errors import NotFound
from app.funds.types import type_label
from db.models import Fund, LedgerEntry, OrgUnit, PartyBranch

LIVE_FUND = Fund.deleted == False  # noqa: E712
LIVE_ENTRY = LedgerEntry.deleted == False  # noqa: E712


@dataclass(frozen=True)
class FundInfo:
    uuid: str
    community_uuid: str
    community_name: str
    branch_name: str | None  # a compound party branch's funds
    fund_type: str
    year: int

    @property
    def type_label(self) -> str:
        return type_label(self.fund_type)

    @property
    def holder(self) -> str:
        """东关社区, or 东关社区·幸福小区党支部 for a branch."""
        return f"{self.community_name}·{self.branch_name}" if self.branch_name else self.community_name

    @property
    def label(self) -> str:
        """东关社区 公用经费 2025年."""
        return f"{self.holder} {self.type_label} {self.year}年"


def fund_columns() -> list:
    return [Fund.uuid, Fund.community, OrgUnit.name, PartyBranch.name, Fund.fund_type, Fund.year]


def with_holders(query):
    """Join a query on Fund with its community (OrgUnit) and branch (PartyBranch, may be NULL)."""
    return (query.join(OrgUnit, on=(Fund.community == OrgUnit.uuid)).switch(Fund)
            .join(PartyBranch, JOIN.LEFT_OUTER, on=(Fund.branch == PartyBranch.uuid)))


def fund_info(fund_uuid: str) -> FundInfo:
    row = with_holders(Fund.select(*fund_columns())).where((Fund.uuid == fund_uuid) & LIVE_FUND).tuples().first()
    if row is None:
        raise NotFound("找不到该经费账户，可能已被删除。请刷新后重新选择。")
    return FundInfo(*row)


def kind_sum(kind: str | tuple[str, ...]):
    """SUM(amount) of the entries of a kind (or kinds), 0 when none."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return fn.COALESCE(fn.SUM(Case(None, [(LedgerEntry.kind.in_(kinds), LedgerEntry.amount_fen)], 0)), 0)


def sum_columns() -> list:
    """allocated, spent, transferred (net), balance — in one pass over the entries
    (`0 - x`, not `-x`: peewee reads unary minus as DESC)."""
    return [kind_sum("allocation"), 0 - kind_sum("expense"), kind_sum(("transfer_in", "transfer_out")),
            fn.COALESCE(fn.SUM(LedgerEntry.amount_fen), 0)]


def local_time(utc: dt.datetime | str | None) -> dt.datetime | None:
    """A stored (naive UTC) time as this PC's local time, naive, to the second."""
    return local_clock()(utc)


def local_clock() -> Callable[[dt.datetime | str | None], dt.datetime | None]:
    """local_time for many rows: the UTC offset is looked up once per hour of the stored times."""
    offsets: dict[dt.datetime, dt.timedelta] = {}

    def convert(utc):
        if utc is None:
            return None
        if isinstance(utc, str):
            utc = dt.datetime.fromisoformat(utc)
        hour = utc.replace(minute=0, second=0, microsecond=0)
        offset = offsets.get(hour)
        if offset is None:
            offset = offsets[hour] = hour.replace(tzinfo=dt.UTC).astimezone().utcoffset()
        return (utc + offset).replace(microsecond=0)
    return convert


def day_range(query, start: dt.date | None, end: dt.date | None):
    """Entries dated in [start, end) (either end open)."""
    if start:
        query = query.where(LedgerEntry.posted_on >= start)
    if end:
        query = query.where(LedgerEntry.posted_on < end)
    return query


def under(query, root_path: str | None):
    """Funds (already joined to their community OrgUnit) under root_path."""
    return query.where(OrgUnit.under(root_path)) if root_path else query
