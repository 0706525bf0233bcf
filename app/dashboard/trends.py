"""The twelve-month trends of the start page, one grouped query each:

- requests by month and category: live, unmerged requests by the month of their
  receipt (as orders.requests), the categories with most requests over the twelve
  months shown by name and the rest (with the catalogue's own 其他) as 其他;
- the three rates by month, each exactly the KPI of app/orders/kpis.py for that month:
  响应率 orders.response_rate — service orders dispatched in the month that were
  accepted or returned by their response deadline (responded_at <= respond_by), over
  all orders dispatched in the month; 解决率 orders.resolution_rate — call-backs of
  the month saying the problem was solved; 满意率 orders.satisfaction_rate —
  call-backs of the month satisfied or basically satisfied. A month with nothing to
  count has no point (None), where app.stats would say 0.

Months are local calendar months (their UTC bounds from NoticePeriod.as_stats_period(), as
`stats --period` and the lists count them); a row's month is found by comparing it with those
bounds, not by its UTC text, so a request at 00:30 on the 1st in Beijing is in the new month."""

from collections import defaultdict
from dataclasses import dataclass

from app.dashboard import periods
from app.dashboard.sql import in_subtree, rows, stamp
from app.notices.periods import NoticePeriod
from app.scope import within
from app.stats import rate
from db.models import Category

TOP_CATEGORIES = 5
OTHER = "其他"
RATES = {"orders.response_rate": "响应率", "orders.resolution_rate": "解决率", "orders.satisfaction_rate": "满意率"}


@dataclass(frozen=True)
class Stack:
    category: str | None  # the category code; None for 其他
    label: str
    counts: list[int]  # one per month


@dataclass(frozen=True)
class MonthlyRequests:
    months: list[NoticePeriod]
    stacks: list[Stack]  # the top categories by total, then 其他 (when any)

    def totals(self) -> list[int]:
        return [sum(s.counts[i] for s in self.stacks) for i in range(len(self.months))]


@dataclass(frozen=True)
class RateLine:
    key: str
    label: str
    values: list[float | None]  # 0..1, 4 decimals; None: nothing counted that month
    wholes: list[int]  # what each rate is counted over


def _bounds(months: list[NoticePeriod]) -> tuple[str, str]:
    return stamp(months[0].as_stats_period()[0]), stamp(months[-1].as_stats_period()[1])


def _month_of(column: str, months: list[NoticePeriod]) -> tuple[str, tuple]:
    """An SQL expression giving the index in `months` of a time within _bounds(months)."""
    starts = tuple(stamp(m.as_stats_period()[0]) for m in months[1:])
    cases = " ".join(f"WHEN {column} < ? THEN {i}" for i in range(len(starts)))
    return f"CASE {cases} ELSE {len(starts)} END", starts


def requests_by_month(root_path: str | None, period: NoticePeriod,
                      count: int = periods.MONTHS_SHOWN) -> MonthlyRequests:
    """The `count` months ending with the period (a session's agenda reads a quarter: app/linkage/agenda.py)."""
    root_path = within(root_path)
    months = periods.months_ending(period, count)
    scope, scope_params = in_subtree("grid_uuid", root_path)
    month, month_params = _month_of("received_at", months)
    found = rows(f"SELECT {month}, category, COUNT(*) FROM request "
                 "WHERE deleted = 0 AND state != 'merged' AND received_at >= ? AND received_at < ?"
                 f"{scope} GROUP BY 1, 2", (*month_params, *_bounds(months), *scope_params))
    by_category: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    for index, category, count in found:
        by_category[category][index] += count
    ranked = sorted((c for c in by_category if c != "other"), key=lambda c: (-sum(by_category[c]), c))
    names = {c.code: c.name for c in Category.select()} if ranked else {}  # a retired one keeps its name
    stacks = [Stack(c, names.get(c, c), by_category[c]) for c in ranked[:TOP_CATEGORIES]]
    rest = [by_category[c] for c in by_category if c not in ranked[:TOP_CATEGORIES]]
    if rest:
        stacks.append(Stack(None, OTHER, [sum(col) for col in zip(*rest, strict=True)]))
    return MonthlyRequests(months, stacks)


def rates_by_month(root_path: str | None, period: NoticePeriod) -> tuple[list[NoticePeriod], list[RateLine]]:
    root_path = within(root_path)
    months = periods.months_ending(period)
    scope, scope_params = in_subtree("o.community_uuid", root_path)
    dispatched, dispatched_params = _month_of("o.dispatched_at", months)
    responded = rows(f"SELECT {dispatched}, COUNT(*), "
                     "SUM(o.responded_at IS NOT NULL AND o.responded_at <= o.respond_by) FROM service_order o "
                     f"WHERE o.deleted = 0 AND o.dispatched_at >= ? AND o.dispatched_at < ?{scope} GROUP BY 1",
                     (*dispatched_params, *_bounds(months), *scope_params))
    join = " JOIN service_order o ON o.uuid = c.order_uuid" if root_path else ""
    at, at_params = _month_of("c.at", months)
    called = rows(f"SELECT {at}, COUNT(*), SUM(c.resolved = 1), "
                  "SUM(c.satisfaction IN ('satisfied', 'basic')) FROM call_back c"
                  f"{join} WHERE c.deleted = 0 AND c.at >= ? AND c.at < ?{scope} GROUP BY 1",
                  (*at_params, *_bounds(months), *scope_params))
    lines = []
    for key, source, column in (("orders.response_rate", responded, 2), ("orders.resolution_rate", called, 2),
                                ("orders.satisfaction_rate", called, 3)):
        parts, wholes = [0] * len(months), [0] * len(months)
        for row in source:
            wholes[row[0]], parts[row[0]] = row[1], row[column] or 0
        values = [rate(p, w) if w else None for p, w in zip(parts, wholes, strict=True)]
        lines.append(RateLine(key, RATES[key], values, wholes))
    return months, lines
