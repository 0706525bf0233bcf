"""A period or unit switch on the start page (首页), in the real window on the small demo:
each chart is made once and kept — the same QChart, its bars, points, slices and axis
categories replaced in place — and shows exactly the new figures; an empty period shows
its texts, and the next period with records brings the same charts back."""

from PySide6.QtCharts import QBarCategoryAxis

from app.dashboard import Dashboard
from tests.dashboard.test_ui_dashboard import COMMUNITY, DISTRICT, computed, demo, path_of, runner, window  # noqa: F401  (fixtures)
from ui.tabs.dashboard.breakdowns import settled_text
from ui.tabs.dashboard.charts import month_labels

CHARTS = ("requests", "rates", "completion", "outcomes", "settled", "funds")


def charts_of(tab) -> dict:
    shown = {key: tab.charts[key].chart() for key in CHARTS}
    assert all(chart is not None for chart in shown.values()), {k: tab.charts[k].message.text() for k in CHARTS}
    return shown


def categories(chart) -> list[str]:
    return next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis)).categories()


def values(bar) -> list[float]:
    return [bar.at(i) for i in range(bar.count())]


def assert_trends_shown(tab, f: Dashboard) -> None:
    requests = tab.charts["requests"].chart()
    bars = requests.series()[0].barSets()
    assert [b.label() for b in bars] == [s.label for s in f.requests.stacks]
    assert [values(b) for b in bars] == [[float(n) for n in s.counts] for s in f.requests.stacks]
    assert categories(requests) == month_labels(f.requests.months)
    lines = tab.charts["rates"].chart().series()
    assert [s.name() for s in lines] == [line.label for line in f.rates]
    for series, line in zip(lines, f.rates, strict=True):
        expected = [(float(i), round(v * 100, 1)) for i, v in enumerate(line.values) if v is not None]
        assert [(p.x(), p.y()) for p in series.points()] == expected


def assert_breakdowns_shown(tab, f: Dashboard) -> None:
    completion = tab.charts["completion"].chart()
    units = list(reversed(f.completion.units))
    assert values(completion.series()[0].barSets()[0]) == [round(u.rate * 100, 1) for u in units]
    assert categories(completion) == [u.name for u in units]
    pie = tab.charts["outcomes"].chart().series()[0]
    assert [(s.value(), s.label().split()[-1]) for s in pie.slices()] == [
        (float(n), f"{n:,}（{n / sum(f.outcomes.values()):.0%}）") for n in f.outcomes.values()]
    budget, used = tab.charts["funds"].chart().series()[0].barSets()
    large = max(max(u.budget_fen, u.used_fen) for u in f.funds) >= 10_000_000  # 1,000 万元 in fen
    divisor, unit = (1_000_000, "10,000 yuan") if large else (100, "yuan")
    assert values(budget) == [u.budget_fen / divisor for u in f.funds]
    assert values(used) == [u.used_fen / divisor for u in f.funds] and unit in tab.charts["funds"].title.text()
    settled = tab.charts["settled"].chart()
    total, levels = sum(f.settled.values()), sorted(f.settled)
    assert values(settled.series()[0].barSets()[0]) == [round(f.settled[k] * 100 / total, 1) for k in levels]
    assert categories(settled) == [settled_text(k, f.settled, total) for k in levels]


def test_a_period_switch_replaces_the_values_in_the_same_charts(window, qtbot):  # noqa: F811
    tab = window.dashboard_tab
    tab.choose(path_of(DISTRICT), "2026-10")
    assert_trends_shown(tab, computed(qtbot, tab, path_of(DISTRICT), "2026-10"))
    before = charts_of(tab)
    for key in ("2025", "2026-Q2", "2026", "2026-09"):  # 1, 2, 3 and 1 outcome slices
        tab.choose(path_of(DISTRICT), key)
        figures = computed(qtbot, tab, path_of(DISTRICT), key)
        assert charts_of(tab) == before  # the same QChart objects: nothing built again
        assert all(tab.charts[k].chart() is before[k] for k in CHARTS)
        assert_trends_shown(tab, figures)
        assert_breakdowns_shown(tab, figures)


def test_a_unit_switch_changes_the_number_of_bars_in_place(window, qtbot):  # noqa: F811
    tab = window.dashboard_tab
    tab.choose(path_of(DISTRICT), "2025")
    district = computed(qtbot, tab, path_of(DISTRICT), "2025")
    before = charts_of(tab)
    assert len(district.completion.units) > 1
    tab.choose(path_of(COMMUNITY), "2025")
    community = computed(qtbot, tab, path_of(COMMUNITY), "2025")
    assert categories(tab.charts["completion"].chart()) == ["工农路社区"]
    assert tab.charts["completion"].chart() is before["completion"]
    assert_trends_shown(tab, community)
    tab.choose(path_of(DISTRICT), "2025")  # and back: the bars grow again
    assert_breakdowns_shown(tab, computed(qtbot, tab, path_of(DISTRICT), "2025"))
    assert tab.charts["requests"].chart() is before["requests"]


def test_an_empty_period_shows_its_texts_and_the_next_one_the_same_charts(window, qtbot):  # noqa: F811
    tab = window.dashboard_tab
    tab.choose(path_of(DISTRICT), "2026-10")
    computed(qtbot, tab, path_of(DISTRICT), "2026-10")
    before = charts_of(tab)
    tab.choose(path_of(DISTRICT), "2023-01")  # before the demo's records
    computed(qtbot, tab, path_of(DISTRICT), "2023-01")
    assert all(tab.charts[k].chart() is None for k in CHARTS)
    assert tab.charts["requests"].message.text() == "No requests in these twelve months."
    assert tab.charts["rates"].message.text() == "No service orders or call-backs in these twelve months."
    assert tab.charts["funds"].message.text() == "No fund ledgers for this year."
    assert tab.empty.isVisible() and not tab.cards.isVisible()
    tab.choose(path_of(DISTRICT), "2026-Q3")
    figures = computed(qtbot, tab, path_of(DISTRICT), "2026-Q3")
    assert charts_of(tab) == before and all(tab.charts[k].chart() is before[k] for k in CHARTS)
    assert_trends_shown(tab, figures)
    assert_breakdowns_shown(tab, figures)
    assert not tab.empty.isVisible() and tab.cards.isVisible()
