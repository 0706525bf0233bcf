"""The roster check report: every problem (row, column, what to fix), the summary,
and the clerk's choice: import nothing, or only the rows without problems."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.kit.table_model import Column, TableModel
from ui.kit.widgets import hint_label

if TYPE_CHECKING:  # app.grid.roster brings openpyxl, not needed until a roster is imported
    from app.grid.roster.importer import ImportPlan

NOTHING, VALID = "nothing", "valid"


class ImportReportDialog(QDialog):
    def __init__(self, plan: "ImportPlan", source_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan, self.choice = plan, NOTHING
        self.setWindowTitle(self.tr("Roster check – %1").replace("%1", source_name))
        self.resize(820, 520)
        self.summary = QLabel(plan.summary())
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.setWordWrap(True)
        self.model = TableModel([Column(self.tr("Row"), lambda p: p.row, right=True),
                                 Column(self.tr("Column"), lambda p: p.column),
                                 Column(self.tr("Problem and how to fix it"), lambda p: p.message)], parent=self)
        self.model.set_rows(plan.problems)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 56)
        self.table.setColumnWidth(1, 110)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.nothing_button = QPushButton(self.tr("Import nothing"))
        self.valid_button = QPushButton(self.tr("Import only the correct rows (%1)").replace("%1", str(len(plan.valid))))
        self.valid_button.setEnabled(bool(plan.valid))
        self.valid_button.setDefault(bool(plan.valid))
        self.nothing_button.clicked.connect(self.reject)
        self.valid_button.clicked.connect(self._choose_valid)
        buttons = QHBoxLayout()
        buttons.addWidget(hint_label(self.tr("The rows with problems can be saved to a workbook, "
                                             "fixed there and imported again.") if plan.rejected else ""), 1)
        buttons.addWidget(self.nothing_button)
        buttons.addWidget(self.valid_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _choose_valid(self) -> None:
        self.choice = VALID
        self.accept()

    @classmethod
    def ask(cls, plan: "ImportPlan", source_name: str, parent: QWidget | None = None) -> str:
        dialog = cls(plan, source_name, parent)
        dialog.exec()
        return dialog.choice
