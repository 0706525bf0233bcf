"""The KPI cards of the start page: for an org subtree and a period, each figure of
app.stats for the period and for the one before (periods.previous), and the change.

Three sorts of card:
- a figure of the period (periodic): stats.compute(root, [key], period) and the
  same for the previous period;
- a figure of the present state (the grids, registered units, members, volunteer
  teams): computed once, no previous value and no change;
- the year so far (funds.balance): the balance of the entries dated from 1 January
  of the period's year to the period's end, against the same for the previous
  period — a month's own entries net to a flow, not a balance.
The change is relative for counts and money ((now − before) / before, None when
before is 0) and in percentage points for rates (now − before)."""

from dataclasses import dataclass
from functools import cached_property

from app import stats
from app.dashboard import periods
from app.notices.periods import NoticePeriod
from app.orders.lists import COUNTED
from app.scope import within

PERIOD, STATE, YEAR_TO_DATE = "period", "state", "ytd"


@dataclass(frozen=True)
class CardSpec:
    key: str
    tab: str  # where a click leads: grid / orders / mediation / funds / support
    page: str  # that tab's page key
    sort: str = PERIOD
    short: str = ""  # a shorter caption than the registry's label
    state: str | None = None  # the state filter of the list a click opens, so that it counts the same


CARDS = (
    CardSpec("orders.requests", "orders", "requests", state=COUNTED),
    CardSpec("orders.quick_completion_rate", "orders", "requests", short="快速办结率"),
    CardSpec("orders.service_completion_rate", "orders", "board"),
    CardSpec("orders.satisfaction_rate", "orders", "board", short="回访满意率"),
    CardSpec("orders.review_sessions", "orders", "reviews", short="群众评议会"),
    CardSpec("selfgov.deliberations", "mediation", "meetings", short="说事议事会议"),
    CardSpec("selfgov.matters_resolved", "mediation", "meetings"),
    CardSpec("virtue.mediations", "mediation", "cases", short="受理调解纠纷"),
    CardSpec("law.zero_petition_rate", "mediation", "zeros"),
    CardSpec("linkage.within_grid", "linkage", "sent", short="小事不出网格"),
    CardSpec("linkage.within_community", "linkage", "sent", short="大事不出社区"),
    CardSpec("service.proxy_services", "support", "proxy"),
    CardSpec("funds.spent", "funds", "budget", short="经费支出"),
    CardSpec("funds.balance", "funds", "budget", YEAR_TO_DATE, short="经费余额（本年至期末）"),
    CardSpec("org.grids", "grid", "details", STATE),
    CardSpec("support.units", "support", "units", STATE),
    CardSpec("support.members", "support", "members", STATE),
    CardSpec("support.volunteer_teams", "support", "volunteers", STATE),
)


@dataclass(frozen=True)
class CardValue:
    spec: CardSpec
    label: str
    kind: str  # count | rate | money
    value: float | int
    previous: float | int | None  # None: a figure of the present state

    @property
    def key(self) -> str:
        return self.spec.key

    @cached_property
    def text(self) -> str:
        return stats.format_value(self.key, self.value)

    @cached_property
    def previous_text(self) -> str:
        return "" if self.previous is None else stats.format_value(self.key, self.previous)

    @property
    def change(self) -> float | None:
        """Rates: the difference in percentage points; the others: relative (0.125 = +12.5 %)."""
        if self.previous is None:
            return None
        if self.kind == "rate":
            return round((self.value - self.previous) * 100, 1)
        return round((self.value - self.previous) / abs(self.previous), 4) if self.previous else None


def card_values(root_path: str | None, period: NoticePeriod, cancelled=lambda: False) -> list[CardValue]:
    root_path = within(root_path)
    before = periods.previous(period)
    keys = {sort: [c.key for c in CARDS if c.sort == sort] for sort in (PERIOD, STATE, YEAR_TO_DATE)}
    now = stats.compute(root_path, keys[PERIOD], period.as_stats_period())
    if cancelled():
        return []
    now |= stats.compute(root_path, keys[YEAR_TO_DATE], periods.year_to_end(period))
    then = stats.compute(root_path, keys[PERIOD], before.as_stats_period())
    then |= stats.compute(root_path, keys[YEAR_TO_DATE], periods.year_to_end(before))
    now |= stats.compute(root_path, keys[STATE])
    out = []
    for spec in CARDS:
        kpi = stats.REGISTRY[spec.key]
        out.append(card := CardValue(spec, spec.short or kpi.label, kpi.kind, now[spec.key], then.get(spec.key)))
        card.text, card.previous_text  # noqa: B018  (formatted here, on the runner: the window only shows them)
    return out


def nothing_recorded(values: list[CardValue]) -> bool:
    """No count or sum of the period has anything in it (its rates are then 0 %, or 100 % for the
    zero-petition rate): the page says so instead of showing rates of nothing."""
    return all(not v.value for v in values if v.spec.sort == PERIOD and v.kind != "rate")
