"""The start page's figures (app/dashboard) on a `small` demo file built once: the
cards equal app.stats for the period and the one before, and every series is
checked against counts made here from the records."""

import datetime as dt
import time
from collections import Counter, defaultdict

import pytest

from app import dashboard, stats
from app.dashboard import breakdowns, cards, periods, trends
from app.linkage.kpis import settled_where
from app.notices.periods import parse
from app.session import close_session, open_session
from db.models import (
    CallBack,
    Fund,
    LedgerEntry,
    Level,
    MediationCase,
    MediationEvent,
    OrgUnit,
    Request,
    ServiceOrder,
)


@pytest.fixture
def opened(small):
    open_session(small)
    yield small
    close_session()


def units(level: Level) -> list[OrgUnit]:
    return list(OrgUnit.live().where(OrgUnit.level == int(level)).order_by(OrgUnit.path))


def district() -> OrgUnit:
    return units(Level.DISTRICT)[0]


def under(uuid: str, root: str | None) -> bool:
    return root is None or OrgUnit.get_by_id(uuid).path.startswith(root)


# -- periods ------------------------------------------------------------------
def test_previous_periods_and_the_twelve_months():
    assert periods.previous(parse("2026-01")).key == "2025-12"
    assert periods.previous(parse("2026-Q1")).key == "2025-Q4"
    assert periods.previous(parse("2026-Q3")).key == "2026-Q2"
    assert periods.previous(parse("2026")).key == "2025"
    months = periods.months_ending(parse("2026-Q1"))
    assert [m.key for m in months][:2] == ["2025-04", "2025-05"] and months[-1].key == "2026-03"
    assert len(months) == 12
    assert periods.months_ending(parse("2025"))[-1].key == "2025-12"
    assert periods.year_to_end(parse("2026-03")) == (dt.datetime(2026, 1, 1), dt.datetime(2026, 4, 1))
    assert periods.default(dt.date(2026, 1, 15)).key == "2025-12"
    assert [p.key for p in periods.choices("quarter", dt.date(2026, 2, 1), 3)] == ["2026-Q1", "2025-Q4", "2025-Q3"]
    assert [p.key for p in periods.choices("year", dt.date(2026, 2, 1), 2)] == ["2026", "2025"]
    assert [periods.short_label(parse(k)) for k in ("2026-09", "2026-Q2", "2025")] == ["9月", "二季度", "2025年"]


# -- cards ----------------------------------------------------------------------
@pytest.mark.parametrize("level", [Level.DISTRICT, Level.COMMUNITY])
def test_cards_are_the_stats_of_the_period_and_the_one_before(opened, level):
    root = units(level)[-1].path
    period = parse("2026-Q2")
    values = {c.key: c for c in cards.card_values(root, period)}
    assert list(values) == [c.key for c in cards.CARDS] and len(values) == 18
    periodic = [c.key for c in cards.CARDS if c.sort == cards.PERIOD]
    assert {k: values[k].value for k in periodic} == stats.compute(root, periodic, period.as_stats_period())
    before = parse("2026-Q1").as_stats_period()
    assert {k: values[k].previous for k in periodic} == stats.compute(root, periodic, before)
    balance = values["funds.balance"]
    assert balance.value == stats.compute(root, ["funds.balance"], (dt.datetime(2026, 1, 1), dt.datetime(2026, 7, 1)))[
        "funds.balance"]
    assert balance.previous == stats.compute(root, ["funds.balance"], (dt.datetime(2026, 1, 1),
                                                                        dt.datetime(2026, 4, 1)))["funds.balance"]
    grids = values["org.grids"]
    assert grids.value == len([g for g in units(Level.GRID) if g.path.startswith(root)]) > 0
    assert grids.previous is None and grids.change is None and grids.previous_text == ""
    requests = values["orders.requests"]
    assert requests.text == stats.format_value("orders.requests", requests.value)
    if requests.previous:
        assert requests.change == round((requests.value - requests.previous) / requests.previous, 4)


def test_a_rate_changes_in_percentage_points():
    spec = cards.CardSpec("orders.satisfaction_rate", "orders", "board")
    card = cards.CardValue(spec, "满意率", "rate", 0.9512, 0.9)
    assert card.change == 5.1 and card.text == "95.1%" and card.previous_text == "90.0%"
    assert cards.CardValue(spec, "x", "count", 3, 0).change is None


# -- trends ---------------------------------------------------------------------
def month_counts(root: str | None, months) -> dict[tuple[str, str], int]:
    keys = {m.key for m in months}
    found: Counter = Counter()
    for r in Request.select(Request.received_at, Request.category, Request.grid, Request.state, Request.deleted):
        month = r.received_at.strftime("%Y-%m")
        if not r.deleted and r.state != "merged" and month in keys and under(r.grid_uuid, root):
            found[(month, r.category)] += 1
    return found


@pytest.mark.parametrize("level", [Level.DISTRICT, Level.COMMUNITY])
def test_requests_by_month_and_category(opened, level):
    root = units(level)[0].path
    result = trends.requests_by_month(root, parse("2026-10"))
    assert [m.key for m in result.months] == [f"2025-{m}" for m in ("11", "12")] + [f"2026-{m:02d}" for m in
                                                                                     range(1, 11)]
    expected = month_counts(root, result.months)
    totals = result.totals()
    for i, month in enumerate(result.months):
        assert totals[i] == sum(n for (m, _c), n in expected.items() if m == month.key)
        assert totals[i] == stats.compute(root, ["orders.requests"], month.as_stats_period())["orders.requests"]
    named = [s for s in result.stacks if s.category]
    assert len(named) == trends.TOP_CATEGORIES and result.stacks[-1].label == "其他"
    by_category = Counter()
    for (_m, c), n in expected.items():
        by_category[c] += n
    assert [by_category[s.category] for s in named] == sorted((n for c, n in by_category.items() if c != "other"),
                                                               reverse=True)[:trends.TOP_CATEGORIES]
    for stack in named:
        assert stack.counts == [expected[(m.key, stack.category)] for m in result.months]
    assert named[0].label and named[0].label != named[0].category  # the catalogue's Chinese name


def test_hand_built_requests_merged_retired_and_elsewhere(orders_world, monkeypatch):
    from app import org
    from app.orders import requests
    from app.orders.requests import RequestInput

    def log(grid, category, day, **kw):
        return requests.log(RequestInput(grid_uuid=orders_world[grid].uuid, content="楼道灯坏了需要维修",
                                         category=category, requester_name="居民",
                                         received_at=dt.datetime(2026, 3, day, 2)), **kw)

    first = log("grid_a", "repair", 1)
    log("grid_a", "repair", 31)
    log("grid_b", "parking", 2)
    log("grid_a", "other", 3)
    log("grid_a", "repair", 4, merge_into=first.uuid)  # merged: not counted
    log("grid_a", "noise", 5).delete_instance()  # retired: a tombstone
    west = org.add_unit(org.add_unit(orders_world["other"], "61100200100201", "西关一片区"), "6110020010020101", "西关第1网格")
    log_west = requests.log(RequestInput(grid_uuid=west.uuid, content="西关的诉求内容", category="noise",
                                         requester_name="居民", received_at=dt.datetime(2026, 4, 1, 2)))
    assert log_west.state == "new"
    monkeypatch.setattr(trends, "TOP_CATEGORIES", 1)
    result = trends.requests_by_month(orders_world["com"].path, parse("2026-04"))
    assert [(s.category, s.label) for s in result.stacks] == [("repair", "房屋维修"), (None, "其他")]
    assert result.stacks[0].counts[-2:] == [2, 0] and result.stacks[1].counts[-2:] == [2, 0]
    whole = trends.requests_by_month(None, parse("2026-04"))
    assert whole.totals()[-2:] == [4, 1]


def test_the_three_rates_by_month_are_the_kpis_of_each_month(opened):
    root = district().path
    months, lines = trends.rates_by_month(root, parse("2026-10"))
    assert [line.label for line in lines] == ["响应率", "解决率", "满意率"]
    orders, calls = defaultdict(list), defaultdict(list)
    for o in ServiceOrder.live():
        orders[o.dispatched_at.strftime("%Y-%m")].append(o)
    for c in CallBack.live():
        calls[c.at.strftime("%Y-%m")].append(c)
    for i, month in enumerate(months):
        figures = stats.compute(root, list(trends.RATES), month.as_stats_period())
        responded = [o for o in orders[month.key] if o.responded_at and o.responded_at <= o.respond_by]
        checks = ((len(orders[month.key]), len(responded)), (len(calls[month.key]), sum(c.resolved for c in calls[
            month.key])), (len(calls[month.key]), sum(c.satisfaction in ("satisfied", "basic") for c in calls[
                month.key])))
        for line, (whole, part) in zip(lines, checks, strict=True):
            assert line.wholes[i] == whole
            assert line.values[i] == (stats.rate(part, whole) if whole else None)
            assert line.values[i] in (figures[line.key], None)
    assert any(v is not None for line in lines for v in line.values)


def test_a_community_s_rates_count_only_its_orders(opened):
    community = units(Level.COMMUNITY)[0]
    months, lines = trends.rates_by_month(community.path, parse("2026"))
    for i, month in enumerate(months):
        whole = sum(1 for o in ServiceOrder.live().where(ServiceOrder.community == community.uuid)
                    if o.dispatched_at.strftime("%Y-%m") == month.key)
        assert lines[0].wholes[i] == whole
        if whole:
            assert lines[0].values[i] == stats.compute(community.path, ["orders.response_rate"],
                                                       month.as_stats_period())["orders.response_rate"]


# -- breakdowns ---------------------------------------------------------------
def test_service_completion_by_community_is_each_community_s_rate(opened):
    period = parse("2025")
    result = breakdowns.service_completion(district().path, period)
    assert result.level == Level.COMMUNITY and not result.lowest
    assert [u.name for u in result.units] == [c.name for c in units(Level.COMMUNITY)]
    start, end = period.as_stats_period()
    for unit in result.units:
        live = [o for o in ServiceOrder.live().where(ServiceOrder.community == unit.uuid)
                if start <= o.dispatched_at < end and o.state not in ("returned", "cancelled")]
        assert (unit.orders, unit.completed) == (len(live), sum(1 for o in live if o.completed_at))
        key = "orders.service_completion_rate"
        assert unit.rate == stats.compute(unit.path, [key], (start, end))[key]


def test_many_communities_are_shown_by_subdistrict(opened, monkeypatch):
    period = parse("2025")
    monkeypatch.setattr(breakdowns, "MAX_BARS", 1)
    result = breakdowns.service_completion(district().path, period)
    sub = units(Level.SUBDISTRICT)[0]
    assert result.level == Level.SUBDISTRICT and [u.name for u in result.units] == [sub.name]
    key = "orders.service_completion_rate"
    assert result.units[0].rate == stats.compute(sub.path, [key], period.as_stats_period())[key]


def outcomes_by_hand(root: str, period) -> Counter:
    start, end = period.as_stats_period()
    found: Counter = Counter()
    for case in MediationCase.live():
        if case.accepted_at is None or not start <= case.accepted_at < end or not under(case.community_uuid, root):
            continue
        state = case.state
        if state == "archived":
            state = MediationEvent.live().where((MediationEvent.case == case.uuid)
                                                & (MediationEvent.action == "archive")).get().from_state
        found["ongoing" if state in ("accepted", "mediating") else state] += 1
    return found


@pytest.mark.parametrize("key", ["2025", "2026"])
def test_mediation_outcomes_of_the_cases_accepted(opened, key):
    root, period = district().path, parse(key)
    result = breakdowns.mediation_outcomes(root, period)
    assert result == dict(outcomes_by_hand(root, period)) and result
    assert list(result) == [k for k in breakdowns.OUTCOMES if k in result]
    assert sum(result.values()) == stats.compute(root, ["virtue.mediations"], period.as_stats_period())[
        "virtue.mediations"]


def test_an_archived_case_counts_under_what_it_was_archived_from(opened):
    archived = MediationCase.live().where(MediationCase.state == "archived").count()
    assert archived > 0  # the small demo archives agreed and ended cases
    total = Counter()
    for year in ("2024", "2025", "2026"):
        total.update(breakdowns.mediation_outcomes(None, parse(year)))
    assert "archived" not in total and total["agreed"] > 0


@pytest.mark.parametrize("level", [Level.DISTRICT, Level.COMMUNITY])
def test_fund_use_against_budget_per_type(opened, level):
    root, period = units(level)[0].path, parse("2026-07")  # expenses are dated 2026-08-01: not yet
    result = breakdowns.fund_use(root, period)
    assert [f.fund_type for f in result] == ["public", "service", "party", "compound_party"]
    budget, used = Counter(), Counter()
    for e in LedgerEntry.live().join(Fund).where((Fund.year == 2026) & (Fund.deleted == False)):  # noqa: E712
        if not under(e.fund.community_uuid, root):
            continue
        if e.kind == "allocation":
            budget[e.fund.fund_type] += e.amount_fen
        elif e.kind == "expense" and e.posted_on < dt.date(2026, 8, 1):
            used[e.fund.fund_type] -= e.amount_fen
    for f in result:
        assert (f.budget_fen, f.used_fen) == (budget[f.fund_type], used[f.fund_type])
        year = stats.compute(root, [f"funds.{f.fund_type}.allocated"], (dt.datetime(2026, 1, 1),
                                                                         dt.datetime(2027, 1, 1)))
        assert f.budget_fen == year[f"funds.{f.fund_type}.allocated"] > f.used_fen > 0
        so_far = stats.compute(root, [f"funds.{f.fund_type}.spent"], periods.year_to_end(period))
        assert f.used_fen == so_far[f"funds.{f.fund_type}.spent"]


def test_a_subtree_without_records_has_empty_series(opened):
    grid = units(Level.GRID)[0]
    figures = dashboard.compute(grid.path, parse("2026-10"))
    assert figures.completion.units == [] and figures.outcomes == {} and figures.funds == []
    assert figures.requests.totals() == [0] * 12 or sum(figures.requests.totals()) > 0  # requests live in grids
    assert all(v is None for line in figures.rates for v in line.values)


def test_compute_gathers_everything_and_stops_when_cancelled(opened):
    root, period = district().path, parse("2026-10")
    started = time.perf_counter()
    figures = dashboard.compute(root, period)
    wall = time.perf_counter() - started
    assert figures.previous.key == "2026-09" and len(figures.cards) == 18
    assert [m.key for m in figures.rate_months] == [m.key for m in figures.requests.months]
    # everything: each part is what its own function gives for the whole tree (no scope join) and the period
    assert (figures.root_path, figures.period) == (root, period)
    assert figures.cards == cards.card_values(None, period)
    assert figures.requests == trends.requests_by_month(None, period)
    assert (figures.rate_months, figures.rates) == trends.rates_by_month(None, period)
    assert figures.completion == breakdowns.service_completion(None, period)
    assert figures.outcomes == breakdowns.mediation_outcomes(None, period)
    assert figures.funds == breakdowns.fund_use(None, period)
    assert figures.settled == settled_where(None, period.as_stats_period())
    assert figures.empty is cards.nothing_recorded(figures.cards) is False
    # the time this compute took, measured inside the call (milliseconds: rounded to 3 places)
    assert 0 < figures.seconds <= round(wall, 3) + 0.0005
    assert dashboard.compute(root, period, cancelled=lambda: True) is None
