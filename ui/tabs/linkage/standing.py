"""One line that says where a record's escalation stands, for the screens a record is
escalated from (requests, needs, mediation cases, deliberation matters): 已上报, the level
holding it and its state, the assignee and deadline, the answer once it came back."""

from html import escape

from PySide6.QtCore import QCoreApplication

from app.linkage import lists


def standing_html(record_uuid: str | None) -> str:
    """'' when the record was never escalated."""
    row = lists.of_record(record_uuid) if record_uuid else None
    if row is None:
        return ""
    escalated = QCoreApplication.translate("LinkageStanding", "Escalated")
    held = QCoreApplication.translate("LinkageStanding", "held by %1: %2")
    parts = [f"<b>{escape(escalated)}</b>（{row.escalated_at.date()}）",
             held.replace("%1", escape(row.holder)).replace("%2", row.state)]
    if row.assignee:
        due = QCoreApplication.translate("LinkageStanding", ", due %1").replace("%1", str(row.due_at.date())) \
            if row.due_at else ""
        assigned = QCoreApplication.translate("LinkageStanding", "assigned to %1")
        parts.append(assigned.replace("%1", escape(row.assignee)) + due)
    if row.answer:
        parts.append(QCoreApplication.translate("LinkageStanding", "answer: %1").replace("%1", escape(row.answer)))
    return "　".join(parts)


def standing_short(record_uuid: str) -> str:
    """For a table cell: 已上报 · 已交办 (the state where it is held); '' when never escalated."""
    row = lists.of_record(record_uuid)
    if row is None:
        return ""
    return f"{QCoreApplication.translate('LinkageStanding', 'Escalated')} · {row.state}"

