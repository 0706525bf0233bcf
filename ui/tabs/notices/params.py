"""The parameters of a notice besides its unit: the period (a month, a quarter or a
year: "2026-10", "2026-Q3", "2026") and the record it is made from (a search box
over the records of the chosen unit, or the number typed in for a kind the
window knows no list of)."""

import datetime as dt
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.dashboard import activity, periods
from app.notices import records
from ui.tabs.notices.models import NoticeRecordModel

GRAINS = ("month", "quarter", "year")


def grain_of(text: str) -> str:
    """month / quarter / year of a period text ("2026-10", "2026-Q3", "2026")."""
    if "Q" in text.upper():
        return "quarter"
    return "year" if re.fullmatch(r"\d{4}", text.strip()) else "month"


def suggested_grain(help_text: str) -> str | None:
    """The grain of the example in a kind's help ("--period 2026-Q3" -> quarter)."""
    found = re.search(r"--period\s+(\S+)", help_text)
    return grain_of(found.group(1)) if found else None


class NoticePeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        # the start page's period: the last whole month, or the newest month with records
        start = periods.default(today or dt.date.today(), activity.newest_record_day()).start
        self.grain = QComboBox()
        for key, text in zip(GRAINS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year")), strict=True):
            self.grain.addItem(text, key)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(start.year)
        self.year.setSuffix(self.tr(" (year)"))
        self.part = QComboBox()
        self.part.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._start = start
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.grain, self.year, self.part):
            row.addWidget(widget)
        row.addStretch(1)
        self._fill_parts()
        self.grain.currentIndexChanged.connect(lambda _i: (self._fill_parts(), self.changed.emit()))
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.part.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _fill_parts(self) -> None:
        grain = self.grain.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if grain == "month":
            for month in range(1, 13):
                self.part.addItem(self.tr("%1 (month)").replace("%1", str(month)), f"{month:02d}")
            self.part.setCurrentIndex(self._start.month - 1)
        elif grain == "quarter":
            names = (self.tr("First quarter"), self.tr("Second quarter"), self.tr("Third quarter"),
                     self.tr("Fourth quarter"))
            for q, name in enumerate(names, start=1):
                self.part.addItem(name, f"Q{q}")
            self.part.setCurrentIndex((self._start.month - 1) // 3)
        self.part.setVisible(grain != "year")
        self.part.blockSignals(False)

    def set_grain(self, grain: str) -> None:
        self.grain.setCurrentIndex(GRAINS.index(grain))

    def text(self) -> str:
        if self.grain.currentData() == "year":
            return str(self.year.value())
        return f"{self.year.value()}-{self.part.currentData()}"

    def set_text(self, text: str) -> None:
        """Choose "2026-10", "2026-Q3" or "2026"."""
        self.set_grain(grain_of(text))
        self.year.setValue(int(text[:4]))
        if self.grain.currentData() != "year":
            part = text.upper().split("-", 1)[1]
            self.part.setCurrentIndex(self.part.findData(part if part.startswith("Q") else f"{int(part):02d}"))


class NoticeRecordPicker(QWidget):
    """A search box and the records of the unit; for a kind without a list, a box for the number."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.root_path = "", None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by number, name or text…"))
        self.search.setClearButtonEnabled(True)
        self.model = NoticeRecordModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)  # the facts of a case are a sentence or two: read them whole
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("Number or UUID of the record"))
        self.info = QLabel()
        self.info.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.list, self.typed, self.info):
            layout.addWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.typed.textChanged.connect(lambda _t: self.changed.emit())
        self.list.selectionModel().currentChanged.connect(lambda *_a: self.changed.emit())

    def set_scope(self, kind: str, root_path: str | None) -> None:
        if (kind, root_path) == (self.kind, self.root_path):
            return
        self.kind, self.root_path = kind, root_path
        listed = records.has_lookup(kind)
        for widget in (self.search, self.list):
            widget.setVisible(listed)
        self.typed.setVisible(not listed)
        self.refresh()

    def refresh(self) -> None:
        if not records.has_lookup(self.kind):
            self.model.set_rows([])
            self.info.setText("")
            return
        keep = self.current_uuid()
        self.model.set_rows(records.records(self.kind, self.root_path, self.search.text()))
        count = self.model.rowCount()
        self.info.setText(self.tr("%1 records").replace("%1", str(count)) if count < records.LIMIT
                          else self.tr("The first %1 records; search to narrow them").replace("%1", str(count)))
        row = self.model.row_of(keep) if keep else -1
        self.select_row(row if row >= 0 else 0)
        self.changed.emit()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row, 0))

    def current_uuid(self) -> str | None:
        """The chosen record's uuid, or the number typed in (the kind resolves both)."""
        if not records.has_lookup(self.kind):
            return self.typed.text().strip() or None
        record = self.model.record_at(self.list.currentIndex().row())
        return record.uuid if record else None

    def current_text(self) -> str:
        if not records.has_lookup(self.kind):
            return self.typed.text().strip()
        record = self.model.record_at(self.list.currentIndex().row())
        return record.number if record else ""
