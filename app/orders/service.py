"""派单 (2), 接单 and the end of 评单: service orders and their state machine.

    dispatched --accept--> accepted --contact--> in_progress --complete--> completed
    dispatched --return (reason)--> returned            (the need goes back to the pool)
    accepted ----------------------------------complete--> completed
    completed --call-back satisfied/basic--> closed     (need and request closed)
    completed --call-back unsatisfied--> redo --restart--> in_progress   (退回重办)
    dispatched/accepted/in_progress/redo --cancel (leader)--> cancelled  (need back to the pool)

`supervise` (督办) records an event on an open order without changing its state.
Only these transitions exist (MACHINE, app/workflow.py); anything else raises
InvalidTransition. Every transition is an OrderEvent with who and when.
"""

import datetime as dt

from app import records
from app.auth import can, current_user, require
from app.errors import Conflict, NotFound, ValidationError
from app.orders.catalogue import deadline
from app.orders.offers import OPEN_ORDER_STATES
from app.scope import within
from app.validators import check_text
from app.workflow import Machine
from db.base import utcnow
from db.connection import database
from db.models import CallBack, Need, Offer, OrderEvent, Request, ServiceOrder

TRANSITIONS: dict[str, dict[str, str]] = {
    "accept": {"dispatched": "accepted"},
    "return": {"dispatched": "returned"},
    "contact": {"accepted": "in_progress"},
    "complete": {"accepted": "completed", "in_progress": "completed"},
    "callback_ok": {"completed": "closed"},
    "callback_unsatisfied": {"completed": "redo"},
    "restart": {"redo": "in_progress"},
    "cancel": {s: "cancelled" for s in OPEN_ORDER_STATES},
    "supervise": {s: s for s in OPEN_ORDER_STATES},  # 督办: an event, the state stays
}
STATES = {"dispatched": "已派单", "accepted": "已接单", "in_progress": "办理中", "completed": "已办结待回访",
          "redo": "退回重办", "closed": "已评价关闭", "returned": "已退单", "cancelled": "已撤销"}
ACTIONS = {"dispatch": "派单", "accept": "接单", "return": "退单", "contact": "联系居民", "complete": "办结",
           "callback_ok": "回访满意", "callback_unsatisfied": "回访不满意", "restart": "重新办理", "cancel": "撤销",
           "supervise": "督办"}
SATISFACTION = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}


def get(uuid: str) -> ServiceOrder:
    return records.get_live(ServiceOrder, uuid, "找不到这张工单，请刷新后再试。")


def get_with_need(uuid: str) -> ServiceOrder:
    """An order with its need and the need's request already read (what its detail shows)."""
    order = get(uuid)
    order.need = Need.select(Need, Request).join(Request).where(Need.uuid == order.need_uuid).get()
    return order


def _event(order: ServiceOrder, action: str, before: str | None, note: str | None = None) -> None:
    user = current_user()
    OrderEvent.create(order=order, at=utcnow(), action=action, from_state=before, to_state=order.state,
                      by=user.username if user else None, note=note)


def _refuse(order: ServiceOrder, action: str) -> str:
    if action == "supervise":
        return f"工单 {order.number} 已“{STATES[order.state]}”，无需督办。"
    return f"工单 {order.number} 当前状态为“{STATES[order.state]}”，不能“{ACTIONS[action]}”。"


MACHINE = Machine(STATES, ACTIONS, TRANSITIONS, _refuse, write_event=_event)


def allowed_actions(order: ServiceOrder | str) -> set[str]:
    """The actions the signed-in user may take on this order now (the window offers exactly these):
    MACHINE's, none without the write permission, and 撤销 only with the approve one."""
    if not can("write"):
        return set()
    out = MACHINE.allowed(get(order) if isinstance(order, str) else order)
    if not can("approve"):
        out.discard("cancel")
    return out


def dispatch(need_uuid: str, offer_uuid: str, reason: str = "", now: dt.datetime | None = None) -> ServiceOrder:
    require("write")
    check_text(reason or "", label="派单说明", limit=500, field="reason", multiline=True)
    now = now or utcnow()
    need, offer = Need.live_by_id(need_uuid), Offer.live_by_id(offer_uuid)
    if need is None or offer is None:
        raise NotFound("需求或供给已不存在，请刷新后再试。")
    if need.state != "open":
        raise Conflict("这条需求已派单或已办结，不能重复派单。")
    if offer.category != need.category:
        raise ValidationError("供给的类别与需求不一致，请选择同类别的供给。", field="offer")
    request = need.request
    rule = deadline(need.category, request.urgency)
    with database.atomic():
        order = ServiceOrder.create(
            number=f"GD-{request.number}-{need.orders.count() + 1}", need=need, offer=offer,
            community=need.community, state="dispatched", dispatched_at=now,
            respond_by=now + dt.timedelta(hours=rule.respond_hours),
            complete_by=now + dt.timedelta(hours=rule.complete_hours), match_reason=reason or None)
        _event(order, "dispatch", None)
        need.state = "ordered"
        need.save()
    return order


def accept(uuid: str, now: dt.datetime | None = None) -> ServiceOrder:
    return _transition(uuid, "accept", stamp={"responded_at": now or utcnow()})


def return_order(uuid: str, reason: str, now: dt.datetime | None = None) -> ServiceOrder:
    """退单: the provider cannot serve; the need goes back to the pool."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("退单须说明原因。", field="reason")
    return _transition(uuid, "return", note=reason, need_state="open",
                       stamp={"return_reason": reason, "responded_at": now or utcnow()})


def contact(uuid: str, note: str) -> ServiceOrder:
    """The provider has contacted the resident and agreed how to serve."""
    return _transition(uuid, "contact", note=note, stamp={"contact_note": (note or "").strip() or None})


def complete(uuid: str, result: str, feedback: str, now: dt.datetime | None = None) -> ServiceOrder:
    """办结: the service given and the feedback to the resident (件件有回音)."""
    result, feedback = (result or "").strip(), (feedback or "").strip()
    if not result or not feedback:
        raise ValidationError("办结须填写办理结果和给居民的反馈。", field="result" if not result else "feedback")
    return _transition(uuid, "complete", stamp={"result": result, "feedback": feedback,
                                                "completed_at": now or utcnow()})


def call_back(uuid: str, satisfaction: str, resolved: bool, comment: str = "",
              now: dt.datetime | None = None) -> ServiceOrder:
    """回访: satisfied or basically satisfied closes the order (and its need and
    request); unsatisfied returns it for redo with a fresh completion deadline."""
    if satisfaction not in SATISFACTION:
        raise ValidationError("请选择满意、基本满意或不满意。", field="satisfaction")
    require("write")
    check_text(comment or "", label="回访意见", limit=500, field="comment", multiline=True)
    now = now or utcnow()
    order = get(uuid)
    with database.atomic():
        CallBack.create(order=order, at=now, satisfaction=satisfaction, resolved=bool(resolved),
                        comment=comment.strip() or None)
        if satisfaction == "unsatisfied":
            MACHINE.move(order, "callback_unsatisfied", comment or None)
            rule = deadline(order.need.category, order.need.request.urgency)
            order.redo_count += 1
            order.complete_by = now + dt.timedelta(hours=rule.complete_hours)
        else:
            MACHINE.move(order, "callback_ok", comment or None)
            order.closed_at = now
            _close_need(order.need, now)
        order.save()
    return order


def restart(uuid: str) -> ServiceOrder:
    return _transition(uuid, "restart")


def cancel(uuid: str, reason: str) -> ServiceOrder:
    require("approve")
    check_text(reason or "", label="取消原因", limit=500, field="reason", multiline=True)
    if not (reason or "").strip():
        raise ValidationError("撤销工单须说明原因。", field="reason")
    return _transition(uuid, "cancel", note=reason.strip(), need_state="open")


def supervise(uuid: str, note: str = "") -> ServiceOrder:
    """督办: flag an open order; the state does not change."""
    require("write")
    check_text(note or "", label="督办意见", limit=500, field="note", multiline=True)
    order = get(uuid)
    with database.atomic():
        MACHINE.move(order, "supervise", note.strip() or None)
        order.supervised = True
        order.save()
    return order


def _transition(uuid: str, action: str, *, note: str | None = None, need_state: str | None = None,
                stamp: dict | None = None) -> ServiceOrder:
    require("write")
    order = get(uuid)
    with database.atomic():
        MACHINE.move(order, action, note)
        for key, value in (stamp or {}).items():
            setattr(order, key, value)
        order.save()
        if need_state:
            need = order.need
            need.state = need_state
            need.save()
    return order


def _close_need(need: Need, now: dt.datetime) -> None:
    need.state = "closed"
    need.save()
    request: Request = need.request
    if request.state != "closed":
        request.state, request.closed_at = "closed", now
        request.save()


def overdue(now: dt.datetime | None = None, root_path: str | None = None) -> list[tuple[ServiceOrder, str]]:
    """Open orders past a deadline, with what is late (响应超时 / 办结超时), oldest first."""
    root_path = within(root_path)
    from db.models import OrgUnit

    now = now or utcnow()
    late_response = (ServiceOrder.state == "dispatched") & (ServiceOrder.respond_by < now)
    late_completion = ServiceOrder.state.in_(("accepted", "in_progress", "redo")) & (ServiceOrder.complete_by < now)
    query = (ServiceOrder.select(ServiceOrder).join(OrgUnit, on=(ServiceOrder.community == OrgUnit.uuid))
             .where((ServiceOrder.deleted == False) & (late_response | late_completion)))  # noqa: E712
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    rows = query.order_by(ServiceOrder.dispatched_at)
    return [(o, "响应超时" if o.state == "dispatched" else "办结超时") for o in rows]


def history(uuid: str) -> list[OrderEvent]:
    return list(OrderEvent.live().where(OrderEvent.order == uuid).order_by(OrderEvent.at, OrderEvent.created_at))
