"""Residents, households, resident groups, central households, tags, stationed
units and shops for every grid.

Households of 1-5 people live in the grid's buildings (户主 first, then spouse,
children, parents), share a household number and a room; adults mostly have a
mobile number; everyone born before 2010 has an ID number that agrees with
their birth date and gender. About one in ten residents carries a tag a grid
leader would record (独居老人 for elderly people living alone, 低保户 ...).
"""

import datetime as dt

from app.demo import names
from app.demo.fake import Faker
from app.demo.tree import OrgPlan, Place, spread
from db.models import (
    CentralHousehold,
    CentralHouseholdLink,
    Establishment,
    Resident,
    ResidentGroup,
    ResidentTag,
)

TODAY = dt.date(2026, 11, 1)
SHOP_TRADES = ("便民超市", "水果店", "药店", "早餐店", "理发店", "五金店", "干洗店", "快递驿站", "面馆", "粮油店")
OTHER_TAGS = ("残疾人", "低保户", "退役军人", "流动人口", "特困人员")


class Residents:
    def __init__(self, faker: Faker, new_id, add):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self.requesters: dict[str, list[tuple]] = {}  # grid -> (uuid, name, phone) of household heads

    def fill(self, plan: OrgPlan, total: int, buildings: dict[str, list[dict]]) -> None:
        for grid, count in zip(plan.grids, spread(self.rng, total, len(plan.grids), minimum=5), strict=True):
            self.grid(grid, count, buildings.get(grid.uuid, []))

    def grid(self, grid: Place, count: int, blocks: list[dict]) -> None:
        groups = [self._group(grid, k) for k in range(1, self.rng.randint(2, 4) + 1)]
        heads, serial = [], 0
        while count > 0:
            size = min(count, self.rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5)))
            serial += 1
            block = self.rng.choice(blocks) if blocks else None
            heads.append(self._household(grid, block, groups, serial, size))
            count -= size
        self.requesters[grid.uuid] = [(h["uuid"], h["name"], h["phone"]) for h in heads]
        self._central_households(grid, heads)
        self._establishments(grid)

    def _group(self, grid: Place, k: int) -> str:
        uuid = self.new_id()
        self.add(ResidentGroup, {"uuid": uuid, "grid": grid.uuid, "name": f"第{names.CHINESE_DIGITS[k]}居民小组"})
        return uuid

    def _household(self, grid: Place, block: dict | None, groups: list[str], serial: int, size: int) -> dict:
        room = f"{self.rng.randint(1, 4)}单元{self.rng.randint(1, (block or {}).get('floors') or 6)}0{self.rng.randint(1, 4)}"
        base = {"grid": grid.uuid, "building": block["uuid"] if block else None, "room": room,
                "address": block["address"] if block else f"商州区{self.rng.choice(names.STREETS)}",
                "household_no": f"{grid.code[-6:]}{serial:04d}", "group": self.rng.choice(groups)}
        head_born = self._date(1940, 1996)
        members = [("户主", head_born, None)]
        if size > 1:
            members.append(("配偶", head_born + dt.timedelta(days=self.rng.randint(-1500, 1500)), None))
        for _ in range(size - len(members)):
            if head_born.year < 1975 and self.rng.random() < 0.5:
                members.append(("孙子女", self._date(2008, 2022), None))
            else:
                members.append(("子女", self._date(max(head_born.year + 20, 1975), 2022), None))
        rows = [self._person(base, relation, born) for relation, born, _ in members]
        if size == 1 and head_born.year < 1956:
            self._tag(rows[0]["uuid"], "独居老人")
        return rows[0]

    def _person(self, base: dict, relation: str, born: dt.date) -> dict:
        gender = self.faker.gender()
        adult = (TODAY - born).days > 18 * 365
        row = {**base, "uuid": self.new_id(), "name": self.faker.name(gender), "gender": gender, "birth_date": born,
               "id_number": self.faker.id_number(gender, born) if born.year < 2010 else None,
               "phone": self.faker.phone() if adult and self.rng.random() < 0.85 else None,
               "relation": relation, "notes": None}
        self.add(Resident, row)
        if relation == "子女" and not adult and self.rng.random() < 0.03:
            self._tag(row["uuid"], "留守儿童")
        elif self.rng.random() < 0.05:
            self._tag(row["uuid"], self.rng.choice(OTHER_TAGS))
        return row

    def _tag(self, resident: str, tag: str) -> None:
        self.add(ResidentTag, {"uuid": self.new_id(), "resident": resident, "tag": tag})

    def _date(self, first_year: int, last_year: int) -> dt.date:
        return self.faker.date_between(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))

    def _central_households(self, grid: Place, heads: list[dict]) -> None:
        """About one central household per twelve households, looking after the next few."""
        for start in range(0, len(heads) - 6, 12):
            leader, neighbours = heads[start], heads[start + 1:start + self.rng.randint(4, 7)]
            uuid = self.new_id()
            self.add(CentralHousehold, {"uuid": uuid, "grid": grid.uuid, "leader": leader["uuid"],
                                        "name": f"{leader['name']}中心户"})
            for n in neighbours:
                self.add(CentralHouseholdLink, {"uuid": self.new_id(), "household": uuid, "resident": n["uuid"]})

    def _establishments(self, grid: Place) -> None:
        street = self.rng.choice(names.STREETS)
        for trade in self.rng.sample(SHOP_TRADES, self.rng.randint(2, 5)):
            self._establishment(grid, "shop", f"{self.rng.choice(names.SURNAMES)}记{trade}", trade, street, False)
        if self.rng.random() < 0.6:
            label, category = self.rng.choice((
                (f"商州区{self.rng.choice(names.AGENCIES)}", "机关"),
                (self.rng.choice(names.INSTITUTIONS), "事业单位"),
                (f"{self.rng.choice(names.COMPOUNDS)}物业服务中心", "物业公司"),
            ))
            self._establishment(grid, "unit", label, category, street, category != "物业公司")

    def _establishment(self, grid: Place, kind: str, name: str, category: str, street: str, party: bool) -> None:
        self.add(Establishment, {"uuid": self.new_id(), "grid": grid.uuid, "kind": kind, "name": name,
                                 "category": category, "address": f"商州区{street}{self.rng.randint(1, 300)}号",
                                 "contact_name": self.faker.name(self.faker.gender()),
                                 "contact_phone": self.faker.phone(), "has_party_org": party})
