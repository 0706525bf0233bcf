"""点单 — residents' requests: logging (with duplicate detection), classification,
closing, merging.

A request's life: new -> reply (closed with the answer) | transfer (to a
department; closed when its feedback is recorded) | handle (becomes an item of
the need list; closed when the need is closed) | merged into an open request.
"""

import datetime as dt
from dataclasses import dataclass

from app import records
from app.attachments import check as check_attachment
from app.attachments import store as store_attachment
from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.grid.residents import grid_of
from app.orders.catalogue import CHANNELS, KINDS, URGENCIES, check_category, deadline
from app.session import local_site
from app.validators import check_input, check_text, normalize_phone, text_field
from db.base import utcnow
from db.connection import database
from db.models import Level, Need, OrgUnit, Request, Resident
from db.search_index import bigrams

DUPLICATE_DAYS = 30
DUPLICATE_SIMILARITY = 0.5
OPEN_STATES = ("new", "transferred", "need")


@dataclass
class RequestInput:
    grid_uuid: str = ""
    content: str = text_field(1000, "诉求内容", multiline=True)
    category: str = text_field(30, "诉求类别")
    channel: str = text_field(20, "来源渠道", default="visit")
    urgency: str = text_field(20, "紧急程度", default="normal")
    resident_uuid: str | None = None
    requester_name: str = text_field(30, "诉求人姓名")
    requester_phone: str = text_field(30, "诉求人电话")
    received_at: dt.datetime | None = None


def _clean(data: RequestInput) -> dict:
    content = (data.content or "").strip()
    if len(content) < 4:
        raise ValidationError("请写清诉求内容（至少4个字）：什么事、在哪里、希望怎样解决。", field="content")
    if data.channel not in CHANNELS:
        raise ValidationError("请选择诉求来源渠道。", field="channel")
    if data.urgency not in URGENCIES:
        raise ValidationError("请选择紧急程度。", field="urgency")
    values = {"content": content, "category": check_category(data.category), "channel": data.channel,
              "urgency": data.urgency, "received_at": data.received_at or utcnow()}
    values.update(_requester(data))
    return values


def _requester(data: RequestInput) -> dict:
    if data.resident_uuid:
        resident = Resident.get_or_none((Resident.uuid == data.resident_uuid) & (Resident.deleted == False))  # noqa: E712
        if resident is None:
            raise NotFound("所选居民不存在或已注销，请重新选择。")
        return {"resident": resident, "requester_name": resident.name, "requester_phone": resident.phone}
    name = (data.requester_name or "").strip()
    if not name:
        raise ValidationError("请从居民名单中选择诉求人，或填写姓名。", field="requester_name")
    phone = (data.requester_phone or "").strip()
    return {"resident": None, "requester_name": name, "requester_phone": normalize_phone(phone) if phone else None}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' character bigrams."""
    x, y = set(bigrams(a).split()), set(bigrams(b).split())
    return len(x & y) / len(x | y) if x and y else 0.0


def similar_open(data: RequestInput) -> list[Request]:
    """Open requests of the same grid and category from the last 30 days whose text is close."""
    since = (data.received_at or utcnow()) - dt.timedelta(days=DUPLICATE_DAYS)
    candidates = Request.live().where((Request.grid == data.grid_uuid) & (Request.category == data.category)
                                      & Request.state.in_(OPEN_STATES) & (Request.received_at >= since))
    scored = [(similarity(data.content, r.content), r) for r in candidates]
    return [r for score, r in sorted(scored, key=lambda x: -x[0]) if score >= DUPLICATE_SIMILARITY]


def log(data: RequestInput, *, merge_into: str | None = None, attachments: list | None = None) -> Request:
    """Record a request (with photos or documents kept beside it). With merge_into,
    it is recorded as merged into that open request."""
    require("write")
    check_input(data)
    grid = grid_of(data.grid_uuid)
    values = _clean(data)
    files = [check_attachment(f) for f in attachments or []]
    rule = deadline(values["category"], values["urgency"])
    with database.atomic():
        target = _merge_target(merge_into) if merge_into else None
        request = Request.create(grid=grid, number=_next_number(values["received_at"]),
                                 due_at=values["received_at"] + dt.timedelta(hours=rule.complete_hours),
                                 state="merged" if target else "new", merged_into=target,
                                 closed_at=utcnow() if target else None, **values)
        for f in files:
            store_attachment("request", request.uuid, f)
    return request


def _merge_target(uuid: str) -> Request:
    target = get(uuid)
    if target.state not in OPEN_STATES:
        raise Conflict("要合并到的诉求已经办结，请作为新诉求登记。")
    return target


def _next_number(received: dt.datetime) -> str:
    prefix = f"{local_site().org_unit.code}-{received.year}-"
    last = (Request.select(Request.number).where(Request.number.startswith(prefix))
            .order_by(Request.number.desc()).limit(1).scalar())
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:06d}"


def get(uuid: str) -> Request:
    return records.get_live(Request, uuid, "找不到这条诉求，请刷新后再试。")


@dataclass(frozen=True)
class NeedToDispatch:
    """A need-list item as the dispatch dialog shows it, and the need itself to propose offers for."""
    need: Need
    request_number: str
    description: str


def need_to_dispatch(need_uuid: str) -> NeedToDispatch:
    need = Need.get_by_id(need_uuid)
    return NeedToDispatch(need, need.request.number, need.description)


def classify(uuid: str, kind: str, *, answer: str = "", department: str = "", need_text: str = "") -> Request:
    """reply: closes with the answer; transfer: to a department; handle: a need-list item."""
    require("write")
    check_text(answer or "", label="答复内容", limit=1000, field="answer", multiline=True)
    check_text(department or "", label="承办部门", limit=60, field="department")
    check_text(need_text or "", label="需求内容", limit=1000, field="need_text", multiline=True)
    request = get(uuid)
    if request.state != "new":
        raise Conflict(f"诉求 {request.number} 已经分类（{KINDS.get(request.kind, request.state)}），不能重复分类。")
    if kind not in KINDS:
        raise ValidationError("请选择分类：回复解释类、转交办理类或受理自办类。", field="kind")
    with database.atomic():
        request.kind = kind
        if kind == "reply":
            request.answer, request.state, request.closed_at = _required(answer, "answer", "答复内容"), "closed", utcnow()
        elif kind == "transfer":
            request.department, request.state = _required(department, "department", "承办部门"), "transferred"
        else:
            request.state = "need"
            Need.create(request=request, community=community_of(request.grid), category=request.category,
                        description=(need_text or request.content).strip(), state="open")
        request.save()
    return request


def record_feedback(uuid: str, feedback: str) -> Request:
    """The department's feedback on a transferred request closes it."""
    require("write")
    check_text(feedback or "", label="办理结果", limit=1000, field="feedback", multiline=True)
    request = get(uuid)
    if request.state != "transferred":
        raise Conflict("只有转交办理中的诉求才能登记部门反馈。")
    with database.atomic():
        request.answer, request.state, request.closed_at = _required(feedback, "answer", "部门反馈"), "closed", utcnow()
        request.save()
    return request


def _required(text: str, field: str, label: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(f"请填写{label}。", field=field)
    return text


def community_of(grid: OrgUnit) -> OrgUnit:
    code = grid.path.strip("/").split("/")
    unit = OrgUnit.select().where(OrgUnit.code.in_(code) & (OrgUnit.level == int(Level.COMMUNITY))).first()
    if unit is None:
        raise ValidationError("这个网格不属于任何社区，无法形成需求清单。")
    return unit


def handle_need(need_uuid: str, answer: str) -> Need:
    """The community solved the need itself (no unit was dispatched): the need is
    'handled' and its request closed with what was done."""
    require("write")
    check_text(answer or "", label="答复内容", limit=1000, field="answer", multiline=True)
    need = records.get_live(Need, need_uuid, "找不到这条需求，请刷新后再试。")
    if need.state != "open":
        raise Conflict("只有尚未派单的需求才能由社区直接办结。")
    text = _required(answer, "answer", "办理情况")
    with database.atomic():
        need.state = "handled"
        need.save()
        request = need.request
        request.state, request.answer, request.closed_at = "closed", text, utcnow()
        request.save()
    return need
