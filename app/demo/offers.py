"""The supply list 供给清单: what registered units and in-service members of
each community declare they can do.

Every community gets one offer per served category (texts.MATCHED) from a
provider registered before 2024, valid from late 2023 with no end, so any need
can be matched from the first day; the rest are spread over the categories in
proportion to the needs, from units (weight 4) and members (weight 1) of the
same community, valid from their registration or later; about one in eight
has an end date.
"""

import datetime as dt
from dataclasses import dataclass

from app.demo import order_texts as texts
from app.demo.season import CATEGORIES
from app.demo.tree import OrgPlan, spread
from db.models import Offer

EARLY = (dt.date(2023, 9, 1), dt.date(2023, 12, 31))
LATEST_START = dt.date(2026, 9, 30)


@dataclass(frozen=True)
class Provider:
    uuid: str
    registered_on: dt.date
    is_unit: bool


@dataclass(frozen=True)
class OfferRef:
    uuid: str
    valid_from: dt.date
    valid_to: dt.date | None
    capacity: int
    availability: str | None

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class Offers:
    def __init__(self, faker, new_id, add):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self.by_key: dict[tuple[str, str], list[OfferRef]] = {}  # (community uuid, category) -> offers

    def write(self, plan: OrgPlan, total: int, units: list[dict], members: list[dict]) -> None:
        providers: dict[str, list[Provider]] = {c.uuid: [] for c in plan.communities}
        for row in units:
            providers[row["community"]].append(Provider(row["uuid"], row["registered_on"], True))
        for row in members:
            providers[row["community"]].append(Provider(row["uuid"], row["registered_on"], False))
        weights = [CATEGORIES[c][0] * CATEGORIES[c][1] for c in texts.MATCHED]
        minimum = len(texts.MATCHED)
        for comm, count in zip(plan.communities, spread(self.rng, total, len(plan.communities), minimum),
                               strict=True):
            people = providers[comm.uuid]
            early = [p for p in people if p.registered_on < EARLY[1]] or people
            for category in texts.MATCHED:
                self._offer(comm.uuid, category, self.rng.choice(early), baseline=True)
            chosen = self.rng.choices(texts.MATCHED, weights=weights, k=count - minimum)
            pick = self.rng.choices(people, weights=[4 if p.is_unit else 1 for p in people], k=len(chosen))
            for category, provider in zip(chosen, pick, strict=True):
                self._offer(comm.uuid, category, provider, baseline=False)

    def valid(self, community: str, category: str, day: dt.date) -> list[OfferRef]:
        return [o for o in self.by_key.get((community, category), ()) if o.valid_on(day)]

    def _offer(self, community: str, category: str, who: Provider, baseline: bool) -> None:
        rng = self.rng
        if baseline:
            start, end = max(who.registered_on, self.faker.date_between(*EARLY)), None
        else:
            late = dt.date.fromordinal(int(rng.triangular(EARLY[0].toordinal(), LATEST_START.toordinal(),
                                                          EARLY[0].toordinal())))
            start = max(who.registered_on, late)
            end = start + dt.timedelta(days=rng.randint(180, 720)) if rng.random() < 0.12 else None
        item = rng.choice(texts.OFFERS[category])
        description = f"组织单位党员志愿者开展{item}" if who.is_unit else f"本人可提供{item}"
        capacity = rng.randint(2, 8) if who.is_unit else rng.randint(1, 2)
        ref = OfferRef(self.new_id(), start, end, capacity, rng.choice(texts.AVAILABILITY))
        self.add(Offer, {"uuid": ref.uuid, "community": community, "unit": who.uuid if who.is_unit else None,
                         "member": None if who.is_unit else who.uuid, "category": category,
                         "description": description, "capacity": capacity, "availability": ref.availability,
                         "willingness": rng.choice(texts.WILLINGNESS), "valid_from": start, "valid_to": end})
        self.by_key.setdefault((community, category), []).append(ref)
