"""上报 / 交办 / 答复 / 办结: the use cases of an escalation, each one transaction.

Each level writes only its own rows: the site holding the record writes the
`escalation` (and closes it); the level the matter reached writes its
`escalation_step`s. Both are filed under the record's unit, so they travel
up with the sender's bundle and down with the recipient's (docs/linkage.md).

The state is derived from the steps (app/linkage/status.py); which actions a
state allows, and which level may take them, is MACHINE (app/workflow.py): the
holder level decides, the lower site it was assigned to may answer, the district
cannot escalate further, and only an answered matter is closed.
"""

import datetime as dt

from app import owners
from app.attachments import check as check_attachment
from app.attachments import store as store_attachment
from app.auth import can, require
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.linkage import levels, status
from app.linkage import records as linked
from app.session import local_site
from app.validators import check_text
from app.workflow import Machine
from db.base import utcnow
from db.connection import database
from db.models import Escalation, EscalationStep, Level, LinkageMember, OrgUnit

ACTIONS = {"escalate": "继续上报", "assign": "交办", "agenda": "提交会议研究", "answer": "答复办结"}
SATISFACTION = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}
TRANSITIONS: dict[str, dict[str, str]] = {
    "escalate": {s: "open" for s in status.OPEN},  # open again, at the next level up
    "assign": {s: "assigned" for s in status.OPEN},
    "agenda": {s: "agenda" for s in status.OPEN},
    "answer": {s: "answered" for s in status.OPEN},
    "close": {"answered": "closed"},  # by the originating site
}


def _text(text: str | None, label: str, field: str, *, required: bool = True) -> str:
    check_text(text or "", label=label, limit=1000, field=field, multiline=True)
    text = (text or "").strip()
    if required and not text:
        raise ValidationError(f"请填写{label}。", field=field)
    return text


def _my_unit() -> OrgUnit:
    return local_site().org_unit


def escalate(table: str, uuid: str, reason: str, *, from_unit_uuid: str | None = None,
             attachments: list | None = None) -> Escalation:
    """Send a record up one level (with photos or documents): from this site's own unit, or from the
    record's grid to this community."""
    require("write")
    reason = _text(reason, "上报理由", "reason")
    files = [check_attachment(f) for f in attachments or []]
    row = linked.fetch(table, uuid)
    if Escalation.live().where((Escalation.record_uuid == uuid) & Escalation.closed_at.is_null()).exists():
        raise Conflict("这件事已经上报，正在上级办理中，不能重复上报。")
    linked.check_open(table, row)
    unit = OrgUnit.get_by_id(linked.unit_of(table, row))
    sender = OrgUnit.get_by_id(from_unit_uuid) if from_unit_uuid else _my_unit()
    if not (owners.inside(unit.path, sender.path) and owners.inside(sender.path, _my_unit().path)):
        raise PermissionDenied("只能上报本站管辖范围内、由本级或下属网格登记的事项。")
    with database.atomic():
        escalation = Escalation.create(unit=unit, from_unit=sender, record_table=table, record_uuid=uuid,
                                       subject=linked.subject(table, row), reason=reason, escalated_at=utcnow())
        linked.mark_escalated(table, row)
        for f in files:
            store_attachment("escalation", escalation.uuid, f, travels=True)  # the level above sees them
    return escalation


def get(uuid: str) -> status.Status:
    found = status.load(Escalation.live().where(Escalation.uuid == uuid))
    if not found:
        raise NotFound("找不到这条上报事项，请刷新后再试。")
    return found[0]


def decide(uuid: str, action: str, note: str = "", *, member_uuid: str | None = None,
           assignee_unit_uuid: str | None = None, due_at: dt.datetime | None = None) -> EscalationStep:
    """The level holding the matter escalates it further, assigns it, puts it on the agenda or answers it;
    a lower site it was assigned to answers it."""
    require("write")
    if action not in ACTIONS:
        raise ValidationError("请选择处理方式：继续上报、交办、提交会议研究或答复办结。", field="action")
    current, me = get(uuid), _my_unit()
    MACHINE.check(current, action)
    values = {"note": _text(note, "答复内容" if action == "answer" else "处理意见", "note",
                            required=action in ("escalate", "answer"))}
    if action == "assign":
        values.update(_assignment(current, me, member_uuid, assignee_unit_uuid, due_at))
    with database.atomic():
        return EscalationStep.create(escalation=current.escalation, unit=me, action=action, at=utcnow(), **values)


def _refuse(current: status.Status, action: str) -> str:
    if action == "close":
        return "上级还没有答复，不能办结；可在督办清单中催办。"
    return f"这件事{status.STATE_NAMES[current.state]}，不能再处理。"


def _held_here(current: status.Status, *, or_assigned: bool = False) -> PermissionDenied | None:
    """Only the level holding the matter decides on it; the lower site it was assigned to may answer it."""
    me = _my_unit()
    assigned_to_me = or_assigned and current.state == "assigned" and current.assignee_unit_uuid == me.uuid
    if current.holder_uuid != me.uuid and not assigned_to_me:
        return PermissionDenied("这件事不在本级办理，只能由它所在的那一级处理。")
    return None


def _below_the_district(current: status.Status) -> str | None:
    if _my_unit().level == Level.DISTRICT:
        return "区是最后一级，不能继续上报；请交办或答复。"
    return None


def _closed_where_it_began(current: status.Status) -> PermissionDenied | None:
    if not owners.inside(current.escalation.from_unit.path, _my_unit().path):
        return PermissionDenied("只有上报这件事的站点才能办结它。")
    return None


MACHINE = Machine(status.STATE_NAMES, {**ACTIONS, "close": "办结"}, TRANSITIONS, _refuse, error=Conflict, guards={
    "escalate": (_held_here, _below_the_district), "assign": (_held_here,), "agenda": (_held_here,),
    "answer": (lambda current: _held_here(current, or_assigned=True),), "close": (_closed_where_it_began,)})


def allowed_actions(escalation: status.Status | str) -> set[str]:
    """What this site may do now with an escalated matter (MACHINE: its state and which level acts)."""
    if not can("write"):
        return set()
    return MACHINE.allowed(get(escalation) if isinstance(escalation, str) else escalation)


def _assignment(current, me, member_uuid, assignee_unit_uuid, due_at) -> dict:
    if bool(member_uuid) == bool(assignee_unit_uuid):
        raise ValidationError("请选择一个承办成员单位，或一个下级站点。", field="assignee")
    due_at = due_at or levels.due(me.level, utcnow(), levels.hours())
    if due_at <= utcnow():
        raise ValidationError("办理期限须晚于现在。", field="due_at")
    if member_uuid:
        member = LinkageMember.live().where((LinkageMember.uuid == member_uuid) & (LinkageMember.org_unit == me)).first()
        if member is None or member.left_on is not None:
            raise NotFound("找不到这个成员单位，或它已退出，请重新选择。")
        return {"assignee": member.name, "member_uuid": member.uuid, "due_at": due_at}
    unit = OrgUnit.get_or_none(OrgUnit.uuid == assignee_unit_uuid)
    record_path = current.escalation.unit.path
    if unit is None or unit.level <= me.level or not owners.inside(record_path, unit.path):
        raise ValidationError("只能交办给这件事所在的下级社区或网格。", field="assignee")
    return {"assignee": unit.name, "assignee_unit": unit, "due_at": due_at}


def lower_units(uuid: str) -> list[tuple[str, str]]:
    """(uuid, name) of the lower units a matter held here may be assigned to (交办): the record's
    community and grid (or its own unit) below this level, highest first."""
    me, unit = _my_unit(), get(uuid).escalation.unit
    codes = unit.path.strip("/").split("/")
    found = OrgUnit.select().where(OrgUnit.code.in_(codes) & (OrgUnit.level > me.level)
                                   & (OrgUnit.level != int(Level.ZONE)) & (OrgUnit.deleted == False))  # noqa: E712
    return [(u.uuid, u.name) for u in sorted(found, key=lambda u: len(u.path)) if owners.inside(u.path, me.path)]


def close(uuid: str, note: str = "", satisfaction: str | None = None) -> Escalation:
    """The originating site closes an answered matter; a request needs the resident's call-back."""
    require("write")
    current = get(uuid)
    escalation = current.escalation
    refused = _closed_where_it_began(current)  # who closes is checked before the state, as it always was
    if refused is not None:
        raise refused
    MACHINE.check(current, "close")
    if escalation.record_table == "request" and satisfaction not in SATISFACTION:
        raise ValidationError("请先回访诉求人，选择满意、基本满意或不满意。", field="satisfaction")
    with database.atomic():
        escalation.closed_at, escalation.satisfaction = utcnow(), satisfaction
        escalation.close_note = _text(note, "办结说明", "note", required=False) or None
        escalation.save()
        row = linked.MODELS[escalation.record_table].live_by_id(escalation.record_uuid)
        if row is not None:
            linked.settle(escalation.record_table, row, current.answer, escalation.closed_at)
    return escalation
