"""评单 — monthly review sessions 评议会 and the monthly record of units and members.

Each month a community's party organisation holds a session: the requesting
residents, the "two representatives and one member" 两代表一委员 and resident
representatives score the orders completed that month (1-5). The monthly record
lists, per provider (unit or in-service member): orders accepted, completed, on
time, and the average score; the ranking (best average, then most completed)
is what counts for awards.
"""

import datetime as dt
import json
from dataclasses import dataclass

from peewee import fn

from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.scope import within
from app.validators import check_text
from db.connection import database
from db.models import Level, Member, Offer, OrgUnit, ReviewScore, ReviewSession, ServiceOrder, Unit

REVIEWER_KINDS = {"requester": "点单群众", "deputy": "两代表一委员", "representative": "群众代表"}


@dataclass(frozen=True)
class ProviderRecord:
    provider: str
    kind: str  # unit / member
    accepted: int
    completed: int
    on_time: int
    average_score: float | None


def month_range(month: str) -> tuple[dt.datetime, dt.datetime]:
    try:
        start = dt.datetime.strptime(month, "%Y-%m")
    except ValueError:
        raise ValidationError(f"月份“{month}”格式不对，请写成 2026-11。", field="month") from None
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return start, end


def create_session(community_uuid: str, month: str, held_on: dt.date, reviewers: list[dict],
                   place: str = "", notes: str = "") -> ReviewSession:
    require("write")
    check_text(place or "", label="评议地点", limit=100, field="place")
    check_text(notes or "", label="评议情况", limit=1000, field="notes", multiline=True)
    month_range(month)
    community = OrgUnit.get_or_none((OrgUnit.uuid == community_uuid) & (OrgUnit.deleted == False))  # noqa: E712
    if community is None or community.level != Level.COMMUNITY:
        raise ValidationError("评议会按社区召开，请选择社区。", field="community")
    people = [r for r in reviewers if (r.get("name") or "").strip()]
    if not people or any(r.get("kind") not in REVIEWER_KINDS for r in people):
        raise ValidationError("请登记参加评议的人员，并注明身份（点单群众、两代表一委员或群众代表）。", field="reviewers")
    with database.atomic():
        return ReviewSession.create(community=community, month=month, held_on=held_on, place=place.strip() or None,
                                    reviewers=json.dumps(people, ensure_ascii=False), notes=notes.strip() or None)


def score(session_uuid: str, order_uuid: str, value: int, comment: str = "") -> ReviewScore:
    """Score one order completed in the session's community and month."""
    require("write")
    check_text(comment or "", label="评议意见", limit=500, field="comment", multiline=True)
    session = ReviewSession.get_or_none(ReviewSession.uuid == session_uuid)
    order = ServiceOrder.get_or_none(ServiceOrder.uuid == order_uuid)
    if session is None or order is None:
        raise NotFound("评议会或工单已不存在，请刷新后再试。")
    start, end = month_range(session.month)
    if order.community_uuid != session.community_uuid or not order.completed_at \
            or not start <= order.completed_at < end:
        raise ValidationError(f"工单 {order.number} 不是本社区本月办结的工单，不能在这次评议会上评议。", field="order")
    if not 1 <= int(value) <= 5:
        raise ValidationError("评分为1到5分。", field="score")
    if ReviewScore.live().where((ReviewScore.session == session) & (ReviewScore.order == order)).exists():
        raise Conflict(f"工单 {order.number} 已在这次评议会上评过分。")
    with database.atomic():
        return ReviewScore.create(session=session, order=order, score=int(value), comment=comment.strip() or None)


def monthly_record(root_path: str, month: str) -> list[ProviderRecord]:
    """Per provider of the subtree: the month's accepted, completed, on-time orders and average score, ranked."""
    root_path = within(root_path)
    start, end = month_range(month)
    orders = (ServiceOrder.select(ServiceOrder, Offer).join(Offer)
              .switch(ServiceOrder).join(OrgUnit, on=(ServiceOrder.community == OrgUnit.uuid))
              .where(OrgUnit.under(root_path) & (ServiceOrder.deleted == False)  # noqa: E712
                     & (((ServiceOrder.responded_at >= start) & (ServiceOrder.responded_at < end))
                        | ((ServiceOrder.completed_at >= start) & (ServiceOrder.completed_at < end)))))
    scores = dict(ReviewScore.select(ReviewScore.order, fn.AVG(ReviewScore.score)).join(ReviewSession)
                  .where((ReviewSession.month == month) & (ReviewScore.deleted == False))  # noqa: E712
                  .group_by(ReviewScore.order).tuples())
    tally: dict[tuple[str, str], list] = {}
    for order in orders:
        key = ("unit", order.offer.unit_uuid) if order.offer.unit_uuid else ("member", order.offer.member_uuid)
        row = tally.setdefault(key, [0, 0, 0, []])
        if order.responded_at and start <= order.responded_at < end and order.state != "returned":
            row[0] += 1
        if order.completed_at and start <= order.completed_at < end:
            row[1] += 1
            row[2] += order.completed_at <= order.complete_by
            if order.uuid in scores:
                row[3].append(scores[order.uuid])
    records = [ProviderRecord(_name(kind, uuid), kind, a, c, t, round(sum(s) / len(s), 2) if s else None)
               for (kind, uuid), (a, c, t, s) in tally.items()]
    return sorted(records, key=lambda r: (-(r.average_score or 0), -r.completed, r.provider))


def _name(kind: str, uuid: str) -> str:
    model = Unit if kind == "unit" else Member
    row = model.get_or_none(model.uuid == uuid)
    return row.name if row else "（已删除）"
