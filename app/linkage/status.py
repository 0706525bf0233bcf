"""Where an escalation stands, derived from its row and its steps (each level
writes only its own steps, so the state is never a column someone else overwrites).

open      waiting at the holder level for a decision (due: hop time + the level's hours)
agenda    put on the holder's next joint-conference / federation session
assigned  交办 to a member organisation or a lower site (due: the assignment's deadline)
answered  the holder level answered; the originating site has still to close it
closed    closed where it began (with the call-back of a request)
"""

import datetime as dt
from dataclasses import dataclass, field

from app.linkage import levels
from db.base import utcnow
from db.models import Escalation, EscalationStep, OrgUnit

OPEN = ("open", "agenda", "assigned")
STATE_NAMES = {"open": "待处理", "agenda": "待会议研究", "assigned": "已交办", "answered": "已答复", "closed": "已办结"}


@dataclass
class Status:
    escalation: Escalation
    state: str
    holder_uuid: str | None
    holder_level: int | None
    since: dt.datetime
    due_at: dt.datetime | None
    answer: str | None = None
    answered_at: dt.datetime | None = None
    assignee: str | None = None
    assignee_unit_uuid: str | None = None
    hops: list[tuple[str, int, dt.datetime]] = field(default_factory=list)  # (from unit, its level, when)

    @property
    def overdue(self) -> bool:
        return self.state in OPEN and self.due_at is not None and self.due_at < utcnow()


def of(escalation: Escalation, steps: list[EscalationStep], hours: dict[int, int]) -> Status:
    steps = sorted(steps, key=lambda s: (s.at, s.uuid))
    hops = [(escalation.from_unit_uuid, _level(escalation.from_unit_uuid), escalation.escalated_at)]
    hops += [(s.acting_unit_uuid, _level(s.acting_unit_uuid), s.at) for s in steps if s.action == "escalate"]
    holder = levels.next_up(hops[-1][0], hops[-1][1])
    since = hops[-1][2]
    status = Status(escalation, "open", *(holder or (None, None)), since, None, hops=hops)
    status.due_at = levels.due(status.holder_level, since, hours) if holder else None
    for step in steps:
        if step.at >= since and step.action != "escalate":
            _apply(status, step)
    if escalation.closed_at is not None:
        status.state = "closed"
    return status


def _apply(status: Status, step: EscalationStep) -> None:
    if status.state == "answered":
        return
    if step.action == "answer":
        status.state, status.answer, status.answered_at = "answered", step.note, step.at
    elif step.action == "assign":
        status.state, status.due_at = "assigned", step.due_at or status.due_at
        status.assignee, status.assignee_unit_uuid = step.assignee, step.assignee_unit_uuid
    elif step.action == "agenda":
        status.state = "agenda"


def _level(unit_uuid: str) -> int:
    return levels.level_of(unit_uuid)


def load(query) -> list[Status]:
    """Statuses of the escalations a query selects, their steps read in one query."""
    levels.forget_tree()  # the tree is read afresh once per load (one query)
    rows = list(query)
    by_uuid: dict[str, list] = {e.uuid: [] for e in rows}
    if by_uuid:  # a short list by its uuids (the query again would scan every escalation twice)
        wanted = list(by_uuid) if len(by_uuid) <= 500 else query.select(Escalation.uuid)
        steps = EscalationStep.live().where(EscalationStep.escalation.in_(wanted))
        for step in steps:
            by_uuid[step.escalation_uuid].append(step)
    table = levels.hours()
    return [of(e, by_uuid[e.uuid], table) for e in rows]


def in_subtree(path: str | None):
    """Live escalations filed under a unit of this subtree (all when path is None)."""
    query = Escalation.live()
    if path:
        query = query.join(OrgUnit, on=(Escalation.unit == OrgUnit.uuid)).where(OrgUnit.under(path))
    return query
