"""The start page's choice of what to show: an org unit (district down to the
communities, as in the module tabs' filter bars; this site's own unit at first), a
kind of period (month, quarter, year) and the period, newest first; the one
holding the last whole month is chosen at first, or the newest month with records
when they stop before it. `changed` fires once per choice."""

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.dashboard import activity, periods
from app.errors import EXPECTED
from app.notices.periods import NoticePeriod, parse
from app.orders import lists as org_lists
from app.session import local_unit

CHOICES = {"month": 36, "quarter": 12, "year": 6}


class DashboardFilter(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._uuids: dict[str, str] = {}  # path -> uuid
        self.newest = activity.newest_record_day()  # opened on the newest period that has records
        self.unit = QComboBox()
        self.unit.setMinimumWidth(180)
        self.fill_units()
        self.kind = QComboBox()
        for key, text in zip(periods.KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year")), strict=True):
            self.kind.addItem(text, key)
        self.period = QComboBox()
        self.period.setMinimumWidth(130)
        self.fill_periods()
        self.unit.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.kind.currentIndexChanged.connect(lambda _i: (self.fill_periods(), self.changed.emit()))
        self.period.currentIndexChanged.connect(lambda _i: self.changed.emit())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.changed.emit)
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6368;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Unit:"), self.unit), (self.tr("Period:"), self.kind), ("", self.period)):
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(refresh)
        row.addSpacing(12)
        row.addWidget(self.note, 1)

    def root_path(self) -> str | None:
        return self.unit.currentData()

    def chosen_period(self) -> NoticePeriod | None:
        return self.period.currentData()

    def uuid_of(self, path: str | None) -> str | None:
        return self._uuids.get(path)

    def fill_units(self) -> None:
        keep = self.unit.currentData()
        if keep is None:
            try:
                keep = local_unit().path
            except EXPECTED:
                keep = None
        self.unit.blockSignals(True)
        self.unit.clear()
        self._uuids = {}
        for unit in org_lists.units(None, 2):
            self._uuids[unit.path] = unit.uuid
            self.unit.addItem("　" * unit.level + unit.name, unit.path)
        self.unit.setCurrentIndex(max(0, self.unit.findData(keep)) if keep else 0)
        self.unit.blockSignals(False)

    def fill_periods(self) -> None:
        keep = self.period.currentData()
        kind, today = self.kind.currentData(), dt.date.today()
        options = periods.choices(kind, today, CHOICES[kind])
        last_month = periods.default(today, self.newest).start
        chosen = next((i for i, p in enumerate(options) if p.start <= last_month < p.end), 0)
        self.period.blockSignals(True)
        self.period.clear()
        for p in options:
            self.period.addItem(p.label, p)
        keys = [p.key for p in options]
        self.period.setCurrentIndex(keys.index(keep.key) if keep and keep.key in keys else chosen)
        self.period.blockSignals(False)

    def choose(self, path: str, period_key: str) -> None:
        """A unit and a period (e.g. "2026-Q3"), as a user would choose them; `changed` fires once."""
        period = parse(period_key)
        boxes = (self.unit, self.kind, self.period)
        for box in boxes:
            box.blockSignals(True)
        self.kind.setCurrentIndex(periods.KINDS.index(periods.kind_of(period)))
        self.fill_periods()
        self.period.blockSignals(True)
        index = next((i for i in range(self.period.count()) if self.period.itemData(i).key == period.key), None)
        if index is None:  # older than the choices offered
            self.period.addItem(period.label, period)
            index = self.period.count() - 1
        self.period.setCurrentIndex(index)
        self.unit.setCurrentIndex(self.unit.findData(path))
        for box in boxes:
            box.blockSignals(False)
        self.changed.emit()
