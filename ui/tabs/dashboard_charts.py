"""The frames the start page's charts live in, and its two twelve-month charts
(QtCharts): requests by month stacked by category, and the three rates as lines on
0–100 %. A frame shows a text while the figures are computed or when there is
nothing to draw (never an empty axis); a click on a bar or a point calls back with
what was clicked."""

from collections.abc import Callable

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

    def show_chart(self, chart: QChart | None, empty_text: str) -> None:
        if chart is None:
            self.show_message(empty_text)
            return
        if self.view is None:
            self.view = QChartView(chart)
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.view.setStyleSheet("border: none; background: transparent;")
            self.stack.addWidget(self.view)
        else:
            old = self.view.chart()
            self.view.setChart(chart)
            old.deleteLater()
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


def requests_chart(data: MonthlyRequests, on_click: Callable[[int, str | None], None]) -> QChart | None:
    """Stacked bars per month; on_click(month index, category or None for 其他)."""
    if not any(data.totals()):
        return None
    chart, series = new_chart(), QStackedBarSeries()
    labels = month_labels(data.months)
    for stack in data.stacks:
        bar = QBarSet(stack.label)
        bar.append([float(n) for n in stack.counts])
        bar.clicked.connect(lambda i, c=stack.category: on_click(i, c))
        bar.hovered.connect(lambda on, i, s=stack: on and tip(f"{s.label} {data.months[i].label}：{s.counts[i]:,}"))
        series.append(bar)
    series.setBarWidth(0.7)
    axis = QBarCategoryAxis()
    axis.append(labels)
    small_labels(axis)
    attach(chart, series, axis, value_axis(max(data.totals())))
    return chart


def rates_chart(months: list[NoticePeriod], lines: list[RateLine],
                on_click: Callable[[int], None]) -> QChart | None:
    """A line per rate on 0–100 %; a month with nothing counted has no point."""
    if all(v is None for line in lines for v in line.values):
        return None
    chart, axis = new_chart(), QBarCategoryAxis()
    axis.append(month_labels(months))
    small_labels(axis)
    y_axis = value_axis(100, "%d%%")
    y_axis.setRange(0, 100)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for line in lines:
        series = QLineSeries()
        series.setName(line.label)
        for i, value in enumerate(line.values):
            if value is not None:
                series.append(i, round(value * 100, 1))
        series.setPointsVisible(True)
        series.clicked.connect(lambda point: on_click(max(0, min(len(months) - 1, round(point.x())))))
        series.hovered.connect(lambda point, on, s=line: on and _rate_tip(s, months, point))
        chart.addSeries(series)
        series.attachAxis(axis)
        series.attachAxis(y_axis)
    return chart


def _rate_tip(line: RateLine, months: list[NoticePeriod], point) -> None:
    i = max(0, min(len(months) - 1, round(point.x())))
    if line.values[i] is not None:
        tip(f"{line.label} {months[i].label}：{line.values[i] * 100:.1f}%（{line.wholes[i]:,}）")
