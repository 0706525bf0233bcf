"""The right side of the grid-management tab: one org unit's details, read on the runner
when one is given (a district's summary counts every building below it)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.grid.summary import LEADER_LIMIT, UnitSummary, unit_summary
from ui import labels
from ui.kit.widgets import hint_label
from ui.latest import Latest
from ui.tabs.grid.leader_model import LeaderModel


class OrgDetailsPanel(QStackedWidget):
    def __init__(self, parent: QWidget | None = None, runner=None, failed=None):
        super().__init__(parent)
        self.uuid: str | None = None
        self.runner, self.failed = runner, failed
        self.reads = Latest(self, "unit-summary")
        self.placeholder = hint_label(self.tr("Select a unit in the tree on the left to see its details."))
        self.addWidget(_centered(self.placeholder))
        page = QWidget()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.level, self.code, self.parent_name = QLabel(), QLabel(), QLabel()
        facts = QFormLayout()
        facts.addRow(self.tr("Level:"), self.level)
        facts.addRow(self.tr("Code:"), self.code)
        facts.addRow(self.tr("Belongs to:"), self.parent_name)
        self.below_box = QGroupBox(self.tr("Units below"))
        self.below = QFormLayout(self.below_box)
        self.leader_box = QGroupBox()
        self.leaders = LeaderModel(self)
        self.leader_view = QTableView()
        self.leader_view.setModel(self.leaders)
        self.leader_view.verticalHeader().hide()
        self.leader_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.leader_view.setAlternatingRowColors(True)
        self.leader_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.leader_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((LeaderModel.NAME, 120), (LeaderModel.PHONE, 140)):
            self.leader_view.setColumnWidth(column, width)
        self.leader_hint = hint_label("")
        box = QVBoxLayout(self.leader_box)
        box.addWidget(self.leader_hint)
        box.addWidget(self.leader_view)
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addWidget(self.below_box)
        layout.addWidget(self.leader_box, 1)
        self.addWidget(page)

    def show_unit(self, uuid: str | None) -> None:
        self.uuid = uuid
        self.reads.supersede()
        if not uuid:
            self.placeholder.setText(self.tr("Select a unit in the tree on the left to see its details."))
            self.setCurrentIndex(0)
            return
        self.placeholder.setText(self.tr("Loading…"))
        self.setCurrentIndex(0)
        self.reads.submit(self.runner, lambda progress, cancelled: unit_summary(uuid), self._shown, self.failed)

    def _shown(self, summary: UnitSummary) -> None:
        self._fill(summary)
        self.setCurrentIndex(1)

    def refresh(self) -> None:
        if self.uuid:
            self.show_unit(self.uuid)

    def _fill(self, s: UnitSummary) -> None:
        self.title.setText(s.name)
        self.level.setText(labels.level(s.level))
        self.code.setText(s.code)
        self.parent_name.setText(s.parent_name or self.tr("(top of the tree)"))
        self._fill_below(s)
        self.leader_box.setTitle(self.tr("Grid leaders (%1)").replace("%1", str(s.leader_count)))
        self.leaders.set_rows(s.leaders)
        self.leader_view.setVisible(bool(s.leaders))
        hint = ""
        if not s.leaders:
            hint = self.tr("No grid leader is assigned here yet.")
        elif s.leader_count > LEADER_LIMIT:
            hint = self.tr("Showing the first %1; select a lower unit to see the rest.").replace("%1", str(LEADER_LIMIT))
        self.leader_hint.setText(hint)
        self.leader_hint.setVisible(bool(hint))

    def _fill_below(self, s: UnitSummary) -> None:
        while self.below.rowCount():
            self.below.removeRow(0)
        for level in range(s.level + 1, 5):
            self.below.addRow(labels.level(level) + self.tr(":"), QLabel(f"{s.below.get(level, 0):,}"))
        self.below.addRow(self.tr("Buildings:"), QLabel(f"{s.buildings:,}"))
        if not any(s.below.values()) and s.level < 4:
            self.below.addRow(hint_label(self.tr("Nothing below yet. Use “Add sub-unit…” to add one.")))


def _centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addStretch(1)
    layout.addWidget(widget)
    layout.addStretch(2)
    return holder
