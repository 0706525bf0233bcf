"""The start page's charts of the period (QtCharts): service completion rate per
community or subdistrict (horizontal bars, 0–100 %), mediation outcomes (a ring)
and fund use against budget per fund type (grouped bars in yuan, or 10,000 yuan
when large). Each builder returns None when there is nothing to draw; a click calls
back with what was clicked."""

from collections.abc import Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QHorizontalBarSeries, QPieSeries
from PySide6.QtCore import QCoreApplication, Qt

from app.dashboard.breakdowns import OUTCOMES, Completion, FundUse
from app.funds.money import yuan
from app.linkage.levels import LEVEL_NAMES
from ui.tabs.dashboard_charts import attach, new_chart, small_labels, tip, value_axis

TEN_THOUSAND_FEN = 1_000_000  # 1 万元


def completion_chart(data: Completion, on_click: Callable[[int], None]) -> QChart | None:
    """on_click(index into data.units)."""
    if not data.units:
        return None
    chart, series = new_chart(legend=False), QHorizontalBarSeries()
    units = list(reversed(data.units))  # the first unit on top
    bar = QBarSet(QCoreApplication.translate("DashboardCharts", "Completion rate"))
    bar.append([round(u.rate * 100, 1) for u in units])
    bar.clicked.connect(lambda i: on_click(len(units) - 1 - i))
    bar.hovered.connect(lambda on, i: on and tip(QCoreApplication.translate("DashboardCharts", "%1: %2 of %3 orders completed").replace("%1", units[i].name)
                                                 .replace("%2", f"{units[i].completed:,}")
                                                 .replace("%3", f"{units[i].orders:,}")))
    series.append(bar)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setBarWidth(0.6)
    axis = QBarCategoryAxis()
    axis.append([u.name for u in units])
    small_labels(axis)
    values = value_axis(100, "%d%%")
    values.setRange(0, 100)
    attach(chart, series, values, axis)
    return chart


def outcomes_chart(outcomes: dict[str, int], on_click: Callable[[str], None]) -> QChart | None:
    """on_click(outcome key)."""
    if not outcomes:
        return None
    chart, series = new_chart(), QPieSeries()
    total = sum(outcomes.values())
    for key, count in outcomes.items():
        piece = series.append(f"{OUTCOMES[key]} {count:,}（{count / total:.0%}）", count)
        piece.clicked.connect(lambda k=key: on_click(k))
        piece.hovered.connect(lambda on, k=key, n=count: on and tip(f"{OUTCOMES[k]}：{n:,}（{n / total:.0%}）"))
    series.setHoleSize(0.45)
    series.setPieSize(0.85)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # names in the legend: small slices never overlap
    return chart


def funds_chart(funds: list[FundUse], on_click: Callable[[str], None]) -> tuple[QChart | None, str]:
    """The chart and its unit (yuan or 10,000 yuan); on_click(fund type)."""
    if not funds or not any(f.budget_fen or f.used_fen for f in funds):
        return None, ""
    top = max(max(f.budget_fen, f.used_fen) for f in funds)
    divisor, unit = (TEN_THOUSAND_FEN, QCoreApplication.translate("DashboardCharts", "10,000 yuan")) if top >= 10 * TEN_THOUSAND_FEN else (100, QCoreApplication.translate("DashboardCharts", "yuan"))
    chart, series = new_chart(), QBarSeries()
    for name, amounts in ((QCoreApplication.translate("DashboardCharts", "Budget (allocated)"), [f.budget_fen for f in funds]),
                          (QCoreApplication.translate("DashboardCharts", "Used (spent)"), [f.used_fen for f in funds])):
        bar = QBarSet(name)
        bar.append([a / divisor for a in amounts])
        bar.clicked.connect(lambda i: on_click(funds[i].fund_type))
        bar.hovered.connect(lambda on, i, n=name, a=amounts: on and tip(f"{funds[i].label} {n}：{yuan(a[i])}"))
        series.append(bar)
    axis = QBarCategoryAxis()
    axis.append([f.short for f in funds])
    small_labels(axis)
    attach(chart, series, axis, value_axis(top / divisor, "%.0f" if divisor == 100 else "%.1f"))
    return chart, unit


def settled_chart(settled: dict[int, int] | None, on_click: Callable[[int], None]) -> QChart | None:
    """Where the period's matters were settled: one bar per level (grid, community, subdistrict,
    district) with its share; on_click(level)."""
    if not settled or not sum(settled.values()):
        return None
    total = sum(settled.values())
    levels = sorted(settled, reverse=True)  # grid first, the district last
    chart, series = new_chart(legend=False), QHorizontalBarSeries()
    bar = QBarSet(QCoreApplication.translate("DashboardCharts", "Share of the matters"))
    bar.append([round(settled[level] * 100 / total, 1) for level in reversed(levels)])  # the grid on top
    bar.clicked.connect(lambda i: on_click(list(reversed(levels))[i]))
    bar.hovered.connect(lambda on, i: on and tip(settled_text(list(reversed(levels))[i], settled, total)))
    series.append(bar)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    axis = QBarCategoryAxis()
    axis.append([settled_text(level, settled, total) for level in reversed(levels)])
    small_labels(axis)
    values = value_axis(100, "%d%%")
    values.setRange(0, 100)
    attach(chart, series, values, axis)
    return chart


def settled_text(level: int, settled: dict[int, int], total: int) -> str:
    """网格 41,270（96.0%）"""
    return f"{LEVEL_NAMES[level]} {settled[level]:,}（{settled[level] / total:.1%}）"

