"""The small dialogs of the mediation tab: a case's steps (reason, mediator,
session, agreement, follow-up), a deliberation meeting with its matters, a virtue
activity with photos, a three-zero event. Each saves through one app/ call."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.mediation import activities, agreements, cases, law, lists, meetings
from app.mediation.activities import ActivityInput
from app.mediation.agreements import AgreementInput
from app.mediation.meetings import MatterInput, MeetingInput
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields
from ui.kit.widgets import date_edit as date_edit  # re-exported for the support dialogs


def combo(options, current=None) -> QComboBox:
    box = QComboBox()
    for key, name in (options.items() if isinstance(options, dict) else options):
        box.addItem(name, key)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def text_box(height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)
    return box


class ReasonDialog(FormDialog):
    """不予受理 / 调解不成 / 终止调解, with the reason."""

    def __init__(self, case_uuid: str, action: str, parent: QWidget | None = None):
        titles = {"decline": self.tr("Decline the case"), "fail": self.tr("Mediation failed"),
                  "end": self.tr("End the mediation")}
        super().__init__(titles[action], parent)
        self.case_uuid, self.action = case_uuid, action
        self.add_field(self.tr("Case:"), QLabel(cases.get(case_uuid).number))
        self.reason = self.add_field(self.tr("Reason:"), text_box(80), "reason")

    def save(self) -> str:
        work = {"decline": cases.decline, "fail": cases.fail, "end": cases.end}[self.action]
        return work(self.case_uuid, self.reason.toPlainText()).state


class MediatorDialog(FormDialog):
    def __init__(self, case_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Add a mediator"), parent)
        self.case_uuid = case_uuid
        case = cases.get(case_uuid)
        self.person = self.add_field(self.tr("Mediator:"), combo(lists.mediator_candidates(case.community_uuid)),
                                     "mediators")

    def save(self) -> str:
        return cases.add_mediator(self.case_uuid, self.person.currentData()).uuid


class SessionDialog(FormDialog):
    def __init__(self, case_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Record a mediation session"), parent)
        self.case_uuid = case_uuid
        case = cases.get(case_uuid)
        self.held_on = self.add_field(self.tr("Date:"), date_edit())
        self.place = self.add_field(self.tr("Place:"), QLineEdit(case.place), "place")
        self.attendees = self.add_field(self.tr("Attendees:"), QLineEdit(), "attendees")
        self.notes = self.add_field(self.tr("What was said:"), text_box(90), "notes")

    def save(self) -> str:
        day = self.held_on.date().toPython()
        held_at = None if day == dt.date.today() else dt.datetime.combine(day, dt.time(9))
        return cases.record_session(self.case_uuid, self.attendees.text(), self.notes.toPlainText(),
                                    held_at=held_at, place=self.place.text()).uuid


class AgreementDialog(FormDialog):
    """人民调解协议书, field by field; the parties are the case's."""

    def __init__(self, case_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Record the agreement"), parent)
        self.case_uuid = case_uuid
        self.setMinimumWidth(560)
        case = cases.get(case_uuid)
        parties = "<br>".join(f"{p['side']}：{p['name']}　{p['id_number']}　{p['phone']}" for p in cases.party_rows(case_uuid))
        self.add_field(self.tr("Parties:"), QLabel(parties))
        self.form_kind = self.add_field(self.tr("Form:"), combo(agreements.FORMS), "form")
        self.facts = self.add_field(self.tr("Facts and dispute:"), text_box(), "facts")
        self.facts.setPlainText(case.facts)
        self.content = self.add_field(self.tr("Terms agreed:"), text_box(), "content")
        self.performance = self.add_field(self.tr("How carried out:"), QLineEdit(), "performance")
        limit_fields(self, AgreementInput)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.has_deadline = QCheckBox(self.tr("By"))
        self.perform_by = date_edit(dt.date.today() + dt.timedelta(days=7))
        self.has_deadline.setChecked(True)
        self.has_deadline.toggled.connect(self.perform_by.setEnabled)
        line.addWidget(self.has_deadline)
        line.addWidget(self.perform_by, 1)
        self.add_field(self.tr("Carried out when:"), row, "perform_by")
        self.signed_on = self.add_field(self.tr("Signed on:"), date_edit(), "signed_on")

    def save(self) -> str:
        return agreements.record(self.case_uuid, AgreementInput(
            form=self.form_kind.currentData(), facts=self.facts.toPlainText(), content=self.content.toPlainText(),
            performance=self.performance.text(),
            perform_by=self.perform_by.date().toPython() if self.has_deadline.isChecked() else None,
            signed_on=self.signed_on.date().toPython())).uuid


class FollowUpDialog(FormDialog):
    def __init__(self, case_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Follow-up visit"), parent)
        self.case_uuid = case_uuid
        self.visited_on = self.add_field(self.tr("Visited on:"), date_edit(), "visited_on")
        self.kept = self.add_field(self.tr("Kept:"), QCheckBox(self.tr("The agreement is being kept")))
        self.kept.setChecked(True)
        self.notes = self.add_field(self.tr("Notes:"), text_box(), "notes")

    def save(self) -> str:
        return agreements.follow_up(self.case_uuid, self.kept.isChecked(), self.notes.toPlainText(),
                                    self.visited_on.date().toPython()).uuid


class MeetingDialog(FormDialog):
    """A deliberation meeting and the matters raised at it."""

    TOPIC, CATEGORY, OUTCOME, FOLLOW_UP = range(4)

    def __init__(self, root_path: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("New deliberation meeting"), parent)
        self.setMinimumWidth(680)
        self.kind = self.add_field(self.tr("Kind:"), combo(meetings.KINDS), "kind")
        self.unit = self.add_field(self.tr("Grid or community:"), combo(lists.held_units(root_path)), "org_unit")
        self.held_on = self.add_field(self.tr("Date:"), date_edit(), "held_on")
        self.place = self.add_field(self.tr("Place:"), QLineEdit(), "place")
        self.host = self.add_field(self.tr("Host:"), QLineEdit(), "host")
        limit_fields(self, MeetingInput)
        self.attendance = self.add_field(self.tr("Attendance:"), QSpinBox(), "attendance")
        self.attendance.setRange(0, 100000)
        self.matters = QTableWidget(0, 4)
        self.matters.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("Category"), self.tr("Outcome"),
                                                self.tr("Follow-up")])
        self.matters.horizontalHeader().setStretchLastSection(True)
        self.matters.setColumnWidth(0, 200)
        self.matters.setMinimumHeight(140)
        self.add_field(self.tr("Matters:"), self.matters, "topic")
        add = QPushButton(self.tr("Add a matter"))
        add.clicked.connect(lambda: self.add_matter())
        self.form.addRow("", add)
        self.errors["follow_up"] = self.errors["topic"]

    def add_matter(self, topic: str = "", category: str = "other", outcome: str = "open", follow_up: str = "") -> int:
        row = self.matters.rowCount()
        self.matters.insertRow(row)
        self.matters.setItem(row, self.TOPIC, QTableWidgetItem(topic))
        self.matters.setCellWidget(row, self.CATEGORY, combo(meetings.CATEGORIES, category))
        self.matters.setCellWidget(row, self.OUTCOME, combo(meetings.OUTCOMES, outcome))
        self.matters.setItem(row, self.FOLLOW_UP, QTableWidgetItem(follow_up))
        return row

    def _matter(self, row: int) -> MatterInput:
        topic, follow_up = self.matters.item(row, self.TOPIC), self.matters.item(row, self.FOLLOW_UP)
        return MatterInput(topic=topic.text() if topic else "", follow_up=follow_up.text() if follow_up else "",
                           category=self.matters.cellWidget(row, self.CATEGORY).currentData(),
                           outcome=self.matters.cellWidget(row, self.OUTCOME).currentData())

    def save(self) -> str:
        return meetings.hold(MeetingInput(
            kind=self.kind.currentData(), org_unit_uuid=self.unit.currentData(),
            held_on=self.held_on.date().toPython(), place=self.place.text(), host=self.host.text(),
            attendance=self.attendance.value(),
            matters=[self._matter(r) for r in range(self.matters.rowCount())])).uuid


class ActivityDialog(FormDialog):
    """A virtue activity and its photos."""

    def __init__(self, root_path: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("New virtue activity"), parent)
        self.kind = self.add_field(self.tr("Kind:"), combo(activities.kinds()), "kind")
        self.unit = self.add_field(self.tr("Grid or community:"), combo(lists.held_units(root_path)), "org_unit")
        self.held_on = self.add_field(self.tr("Date:"), date_edit(), "held_on")
        self.title = self.add_field(self.tr("Title:"), QLineEdit(), "title")
        self.place = self.add_field(self.tr("Place:"), QLineEdit(), "place")
        self.organiser = self.add_field(self.tr("Organiser:"), QLineEdit(), "organiser")
        limit_fields(self, ActivityInput)
        self.audience = self.add_field(self.tr("Audience:"), QSpinBox(), "audience")
        self.audience.setRange(0, 100000)
        self.attachments: list[str] = []
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        add = QPushButton(self.tr("Add photos…"))
        add.clicked.connect(self.add_files)
        line.addWidget(self.files_label, 1)
        line.addWidget(add)
        self.add_field(self.tr("Photos:"), row, "attachments")

    def add_files(self) -> None:
        from ui import ask

        chosen = ask.open_paths(self, self.tr("Photos or documents"),
                                self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.txt)"))
        self.attachments += [p for p in chosen if p not in self.attachments]
        self.files_label.setText("、".join(Path(p).name for p in self.attachments))

    def save(self) -> str:
        return activities.record(ActivityInput(
            kind=self.kind.currentData(), org_unit_uuid=self.unit.currentData(),
            held_on=self.held_on.date().toPython(), title=self.title.text(), place=self.place.text(),
            organiser=self.organiser.text(), audience=self.audience.value()), self.attachments).uuid


class EventDialog(FormDialog):
    """A petition, accident or crime that breaks a unit's three zeros."""

    def __init__(self, root_path: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("Record an event"), parent)
        self.unit = self.add_field(self.tr("Community or subdistrict:"), combo(lists.event_units(root_path)),
                                   "org_unit")
        self.kind = self.add_field(self.tr("Kind:"), combo(law.EVENT_KINDS), "kind")
        self.occurred_on = self.add_field(self.tr("Occurred on:"), date_edit(), "occurred_on")
        self.notes = self.add_field(self.tr("Notes:"), text_box(), "notes")

    def save(self) -> str:
        return law.record_event(self.unit.currentData(), self.kind.currentData(),
                                self.occurred_on.date().toPython(), self.notes.toPlainText()).uuid
