"""Monthly series for the charts of a work report, one grouped query each, for a subtree.

They count what app/orders/kpis.py counts, month by month (the month of the request's
receipt, of the order's dispatch — UTC, as the stats periods): requests received
(merged duplicates not counted) and of the reply/transfer ones those closed by their
due time; service orders dispatched less returned and cancelled ones, and of those the
completed ones. A month's rates use stats.rate, so a month equals
stats.compute(root, keys, that month) (tests/reports/test_reports.py checks it).
"""

import datetime as dt
from dataclasses import dataclass

from peewee import SQL, Case, fn

from app.scope import within
from app.stats import rate
from db.models import OrgUnit, Request, ServiceOrder

LIVE_SERVICE = ~ServiceOrder.state.in_(("returned", "cancelled"))


@dataclass(frozen=True)
class Month:
    key: str  # 2026-10
    requests: int
    quick_completion_rate: float | None  # None: no reply/transfer request that month
    services: int
    service_completion_rate: float | None  # None: no service order that month

    @property
    def label(self) -> str:
        return f"{int(self.key[5:])}月"


def months(end: dt.date, count: int = 12) -> list[str]:
    """The `count` month keys before `end` (exclusive, the first day of a month), oldest first."""
    year, month = end.year, end.month
    out = []
    for _ in range(count):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        out.append(f"{year}-{month:02d}")
    return out[::-1]


def monthly(root_path: str | None, end: dt.date, count: int = 12) -> list[Month]:
    root_path = within(root_path)
    keys = months(end, count)
    start = dt.datetime(int(keys[0][:4]), int(keys[0][5:]), 1)
    stop = dt.datetime(end.year, end.month, 1)
    requests = _requests(root_path, start, stop)
    services = _services(root_path, start, stop)
    out = []
    for key in keys:
        total, quick, quick_done = requests.get(key, (0, 0, 0))
        orders, done = services.get(key, (0, 0))
        out.append(Month(key, total, rate(quick_done, quick) if quick else None, orders,
                         rate(done, orders) if orders else None))
    return out


def _scope(query, org_field, root_path: str | None):
    if root_path:
        query = query.join(OrgUnit, on=(org_field == OrgUnit.uuid)).where(OrgUnit.under(root_path))
    return query


def _count_if(condition):
    return fn.SUM(Case(None, [(condition, 1)], 0))


def _requests(root_path, start, stop) -> dict[str, tuple[int, int, int]]:
    month = fn.substr(Request.received_at, 1, 7)
    quick = Request.kind.in_(("reply", "transfer"))
    query = (Request.select(month, fn.COUNT(SQL("*")), _count_if(quick),
                            _count_if(quick & (Request.closed_at <= Request.due_at)))
             .where((Request.deleted == False) & (Request.state != "merged")  # noqa: E712
                    & (Request.received_at >= start) & (Request.received_at < stop)))
    query = _scope(query, Request.grid, root_path).group_by(month)
    return {m: (n, q or 0, d or 0) for m, n, q, d in query.tuples()}


def _services(root_path, start, stop) -> dict[str, tuple[int, int]]:
    month = fn.substr(ServiceOrder.dispatched_at, 1, 7)
    query = (ServiceOrder.select(month, fn.COUNT(SQL("*")), _count_if(ServiceOrder.completed_at.is_null(False)))
             .where((ServiceOrder.deleted == False) & LIVE_SERVICE  # noqa: E712
                    & (ServiceOrder.dispatched_at >= start) & (ServiceOrder.dispatched_at < stop)))
    query = _scope(query, ServiceOrder.community, root_path).group_by(month)
    return {m: (n, d or 0) for m, n, d in query.tuples()}
