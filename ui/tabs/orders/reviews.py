"""评议: the review sessions of the subtree (new session, score its month's orders)
and the monthly record of units and members with their ranking."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from app import auth
from app.errors import EXPECTED, user_message
from app.orders import lists, reviews
from app.orders.lists import Filter
from ui.kit.page import TablePage
from ui.kit.table_model import Column, TableModel
from ui.latest import Latest


class ReviewsPage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.sessions = TablePage(TableModel([
            Column(self.tr("Month"), lambda s: s.month), Column(self.tr("Community"), lambda s: s.community),
            Column(self.tr("Held on"), lambda s: s.held_on), Column(self.tr("Reviewers"), lambda s: s.reviewers, right=True),
            Column(self.tr("Orders scored"), lambda s: s.scored, right=True), Column(self.tr("Place"), lambda s: s.place)]),
            (70, 110, 90, 70, 70))
        self.write_buttons = [self.sessions.button(self.tr("New session…"), tab.actions.new_session),
                              self.sessions.button(self.tr("Score orders…"),
                                                   lambda: tab.actions.score(self.sessions.current()))]
        for button in self.write_buttons:
            button.setEnabled(auth.can("write"))
        self.sessions.finish_bar(with_filter=False)
        self.sessions.activated.connect(lambda: tab.actions.score(self.sessions.current()))
        self.record = TablePage(TableModel([
            Column(self.tr("Rank"), lambda r: r[0], right=True), Column(self.tr("Provider"), lambda r: r[1].provider),
            Column(self.tr("Kind"), lambda r: self.tr("Unit") if r[1].kind == "unit" else self.tr("Party member")),
            Column(self.tr("Accepted"), lambda r: r[1].accepted, right=True),
            Column(self.tr("Completed"), lambda r: r[1].completed, right=True),
            Column(self.tr("On time"), lambda r: r[1].on_time, right=True),
            Column(self.tr("Average score"), lambda r: "" if r[1].average_score is None else f"{r[1].average_score:.2f}",
                right=True)]), (50, 200, 70, 70, 70, 70))
        self.record.bar.addWidget(QLabel(self.tr("Monthly record for")))
        self.month = QLineEdit(dt.date.today().strftime("%Y-%m"))
        self.month.setMaximumWidth(90)
        self.month.returnPressed.connect(self.show_record)
        self.record.bar.addWidget(self.month)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.show_record)
        self.record.bar.addWidget(show)
        self.record.finish_bar(with_filter=True)
        self.record.view.horizontalHeader().setStretchLastSection(False)  # numbers stay by their names
        self._month_chosen = False
        self.month.textEdited.connect(lambda _t: setattr(self, "_month_chosen", True))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sessions)
        splitter.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._filter = Filter()
        self.session_reads, self.record_reads = Latest(self, "review-sessions"), Latest(self, "monthly-record")

    def refresh(self, f: Filter) -> None:
        """The sessions, then the month's record, read on the runner (every order of a month at 1m)."""
        self._filter = f
        self.record_reads.supersede()
        self.session_reads.submit(self.tab.runner, lambda progress, cancelled: lists.sessions(f), self._sessions_in,
                                  self.tab._job_failed)

    def _sessions_in(self, rows: list) -> None:
        self.sessions.set_rows(rows, self.tr("%1 sessions").replace("%1", f"{len(rows):,}"))
        if rows and not self._month_chosen:
            self.month.setText(rows[0].month)  # the latest month reviewed
        self.show_record()

    def show_record(self) -> None:
        root, month = self._filter.root_path or "", self.month.text().strip()
        try:
            self.record_reads.submit(self.tab.runner, lambda progress, cancelled: reviews.monthly_record(root, month),
                                     self._record_in, self.tab._job_failed)
        except EXPECTED as exc:  # without a runner: here and now
            self.tab.message_bar.show_message(user_message(exc), error=True)

    def _record_in(self, record: list) -> None:
        self.record.set_rows(list(enumerate(record, start=1)),
                             self.tr("%1 providers").replace("%1", str(len(record))))
