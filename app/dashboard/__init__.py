"""The start page's figures (首页), no Qt: for an org subtree and a period (a month,
quarter or year) the KPI cards (cards.py: app.stats for the period and the one
before), the twelve-month trends (trends.py: requests by month and category, the
three rates) and the period's breakdowns (breakdowns.py: service completion by
unit, mediation outcomes, fund use against budget). `compute()` gathers them all
in one call, for a job on the UI's runner."""

from dataclasses import dataclass
from time import perf_counter

from app.dashboard import breakdowns, cards, trends
from app.dashboard.periods import previous
from app.linkage.kpis import settled_where
from app.notices.periods import NoticePeriod
from app.orders.lists import is_whole_tree
from app.scope import within


@dataclass(frozen=True)
class Dashboard:
    root_path: str | None
    period: NoticePeriod
    previous: NoticePeriod
    cards: list[cards.CardValue]
    requests: trends.MonthlyRequests
    rate_months: list[NoticePeriod]
    rates: list[trends.RateLine]
    completion: breakdowns.Completion
    outcomes: dict[str, int]
    funds: list[breakdowns.FundUse]
    seconds: float
    empty: bool = False  # nothing recorded in the period (cards.nothing_recorded)
    settled: dict[int, int] | None = None  # matters by the level where they were settled (linkage.kpis)


def compute(root_path: str | None, period: NoticePeriod, cancelled=lambda: False) -> Dashboard | None:
    """Everything the start page shows; None when cancelled on the way."""
    root_path = within(root_path)
    started = perf_counter()
    root = None if is_whole_tree(root_path) else root_path  # no scope join for the whole tree
    values = cards.card_values(root, period, cancelled)
    if cancelled():
        return None
    requests = trends.requests_by_month(root, period)
    months, rates = trends.rates_by_month(root, period)
    if cancelled():
        return None
    settled = settled_where(root, period.as_stats_period())
    return Dashboard(root_path, period, previous(period), values, requests, months, rates,
                     breakdowns.service_completion(root, period), breakdowns.mediation_outcomes(root, period),
                     breakdowns.fund_use(root, period), round(perf_counter() - started, 3),
                     cards.nothing_recorded(values), settled)
