"""The service record of a registered unit or an in-service member for one year —
what the community party organisation compiles for 评单 (counts only; the orders
themselves are in app/orders):

- offers: live supply-list items of the provider valid at some time in the year;
- dispatched: service orders dispatched to those offers in the year (returned and
  cancelled ones included: they were dispatched);
- returned: of those, returned 退单 by the provider;
- completed: of those, completed 办结 (completed_at set);
- average_score: the average review score (1-5) of those orders, None if none was reviewed.
"""

import datetime as dt
from dataclasses import dataclass

from peewee import SQL, Case, fn

from app.errors import ValidationError
from db.models import Member, Offer, ReviewScore, ServiceOrder, Unit


@dataclass(frozen=True)
class ServiceRecord:
    year: int
    offers: int
    dispatched: int
    returned: int
    completed: int
    average_score: float | None

    @property
    def completion_rate(self) -> float:
        return round(self.completed / self.dispatched, 4) if self.dispatched else 0.0


def _provider(unit_or_member) -> object:
    if isinstance(unit_or_member, Unit):
        return Offer.unit == unit_or_member.uuid
    if isinstance(unit_or_member, Member):
        return Offer.member == unit_or_member.uuid
    raise ValidationError("请选择报到单位或在职党员。", field="provider")


def service_record(unit_or_member: Unit | Member, year: int | None = None) -> ServiceRecord:
    """Offers, orders and review score of one unit or member in `year` (default: this year)."""
    year = int(year or dt.date.today().year)
    provider = _provider(unit_or_member)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    offers = (Offer.select(fn.COUNT(SQL("*")))
              .where(provider & (Offer.deleted == False) & (Offer.valid_from <= last)  # noqa: E712
                     & (Offer.valid_to.is_null() | (Offer.valid_to >= first))).scalar() or 0)
    orders = (ServiceOrder.select(ServiceOrder.uuid).join(Offer, on=(ServiceOrder.offer == Offer.uuid))
              .where(provider & (ServiceOrder.deleted == False)  # noqa: E712
                     & (ServiceOrder.dispatched_at >= dt.datetime(year, 1, 1))
                     & (ServiceOrder.dispatched_at < dt.datetime(year + 1, 1, 1))))
    counts = (orders.select(fn.COUNT(SQL("*")),
                            fn.SUM(Case(None, [(ServiceOrder.state == "returned", 1)], 0)),
                            fn.SUM(Case(None, [(ServiceOrder.completed_at.is_null(False), 1)], 0)))
              .scalar(as_tuple=True)) or (0, 0, 0)
    score = (ReviewScore.select(fn.AVG(ReviewScore.score))
             .where((ReviewScore.deleted == False) & ReviewScore.order.in_(orders)).scalar())  # noqa: E712
    return ServiceRecord(year, offers, counts[0] or 0, counts[1] or 0, counts[2] or 0,
                         round(score, 2) if score is not None else None)
