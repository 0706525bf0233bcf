"""The filter row the module tabs share: an org unit (district down to communities),
a period (all time, this month, this year, last 30 days, a date range), any extra
combo boxes a tab adds, and Refresh. `changed` fires on every change."""

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.orders import lists as org_lists
from ui.kit.widgets import date_edit

PERIODS = ("all", "month", "year", "days30", "custom")


def period_days(key: str, today: dt.date, start: dt.date, end: dt.date) -> tuple:
    """[start, end) local days of a period choice; (None, None) for all time."""
    if key == "month":
        first = today.replace(day=1)
        return first, (first + dt.timedelta(days=32)).replace(day=1)
    if key == "year":
        return today.replace(month=1, day=1), dt.date(today.year + 1, 1, 1)
    if key == "days30":
        return today - dt.timedelta(days=29), today + dt.timedelta(days=1)
    if key == "custom":
        return start, end + dt.timedelta(days=1)
    return None, None


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, extras: list[tuple[str, QComboBox]] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.unit = QComboBox()
        self.unit.setMinimumWidth(180)
        self.fill_units()
        self.period = QComboBox()
        for key, text in zip(PERIODS, (self.tr("All time"), self.tr("This month"), self.tr("This year"),
                                       self.tr("Last 30 days"), self.tr("Date range")), strict=True):
            self.period.addItem(text, key)
        today = QDate.currentDate()
        self.date_from, self.date_to = date_edit(today.addDays(-30)), date_edit(today)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.unit.currentIndexChanged.connect(lambda _i: self.changed.emit())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.changed.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Unit:"), self.unit), *extras, (self.tr("Period:"), self.period)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
            if widget is not self.unit and widget is not self.period:
                widget.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.dash = QLabel("–")
        for widget in (self.date_from, self.dash, self.date_to):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(refresh)
        self._period_changed(emit=False)

    def fill_units(self) -> None:
        keep = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in org_lists.units(None, 2):
            self.unit.addItem("　" * unit.level + unit.name, unit.path)
        self.unit.setCurrentIndex(max(0, self.unit.findData(keep)) if keep else 0)
        self.unit.blockSignals(False)

    def _period_changed(self, emit: bool = True) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(custom)
        if emit:
            self.changed.emit()

    def choose_unit(self, path: str) -> None:
        self.unit.setCurrentIndex(self.unit.findData(path))

    def choose_period(self, key: str) -> None:
        self.period.setCurrentIndex(PERIODS.index(key))

    def days(self) -> tuple:
        """[start, end) local days of the chosen period."""
        return period_days(self.period.currentData(), dt.date.today(), self.date_from.date().toPython(),
                           self.date_to.date().toPython())
