"""The records that can be escalated and what an escalation needs to know of them:
the unit they are filed under (the escalation's scope) and a one-line subject."""

from app import records
from app.errors import Conflict, ValidationError
from app.scope import within
from db.models import DeliberationMatter, MediationCase, Need, OrgUnit, Request

KINDS = {"request": "诉求", "need": "需求", "mediation_case": "调解案件", "deliberation_matter": "议事议题"}
MODELS = {"request": Request, "need": Need, "mediation_case": MediationCase, "deliberation_matter": DeliberationMatter}
REQUEST_OPEN = ("new", "transferred")
LEAVES_LISTS = {"request": REQUEST_OPEN, "need": ("open",)}  # states that become 'escalated' (已上报)


def fetch(table: str, uuid: str):
    if table not in MODELS:
        raise ValidationError("只能上报诉求、需求、调解案件或议事议题。", field="record_table")
    return records.get_live(MODELS[table], uuid, f"找不到这条{KINDS[table]}，请刷新后再试。")


def unit_of(table: str, row) -> str:
    if table == "request":
        return row.grid_uuid
    if table == "deliberation_matter":
        return row.meeting.org_unit_uuid
    return row.community_uuid


def subject(table: str, row) -> str:
    text = {"request": lambda: f"{row.number} {row.content}", "need": lambda: row.description,
            "mediation_case": lambda: f"{row.number} {row.facts}", "deliberation_matter": lambda: row.topic}[table]()
    return text[:60]


def check_open(table: str, row) -> None:
    closed = {"request": lambda: row.state not in ("new", "transferred", "need"),
              "need": lambda: row.state not in ("open", "ordered"),
              "mediation_case": lambda: row.concluded_at is not None,
              "deliberation_matter": lambda: row.outcome not in ("open", "referred")}[table]()
    if closed:
        raise Conflict(f"这条{KINDS[table]}已经办结，不需要上报。")


def mark_escalated(table: str, row) -> None:
    """A request or an undispatched need leaves the working lists as 已上报 (state 'escalated')."""
    if table in LEAVES_LISTS and row.state in LEAVES_LISTS[table]:
        row.state = "escalated"
        row.save()


def settle(table: str, row, answer: str, at) -> None:
    """Closing an escalated request closes the request with the answer that came down; a need is closed."""
    if table == "request" and row.state == "escalated":
        row.state, row.answer, row.closed_at = "closed", answer, at
        row.save()
    elif table == "need" and row.state == "escalated":
        row.state = "closed"
        row.save()


def open_requests(root_path: str, limit: int = 200) -> list[tuple[str, str]]:
    """(uuid, "number content") of the newest open requests of a subtree, for the escalate dialog."""
    root_path = within(root_path)
    query = (Request.live().join(OrgUnit, on=(Request.grid == OrgUnit.uuid))
             .where(OrgUnit.under(root_path) & Request.state.in_(("new", "transferred", "need")))
             .order_by(Request.received_at.desc()).limit(limit))
    return [(r.uuid, subject("request", r)) for r in query]
