"""First start, third way: join the district's data exchange with the enrolment
file the district wrote (enrol.read, then enrol.join on the runner). The
district's whole fingerprint is shown (wrapped, never cut) for the operator to
compare by phone, and the site is created only after they tick that they did.
Any failure is shown as a translated sentence, never a raw exception text."""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from app import auth
from app.errors import EXPECTED, ValidationError, user_message
from app.exchange import enrol
from ui import ask, labels
from ui.dialogs.first_run_pages import _result, remove_database
from ui.kit.run import run_now
from ui.kit.widgets import error_label, hint_label, set_error
from ui.runner import Runner
from ui.tabs.exchange.incoming import fingerprint_label

ENROL_FILTER = "GridDesk enrolment (*.json)"
logger = logging.getLogger(__name__)


class JoinPage(QWizardPage):
    def __init__(self, db_path: Path, runner: Runner | None, done: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path, self.runner, self._done = db_path, runner, done
        self.enrolment: enrol.Enrolment | None = None
        self.setTitle(self.tr("Join the district's data exchange"))
        self.setSubTitle(self.tr("Open the enrolment file the district gave you, compare the district's "
                                 "fingerprint by phone, then choose this site's administrator."))
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.file, 1)
        box.addWidget(browse)
        self.site = QLabel()
        self.district = QLabel()
        self.fingerprint = fingerprint_label()
        self.fingerprint.setWordWrap(True)  # all seven groups, on two lines if need be
        self.compared = QCheckBox(self.tr("I compared every group with the district by phone: they match."))
        self.admin = QLineEdit("admin")
        self.password = QLineEdit()
        self.password2 = QLineEdit()
        for edit in (self.password, self.password2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: error_label() for name in ("file", "compared", "username", "password", "general")}
        form = QFormLayout(self)
        form.addRow(self.tr("Enrolment file:"), row)
        form.addRow("", self.errors["file"])
        form.addRow(self.tr("This site:"), self.site)
        form.addRow(self.tr("District:"), self.district)
        form.addRow(self.tr("District fingerprint:"), self.fingerprint)
        form.addRow("", hint_label(self.tr("Phone the district and have them read their fingerprint: every "
                                           "group must match.")))
        form.addRow("", self.compared)
        form.addRow("", self.errors["compared"])
        form.addRow(self.tr("Administrator login:"), self.admin)
        form.addRow("", self.errors["username"])
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.password2)
        form.addRow("", self.errors["password"])
        form.addRow(self.errors["general"])

    def choose(self) -> None:
        path = ask.open_file(self, self.tr("Open the enrolment file"), ENROL_FILTER)
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        set_error(self.errors["file"], "")
        self.compared.setChecked(False)
        self.file.setText(str(path))
        try:
            self.enrolment = enrol.read(path)
        except EXPECTED as exc:
            self.enrolment = None
            for label in (self.site, self.district, self.fingerprint):
                label.clear()
            set_error(self.errors["file"], user_message(exc))
            return False
        site, district = self.enrolment.site, self.enrolment.district_site
        self.site.setText(f"<b>{site['name']}</b>（{labels.site_level(site['level'])}，{site['org_code']}）")
        self.district.setText(district["name"])
        self.fingerprint.setText(self.enrolment.district.fingerprint())
        return True

    def validatePage(self) -> bool:
        for label in self.errors.values():
            set_error(label, "")
        try:
            self._check()
        except EXPECTED as exc:
            set_error(self.errors.get(getattr(exc, "field", None) or "general", self.errors["general"]),
                      user_message(exc))
            return False
        path, enrolment, admin, password = self.db_path, self.enrolment, self.admin.text().strip(), \
            self.password.text()
        outcome = run_now(self.runner, lambda progress, cancelled: enrol.join(path, enrolment, admin, password),
                          self.tr("Join"), self.tr("Creating this site from the enrolment file…"), self)
        if outcome.status != "done":
            remove_database(path)
            set_error(self.errors["general"], self._failure_text(outcome.error))
            return False
        self._done(_result("site", admin, signed_in=True))
        return True

    def _failure_text(self, error: BaseException | None) -> str:
        if error is None:
            return self.tr("Cancelled.")
        if isinstance(error, EXPECTED):
            return user_message(error)
        logger.error("joining from an enrolment file failed: %s", type(error).__name__, exc_info=error)
        return self.tr("This site could not be created from the enrolment file, and nothing was kept. Please "
                       "ask the district for a new enrolment file (and report the problem to them).")

    def _check(self) -> None:
        if self.enrolment is None:
            raise ValidationError(self.tr("Please open the enrolment file from the district."), field="file")
        if not self.compared.isChecked():
            raise ValidationError(self.tr("Please phone the district, compare its fingerprint group by group "
                                          "and tick the box."), field="compared")
        if not self.admin.text().strip():
            raise ValidationError(self.tr("Please enter a login name for the administrator."), field="username")
        auth.check_password_rules(self.password.text())
        if self.password.text() != self.password2.text():
            raise ValidationError(self.tr("The two passwords differ. Please type them again."), field="password")

    def nextId(self) -> int:
        return 3
