"""Plausible, valid and reproducible personal data and keys.

Everything is drawn from one `random.Random(seed)` so a scale and a seed give
the same records. ID numbers follow GB 11643 (area 611002, birth 1950-2000,
17th digit odd for men, even for women, ISO 7064 check character); phone
numbers are mainland mobiles. Both are unique within one generated file.
"""

import datetime as dt
import random

from app.demo import names
from app.validators import id_check_char

DEMO_EPOCH_MS = 1_709_251_200_000  # 2024-03-01 00:00 UTC: the keys' timestamp part
AREA_CODE = "611002"
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "176", "177", "180", "181", "182", "183", "186", "187",
    "188", "189", "191", "199",
)
BIRTH_FIRST = dt.date(1950, 1, 1).toordinal()
BIRTH_LAST = dt.date(2000, 12, 31).toordinal()


class DemoIds:
    """UUIDv7-format keys: a fixed epoch plus a counter (so they sort in the order
    written and never repeat) and 62 random bits from the seeded generator."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._counter = 0

    def __call__(self) -> str:
        n = self._counter
        self._counter += 1
        ms, rand_a = DEMO_EPOCH_MS + (n >> 12), n & 0xFFF
        value = (ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | self._rng.getrandbits(62)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Faker:
    """Names, genders, phones, ID numbers and dates from one seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._phones: set[str] = set()
        self._ids: set[str] = set()

    def gender(self) -> str:
        return "M" if self.rng.random() < 0.5 else "F"

    def name(self, gender: str) -> str:
        pool = names.MALE_GIVEN if gender == "M" else names.FEMALE_GIVEN
        given = self.rng.choice(pool)
        if self.rng.random() < 0.7:
            given += self.rng.choice(pool)
        return self.rng.choice(names.SURNAMES) + given

    def phone(self) -> str:
        while True:
            value = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(100_000_000):08d}"
            if value not in self._phones:
                self._phones.add(value)
                return value

    def id_number(self, gender: str, born: dt.date | None = None) -> str:
        birth = born or self.birth_date()
        while True:
            order = self.rng.randrange(100) * 10 + self._gender_digit(gender)
            first17 = f"{AREA_CODE}{birth:%Y%m%d}{order:03d}"
            value = first17 + id_check_char(first17)
            if value not in self._ids:
                self._ids.add(value)
                return value

    def _gender_digit(self, gender: str) -> int:
        return self.rng.randrange(1, 10, 2) if gender == "M" else self.rng.randrange(0, 10, 2)

    def birth_date(self, years: tuple[int, int] = (1950, 2000)) -> dt.date:
        first = max(dt.date(years[0], 1, 1).toordinal(), BIRTH_FIRST)
        last = min(dt.date(years[1], 12, 31).toordinal(), BIRTH_LAST)
        return dt.date.fromordinal(self.rng.randint(first, last))

    def date_between(self, first: dt.date, last: dt.date) -> dt.date:
        return dt.date.fromordinal(self.rng.randint(first.toordinal(), last.toordinal()))

    def person(self, uuid: str, org_unit: str, years: tuple[int, int] = (1950, 2000)) -> dict:
        """A Person row: name, gender, phone and an ID number that agree (born within `years`)."""
        gender = self.gender()
        return {"uuid": uuid, "name": self.name(gender), "gender": gender, "phone": self.phone(),
                "id_number": self.id_number(gender, self.birth_date(years)), "org_unit": org_unit}
