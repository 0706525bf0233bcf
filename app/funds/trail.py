"""The audit trail 记账记录 of the funds under an org unit: every posting and red
reversal, newest first — when it was posted (local time), by whom, at which
site, into which fund, what, and for a reversal which voucher it cancelled and
why — and the closed periods 结账 with who closed them and when.

Entries are chosen by their date (posted_on) — a year, or a range [start, end) —
and listed by when they were written (created_at, then key), newest first.
Closes are those of org units inside the subtree or above it (a close of the
subdistrict also closes the communities' funds).
"""

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from app.funds.types import KINDS, type_label
from app.funds.views import LIVE_ENTRY, LIVE_FUND, day_range, local_clock, local_time, under
from app.scope import within
from db.connection import database
from db.models import Fund, LedgerEntry, OrgUnit, PartyBranch, PeriodClose, Site

NEWEST = 1000  # the window lists the newest postings (a district's year at 1m has 25,000); an export has all


@dataclass(frozen=True)
class TrailRow:
    uuid: str
    created_at: dt.datetime  # when it was posted, local time
    created_by: str | None
    origin_site: str
    site_name: str  # the origin site's name, or its key when this site does not know it
    fund_uuid: str
    holder: str  # 东关社区, or 东关社区·幸福小区党支部
    fund_type: str
    year: int
    kind: str
    posted_on: dt.date
    voucher: str  # or an allocation's document number
    amount_fen: int  # signed by its effect on the balance
    original_voucher: str | None  # a reversal: the voucher it cancels
    reason: str | None
    overdraft_by: str | None

    @property
    def action(self) -> str:
        return "红字冲销" if self.original_voucher is not None else "记账"

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def fund_label(self) -> str:
        return f"{self.holder} {type_label(self.fund_type)} {self.year}年"


@dataclass(frozen=True)
class CloseRow:
    uuid: str
    org_unit: str  # its name
    code: str
    year: int
    month: int  # 0 = the whole year
    note: str | None
    closed_by: str | None
    closed_at: dt.datetime  # local time

    @property
    def period(self) -> str:
        return f"{self.year}年全年" if self.month == 0 else f"{self.year}年{self.month}月"


def trail(root_path: str | None, year: int | None = None, start: dt.date | None = None,
          end: dt.date | None = None, limit: int | None = None) -> list[TrailRow]:
    """Postings and reversals of the funds under root_path, newest first."""
    root_path = within(root_path)
    e, original = LedgerEntry, LedgerEntry.alias("original")
    query = (e.select(e.uuid, e.created_at, e.created_by, e.origin_site, fn.COALESCE(Site.name, e.origin_site),
                      Fund.uuid, OrgUnit.name, PartyBranch.name, Fund.fund_type, Fund.year, e.kind, e.posted_on,
                      fn.COALESCE(e.voucher, e.doc_no, ""), e.amount_fen, e.reverses,
                      fn.COALESCE(original.voucher, original.doc_no, ""), e.reason, e.overdraft_by)
             .join(Fund, on=(e.fund == Fund.uuid))
             .join(OrgUnit, on=(Fund.community == OrgUnit.uuid))
             .switch(Fund).join(PartyBranch, JOIN.LEFT_OUTER, on=(Fund.branch == PartyBranch.uuid))
             .switch(e).join(original, JOIN.LEFT_OUTER, on=(e.reverses == original.uuid))
             .switch(e).join(Site, JOIN.LEFT_OUTER, on=(e.origin_site == Site.uuid))
             .where(LIVE_ENTRY & LIVE_FUND)
             .order_by(e.created_at.desc(), e.uuid.desc()))
    query = day_range(under(query, root_path), start, end)
    if year is not None:
        query = query.where(Fund.year == year)
    if limit:
        query = query.limit(limit)
    # the raw cursor: peewee's per-column conversion was two thirds of a year's 47,000 rows
    clock = local_clock()
    return [_row(r, clock) for r in database.execute(query)]


def _row(r: tuple, clock) -> TrailRow:
    (uuid, created_at, created_by, site, site_name, fund, community, branch, fund_type, year, kind, posted_on,
     voucher, amount, reverses, original_voucher, reason, overdraft_by) = r
    holder = f"{community}·{branch}" if branch else community
    return TrailRow(uuid, clock(created_at), created_by, site, site_name, fund, holder, fund_type, year, kind,
                    dt.date.fromisoformat(posted_on), voucher, amount, original_voucher if reverses else None,
                    reason if reverses else None, overdraft_by)


def closes(root_path: str | None, year: int | None = None) -> list[CloseRow]:
    """Closed periods of org units inside root_path or above it, newest period first."""
    root_path = within(root_path)
    query = (PeriodClose.select(PeriodClose.uuid, OrgUnit.name, OrgUnit.code, PeriodClose.year, PeriodClose.month,
                                PeriodClose.note, PeriodClose.created_by, PeriodClose.created_at)
             .join(OrgUnit, on=(PeriodClose.org_unit == OrgUnit.uuid))
             .where(PeriodClose.deleted == False)  # noqa: E712
             .order_by(PeriodClose.year.desc(), PeriodClose.month.desc(), OrgUnit.path))
    if root_path:
        query = query.where(OrgUnit.under(root_path) | OrgUnit.path.in_(_ancestors(root_path)))
    if year is not None:
        query = query.where(PeriodClose.year == year)
    return [CloseRow(u, name, code, y, m, note, by, local_time(at))
            for u, name, code, y, m, note, by, at in query.tuples()]


def _ancestors(path: str) -> list[str]:
    """The paths above `path` (a/b/c/ -> a/, a/b/)."""
    parts = path.rstrip("/").split("/")
    return ["/".join(parts[:i]) + "/" for i in range(1, len(parts))]
