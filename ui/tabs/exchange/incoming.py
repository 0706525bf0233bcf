"""导入: pick a .gdb file, check it on the runner (incoming.plan), show the plan;
an unknown sender's fingerprint beside this site's for the operators to compare
by phone (admin: trust, then check again); 确认导入 applies it on the runner
(a backup first) and shows the receipt."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.errors import EXPECTED, user_message
from app.exchange import incoming, views
from app.exchange.errors import BundleError
from ui import labels
from ui.kit.run import run_now
from ui.kit.widgets import error_label, hint_label, set_error
from ui.tabs.exchange.models import KINDS, PlanModel, gaps, name_of, summary

BUNDLE_FILTER = "GridDesk (*.gdb)"
INTRO, TRUST, PLAN, DONE = range(4)


def plan_view(model) -> QTableView:
    """Counts beside their table names, not stretched across the screen."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(False)
    view.setColumnWidth(0, 180)
    for column in range(1, model.columnCount()):
        view.setColumnWidth(column, 96)
    return view


def fingerprint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(15)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ImportPage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.path: Path | None = None
        self.plan: incoming.Plan | None = None
        self.file_label = QLabel(self.tr("No bundle chosen."))
        self.error = error_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._intro())
        self.stack.addWidget(self._trust())
        self.stack.addWidget(self._plan())
        self.stack.addWidget(self._done())
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)

    # -- panels ---------------------------------------------------------------
    def _intro(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.addWidget(hint_label(self.tr("Insert the USB stick and click “Import a bundle…”. The bundle is "
                                         "checked first and nothing changes until you confirm the import.")))
        box.addStretch(1)
        return panel

    def _trust(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("trustPanel")
        panel.setStyleSheet("#trustPanel { background: #fef7e0; border: 1px solid #f9ab00; border-radius: 4px; }")
        self.trust_title = QLabel()
        self.trust_title.setWordWrap(True)
        self.sender_name = QLabel()
        self.sender_fp = fingerprint_label()
        self.my_name = QLabel()
        self.my_fp = fingerprint_label()
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Sender:")), 0, 0)
        grid.addWidget(self.sender_name, 0, 1)
        grid.addWidget(QLabel(self.tr("Its fingerprint:")), 1, 0)
        grid.addWidget(self.sender_fp, 1, 1)
        grid.addWidget(QLabel(self.tr("This site:")), 2, 0)
        grid.addWidget(self.my_name, 2, 1)
        grid.addWidget(QLabel(self.tr("This site's fingerprint:")), 3, 0)
        grid.addWidget(self.my_fp, 3, 1)
        grid.setColumnStretch(1, 1)
        self.trust_button = QPushButton(self.tr("The fingerprints match: trust this site"))
        self.trust_button.clicked.connect(self.trust)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reset)
        self.trust_note = hint_label(self.tr("Only an administrator can trust a site's keys."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(cancel)
        buttons.addWidget(self.trust_note, 1)
        box = QVBoxLayout(panel)
        box.addWidget(self.trust_title)
        box.addLayout(grid)
        box.addWidget(hint_label(self.tr("Phone the other office. Ask them to read out their fingerprint "
                                         "(数据交换 → 站点) group by group and compare it with the line above; "
                                         "read yours to them. Trust the site only if every group matches.")))
        box.addLayout(buttons)
        box.addStretch(1)
        return panel

    def _plan(self) -> QWidget:
        panel = QWidget()
        self.plan_title = QLabel()
        self.plan_title.setWordWrap(True)
        self.plan_note = QLabel()
        self.plan_note.setWordWrap(True)
        self.plan_note.setStyleSheet("color: #b06000;")
        self.plan_model = PlanModel(self)
        self.plan_view = plan_view(self.plan_model)
        self.apply_button = QPushButton(self.tr("Confirm the import"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.apply_button)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.plan_title)
        box.addWidget(self.plan_note)
        box.addWidget(self.plan_view, 1)
        box.addLayout(buttons)
        return panel

    def _done(self) -> QWidget:
        panel = QWidget()
        self.receipt = QLabel()
        self.receipt.setWordWrap(True)
        self.receipt.setStyleSheet("background: #e6f4ea; border: 1px solid #81c995; padding: 8px;")
        self.done_model = PlanModel(self)
        view = plan_view(self.done_model)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.receipt)
        box.addWidget(view, 1)
        return panel

    # -- flow -----------------------------------------------------------------
    def choose(self) -> None:
        path = self.tab.ask_file(self.tr("Choose the bundle to import"), BUNDLE_FILTER)
        if path:
            self.check(Path(path))

    def reset(self) -> None:
        self.path, self.plan = None, None
        self.file_label.setText(self.tr("No bundle chosen."))
        set_error(self.error, "")
        self.stack.setCurrentIndex(INTRO)

    def check(self, path: Path) -> None:
        """incoming.plan on the runner; an unknown sender leads to the fingerprint comparison."""
        self.path, self.plan = path, None
        self.file_label.setText(self.tr("Bundle: %1").replace("%1", str(path)))
        set_error(self.error, "")
        outcome = run_now(self.tab.runner, lambda progress, cancelled: incoming.plan(path),
                          self.tr("Import"), self.tr("Checking the bundle…"), self)
        if outcome.status == "done":
            self.show_plan(outcome.value)
        elif outcome.status == "failed":
            self._failed(outcome.error, path)
        else:
            self.reset()

    def _failed(self, error: BaseException, path: Path) -> None:
        if isinstance(error, BundleError) and error.code == "E_SIGNATURE" and self._ask_trust(path):
            return
        if isinstance(error, EXPECTED):
            self.stack.setCurrentIndex(INTRO)
            set_error(self.error, user_message(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _ask_trust(self, path: Path) -> bool:
        try:
            sender = views.sender_of(path)
        except EXPECTED:
            return False
        if sender is None or not sender.trustable:
            return False
        me = self.tab.site
        self.trust_title.setText("<b>" + self.tr("This bundle comes from a site whose keys have not been compared "
                                                 "yet.") + "</b>")
        self.sender_name.setText(sender.name or self.tr("(a site this PC does not know)"))
        self.sender_fp.setText(sender.fingerprint)
        self.my_name.setText(f"{me.name}（{labels.site_level(me.level)}）")
        self.my_fp.setText(views.my_fingerprint())
        admin = auth.can("admin")
        self.trust_button.setEnabled(admin)
        self.trust_note.setVisible(not admin)
        self.stack.setCurrentIndex(TRUST)
        return True

    def trust(self) -> None:
        try:
            views.trust_sender(self.path)
        except EXPECTED as exc:
            set_error(self.error, user_message(exc))
            return
        self.tab.changed()
        self.check(self.path)

    def show_plan(self, plan: incoming.Plan) -> None:
        self.plan = plan
        sender = views.site_name(plan.sender)
        title = self.tr("Bundle No. %1 from <b>%2</b> (%3). Check what the import will do:")
        self.plan_title.setText(title.replace("%1", str(plan.seq)).replace("%2", sender)
                                .replace("%3", name_of(KINDS, plan.kind)))
        self.plan_model.set_counts(plan.counts)
        notes = []
        if plan.duplicate_of:
            notes.append(self.tr("Already imported: %1").replace("%1", plan.duplicate_of))
        elif plan.older:
            notes.append(self.tr("An earlier bundle: what it holds came with a later bundle already. "
                                 "Nothing to import."))
        elif not plan.counts:
            notes.append(self.tr("Nothing new in this bundle."))
        if plan.skipped and not plan.missing:
            notes.append(self.tr("Bundles No. %1 never arrived. Bundles are cumulative: this one holds what "
                                 "they held.").replace("%1", gaps(plan.skipped)))
        if plan.missing:
            notes.append(self.tr("Some changes of the sender never arrived here (bundles No. %1). Ask the sender "
                                 "for a recovery bundle.").replace("%1", gaps(plan.missing)))
        self.plan_note.setText("<br>".join(notes))
        self.plan_note.setVisible(bool(notes))
        can = auth.can("write") and not plan.nothing_to_do
        self.apply_button.setEnabled(can)
        self.apply_button.setToolTip("" if auth.can("write") else self.tr("A read-only account cannot import."))
        self.stack.setCurrentIndex(PLAN)

    def apply(self) -> None:
        if self.path is None or self.plan is None:
            return
        path, db_path = self.path, self.tab.db_path
        set_error(self.error, "")
        outcome = run_now(self.tab.runner, lambda progress, cancelled: incoming.apply(path, db_path),
                          self.tr("Import"), self.tr("Backing up, then importing…"), self)
        if outcome.status == "done":
            self.show_receipt(outcome.value)
            self.tab.changed(data=True)
        elif outcome.status == "failed":
            self._failed(outcome.error, path)

    def show_receipt(self, done: incoming.Plan) -> None:
        text = self.tr("<b>Imported</b> bundle No. %1 from %2: %3. A backup was made first.")
        self.receipt.setText(text.replace("%1", str(done.seq)).replace("%2", views.site_name(done.sender))
                             .replace("%3", summary(views.totals(done.counts)) or self.tr("no changes")))
        self.done_model.set_counts(done.counts)
        self.stack.setCurrentIndex(DONE)
