"""The period a notice covers: a month (2026-10), a quarter (2026-Q3) or a year (2026)."""

import datetime as dt
import re
from dataclasses import dataclass

from app.errors import ValidationError
from app.local_days import utc_range

QUARTERS = "一二三四"


@dataclass(frozen=True)
class NoticePeriod:
    key: str  # 2026-10 / 2026-Q3 / 2026
    start: dt.date
    end: dt.date  # exclusive
    label: str  # 2026年10月 / 2026年第三季度 / 2026年

    @property
    def year(self) -> int:
        return self.start.year

    def as_stats_period(self) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) in UTC at the local midnights of its first and last+1 days (app/local_days.py)."""
        return utc_range(self.start, self.end)


def parse(text: str | None) -> NoticePeriod:
    raw = (text or "").strip().upper()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", raw):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            start = dt.date(year, month, 1)
            end = dt.date(year + month // 12, month % 12 + 1, 1)
            return NoticePeriod(f"{year}-{month:02d}", start, end, f"{year}年{month}月")
    if m := re.fullmatch(r"(\d{4})-?Q([1-4])", raw):
        year, q = int(m[1]), int(m[2])
        start = dt.date(year, 3 * q - 2, 1)
        end = dt.date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1)
        return NoticePeriod(f"{year}-Q{q}", start, end, f"{year}年第{QUARTERS[q - 1]}季度")
    if re.fullmatch(r"\d{4}", raw):
        year = int(raw)
        return NoticePeriod(raw, dt.date(year, 1, 1), dt.date(year + 1, 1, 1), f"{year}年")
    raise ValidationError(f"期间“{text or ''}”格式不对：月份写 2026-10，季度写 2026-Q3，全年写 2026。", field="period")


def month_of(day: dt.date) -> NoticePeriod:
    return parse(f"{day.year}-{day.month}")
