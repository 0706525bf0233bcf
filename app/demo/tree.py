"""The demo org tree: subdistricts, communities, zones and grids under the district.

Codes extend the parent's code (3 digits for a subdistrict and a community, 2
for a zone and a grid: 611002 -> 611002001 -> 611002001001 -> 61100200100101 ->
6110020010010103) and `path` is the codes joined by "/" with a trailing "/",
exactly as app.org.add_unit builds it.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from app.demo import names
from app.demo.scales import Scale
from db.models import Level, OrgUnit

LEVEL_DIGITS = {Level.SUBDISTRICT: 3, Level.COMMUNITY: 3, Level.ZONE: 2, Level.GRID: 2}


@dataclass
class Place:
    uuid: str
    code: str
    name: str
    path: str
    level: Level
    community: "Place | None" = None  # for zones and grids: the community they belong to
    children: list["Place"] = field(default_factory=list)


@dataclass
class OrgPlan:
    subdistricts: list[Place]
    communities: list[Place]
    zones: list[Place]
    grids: list[Place]


def spread(rng: random.Random, total: int, parts: int, minimum: int = 1) -> list[int]:
    """Split `total` into `parts` uneven counts, each at least `minimum`, summing exactly."""
    weights = [rng.uniform(0.6, 1.4) for _ in range(parts)]
    scale = (total - minimum * parts) / sum(weights)
    raw = [w * scale for w in weights]
    counts = [minimum + int(r) for r in raw]
    by_fraction = sorted(range(parts), key=lambda i: raw[i] - int(raw[i]), reverse=True)
    for i in by_fraction[:total - sum(counts)]:
        counts[i] += 1
    return counts


def subdistrict_names(n: int) -> list[str]:
    extra = [f"{town}街道" for town in names.TOWNS]
    return list((names.SUBDISTRICTS + tuple(extra))[:n])


def community_names(rng: random.Random, n: int) -> list[str]:
    known = list(names.COMMUNITIES)
    if n <= len(known):
        return rng.sample(known, n)
    combos = [f"{h}{t}社区" for h in names.COMMUNITY_HEADS for t in names.COMMUNITY_TAILS]
    combos = [c for c in combos if c not in known]
    return known + rng.sample(combos, n - len(known))


def build(scale: Scale, root: OrgUnit, rng: random.Random, new_id: Callable[[], str], add) -> OrgPlan:
    """Plan the tree and hand every OrgUnit row to `add(model, row)`, parents first."""
    top = Place(root.uuid, root.code, root.name, root.path, Level.DISTRICT)
    subs = _children(top, Level.SUBDISTRICT, subdistrict_names(scale.subdistricts), new_id, add)
    per_sub = spread(rng, scale.communities, len(subs))
    comm_names = iter(community_names(rng, scale.communities))
    communities = []
    for sub, count in zip(subs, per_sub, strict=True):
        communities += _children(sub, Level.COMMUNITY, [next(comm_names) for _ in range(count)], new_id, add)
    zones = _zones(scale, communities, rng, new_id, add)
    grids = _grids(scale, communities, zones, rng, new_id, add)
    return OrgPlan(subs, communities, zones, grids)


def _zones(scale, communities, rng, new_id, add) -> list[Place]:
    zones = []
    for comm, count in zip(communities, spread(rng, scale.zones, len(communities)), strict=True):
        labels = [f"{comm.name}第{names.chinese_number(k)}片区" for k in range(1, count + 1)]
        zones += _children(comm, Level.ZONE, labels, new_id, add, community=comm)
    return zones


def _grids(scale, communities, zones, rng, new_id, add) -> list[Place]:
    minimum = 2 if scale.grids >= 2 * scale.zones else 1
    numbers = {c.uuid: 0 for c in communities}
    grids = []
    for zone, count in zip(zones, spread(rng, scale.grids, len(zones), minimum), strict=True):
        comm = zone.community
        first = numbers[comm.uuid] + 1
        numbers[comm.uuid] += count
        labels = [f"{comm.name}第{k}网格" for k in range(first, first + count)]
        grids += _children(zone, Level.GRID, labels, new_id, add, community=comm)
    return grids


def _children(parent: Place, level: Level, labels: list[str], new_id, add, community=None) -> list[Place]:
    width = LEVEL_DIGITS[level]
    made = []
    for i, label in enumerate(labels, start=1):
        code = f"{parent.code}{i:0{width}d}"
        place = Place(new_id(), code, label, f"{parent.path}{code}/", level, community)
        add(OrgUnit, {"uuid": place.uuid, "code": code, "name": label, "level": int(level),
                      "parent": parent.uuid, "path": place.path, "sort_order": i})
        parent.children.append(place)
        made.append(place)
    return made
