"""The start page's chart of where matters were settled (grid / community / subdistrict /
district) on the small demo, opened in the real window: one bar per level with the share
and the count, the same numbers as the linkage figures (the grid's share is 小事不出网格,
grid and community together 大事不出社区), and a click opens the 已上报 page."""

from PySide6.QtCharts import QHorizontalBarSeries

from app import stats
from app.linkage import escalations, kpis
from app.notices.periods import parse
from app.orders import requests
from app.orders.requests import RequestInput
from db.models import Level, OrgUnit
from tests.dashboard.test_ui_dashboard import DISTRICT, computed, demo, path_of, runner, window  # noqa: F401  (fixtures)

YEAR = "2026"


def _escalate_two() -> None:
    """Two new requests of a grid: one sent up by its community (held by the subdistrict), one by its
    subdistrict (held by the district)."""
    grid = OrgUnit.select().where(OrgUnit.level == int(Level.GRID)).order_by(OrgUnit.code).first()
    for level in (Level.COMMUNITY, Level.SUBDISTRICT):
        request = requests.log(RequestInput(grid_uuid=grid.uuid, content="小区东门路灯坏了三个月，需要更换线路",
                                            category="utilities", requester_name="王秀兰",
                                            requester_phone="13812345678"))
        unit = grid
        while unit.level != level:
            unit = unit.parent
        escalations.escalate("request", request.uuid, "本级协调不了", from_unit_uuid=unit.uuid)


def test_the_settled_chart_shows_each_levels_share_and_matches_the_figures(window, qtbot):  # noqa: F811
    _escalate_two()
    tab = window.dashboard_tab
    tab.choose(path_of(DISTRICT), YEAR)
    figures = computed(qtbot, tab, path_of(DISTRICT), YEAR)
    settled, total = figures.settled, sum(figures.settled.values())
    assert settled[Level.SUBDISTRICT] > 0 and settled[Level.DISTRICT] > 0
    chart = tab.charts["settled"].chart()
    assert chart is not None, tab.charts["settled"].message.text()
    [series] = chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    bars = series.barSets()[0]
    names = chart.axes()[1].categories()
    assert [n.split()[0] for n in names] == ["区", "街道", "社区", "网格"]  # the grid's bar on top
    shown = {n.split()[0]: bars.at(i) for i, n in enumerate(names)}
    assert shown["网格"] == round(settled[Level.GRID] * 100 / total, 1)
    assert f"{settled[Level.SUBDISTRICT]:,}" in names[1]

    whole = stats.compute(path_of(DISTRICT), ["linkage.within_grid", "linkage.within_community"],
                          parse(YEAR).as_stats_period())
    assert stats.rate(settled[Level.GRID], total) == whole["linkage.within_grid"]
    assert stats.rate(settled[Level.GRID] + settled[Level.COMMUNITY], total) == whole["linkage.within_community"]
    kpis._CACHE.clear()
    assert kpis.settled_where(path_of(DISTRICT), parse(YEAR).as_stats_period()) == settled

    bars.clicked.emit(1)
    linkage = window.linkage_tab
    assert window.tabs.currentWidget() is linkage and linkage.pages.currentWidget() is linkage.sent
