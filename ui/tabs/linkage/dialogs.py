"""The linkage dialogs: escalate a request (上报), decide on a matter held here
(交办 / 提交会议 / 继续上报 / 答复), close an answered one with the call-back
(办结, 回访), and add a member organisation of the conference or federation."""

import datetime as dt
from html import escape

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app import attachments
from app.linkage import conference, escalations, records
from app.session import local_unit
from ui.kit.attachment_list import AttachmentList
from ui.kit.form_dialog import FormDialog
from ui.tabs.mediation.dialogs import combo, date_edit, text_box


class EscalateDialog(FormDialog):
    """A request chosen from the open ones, or the record selected on its own page (a request, a need,
    a mediation case or a deliberation matter), with photos or documents that travel with it."""

    def __init__(self, record_uuid: str | None = None, table: str = "request", parent: QWidget | None = None):
        super().__init__(self.tr("Escalate to the next level"), parent)
        self.table = table
        options = ([(record_uuid, records.subject(table, records.fetch(table, record_uuid)))] if record_uuid
                   else records.open_requests(local_unit().path))
        self.record = self.add_field(self.tr("Matter:"), combo(options), "record_table")
        self.reason = self.add_field(self.tr("Why this level cannot settle it:"), text_box(80), "reason")
        self.files = self.add_field(self.tr("Photos and documents:"), AttachmentList(), "attachments")

    def save(self) -> str:
        return escalations.escalate(self.table, self.record.currentData(), self.reason.toPlainText(),
                                    attachments=self.files.paths).uuid


class DecideDialog(FormDialog):
    def __init__(self, escalation_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Decide on an escalated matter"), parent)
        self.uuid = escalation_uuid
        current = escalations.get(escalation_uuid)
        self.add_field(self.tr("Matter:"), QLabel(current.escalation.subject))
        self.files = self.add_field(self.tr("Photos and documents:"), files_label("escalation", escalation_uuid))
        self.action = self.add_field(self.tr("Decision:"), combo(escalations.ACTIONS, "answer"), "action")
        members = [(m.uuid, m.name) for m in conference.members()]
        self.member = self.add_field(self.tr("Member organisation:"), combo([(None, "")] + members), "assignee")
        self.lower = self.add_field(self.tr("Or a lower site:"),
                                    combo([(None, "")] + escalations.lower_units(escalation_uuid)))
        self.due = self.add_field(self.tr("Deadline:"), date_edit(dt.date.today() + dt.timedelta(days=14)), "due_at")
        self.note = self.add_field(self.tr("Answer or instruction:"), text_box(80), "note")

    def save(self) -> str:
        action = self.action.currentData()
        extra = {}
        if action == "assign":
            due = dt.datetime.combine(self.due.date().toPython(), dt.time(15, 59))  # 23:59 Beijing time
            extra = {"member_uuid": self.member.currentData(), "assignee_unit_uuid": self.lower.currentData(),
                     "due_at": due}
        return escalations.decide(self.uuid, action, self.note.toPlainText(), **extra).uuid


class CloseDialog(FormDialog):
    def __init__(self, escalation_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Close the matter"), parent)
        self.uuid = escalation_uuid
        current = escalations.get(escalation_uuid)
        self.add_field(self.tr("Answer from above:"), QLabel(current.answer or ""))
        choices = [(None, "")] + list(escalations.SATISFACTION.items())
        self.satisfaction = self.add_field(self.tr("Call-back:"), combo(choices), "satisfaction")
        self.note = self.add_field(self.tr("Note:"), text_box(60), "note")

    def save(self) -> str:
        return escalations.close(self.uuid, self.note.toPlainText(), self.satisfaction.currentData()).uuid


class LinkageMemberDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Add a member organisation"), parent)
        level = local_unit().level
        kinds = conference.CONFERENCE_KINDS if level <= 1 else conference.FEDERATION_KINDS
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.kind = self.add_field(self.tr("Kind:"), combo(kinds), "kind")
        self.contact = self.add_field(self.tr("Contact:"), QLineEdit(), "contact_name")
        self.phone = self.add_field(self.tr("Phone:"), QLineEdit(), "contact_phone")

    def save(self) -> str:
        return conference.add_member(self.name.text(), self.kind.currentData(), self.contact.text(),
                                     self.phone.text()).uuid


def files_label(owner_table: str, owner_uuid: str) -> QLabel:
    """The record's photos and documents as links that open them (rebuilt from the bundle's parts
    at a site that never held the files); a file whose bytes have not arrived is named only."""
    links = []
    for attachment in attachments.of(owner_table, owner_uuid):
        path = attachments.local_path(attachment)
        name = escape(attachment.file_name)
        links.append(f'<a href="{path.as_uri()}">{name}</a>' if path else name)
    label = QLabel("、".join(links) or "—")
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    return label

