"""The figures of the four orders, computed from the records for any subtree and
period (the period is [start, end) on the record's own date: a request's
receipt, an order's dispatch, a call-back's date, a session's day).

- orders.requests: requests received (merged duplicates not counted);
- orders.quick_completion_rate: reply and transfer requests closed by their due time;
- orders.needs / orders.offers: need-list and supply-list items;
- orders.services: service orders dispatched, less returned and cancelled ones;
- orders.service_completion_rate: of those, completed (办结);
- orders.review_sessions: monthly review sessions held;
- orders.response_rate 响应率: orders accepted or returned by their response deadline;
- orders.resolution_rate 解决率: call-backs saying the problem was solved;
- orders.satisfaction_rate 满意率: call-backs satisfied or basically satisfied;
- orders.on_time_rate: completed orders completed by their deadline.

The request, service-order and call-back figures are read from the monthly roll-ups
(app/rollup.py, db/rollup.py: the same counts whatever the district's history); the
scans below them stay as the reference (SCANS), which a test holds them equal to. In a
scan a rate's part and whole are counted in one statement, the request figures from
the covering index request_kpi (migration 0008).
"""

import datetime as dt

from peewee import SQL, Case, fn

from app import rollup
from app.local_days import local_dates, utc_range
from app.stats import Period, kpi, rate
from db.models import CallBack, Need, Offer, OrgUnit, Request, ReviewSession, ServiceOrder

LIVE_SERVICE = ~ServiceOrder.state.in_(("returned", "cancelled"))


def _scope(query, org_field, root: str | None):
    if root:
        query = query.join(OrgUnit, on=(org_field == OrgUnit.uuid)).where(OrgUnit.under(root))
    return query


def _period(query, field, period: Period):
    return query.where((field >= period[0]) & (field < period[1])) if period else query


def _columns(part) -> list:
    """COUNT(*) (not COUNT(uuid): a covering index can answer it), and how many
    of the counted rows meet `part`, in the same pass."""
    columns = [fn.COUNT(SQL("*"))]
    if part is not None:
        columns.append(fn.SUM(Case(None, [(part, 1)], 0)))
    return columns


def _result(query, part):
    row = query.scalar(as_tuple=True) or (0, 0)
    whole = row[0] or 0
    return whole if part is None else (row[1] or 0, whole)


def _requests(root, period, *conditions, part=None):
    query = Request.select(*_columns(part)).where((Request.deleted == False) & (Request.state != "merged"))  # noqa: E712
    for c in conditions:
        query = query.where(c)
    return _result(_period(_scope(query, Request.grid, root), Request.received_at, period), part)


def _orders(root, period, *conditions, part=None):
    query = ServiceOrder.select(*_columns(part)).where(ServiceOrder.deleted == False)  # noqa: E712
    for c in conditions:
        query = query.where(c)
    return _result(_period(_scope(query, ServiceOrder.community, root), ServiceOrder.dispatched_at, period), part)


def _callbacks(root, period, part):
    query = CallBack.select(*_columns(part)).where(CallBack.deleted == False)  # noqa: E712
    if root:
        query = query.join(ServiceOrder)
    return _result(_period(_scope(query, ServiceOrder.community, root), CallBack.at, period), part)


def requests(root, period):
    return _requests(root, period)


def quick_completion(root, period):
    quick = Request.kind.in_(("reply", "transfer"))
    return rate(*_requests(root, period, quick, part=Request.closed_at <= Request.due_at))


@kpi("orders.needs", "需求清单", periodic=True)
def needs(root, period):
    query = Need.select(fn.COUNT(SQL("*"))).where(Need.deleted == False)  # noqa: E712
    if root or period:  # scope and period come from the request
        query = query.join(Request, on=(Need.request == Request.uuid))
    return _period(_scope(query, Request.grid, root), Request.received_at, period).scalar() or 0


@kpi("orders.offers", "供给清单", periodic=True)
def offers(root, period):
    query = Offer.select(fn.COUNT(SQL("*"))).where(Offer.deleted == False)  # noqa: E712
    if period:
        start, end = local_dates(period)
        query = query.where((Offer.valid_from < end) & (Offer.valid_to.is_null() | (Offer.valid_to >= start)))
    return _scope(query, Offer.community, root).scalar() or 0


def services(root, period):
    return _orders(root, period, LIVE_SERVICE)


def service_completion(root, period):
    return rate(*_orders(root, period, LIVE_SERVICE, part=ServiceOrder.completed_at.is_null(False)))


@kpi("orders.review_sessions", "群众评议", periodic=True)
def review_sessions(root, period):
    query = ReviewSession.select(fn.COUNT(SQL("*"))).where(ReviewSession.deleted == False)  # noqa: E712
    if period:
        start, end = local_dates(period)
        query = query.where((ReviewSession.held_on >= start) & (ReviewSession.held_on < end))
    return _scope(query, ReviewSession.community, root).scalar() or 0


def response(root, period):
    on_time = ServiceOrder.responded_at.is_null(False) & (ServiceOrder.responded_at <= ServiceOrder.respond_by)
    return rate(*_orders(root, period, part=on_time))


def resolution(root, period):
    return rate(*_callbacks(root, period, CallBack.resolved == True))  # noqa: E712


def satisfaction(root, period):
    return rate(*_callbacks(root, period, CallBack.satisfaction.in_(("satisfied", "basic"))))


def on_time(root, period):
    done = ServiceOrder.completed_at.is_null(False)
    return rate(*_orders(root, period, done, part=ServiceOrder.completed_at <= ServiceOrder.complete_by))


SCANS = {"orders.requests": requests, "orders.quick_completion_rate": quick_completion,
         "orders.services": services, "orders.service_completion_rate": service_completion,
         "orders.response_rate": response, "orders.resolution_rate": resolution,
         "orders.satisfaction_rate": satisfaction, "orders.on_time_rate": on_time}
ROLLED = (  # key, label, kind, the roll-up's table, its part (None: a count) and whole
    ("orders.requests", "收集居民诉求", "count", "request", None, "n"),
    ("orders.quick_completion_rate", "回复解释类、转交办理类快速办结率", "rate", "request", "quick_on_time", "quick"),
    ("orders.services", "服务清单", "count", "service_order", None, "live"),
    ("orders.service_completion_rate", "服务清单办结率", "rate", "service_order", "live_done", "live"),
    ("orders.response_rate", "响应率", "rate", "service_order", "responded", "n"),
    ("orders.resolution_rate", "解决率", "rate", "call_back", "resolved", "n"),
    ("orders.satisfaction_rate", "满意率", "rate", "call_back", "satisfied", "n"),
    ("orders.on_time_rate", "按时办结率", "rate", "service_order", "done_on_time", "done"),
)


def _rolled(table: str, part: str | None, whole: str):
    def figure(root, period):
        sums = rollup.total(table, root, period)
        return sums[whole] if part is None else rate(sums[part], sums[whole])
    return figure


for _key, _label, _kind, _table, _part, _whole in ROLLED:
    kpi(_key, _label, _kind, periodic=True)(_rolled(_table, _part, _whole))


def year_period(year: int) -> tuple[dt.datetime, dt.datetime]:
    return utc_range(dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
