"""派单 (1) — the supply list 供给清单 and the matching of needs with offers.

The matching rule, in the order it weighs:
1. same category as the need (others are never proposed), valid today;
2. same community as the need first (+100);
3. current load: -20 for every open order; an offer at its capacity is proposed
   last and says so;
4. past review score: + 10 x the average score (1-5) of its reviewed orders;
5. a declared availability (+5), so the clerk knows when to call.
Each proposal carries its reasons, in Chinese, for the clerk to read.
"""

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from app.auth import require
from app.errors import NotFound, ValidationError
from app.orders.catalogue import check_category
from app.validators import check_input, text_field
from db.connection import database
from db.models import Level, Member, Need, Offer, OrgUnit, ReviewScore, ServiceOrder, Unit

OPEN_ORDER_STATES = ("dispatched", "accepted", "in_progress", "redo")


@dataclass
class OfferInput:
    community_uuid: str = ""
    category: str = text_field(30, "服务类别")
    description: str = text_field(500, "服务内容", multiline=True)
    unit_uuid: str | None = None
    member_uuid: str | None = None
    capacity: int = 1
    availability: str = text_field(100, "服务时间")
    willingness: str = text_field(200, "服务意愿")
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@dataclass
class Proposal:
    offer: Offer
    provider: str
    score: float
    reasons: list[str] = field(default_factory=list)


def provider_name(offer: Offer) -> str:
    return _provider_names([offer])[offer.uuid]


def _provider_names(offers: list[Offer]) -> dict[str, str]:
    units = {u.uuid: u.name for u in Unit.select(Unit.uuid, Unit.name).where(
        Unit.uuid.in_([o.unit_uuid for o in offers if o.unit_uuid]))}
    members = {m.uuid: m.name for m in Member.select(Member.uuid, Member.name).where(
        Member.uuid.in_([o.member_uuid for o in offers if o.member_uuid]))}
    return {o.uuid: units.get(o.unit_uuid, "") if o.unit_uuid else members.get(o.member_uuid, "") + "（在职党员）"
            for o in offers}


def add(data: OfferInput) -> Offer:
    require("write")
    check_input(data)
    community = OrgUnit.get_or_none((OrgUnit.uuid == data.community_uuid) & (OrgUnit.deleted == False))  # noqa: E712
    if community is None or community.level != Level.COMMUNITY:
        raise ValidationError("供给清单须登记在社区下，请选择社区。", field="community")
    if bool(data.unit_uuid) == bool(data.member_uuid):
        raise ValidationError("请选择提供服务的报到单位或在职党员（二选一）。", field="provider")
    description = (data.description or "").strip()
    if len(description) < 4:
        raise ValidationError("请写明能提供什么服务（至少4个字）。", field="description")
    if not 1 <= int(data.capacity) <= 100:
        raise ValidationError("同时可接单数应在1到100之间。", field="capacity")
    start = data.valid_from or dt.date.today()
    if data.valid_to and data.valid_to < start:
        raise ValidationError("有效期结束日期不能早于开始日期。", field="valid_to")
    with database.atomic():
        return Offer.create(community=community, unit=data.unit_uuid, member=data.member_uuid,
                            category=check_category(data.category), description=description,
                            capacity=int(data.capacity), availability=data.availability.strip() or None,
                            willingness=data.willingness.strip() or None, valid_from=start, valid_to=data.valid_to)


def retire(uuid: str) -> None:
    require("write")
    offer = Offer.get_or_none(Offer.uuid == uuid)
    if offer is None:
        raise NotFound("找不到这条供给。")
    with database.atomic():
        offer.delete_instance()


def propose(need: Need, today: dt.date | None = None, limit: int = 10) -> list[Proposal]:
    """Offers for a need, best first, each with the reasons it was proposed."""
    today = today or dt.date.today()
    offers = list(Offer.live().where((Offer.category == need.category) & (Offer.valid_from <= today)
                                     & (Offer.valid_to.is_null() | (Offer.valid_to >= today))))
    loads = _counts(ServiceOrder.select(ServiceOrder.offer, fn.COUNT(ServiceOrder.uuid))
                    .where(ServiceOrder.state.in_(OPEN_ORDER_STATES) & (ServiceOrder.deleted == False)))  # noqa: E712
    scores = dict(ReviewScore.select(ServiceOrder.offer, fn.AVG(ReviewScore.score)).join(ServiceOrder)
                  .where(ReviewScore.deleted == False).group_by(ServiceOrder.offer).tuples())  # noqa: E712
    proposals = [_proposal(o, need, loads.get(o.uuid, 0), scores.get(o.uuid)) for o in offers]
    ranked = sorted(proposals, key=lambda p: (-p.score, p.offer.uuid))[:limit]
    names = _provider_names([p.offer for p in ranked])  # one query, only for those shown
    for p in ranked:
        p.provider = names.get(p.offer.uuid, "")
    return sorted(ranked, key=lambda p: (-p.score, p.provider))


def _counts(query) -> dict[str, int]:
    return dict(query.group_by(ServiceOrder.offer).tuples())


def _proposal(offer: Offer, need: Need, load: int, avg: float | None) -> Proposal:
    score, reasons = 0.0, []
    if offer.community_uuid == need.community_uuid:
        score += 100
        reasons.append("同一社区")
    else:
        reasons.append("其他社区")
    score -= 20 * load
    reasons.append(f"在办 {load} 单 / 可同时接 {offer.capacity} 单")
    if load >= offer.capacity:
        score -= 1000
        reasons.append("已满负荷，建议另选")
    if avg is not None:
        score += 10 * avg
        reasons.append(f"以往评议平均 {avg:.1f} 分")
    else:
        reasons.append("尚无评议记录")
    if offer.availability:
        score += 5
        reasons.append(f"可服务时间：{offer.availability}")
    return Proposal(offer, "", score, reasons)
