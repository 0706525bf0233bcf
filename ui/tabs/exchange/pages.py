"""历史, 冲突 and 站点 pages of the data-exchange tab."""

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox, QSplitter, QVBoxLayout, QWidget

from app import auth
from app.errors import EXPECTED, user_message
from app.exchange import conflicts, enrol, identity, views
from ui import ask
from ui.kit.page import TablePage
from ui.tabs.exchange.enrol import ENROL_FILTER
from ui.tabs.exchange.models import TABLES, ConflictsModel, HistoryModel, SitesModel, name_of, stamp_time


class HistoryPage(TablePage):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(HistoryModel(), (130, 60, 160, 50, 70, 260, 110), parent)
        self.tab = tab
        self.finish_bar(with_filter=True)

    def refresh(self) -> None:
        rows = views.history()
        self.set_rows(rows, self.tr("%1 bundles").replace("%1", str(len(rows))))


class ConflictsPage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.table = TablePage(ConflictsModel(), (120, 220, 150, 150))
        self.keep_theirs = self.table.button(self.tr("Keep theirs"), lambda: self.resolve("incoming"),
                                             self.tr("The newer incoming version stays."))
        self.keep_mine = self.table.button(self.tr("Keep this site's"), lambda: self.resolve("mine"),
                                           self.tr("Write the values kept here again; they win everywhere "
                                                   "with the next bundle."))
        self.table.finish_bar(with_filter=False)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.table.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(QLabel(self.tr("The values this site had (now replaced by the incoming version):")))
        box.addWidget(self.detail, 1)
        splitter.addWidget(right)
        splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        rows = views.conflicts()
        self.table.set_rows(rows, self.tr("%1 open conflicts").replace("%1", str(len(rows))))
        if rows:
            self.table.select_row(0)
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.table.current()
        allowed = auth.can("approve") and row is not None
        self.keep_theirs.setEnabled(allowed)
        self.keep_mine.setEnabled(allowed)
        if row is None:
            self.detail.setPlainText("")
            return
        head = self.tr("%1, changed here %2, there %3").replace("%1", name_of(TABLES, row.table)).replace(
            "%2", stamp_time(row.local_version)).replace("%3", stamp_time(row.incoming_version))
        self.detail.setPlainText(head + "\n\n" + json.dumps(row.values, ensure_ascii=False, indent=2))

    def resolve(self, keep: str) -> None:
        row = self.table.current()
        if row is None:
            return
        try:
            conflicts.resolve(row.id, keep)
        except EXPECTED as exc:
            self.tab.message_bar.show_message(user_message(exc), error=True)
            return
        text = self.tr("Kept this site's values.") if keep == "mine" else self.tr("Kept the incoming version.")
        self.tab.message_bar.show_message(text)
        self.tab.changed(data=keep == "mine")


class SitesPage(QWidget):
    def __init__(self, tab, stale_days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.table = TablePage(SitesModel(), (170, 60, 110, 70, 70, 90, 70, 80))
        district = tab.site.level == "district"
        self.enrol_button = self.table.button(self.tr("Enrol a new site…"), tab.enrol)
        self.enrol_button.setVisible(district)
        self.enrol_button.setEnabled(auth.can("admin"))
        self.reissue_button = self.table.button(self.tr("Reissue the enrolment file…"), self.reissue,
                                                self.tr("For a site whose PC must be rebuilt: a new enrolment file; "
                                                        "its old keys are revoked."))
        self.reissue_button.setVisible(district)
        self.reissue_button.setEnabled(auth.can("admin"))
        self.revoke_button = self.table.button(self.tr("Revoke keys"), self.revoke,
                                               self.tr("Refuse every bundle signed with this site's keys."))
        self.revoke_button.setEnabled(auth.can("admin"))
        self.table.bar.addWidget(QLabel(self.tr("Mark red after")))
        self.stale = QSpinBox()
        self.stale.setRange(1, 365)
        self.stale.setValue(stale_days)
        self.stale.setSuffix(self.tr(" days"))
        self.stale.valueChanged.connect(lambda value: (tab.set_stale_days(value), self.refresh()))
        self.table.bar.addWidget(self.stale)
        self.table.finish_bar(with_filter=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = views.site_states(stale_days=self.stale.value())
        late = sum(1 for r in rows if r.stale)
        text = self.tr("%1 sites, %2 late").replace("%1", str(len(rows))).replace("%2", str(late))
        self.table.set_rows(rows, text)

    def reissue(self) -> None:
        row = self.table.current()
        if row is None:
            self.tab.message_bar.show_message(self.tr("Please choose a site first."), error=True)
            return
        question = self.tr("Reissue the enrolment file of %1? Its current keys are revoked: bundles from its "
                           "old PC are refused from now on.").replace("%1", row.name)
        if not ask.confirm(self, self.tr("Reissue the enrolment file"), question):
            return
        path = ask.save_file(self, self.tr("Save the enrolment file"), str(Path.home() / "griddesk-enrol.json"),
                             ENROL_FILTER)
        if not path:
            return
        text = self.tr("New enrolment file for %1: %2. When the rebuilt PC has joined with it, trust its first "
                       "bundle, then send it a recovery bundle.")
        self._run(lambda: enrol.reissue(row.uuid, path), text.replace("%1", row.name).replace("%2", path))

    def revoke(self) -> None:
        row = self.table.current()
        if row is None:
            return
        question = self.tr("Revoke the keys of %1? Its bundles will be refused until it is enrolled "
                           "again.").replace("%1", row.name)
        if not ask.confirm(self, self.tr("Revoke keys"), question):
            return
        self._run(lambda: identity.revoke(row.uuid), self.tr("The keys of %1 are revoked.").replace("%1", row.name))

    def _run(self, action, done_text: str) -> None:
        """One write through app/: its error, or the text and the broadcast."""
        try:
            action()
        except EXPECTED as exc:
            self.tab.message_bar.show_message(user_message(exc), error=True)
            return
        self.tab.message_bar.show_message(done_text)
        self.tab.changed()
