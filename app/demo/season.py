"""When residents call: days, categories and hours of the demo requests.

The demo covers 2024-01-01 .. 2026-10-31 (local time, UTC+8; "now" is
2026-11-01 00:00). Each day's weight is the sum of its categories' weights:
a base share x the category's month (heating and water in winter, sanitation,
greening and noise in summer, leaks in the rainy season, jobs after the Spring
Festival, school in August/September) x a holiday factor (disputes and
elderly care around the Spring Festival, Qingming, May Day, Mid-Autumn and
National Day), times the weekday (weekends are quiet) and a gentle upward
trend. Requests are received between 08:00 and 21:59 local, mostly in office
hours, so the UTC date is the local date.
"""

import datetime as dt
from dataclasses import dataclass

FIRST_DAY, LAST_DAY = dt.date(2024, 1, 1), dt.date(2026, 10, 31)
NOW = dt.datetime(2026, 10, 31, 16, 0)  # 2026-11-01 00:00 local, in UTC
UTC_OFFSET = dt.timedelta(hours=8)

# category: (base share %, handle propensity, month weights Jan..Dec)
CATEGORIES: dict[str, tuple[float, float, tuple[float, ...]]] = {
    "parking": (11, 0.18, (1.0, 1.2, 1.0, 1.0, 1.0, 0.9, 0.9, 0.9, 1.0, 1.2, 1.0, 1.0)),
    "sanitation": (10, 0.25, (0.6, 0.7, 0.8, 0.9, 1.2, 1.6, 1.8, 1.7, 1.2, 0.9, 0.7, 0.6)),
    "elderly": (8, 0.52, (1.3, 1.2, 1.0, 0.9, 0.9, 0.8, 0.8, 0.8, 0.9, 1.0, 1.2, 1.3)),
    "repair": (10, 0.42, (0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.6, 1.6, 1.4, 1.0, 0.8, 0.8)),
    "dispute": (6, 0.32, (1.1, 1.3, 1.0, 0.9, 1.0, 0.9, 0.9, 0.9, 1.0, 1.1, 0.9, 1.0)),
    "policy": (9, 0.02, (1.3, 1.0, 1.0, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.2, 1.2, 1.3)),
    "employment": (4, 0.30, (0.9, 1.6, 1.5, 1.1, 0.9, 1.0, 1.3, 1.1, 0.9, 0.8, 0.7, 0.7)),
    "health": (5, 0.26, (1.4, 1.3, 1.1, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1.0, 1.2, 1.4)),
    "education": (3, 0.30, (0.7, 1.2, 1.2, 0.8, 0.8, 1.0, 1.3, 1.7, 1.6, 0.8, 0.7, 0.6)),
    "property": (7, 0.16, (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)),
    "safety": (5, 0.22, (1.4, 1.3, 1.0, 0.9, 0.9, 1.0, 1.3, 1.2, 0.9, 0.9, 1.1, 1.4)),
    "noise": (5, 0.10, (0.6, 0.8, 0.8, 1.0, 1.3, 1.5, 1.6, 1.5, 1.2, 0.9, 0.7, 0.6)),
    "utilities": (8, 0.08, (2.0, 1.6, 1.1, 0.7, 0.6, 0.7, 0.9, 0.9, 0.7, 0.9, 1.8, 2.1)),
    "greening": (3, 0.22, (0.4, 0.5, 1.0, 1.4, 1.5, 1.6, 1.6, 1.4, 1.1, 0.8, 0.6, 0.4)),
    "disability": (3, 0.55, (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)),
    "other": (3, 0.15, (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)),
}
HOLIDAYS = (  # first days of the long holidays 2024-2026
    "2024-02-10", "2024-04-04", "2024-05-01", "2024-09-15", "2024-10-01",
    "2025-01-28", "2025-04-04", "2025-05-01", "2025-10-01",
    "2026-02-15", "2026-04-04", "2026-05-01", "2026-09-25", "2026-10-01",
)
HOLIDAY_BOOST = {"dispute": 2.2, "elderly": 1.5, "parking": 1.4, "noise": 1.3, "safety": 1.2}
WEEKDAY = (1.0, 1.0, 1.0, 1.0, 0.95, 0.55, 0.45)
HOURS_WORKDAY = (4, 11, 13, 10, 4, 4, 10, 12, 10, 7, 4, 4, 3, 2)  # 08:00 .. 21:00
HOURS_REST = (2, 6, 9, 9, 6, 5, 7, 8, 8, 7, 6, 6, 5, 3)


@dataclass
class Day:
    date: dt.date
    weight: float
    quick: list[float]  # cumulative category weights for reply/transfer requests
    handle: list[float]  # cumulative category weights for need-list requests
    hours: tuple[int, ...]


def _near_holiday(day: dt.date, starts: list[dt.date]) -> bool:
    return any(-5 <= (day - s).days <= 7 for s in starts)


def _cumulative(values: list[float]) -> list[float]:
    out, total = [], 0.0
    for v in values:
        total += v
        out.append(total)
    return out


def days() -> list[Day]:
    starts = [dt.date.fromisoformat(s) for s in HOLIDAYS]
    span = (LAST_DAY - FIRST_DAY).days
    out = []
    for i in range(span + 1):
        day = FIRST_DAY + dt.timedelta(days=i)
        holiday = _near_holiday(day, starts)
        weights = [base * months[day.month - 1] * (HOLIDAY_BOOST.get(code, 0.85) if holiday else 1.0)
                   for code, (base, _, months) in CATEGORIES.items()]
        props = [h for _, h, _ in CATEGORIES.values()]
        trend = 0.85 + 0.3 * i / span
        out.append(Day(day, sum(weights) * WEEKDAY[day.weekday()] * trend,
                       _cumulative([w * (1 - h) for w, h in zip(weights, props, strict=True)]),
                       _cumulative([w * h for w, h in zip(weights, props, strict=True)]),
                       HOURS_WORKDAY if day.weekday() < 5 and not holiday else HOURS_REST))
    return out


def allocate(total: int, weights: list[float]) -> list[int]:
    """`total` split in proportion to `weights` (largest remainders), summing exactly."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    counts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (counts[i] - raw[i], i))
    for i in order[:total - sum(counts)]:
        counts[i] += 1
    return counts
