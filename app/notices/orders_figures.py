"""The figures the four-orders notices print (app/notices/kinds_orders*.py): a
provider's orders in a period, review scores, call-backs, names, and how a
resident's name appears on a board.

A provider's tally follows app.orders.reviews.monthly_record (accepted =
answered in the period and not returned; completed and on time by the
completion date; the average of its orders' review scores in the period's
sessions) and adds the orders dispatched and returned in the period. Periods
are [start, end) on each record's own time, as the figures of app/orders/kpis.py.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from reportlab.platypus import CondPageBreak, KeepTogether

from app.errors import ValidationError
from app.notices.document import LINE, para, signature_parts
from app.notices.kinds import NoticeRequest
from app.orders.service import SATISFACTION
from db.models import (
    CallBack,
    Category,
    Level,
    Member,
    Offer,
    OrgUnit,
    ReviewScore,
    ReviewSession,
    ServiceOrder,
    Unit,
)

GONE = "（已删除）"


@dataclass
class Tally:
    """One provider's orders in a period (the rules of app.orders.reviews.monthly_record, plus dispatched and
    returned): accepted = responded in the period and not returned; returned = returned in the period."""

    name: str
    kind: str  # 单位 / 党员
    community: str
    dispatched: int = 0
    accepted: int = 0
    returned: int = 0
    completed: int = 0
    on_time: int = 0
    scores: list = field(default_factory=list)

    @property
    def average(self) -> float | None:
        return round(sum(self.scores) / len(self.scores), 2) if self.scores else None


def month_only(request: NoticeRequest, label: str) -> None:
    if not re.fullmatch(r"\d{4}-\d{2}", request.period.key):
        raise ValidationError(f"{label}按月出具：期间请写月份，例如 2026-10。", field="period")


def months(period) -> list[str]:
    out, day = [], period.start
    while day < period.end:
        out.append(f"{day.year}-{day.month:02d}")
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


def within(value, period) -> bool:
    start, end = period.as_stats_period()
    return value is not None and start <= value < end


def activity(where, period) -> list[ServiceOrder]:
    """Orders matching `where` that were dispatched, answered (accepted or returned) or completed in the period."""
    start, end = period.as_stats_period()
    o = ServiceOrder
    moved = ((o.dispatched_at >= start) & (o.dispatched_at < end)) | ((o.responded_at >= start) & (o.responded_at < end)) \
        | ((o.completed_at >= start) & (o.completed_at < end))
    query = o.select(o, Offer).join(Offer).where(where & (o.deleted == False) & moved)  # noqa: E712
    return list(query.order_by(o.number, o.uuid))


def scores(order_uuids, month_keys: list[str]) -> dict[str, float]:
    """Each order's review score in the sessions of those months (the mean if scored twice)."""
    rows = (ReviewScore.select(ReviewScore.order, ReviewScore.score).join(ReviewSession)
            .where(ReviewScore.order.in_(list(order_uuids)) & ReviewSession.month.in_(month_keys)
                   & (ReviewScore.deleted == False) & (ReviewSession.deleted == False)).tuples())  # noqa: E712
    found: dict[str, list[int]] = {}
    for order, value in rows:
        found.setdefault(order, []).append(value)
    return {k: sum(v) / len(v) for k, v in found.items()}


def tally(orders: list[ServiceOrder], period) -> list[Tally]:
    """Per provider, ranked: best average score, then most completed, then name."""
    names, points = provider_names([o.offer for o in orders]), scores([o.uuid for o in orders], months(period))
    towns = dict(OrgUnit.select(OrgUnit.uuid, OrgUnit.name).tuples())
    rows: dict[str, Tally] = {}
    for o in orders:
        key = provider_key(o.offer)
        row = rows.setdefault(key, Tally(names.get(key, GONE), provider_kind(o.offer),
                                         towns.get(o.community_uuid, "")))
        row.dispatched += within(o.dispatched_at, period)
        answered = within(o.responded_at, period)
        row.returned += answered and o.state == "returned"
        row.accepted += answered and o.state != "returned"
        if within(o.completed_at, period):
            row.completed += 1
            row.on_time += o.completed_at <= o.complete_by
            if o.uuid in points:
                row.scores.append(points[o.uuid])
    return sorted(rows.values(), key=lambda r: (-(r.average or 0), -r.completed, r.name))


def ranks(keys: list[tuple]) -> list[int]:
    """Places of rows already sorted by `keys`: 1, 1, 3 — equal keys share a place."""
    out: list[int] = []
    for i, key in enumerate(keys):
        out.append(out[-1] if i and key == keys[i - 1] else i + 1)
    return out


def provider_key(offer: Offer) -> str:
    return offer.unit_uuid or offer.member_uuid


def provider_kind(offer: Offer, long: bool = False) -> str:
    if offer.unit_uuid:
        return "报到单位" if long else "单位"
    return "在职党员" if long else "党员"


def provider_names(offers) -> dict[str, str]:
    units = {o.unit_uuid for o in offers if o.unit_uuid}
    members = {o.member_uuid for o in offers if o.member_uuid}
    names = dict(Unit.select(Unit.uuid, Unit.name).where(Unit.uuid.in_(list(units))).tuples())
    names.update(Member.select(Member.uuid, Member.name).where(Member.uuid.in_(list(members))).tuples())
    return names


def category_names() -> dict[str, str]:
    return dict(Category.select(Category.code, Category.name).tuples())


def last_callbacks(order_uuids) -> dict[str, str]:
    """The latest call-back's satisfaction label of each order (a redo's second call-back wins)."""
    rows = (CallBack.select(CallBack.order, CallBack.satisfaction)
            .where(CallBack.order.in_(list(order_uuids)) & (CallBack.deleted == False))  # noqa: E712
            .order_by(CallBack.at, CallBack.uuid).tuples())
    return {order: SATISFACTION.get(value, value) for order, value in rows}


def number_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def reviewed(sessions: int, scored: list[float]) -> str:
    """召开评议会1次，评议工单9张，平均得分4.22分 — or what there was of it."""
    if not sessions:
        return "没有召开评议会"
    if not scored:
        return f"召开评议会{sessions}次，尚未录入评分"
    return f"召开评议会{sessions}次，评议工单{len(scored)}张，平均得分{number_text(sum(scored) / len(scored))}分"


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def party_committee(org: OrgUnit) -> str:
    return f"中共{org.name}委员会"


def heading(styles, text: str) -> list:
    """A section heading that is never left alone at the foot of a page: a new page unless three lines fit."""
    return [CondPageBreak(3.5 * LINE), para(text, styles.heading)]


def closing(styles, last: str, issuer: str, day: dt.date, style=None) -> KeepTogether:
    """The last paragraph with the issuer, date and seal: the signature never stands alone on a page.
    (One KeepTogether of the parts: a KeepTogether inside another wraps to 0xffffff points, a page break.)"""
    return KeepTogether([para(last, style or styles.body), *signature_parts(styles, issuer, day)])


def community(request: NoticeRequest, label: str) -> OrgUnit:
    if request.org.level != Level.COMMUNITY:
        raise ValidationError(f"{label}按社区出具：请选择一个社区（不是区、街道、片区或网格）。", field="org")
    return request.org
