"""The summary of expenses by purpose and month 支出分类汇总 — of one fund, or of all
funds of a year under an org unit (optionally one fund type).

A cell is the net expense of that purpose in that month: a red reversal counts in
the month it was posted, with its original's purpose, so it takes back exactly
what the original spent. The grand total equals the expense total of the running
ledgers (spent = −Σ expense entries). Every purpose has a row, in the order of
app.funds.types.PURPOSES; a purpose key not in that list gets a row at the end.
"""

from dataclasses import dataclass

from peewee import JOIN, fn

from app.funds.types import PURPOSES, type_label
from app.funds.views import LIVE_ENTRY, LIVE_FUND, fund_info, under
from app.scope import within
from db.models import Fund, LedgerEntry, OrgUnit

MONTHS = tuple(range(1, 13))


@dataclass(frozen=True)
class SummaryRow:
    purpose: str
    label: str
    months: tuple[int, ...]  # fen, January .. December
    total_fen: int


@dataclass(frozen=True)
class PurposeSummary:
    year: int
    title: str  # what was summed: a fund's label or the org unit and type
    rows: list[SummaryRow]
    month_totals: tuple[int, ...]
    total_fen: int


def purpose_summary(year: int | None = None, *, root_path: str | None = None, fund_uuid: str | None = None,
                    fund_type: str | None = None) -> PurposeSummary:
    """Net expenses per purpose × month of one fund (`fund_uuid`; its own year) or of the
    funds of `year` under `root_path` (None = everything this site holds), of one type or all."""
    root_path = within(root_path)
    original = LedgerEntry.alias("original")
    purpose = fn.COALESCE(LedgerEntry.purpose, original.purpose, "other")
    month = fn.SUBSTR(LedgerEntry.posted_on, 6, 2)  # dates are stored as YYYY-MM-DD
    query = (LedgerEntry.select(purpose, month, 0 - fn.SUM(LedgerEntry.amount_fen))
             .join(original, JOIN.LEFT_OUTER, on=(LedgerEntry.reverses == original.uuid))
             .where((LedgerEntry.kind == "expense") & LIVE_ENTRY)
             .group_by(purpose, month))
    if fund_uuid:
        info = fund_info(fund_uuid)
        year, title = info.year, info.label
        query = query.where(LedgerEntry.fund == fund_uuid)
    else:
        if year is None:
            raise ValueError("purpose_summary needs a year or a fund")
        title = _title(root_path, fund_type, year)
        query = (query.switch(LedgerEntry).join(Fund, on=(LedgerEntry.fund == Fund.uuid))
                 .join(OrgUnit, on=(Fund.community == OrgUnit.uuid))
                 .where((Fund.year == year) & LIVE_FUND))
        query = under(query, root_path)
        if fund_type:
            query = query.where(Fund.fund_type == fund_type)
    cells = {(p, int(m)): fen for p, m, fen in query.tuples()}
    return _table(year, title, cells)


def _table(year: int, title: str, cells: dict[tuple[str, int], int]) -> PurposeSummary:
    keys = list(PURPOSES) + sorted({p for p, _ in cells} - set(PURPOSES))
    rows = []
    for key in keys:
        months = tuple(cells.get((key, m), 0) for m in MONTHS)
        rows.append(SummaryRow(key, PURPOSES.get(key, key), months, sum(months)))
    month_totals = tuple(sum(r.months[i] for r in rows) for i in range(12))
    return PurposeSummary(year, title, rows, month_totals, sum(month_totals))


def _title(root_path: str | None, fund_type: str | None, year: int) -> str:
    unit = OrgUnit.select(OrgUnit.name).where(OrgUnit.path == root_path).scalar() if root_path else None
    kind = type_label(fund_type) if fund_type else "全部经费"
    return f"{unit or '全部单位'} {kind} {year}年"
