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
`stats --period` and the lists count them); the counts come from the monthly roll-ups
(app/rollup.py), which answer any range exactly, and read only the roll-up when the range is
a roll-up month (Asia/Shanghai: on an office PC, always)."""

from collections import defaultdict
from dataclasses import dataclass

from app import rollup
from app.dashboard import periods
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


def _monthly(table: str, root_path: str | None, months: list[NoticePeriod], group: tuple[str, ...] = ()):
    """Each month's sums from the roll-up (app/rollup.py: exactly what a scan of the month counts)."""
    return rollup.monthly(table, root_path, [m.as_stats_period() for m in months], group)


def requests_by_month(root_path: str | None, period: NoticePeriod,
                      count: int = periods.MONTHS_SHOWN) -> MonthlyRequests:
    """The `count` months ending with the period (a session's agenda reads a quarter: app/linkage/agenda.py)."""
    root_path = within(root_path)
    months = periods.months_ending(period, count)
    by_category: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    for i, found in enumerate(_monthly("request", root_path, months, ("category",))):
        for (category,), sums in found.items():
            if sums["n"]:
                by_category[category][i] += sums["n"]
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
    orders = _monthly("service_order", root_path, months)
    calls = _monthly("call_back", root_path, months)
    lines = []
    sources = (("orders.response_rate", orders, "responded"), ("orders.resolution_rate", calls, "resolved"),
               ("orders.satisfaction_rate", calls, "satisfied"))
    for key, source, part in sources:
        sums = [found.get((), {}) for found in source]
        wholes, parts = [s.get("n", 0) for s in sums], [s.get(part, 0) for s in sums]
        values = [rate(p, w) if w else None for p, w in zip(parts, wholes, strict=True)]
        lines.append(RateLine(key, RATES[key], values, wholes))
    return months, lines
