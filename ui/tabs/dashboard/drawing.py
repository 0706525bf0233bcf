"""A start-page chart made once and kept for the page's life: a period switch replaces
its values in place (bar values, line points, slices, axis categories and ranges)
instead of building a new QChart, so the window's thread only redraws. Helpers that
set a value only when it changed: Qt relayouts the chart for every change."""

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QPointF


class Drawing:
    """The chart of one frame; `fill(data)` shows new figures in it (never called with nothing to draw)."""

    def __init__(self, on_click):
        self.on_click = on_click
        self.data = None  # what is on show: the click and hover handlers read it
        self._chart: QChart | None = None

    @property
    def chart(self) -> QChart:
        if self._chart is None:  # made with the first figures: the window opens without it
            self._chart = self.build()
            self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return self._chart

    def empty(self, data) -> bool:
        raise NotImplementedError

    def build(self) -> QChart:
        raise NotImplementedError

    def fill(self, data) -> None:
        raise NotImplementedError


def set_values(bar: QBarSet, values: list[float]) -> None:
    """The set's values, changing only those that differ (the same count: one by one in place)."""
    if bar.count() != len(values):
        bar.remove(0, bar.count())
        bar.append(values)
        return
    for i, value in enumerate(values):
        if bar.at(i) != value:
            bar.replace(i, value)


def set_points(series, values: list[float | None]) -> None:
    """A line's points in one call; a value of None has no point."""
    series.replace([QPointF(i, v) for i, v in enumerate(values) if v is not None])


def set_categories(axis: QBarCategoryAxis, labels: list[str]) -> None:
    if axis.categories() != labels:
        axis.setCategories(labels)


def set_top(axis: QValueAxis, top: float, label_format: str | None = None) -> None:
    """0 to `top`, rounded to nice numbers."""
    if label_format is not None and axis.labelFormat() != label_format:
        axis.setLabelFormat(label_format)
    axis.setRange(0, top)
    axis.applyNiceNumbers()


def sync_sets(series, count: int, make) -> list[QBarSet]:
    """Exactly `count` bar sets in the series: the first ones kept, `make(i)` adds new ones."""
    sets = series.barSets()
    for extra in sets[count:]:
        series.remove(extra)
    for i in range(len(sets), count):
        series.append(make(i))
    return series.barSets()


def set_label(item, text: str) -> None:
    if item.label() != text:
        item.setLabel(text)
