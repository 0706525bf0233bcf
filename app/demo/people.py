"""Role holders: grid leaders, the three community posts, buildings and building leaders.

A grid leader may serve two neighbouring grids of one zone (that is how 471
leaders cover 529 grids); every grid has exactly one active leader. A share of
the buildings (`building_leader_share`, 90%) has a building leader, counted
exactly: round(buildings x share).
"""

import datetime as dt

from app.demo import names
from app.demo.fake import Faker
from app.demo.scales import Scale
from app.demo.tree import OrgPlan, Place
from db.models import Building, Person, Role, RoleAssignment

ROLE_SINCE = (dt.date(2019, 1, 1), dt.date(2024, 1, 31))
COMMUNITY_POSTS = (  # role, birth years
    (Role.SECRETARY, (1965, 1990)),
    (Role.LEGAL_ADVISER, (1970, 1995)),
    (Role.POLICE_LIAISON, (1975, 1998)),
)


class People:
    def __init__(self, faker: Faker, new_id, add):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self.buildings_by_grid: dict[str, list[dict]] = {}  # for the residents that live in them

    def hold(self, role: str, places: list[Place], home: Place, years: tuple[int, int]) -> str:
        """A new Person living in `home` holding `role` on every place given."""
        person = self.faker.person(self.new_id(), home.uuid, years)
        self.add(Person, person)
        since = self.faker.date_between(*ROLE_SINCE)
        for place in places:
            self.add(RoleAssignment, {"uuid": self.new_id(), "person": person["uuid"], "org_unit": place.uuid,
                                      "role": role, "start_date": since, "end_date": None})
        return person["uuid"]

    def community_posts(self, plan: OrgPlan) -> None:
        for comm in plan.communities:
            for role, years in COMMUNITY_POSTS:
                self.hold(role, [comm], comm, years)

    def grid_leaders(self, plan: OrgPlan, leaders: int) -> None:
        for group in leader_groups(plan, leaders, self.rng):
            self.hold(Role.GRID_LEADER, group, group[0], (1968, 1998))

    def buildings(self, plan: OrgPlan, scale: Scale) -> None:
        per_grid = building_counts(self.rng, len(plan.grids), scale.buildings_per_grid)
        total = sum(per_grid)
        uncovered = set(self.rng.sample(range(total), total - round(total * scale.building_leader_share)))
        index = 0
        for grid, count in zip(plan.grids, per_grid, strict=True):
            for row in building_rows(self.rng, grid, count):
                if index not in uncovered:
                    row["leader"] = self.hold(Role.BUILDING_LEADER, [grid], grid, (1950, 1985))
                row = {"uuid": self.new_id(), **row}
                self.add(Building, row)
                self.buildings_by_grid.setdefault(grid.uuid, []).append(row)
                index += 1


def leader_groups(plan: OrgPlan, leaders: int, rng) -> list[list[Place]]:
    """The grids each leader serves: one, or two neighbours of one zone."""
    pairs = [zone.children[j].uuid for zone in plan.zones for j in range(0, len(zone.children) - 1, 2)]
    doubled = set(rng.sample(pairs, len(plan.grids) - leaders))
    groups = []
    for zone in plan.zones:
        kids, j = zone.children, 0
        while j < len(kids):
            take = 2 if kids[j].uuid in doubled else 1
            groups.append(kids[j:j + take])
            j += take
    return groups


def building_counts(rng, grids: int, average: int) -> list[int]:
    """Buildings per grid (average +- 4), the total a multiple of 10 so a 90% share is exact."""
    counts = [rng.randint(average - 4, average + 4) for _ in range(grids)]
    for i in range(-sum(counts) % 10):
        counts[i % grids] += 1
    return counts


def building_rows(rng, grid: Place, count: int) -> list[dict]:
    street, number = rng.choice(names.STREETS), rng.randint(1, 260)
    compound = rng.choice(names.COMPOUNDS)
    rows = []
    for label in building_labels(rng, count):
        floors = rng.choice((5, 6, 6, 7, 7, 7)) if rng.random() < 0.7 else rng.randint(11, 33)
        civilized = rng.random() < 0.12
        rows.append({"grid": grid.uuid, "name": label, "address": f"商州区{street}{number}号{compound}{label}",
                     "floors": floors, "households": floors * rng.choice((2, 2, 3, 4)) * rng.randint(1, 3),
                     "leader": None, "is_civilized": civilized, "is_model": civilized and rng.random() < 0.3})
    return rows


def building_labels(rng, count: int) -> list[str]:
    """3号楼 / 东区2栋 / B座, one style per grid, unique within the grid."""
    style = rng.randrange(3)
    if style == 2 and count <= len(names.BLOCK_LETTERS):
        return [f"{letter}座" for letter in names.BLOCK_LETTERS[:count]]
    if style == 1:
        half = (count + 1) // 2
        east, west = rng.sample(names.BUILDING_AREAS, 2)
        return [f"{east}{k}栋" for k in range(1, half + 1)] + [f"{west}{k}栋" for k in range(1, count - half + 1)]
    return [f"{k}号楼" for k in range(1, count + 1)]
