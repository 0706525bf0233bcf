"""Registered units (报到单位) and in-service party members (在职党员), proxy services
帮办代办 at the community centres and the subdistrict reform figures.

Every unit has a party organisation and reports to one community; most members
(90%) are registered through their unit in the unit's community, the rest
directly with a community. Exactly `proxy_services` proxy services are spread
over the days of 2024-01 .. 2026-10 (weekdays busy, weekends only for extended
hours and appointments) and the centres by community size, often for a resident
of the community. The subdistricts' posts of the newest year (2026) add up to
exactly `admin_posts` and `institution_posts`; 2024 and 2025 had a few fewer.
"""

import datetime as dt

from app.demo import names
from app.demo import support_texts as texts
from app.demo.fake import Faker
from app.demo.scales import Scale
from app.demo.season import FIRST_DAY, HOLIDAYS, LAST_DAY, allocate
from app.demo.tree import OrgPlan, Place, spread
from db.ids import stable_uuid
from db.models import Member, ProxyService, SubdistrictPosts, Unit

REGISTERED = (dt.date(2018, 6, 1), dt.date(2024, 1, 31))
KINDS = (("机关", 20), ("事业单位", 25), ("国有企业", 15), ("非公企业", 30), ("社会组织", 10))
VIA_UNIT_SHARE = 0.9
PROXY_WEEKDAY = (1.0, 0.95, 0.95, 0.9, 0.85, 0.22, 0.12)
FOR_RESIDENT_SHARE = 0.65
POSTS_YEARS = (2024, 2025, 2026)  # the last one carries the scale's totals


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

    def proxy_services(self, plan: OrgPlan, total: int, residents: dict[str, list[tuple]]) -> None:
        """`total` services; residents: community -> (uuid, name, phone) of its household heads."""
        rng, comms = self.rng, plan.communities
        cum, size = [], 0
        for c in comms:
            size += len(residents.get(c.uuid, ())) + 20
            cum.append(size)
        kinds, kind_cum = _cumulative(texts.PROXY_KINDS)
        modes, mode_cum = _cumulative(texts.PROXY_MODES)
        rest_modes, rest_cum = _cumulative(texts.WEEKEND_MODES)
        days = [FIRST_DAY + dt.timedelta(days=i) for i in range((LAST_DAY - FIRST_DAY).days + 1)]
        closed = _holidays()
        weights = [PROXY_WEEKDAY[6 if d in closed else d.weekday()] * (0.9 + 0.2 * i / len(days))
                   for i, d in enumerate(days)]
        for day, count in zip(days, allocate(total, weights), strict=True):
            weekend = day.weekday() >= 5 or day in closed
            for _ in range(count):
                comm = rng.choices(comms, cum_weights=cum)[0]
                heads = residents.get(comm.uuid)
                if heads and rng.random() < FOR_RESIDENT_SHARE:
                    resident, name, _ = rng.choice(heads)
                else:
                    resident, name = None, self.faker.name(self.faker.gender())
                self.add(ProxyService, {
                    "uuid": self.new_id(), "centre": comm.uuid, "served_on": day,
                    "service_kind": rng.choices(kinds, cum_weights=kind_cum)[0],
                    "mode": (rng.choices(rest_modes, cum_weights=rest_cum) if weekend
                             else rng.choices(modes, cum_weights=mode_cum))[0],
                    "for_whom": name, "resident": resident,
                    "notes": rng.choice(texts.PROXY_NOTES) if rng.random() < 0.2 else None})

    def subdistrict_posts(self, plan: OrgPlan, admin_posts: int, institution_posts: int) -> None:
        """The newest year's totals exactly; each year before had a few posts (and in 2024 a body) fewer."""
        subs = plan.subdistricts
        bodies = [self.rng.randint(5, 8) for _ in subs]
        for back, year in enumerate(reversed(POSTS_YEARS)):
            admin = spread(self.rng, max(admin_posts - 3 * back, len(subs)), len(subs))
            institution = spread(self.rng, max(institution_posts - 4 * back, len(subs)), len(subs))
            for sub, a, i, n in zip(subs, admin, institution, bodies, strict=True):
                self.add(SubdistrictPosts, {"uuid": stable_uuid(f"subdistrict_posts:{sub.uuid}:{year}"),
                                            "subdistrict": sub.uuid, "year": year, "internal_bodies": n - (back > 1),
                                            "admin_posts": a, "institution_posts": i})


def _holidays() -> set[dt.date]:
    """New Year's Day and the first three days of each long holiday: only the duty service."""
    starts = [dt.date(y, 1, 1) for y in range(FIRST_DAY.year, LAST_DAY.year + 1)]
    starts += [dt.date.fromisoformat(s) for s in HOLIDAYS]
    return {s + dt.timedelta(days=k) for s in starts for k in range(3 if s.month != 1 or s.day != 1 else 1)}


def _cumulative(weights: dict[str, int]) -> tuple[list[str], list[int]]:
    keys, cum, total = list(weights), [], 0
    for w in weights.values():
        total += w
        cum.append(total)
    return keys, cum
