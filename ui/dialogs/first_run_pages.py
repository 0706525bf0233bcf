"""The pages of the first-run wizard that do the work: create a site, generate demo data."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from app import auth, org, session
from app.errors import GridDeskError, ValidationError
from app.session import open_session
from app.sites import init_site
from ui import labels
from ui.kit.progress import run_with_progress
from ui.kit.widgets import error_label, hint_label, set_error
from ui.runner import Runner


@dataclass
class FirstRunResult:
    kind: str  # site | demo
    username: str
    password: str = ""  # demo only: prefilled at sign-in
    signed_in: bool = False  # site: init_site signs the administrator in


def remove_database(path: Path) -> None:
    session.remove_database(Path(path))


class SitePage(QWizardPage):
    FIELDS = ("name", "level", "code", "username", "password")

    def __init__(self, db_path: Path, done: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path, self._done = db_path, done
        self.setTitle(self.tr("Create this site"))
        self.setSubTitle(self.tr("The office this PC works for, and its first administrator."))
        self.site_name = QLineEdit()
        self.site_name.setPlaceholderText(self.tr("e.g. Chengguan Subdistrict Office"))
        self.level = QComboBox()
        for key in ("district", "subdistrict", "community"):
            self.level.addItem(labels.site_level(key), key)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("optional, e.g. 611002001"))
        self.admin = QLineEdit("admin")
        self.password = QLineEdit()
        self.password2 = QLineEdit()
        for edit in (self.password, self.password2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: error_label() for name in (*self.FIELDS, "general")}
        form = QFormLayout(self)
        for label, widget, field in (
            (self.tr("Site name:"), self.site_name, "name"), (self.tr("Level:"), self.level, "level"),
            (self.tr("Organisation code:"), self.code, "code"),
            (self.tr("Administrator login:"), self.admin, "username"),
            (self.tr("Password:"), self.password, None), (self.tr("Password again:"), self.password2, "password"),
        ):
            form.addRow(label, widget)
            if field:
                form.addRow("", self.errors[field])
        form.addRow(self.errors["general"])

    def validatePage(self) -> bool:
        for label in self.errors.values():
            set_error(label, "")
        session_open = False
        try:
            self._check()
            open_session(self.db_path, create=True)
            session_open = True
            init_site(name=self.site_name.text(), level=self.level.currentData(), admin_name=self.admin.text(),
                      password=self.password.text(), org_code=self.code.text().strip() or None)
        except GridDeskError as exc:
            if session_open:
                remove_database(self.db_path)
            set_error(self.errors.get(exc.field or "general", self.errors["general"]), exc.message)
            return False
        self._done(_result("site", self.admin.text().strip(), signed_in=True))
        return True

    def _check(self) -> None:
        org.validate_name(self.site_name.text())
        if self.code.text().strip():
            org.validate_code(self.code.text())
        if not self.admin.text().strip():
            raise ValidationError(self.tr("Please enter a login name for the administrator."), field="username")
        auth.check_password_rules(self.password.text())
        if self.password.text() != self.password2.text():
            raise ValidationError(self.tr("The two passwords differ. Please type them again."), field="password")

    def nextId(self) -> int:
        return 3


class DemoPage(QWizardPage):
    def __init__(self, db_path: Path, runner: Runner, done: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path, self.runner, self._done = db_path, runner, done
        self.setTitle(self.tr("Open the demo data"))
        self.setSubTitle(self.tr("A made-up district with the figures of the Shangzhou article. "
                                 "Names, phone and ID numbers are invented."))
        self.scale = QComboBox()
        self.scale.addItem(self.tr("Small (a few communities, ready in seconds)"), "small")
        self.scale.addItem(self.tr("Shangzhou (4 subdistricts, 26 communities, 529 grids)"), "shangzhou")
        self.error = error_label()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Size:"), self.scale)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr("Do not enter real residents into a demo database.")))
        layout.addStretch(1)
        layout.addWidget(self.error)

    def validatePage(self) -> bool:
        set_error(self.error, "")
        scale, path = self.scale.currentData(), self.db_path

        def job(progress, cancelled):
            from app.demo import generate
            return generate(path, scale, seed=1, progress=progress, cancelled=cancelled)

        outcome = run_with_progress(self.runner, job, title=self.tr("Demo data"),
                                    label=self.tr("Generating the demo data…"), parent=self, name="demo")
        if outcome.status != "done":
            remove_database(path)
            set_error(self.error, self._failure_text(outcome))
            return False
        value = outcome.value
        self._done(_result("demo", value.admin_name, password=value.admin_password))
        return True

    def _failure_text(self, outcome) -> str:
        if outcome.status == "cancelled":
            return self.tr("Cancelled. No demo database was kept.")
        if isinstance(outcome.error, ImportError):
            return self.tr("The demo data generator is not part of this installation.")
        return getattr(outcome.error, "message", None) or str(outcome.error)

    def nextId(self) -> int:
        return 3


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)
        self.setFinalPage(True)

    def nextId(self) -> int:
        return -1  # the last page: Finish opens the workbench, nothing follows

    def show_result(self, result) -> None:
        if result.kind == "demo":
            text = self.tr("The demo data is ready. Sign in as <b>%1</b> with the password <b>%2</b> "
                           "(it is filled in for you on the next screen).")
            self.text.setText(text.replace("%1", result.username).replace("%2", result.password))
        else:
            self.text.setText(self.tr("This site has been created and <b>%1</b> is signed in. "
                                      "Click Finish to open the workbench.").replace("%1", result.username))


def _result(kind: str, username: str, **kwargs) -> FirstRunResult:
    return FirstRunResult(kind, username, **kwargs)
