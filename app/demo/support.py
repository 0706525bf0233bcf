"""Registered units (报到单位) and in-service party members (在职党员).

Every unit has a party organisation and reports to one community; most members
(90%) are registered through their unit in the unit's community, the rest
directly with a community.
"""

import datetime as dt

from app.demo import names
from app.demo.fake import Faker
from app.demo.scales import Scale
from app.demo.tree import OrgPlan, Place, spread
from db.models import Member, Unit

REGISTERED = (dt.date(2018, 6, 1), dt.date(2024, 1, 31))
KINDS = (("机关", 20), ("事业单位", 25), ("国有企业", 15), ("非公企业", 30), ("社会组织", 10))
VIA_UNIT_SHARE = 0.9


class Support:
    def __init__(self, faker: Faker, new_id, add):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self._used: set[str] = set()

    def units(self, plan: OrgPlan, scale: Scale) -> list[dict]:
        made = []
        per_comm = spread(self.rng, scale.units, len(plan.communities))
        for comm, count in zip(plan.communities, per_comm, strict=True):
            for _ in range(count):
                made.append(self._unit(comm))
        return made

    def members(self, plan: OrgPlan, scale: Scale, units: list[dict]) -> list[dict]:
        made = []
        via_unit = round(scale.members * VIA_UNIT_SHARE)
        for unit, count in zip(units, spread(self.rng, via_unit, len(units)), strict=True):
            for _ in range(count):
                made.append(self._member(unit["community"], unit["uuid"]))
        direct = spread(self.rng, scale.members - via_unit, len(plan.communities), minimum=0)
        for comm, count in zip(plan.communities, direct, strict=True):
            for _ in range(count):
                made.append(self._member(comm.uuid, None))
        return made

    def _unit(self, comm: Place) -> dict:
        kind = self.rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
        name = self._unit_name(kind, comm)
        gender = self.faker.gender()
        row = {"uuid": self.new_id(), "name": name, "kind": kind, "community": comm.uuid,
               "has_party_org": True, "contact_name": self.faker.name(gender), "contact_phone": self._phone(),
               "registered_on": self.faker.date_between(*REGISTERED)}
        self.add(Unit, row)
        return row

    def _member(self, community: str, unit: str | None) -> dict:
        gender = self.faker.gender()
        row = {"uuid": self.new_id(), "name": self.faker.name(gender), "gender": gender,
               "phone": self.faker.phone(), "unit": unit, "community": community,
               "registered_on": self.faker.date_between(*REGISTERED)}
        self.add(Member, row)
        return row

    def _phone(self) -> str:
        if self.rng.random() < 0.3:
            return f"0914-{self.rng.randint(2, 8)}{self.rng.randrange(1_000_000):06d}"
        return self.faker.phone()

    def _unit_name(self, kind: str, comm: Place) -> str:
        """A name not used yet: up to 8 tries of the kind's pattern, then a firm name."""
        for _ in range(8):
            name = self._pattern(kind, comm)
            if name not in self._used:
                break
        while name in self._used:
            name = self._pattern("非公企业", comm)
        self._used.add(name)
        return name

    def _pattern(self, kind: str, comm: Place) -> str:
        rng, short = self.rng, comm.name.removesuffix("社区")
        if kind == "机关":
            return rng.choice(("商州区", "商洛市")) + rng.choice(names.AGENCIES)
        if kind == "事业单位":
            if rng.random() < 0.3:
                return rng.choice(names.INSTITUTIONS)
            return f"商州区{short}{rng.choice(names.INSTITUTION_KINDS)}"
        if kind == "国有企业":
            return f"{rng.choice(names.STATE_FIRMS)}{short}{rng.choice(names.STATE_BRANCH)}"
        if kind == "社会组织":
            return f"商州区{short}{rng.choice(names.SOCIAL_ORGS)}"
        place = rng.choice(("商洛", "商州", short))
        return f"{place}{rng.choice(names.FIRM_HEADS)}{rng.choice(names.FIRM_TRADES)}{rng.choice(names.FIRM_SUFFIX)}"
