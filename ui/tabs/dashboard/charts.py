"""The frames the start page's charts live in, and its two twelve-month charts
(QtCharts): requests by month stacked by category, and the three rates as lines on
0–100 %. A frame shows a text while the figures are computed or when there is
nothing to draw (never an empty axis); a click on a bar or a point calls back with
what was clicked."""

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from app.dashboard.trends import MonthlyRequests, RateLine
from app.notices.periods import NoticePeriod
from ui.tabs.dashboard.drawing import (
    Drawing,
    set_categories,
    set_label,
    set_points,
    set_top,
    set_values,
    sync_sets,
)


class ChartBox(QWidget):
    """A titled frame: a message (computing…, nothing to show) or a chart."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartBox")
        self.setStyleSheet("#chartBox { background: #ffffff; border: 1px solid #dadce0; border-radius: 6px; }")
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600; border: none; background: transparent;")
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #5f6368; border: none; background: transparent;")
        self.view: QChartView | None = None  # made with the first chart: the window opens without it
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 4, 2)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_figures(self, drawing: Drawing, data, empty_text: str) -> None:
        """The figures in the frame's one chart, replaced in place; the text when there is nothing to draw."""
        if drawing.empty(data):
            self.show_message(empty_text)
            return
        if self.view is None:
            self.view = QChartView(drawing.chart)
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.view.setStyleSheet("border: none; background: transparent;")
            self.stack.addWidget(self.view)
        self.view.setUpdatesEnabled(False)  # one repaint after all the values
        try:
            drawing.fill(data)
        finally:
            self.view.setUpdatesEnabled(True)
        self.stack.setCurrentWidget(self.view)

    def chart(self) -> QChart | None:
        """The chart on show (None while a message is shown)."""
        return self.view.chart() if self.view is not None and self.stack.currentWidget() is self.view else None


def new_chart(legend: bool = True) -> QChart:
    chart = QChart()
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().setVisible(legend)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def month_labels(months: list[NoticePeriod]) -> list[str]:
    """1月 … 12月 (the chart's title names the first and last month)."""
    return [f"{m.start.month}月" for m in months]


def small_labels(axis) -> None:
    font = axis.labelsFont()
    font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    axis.setLabelsFont(font)


def span(months: list[NoticePeriod]) -> str:
    """2025年11月–2026年10月."""
    return f"{months[0].label}–{months[-1].label}" if months else ""


def value_axis(top: float, label_format: str = "%d") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setLabelFormat(label_format)
    axis.applyNiceNumbers()
    return axis


def attach(chart: QChart, series, bottom, left) -> None:
    chart.addSeries(series)
    chart.addAxis(bottom, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(bottom)
    series.attachAxis(left)


def tip(text: str) -> None:
    QToolTip.showText(QCursor.pos(), text)


class RequestsChart(Drawing):
    """Stacked bars per month; on_click(month index, category or None for 其他)."""

    def empty(self, data: MonthlyRequests) -> bool:
        return not any(data.totals())

    def build(self) -> QChart:
        chart, self.series, self.axis = new_chart(), QStackedBarSeries(), QBarCategoryAxis()
        self.series.setBarWidth(0.7)
        small_labels(self.axis)
        self.values = value_axis(1)
        attach(chart, self.series, self.axis, self.values)
        return chart

    def fill(self, data: MonthlyRequests) -> None:
        self.data = data
        bars = sync_sets(self.series, len(data.stacks), self._bar)
        for bar, stack in zip(bars, data.stacks, strict=True):
            set_label(bar, stack.label)
            set_values(bar, [float(n) for n in stack.counts])
        set_categories(self.axis, month_labels(data.months))
        set_top(self.values, max(data.totals()))

    def _bar(self, k: int) -> QBarSet:
        bar = QBarSet("")
        bar.clicked.connect(lambda i: self.on_click(i, self.data.stacks[k].category))
        bar.hovered.connect(lambda on, i: on and self._tip(self.data.stacks[k], i))
        return bar

    def _tip(self, stack, i: int) -> None:
        tip(f"{stack.label} {self.data.months[i].label}：{stack.counts[i]:,}")


class RatesChart(Drawing):
    """A line per rate on 0–100 %; a month with nothing counted has no point. on_click(month index)."""

    def empty(self, data: tuple[list[NoticePeriod], list[RateLine]]) -> bool:
        return all(v is None for line in data[1] for v in line.values)

    def build(self) -> QChart:
        chart, self.axis = new_chart(), QBarCategoryAxis()
        small_labels(self.axis)
        y_axis = value_axis(100, "%d%%")
        y_axis.setRange(0, 100)
        chart.addAxis(self.axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        return chart

    def fill(self, data: tuple[list[NoticePeriod], list[RateLine]]) -> None:
        self.data = data
        months, lines = data
        set_categories(self.axis, month_labels(months))
        while len(self.chart.series()) < len(lines):
            self._add_line(len(self.chart.series()))
        for series, line in zip(self.chart.series(), lines, strict=True):
            if series.name() != line.label:
                series.setName(line.label)
            set_points(series, [None if v is None else round(v * 100, 1) for v in line.values])

    def _add_line(self, k: int) -> None:
        series = QLineSeries()
        series.setPointsVisible(True)
        series.clicked.connect(lambda point: self.on_click(self._month(point)))
        series.hovered.connect(lambda point, on: on and self._tip(self.data[1][k], point))
        self.chart.addSeries(series)
        for axis in self.chart.axes():
            series.attachAxis(axis)

    def _month(self, point) -> int:
        return max(0, min(len(self.data[0]) - 1, round(point.x())))

    def _tip(self, line: RateLine, point) -> None:
        i, months = self._month(point), self.data[0]
        if line.values[i] is not None:
            tip(f"{line.label} {months[i].label}：{line.values[i] * 100:.1f}%（{line.wholes[i]:,}）")
