"""The start page's charts of the period (QtCharts): service completion rate per
community or subdistrict (horizontal bars, 0–100 %), mediation outcomes (a ring)
and fund use against budget per fund type (grouped bars in yuan, or 10,000 yuan
when large). Each is a Drawing: made once, its values replaced in place; a click
calls back with what was clicked."""

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QHorizontalBarSeries, QPieSeries
from PySide6.QtCore import QCoreApplication, Qt

from app.dashboard.breakdowns import OUTCOMES, Completion, FundUse
from app.funds.money import yuan
from app.linkage.levels import LEVEL_NAMES
from ui.tabs.dashboard.charts import attach, new_chart, small_labels, tip, value_axis
from ui.tabs.dashboard.drawing import Drawing, set_categories, set_label, set_top, set_values

TEN_THOUSAND_FEN = 1_000_000  # 1 万元


def horizontal_bars(name: str) -> tuple[QChart, QHorizontalBarSeries, QBarCategoryAxis]:
    """One set of horizontal bars on 0–100 %, labelled with their values."""
    chart, series, axis = new_chart(legend=False), QHorizontalBarSeries(), QBarCategoryAxis()
    series.append(QBarSet(name))
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    small_labels(axis)
    values = value_axis(100, "%d%%")
    values.setRange(0, 100)
    attach(chart, series, values, axis)
    return chart, series, axis


class CompletionChart(Drawing):
    """on_click(index into data.units)."""

    def empty(self, data: Completion) -> bool:
        return not data.units

    def build(self) -> QChart:
        chart, self.series, self.axis = horizontal_bars(QCoreApplication.translate("DashboardCharts", "Completion rate"))
        self.series.setBarWidth(0.6)
        bar = self.series.barSets()[0]
        bar.clicked.connect(lambda i: self.on_click(len(self.data.units) - 1 - i))
        bar.hovered.connect(lambda on, i: on and self._tip(i))
        return chart

    def fill(self, data: Completion) -> None:
        self.data = data
        units = list(reversed(data.units))  # the first unit on top
        set_values(self.series.barSets()[0], [round(u.rate * 100, 1) for u in units])
        set_categories(self.axis, [u.name for u in units])

    def _tip(self, i: int) -> None:
        unit = self.data.units[len(self.data.units) - 1 - i]
        tip(QCoreApplication.translate("DashboardCharts", "%1: %2 of %3 orders completed").replace("%1", unit.name)
            .replace("%2", f"{unit.completed:,}").replace("%3", f"{unit.orders:,}"))


class OutcomesChart(Drawing):
    """A ring of the outcomes; on_click(outcome key)."""

    def empty(self, data: dict[str, int]) -> bool:
        return not data

    def build(self) -> QChart:
        chart, self.series = new_chart(), QPieSeries()
        self.series.setHoleSize(0.45)
        self.series.setPieSize(0.85)
        chart.addSeries(self.series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # names in the legend: small slices never overlap
        return chart

    def fill(self, data: dict[str, int]) -> None:
        self.data = list(data.items())
        total = sum(data.values())
        slices = self.series.slices()
        for extra in slices[len(data):]:
            self.series.remove(extra)
        for k in range(len(slices), len(data)):
            self._add_slice(k)
        for piece, (key, count) in zip(self.series.slices(), self.data, strict=True):
            set_label(piece, f"{OUTCOMES[key]} {count:,}（{count / total:.0%}）")
            if piece.value() != count:
                piece.setValue(count)

    def _add_slice(self, k: int) -> None:
        piece = self.series.append("", 1)
        piece.clicked.connect(lambda: self.on_click(self.data[k][0]))
        piece.hovered.connect(lambda on: on and self._tip(k))

    def _tip(self, k: int) -> None:
        key, n = self.data[k]
        tip(f"{OUTCOMES[key]}：{n:,}（{n / sum(c for _, c in self.data):.0%}）")


def fund_scale(funds: list[FundUse]) -> tuple[int, str]:
    """The divisor of the fen amounts and the unit's name: yuan, or 10,000 yuan when large."""
    top = max(max(f.budget_fen, f.used_fen) for f in funds)
    if top >= 10 * TEN_THOUSAND_FEN:
        return TEN_THOUSAND_FEN, QCoreApplication.translate("DashboardCharts", "10,000 yuan")
    return 100, QCoreApplication.translate("DashboardCharts", "yuan")


class FundsChart(Drawing):
    """Budget and use per fund type; on_click(fund type). `unit` names the scale on show."""

    unit = ""

    def empty(self, data: list[FundUse]) -> bool:
        return not data or not any(f.budget_fen or f.used_fen for f in data)

    def build(self) -> QChart:
        chart, self.series, self.axis = new_chart(), QBarSeries(), QBarCategoryAxis()
        for k, name in enumerate((QCoreApplication.translate("DashboardCharts", "Budget (allocated)"),
                                  QCoreApplication.translate("DashboardCharts", "Used (spent)"))):
            bar = QBarSet(name)
            bar.clicked.connect(lambda i: self.on_click(self.data[i].fund_type))
            bar.hovered.connect(lambda on, i, k=k, n=name: on and self._tip(k, n, i))
            self.series.append(bar)
        small_labels(self.axis)
        self.values = value_axis(1)
        attach(chart, self.series, self.axis, self.values)
        return chart

    def fill(self, data: list[FundUse]) -> None:
        self.data = data
        divisor, self.unit = fund_scale(data)
        budget, used = self.series.barSets()
        set_values(budget, [f.budget_fen / divisor for f in data])
        set_values(used, [f.used_fen / divisor for f in data])
        set_categories(self.axis, [f.short for f in data])
        top = max(max(f.budget_fen, f.used_fen) for f in data)
        set_top(self.values, top / divisor, "%.0f" if divisor == 100 else "%.1f")

    def _tip(self, k: int, name: str, i: int) -> None:
        fund = self.data[i]
        tip(f"{fund.label} {name}：{yuan(fund.used_fen if k else fund.budget_fen)}")


class SettledChart(Drawing):
    """Where the period's matters were settled: one bar per level (grid, community, subdistrict,
    district) with its share, the grid on top; on_click(level)."""

    def empty(self, data: dict[int, int] | None) -> bool:
        return not data or not sum(data.values())

    def build(self) -> QChart:
        chart, self.series, self.axis = horizontal_bars(QCoreApplication.translate("DashboardCharts", "Share of the matters"))
        bar = self.series.barSets()[0]
        bar.clicked.connect(lambda i: self.on_click(self.levels[i]))
        bar.hovered.connect(lambda on, i: on and tip(settled_text(self.levels[i], self.data, self.total)))
        return chart

    def fill(self, data: dict[int, int]) -> None:
        self.data, self.total = data, sum(data.values())
        self.levels = sorted(data)  # bottom to top: the district at the bottom, the grid on top
        set_values(self.series.barSets()[0], [round(data[level] * 100 / self.total, 1) for level in self.levels])
        set_categories(self.axis, [settled_text(level, data, self.total) for level in self.levels])


def settled_text(level: int, settled: dict[int, int], total: int) -> str:
    """网格 41,270（96.0%）"""
    return f"{LEVEL_NAMES[level]} {settled[level]:,}（{settled[level] / total:.1%}）"

