"""报表: the periodic work report of the chosen unit's subtree — 月报, 季报 or 年报 of a
period — to PDF or to Excel, built on the runner behind a progress dialog
(app/reports/builder.py: build_report, to_pdf, to_excel)."""

import importlib.util

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import auth
from app.errors import EXPECTED, user_message
from ui import ask
from ui.kit.progress import Outcome, run_with_progress
from ui.kit.widgets import hint_label
from ui.tabs.notices.params import NoticePeriodPicker

REPORTS = (("monthly", "month"), ("quarterly", "quarter"), ("yearly", "year"))


def builder_ready() -> bool:
    """Is the report builder (app/reports/builder.py) part of this build?"""
    try:
        return importlib.util.find_spec("app.reports.builder") is not None
    except ModuleNotFoundError:
        return False


class NoticeReportsPage(QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.unit_label = QLabel()
        self.kind = QComboBox()
        for (key, _grain), text in zip(REPORTS, (self.tr("Monthly report"), self.tr("Quarterly report"),
                                                 self.tr("Yearly report")), strict=True):
            self.kind.addItem(text, key)
        self.period = NoticePeriodPicker()
        self.period.grain.hide()  # follows the kind of report
        self.kind.currentIndexChanged.connect(lambda _i: self.period.set_grain(dict(REPORTS)[self.kind.currentData()]))
        self.pdf_button = QPushButton(self.tr("Make PDF…"))
        self.excel_button = QPushButton(self.tr("Export to Excel…"))
        self.pdf_button.clicked.connect(lambda: self.make_pdf())
        self.excel_button.clicked.connect(lambda: self.make_excel())
        self.pdf_button.setToolTip(self.tr("The work report as a PDF: it is issued as a notice (numbered and "
                                           "registered)."))
        self.excel_button.setToolTip(self.tr("The same figures as a formatted Excel workbook."))
        if not auth.can("write"):
            self.pdf_button.setEnabled(False)
            self.pdf_button.setToolTip(self.tr("Read-only users may export to Excel or preview the work report on "
                                               "the Notices page: issuing a PDF registers it, which needs the right "
                                               "to enter data."))
        if not builder_ready():
            for button in (self.pdf_button, self.excel_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("The report builder is not part of this version yet."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Unit:"), self.unit_label)
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow(self.tr("Period:"), self.period)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.excel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(hint_label(self.tr("The work report of the unit and everything under it: the figures of the "
                                            "period with their charts. The PDF and the workbook hold the same "
                                            "figures as the statistics.")))
        layout.addStretch(1)
        self.period.set_grain("month")

    def refresh(self, root_path: str | None) -> None:
        self.unit_label.setText(self.tab.unit_name())

    def report_kind(self) -> str:
        return self.kind.currentData()

    # -- making the report ------------------------------------------------------------
    def make_pdf(self) -> str | None:
        from ui.tabs.notices.actions import PDF_FILTER, write_pdf

        if not self.tab.actions.may_write():
            return None

        def write(builder, report, path):
            issued = builder.to_pdf(report)  # the work_report notice: numbered and registered
            write_pdf(path, issued.pdf)
            return issued.number
        return self._make("pdf", PDF_FILTER, write)

    def make_excel(self) -> str | None:
        def write(builder, report, path) -> None:
            builder.to_excel(report, path)
        return self._make("xlsx", ask.EXCEL_FILTER, write)

    def _make(self, suffix: str, file_filter: str, write) -> str | None:
        bar = self.tab.message_bar
        if not builder_ready():
            bar.show_message(self.tr("The report builder is not part of this version yet."), error=True)
            return None
        from app.reports import builder

        try:
            unit, kind, period = self.tab.chosen_unit(), self.report_kind(), self.period.text()
        except EXPECTED as exc:
            bar.show_message(user_message(exc), error=True)
            return None
        name = f"{unit.name}-{self.kind.currentText()}-{period}.{suffix}"
        path = ask.save_file(self, self.tr("Save the report"), name, file_filter)
        if not path:
            return None

        computing, writing = self.tr("Computing the figures…"), self.tr("Writing the file…")

        def job(progress, cancelled):
            progress(0, 0, computing)
            report = builder.build_report(unit.uuid, kind, period)
            progress(0, 0, writing)
            return write(builder, report, path)
        outcome = self._run(job)
        if outcome.status == "failed" and not isinstance(outcome.error, EXPECTED):
            raise outcome.error
        if outcome.status != "done":
            bar.show_message(user_message(outcome.error) if outcome.error else self.tr("Cancelled."), error=True)
            return None
        if outcome.value:  # a PDF is issued as a notice
            bar.show_message(self.tr("Issued %1 and saved it to %2.").replace("%1", outcome.value).replace("%2", path))
            self.tab.register_changed()
        else:
            bar.show_message(self.tr("Report saved to %1.").replace("%1", path))
        return path

    def _run(self, job) -> Outcome:
        if self.tab.runner is None:
            try:
                return Outcome("done", job(lambda *a: None, lambda: False))
            except Exception as exc:  # noqa: BLE001 - reported like the runner does
                return Outcome("failed", error=exc)
        return run_with_progress(self.tab.runner, job, title=self.tr("Report"), label=self.tr("Making the report…"),
                                 parent=self, name="report")
