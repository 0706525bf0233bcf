"""Joint-conference / federation dialogs: a session held, a decision with the
responsible member and a deadline (on a matter of the inbox: its 交办), and the
member's report that a decision is done."""

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from app.linkage import agenda, conference, lists
from ui.kit.form_dialog import FormDialog
from ui.tabs.mediation.dialogs import combo, date_edit, text_box


class LinkageSessionDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Record a session"), parent)
        self.held_on = self.add_field(self.tr("Date:"), date_edit())
        self.place = self.add_field(self.tr("Place:"), QLineEdit(), "place")
        self.members = self.add_field(self.tr("Members present:"), QListWidget(), "attendees")
        self.members.setMaximumHeight(120)
        for member in conference.members():
            item = QListWidgetItem(member.name + (f"（{member.contact_name}）" if member.contact_name else ""))
            item.setData(Qt.ItemDataRole.UserRole, (member.uuid, member.contact_name or ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.others = self.add_field(self.tr("Others present:"), QLineEdit(), "others")
        self.others.setPlaceholderText(self.tr("e.g. 街道党工委书记王明、街道办主任李强"))
        self.attendance = self.add_field(self.tr("Attendance:"), QSpinBox(), "attendance")
        self.attendance.setRange(0, 1000)
        self.agenda = self.add_field(self.tr("Agenda:"), text_box(120), "agenda")
        self.agenda.setToolTip(self.tr("Drawn from the escalations this level holds and the hot issues of the "
                                       "quarter before the session; edit it as needed."))
        self._drawn = ""
        self.draw_agenda()
        self.held_on.dateChanged.connect(lambda _d: self.draw_agenda())

    def draw_agenda(self) -> None:
        """Pre-fill the agenda for the session's date (app/linkage/agenda.py), unless the clerk edited it."""
        if self.agenda.toPlainText() == self._drawn:
            self._drawn = agenda.drawn(self.held_on.date().toPython())
            self.agenda.setPlainText(self._drawn)

    def roster(self) -> list[tuple[str | None, str]]:
        items = [self.members.item(i) for i in range(self.members.count())]
        present = [item.data(Qt.ItemDataRole.UserRole) for item in items
                   if item.checkState() == Qt.CheckState.Checked]
        others = re.split(r"[、，,;；]", self.others.text())
        return [tuple(p) for p in present] + [(None, name.strip()) for name in others if name.strip()]

    def save(self) -> str:
        return conference.hold_session(self.held_on.date().toPython(), self.place.text(), self.attendance.value(),
                                       self.agenda.toPlainText(), self.roster()).uuid


class LinkageDecisionDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Record a decision"), parent)
        sessions = [(s.uuid, f"{s.held_on.isoformat()} {s.place or ''}") for s in conference.sessions()]
        self.session = self.add_field(self.tr("Session:"), combo(sessions), "session")
        matters = [(None, self.tr("(none: a matter of the session itself)"))]
        matters += [(r.uuid, f"{r.unit} {r.subject}") for r in lists.inbox() if r.state != "已交办"]
        self.matter = self.add_field(self.tr("Escalated matter:"), combo(matters), "escalation")
        self.subject = self.add_field(self.tr("Decision:"), QLineEdit(), "subject")
        members = [(m.uuid, m.name) for m in conference.members()]
        self.member = self.add_field(self.tr("Responsible member:"), combo(members), "assignee")
        self.due = self.add_field(self.tr("Deadline:"), date_edit(dt.date.today() + dt.timedelta(days=15)), "due_on")

    def save(self) -> str:
        return conference.decide(self.session.currentData(), self.subject.text(), self.member.currentData(),
                                 self.due.date().toPython(), escalation_uuid=self.matter.currentData()).uuid


class LinkageDoneDialog(FormDialog):
    def __init__(self, decision_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Decision done"), parent)
        self.uuid = decision_uuid
        self.result = self.add_field(self.tr("Result:"), text_box(80), "result")

    def save(self) -> str:
        return conference.complete(self.uuid, self.result.toPlainText()).uuid
