"""First start: create this site, join the district with an enrolment file
(first_run_join.py), or open the demo data.

Site: app.session.open_session(create=True) + app.sites.init_site; errors are
shown next to their field. Demo: app.demo.generate on the runner with a
progress dialog; the administrator's name and password are shown and prefilled
at sign-in.
"""

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from ui.dialogs.first_run_join import JoinPage
from ui.dialogs.first_run_pages import DemoPage, FirstRunResult, SitePage, SummaryPage
from ui.kit.widgets import hint_label
from ui.runner import Runner


class ChoicePage(QWizardPage):
    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to GridDesk"))
        self.setSubTitle(self.tr("There is no database yet. Create this site, or try the program with demo data."))
        self.create_site = QRadioButton(self.tr("Create this site (a new, empty database)"))
        self.open_demo = QRadioButton(self.tr("Open the demo data (a sample district to try things out)"))
        self.join = QRadioButton(self.tr("Join the district's data exchange (with an enrolment file)"))
        self.create_site.setChecked(True)
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button in (self.create_site, self.join, self.open_demo):
            group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(hint_label(self.tr("Database file: %1").replace("%1", str(db_path))))

    def nextId(self) -> int:
        if self.join.isChecked():
            return FirstRunWizard.JOIN
        return FirstRunWizard.DEMO if self.open_demo.isChecked() else FirstRunWizard.SITE


class FirstRunWizard(QWizard):
    CHOICE, SITE, DEMO, SUMMARY, JOIN = range(5)

    def __init__(self, db_path: Path, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.result_value: FirstRunResult | None = None
        self.setWindowTitle(self.tr("First start"))  # Qt adds the application's name
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(620, 480)
        self.choice = ChoicePage(self.db_path)
        self.site_page = SitePage(self.db_path, self._done)
        self.demo_page = DemoPage(self.db_path, runner, self._done)
        self.join_page = JoinPage(self.db_path, runner, self._done)
        self.summary = SummaryPage()
        for page_id, page in ((self.CHOICE, self.choice), (self.SITE, self.site_page), (self.JOIN, self.join_page),
                              (self.DEMO, self.demo_page), (self.SUMMARY, self.summary)):
            self.setPage(page_id, page)
        self.setStartId(self.CHOICE)

    def _done(self, result: FirstRunResult) -> None:
        self.result_value = result
        self.summary.show_result(result)

    def validateCurrentPage(self) -> bool:
        """Once the database is made, Next never makes (or, on a failure, deletes) it again."""
        if self.result_value is not None:
            return True
        return super().validateCurrentPage()

    @classmethod
    def ask(cls, db_path: Path, runner: Runner, parent: QWidget | None = None) -> FirstRunResult | None:
        wizard = cls(db_path, runner, parent)
        wizard.exec()
        return wizard.result_value
