"""The periods the dashboard compares: a month, a quarter or a year (the notices'
NoticePeriod: 2026-10, 2026-Q3, 2026), the one before it, the twelve months that
end with it, and the choices offered for a kind of period.

As in `python main.py stats --period` and in the notices, a period is handed to
app.stats as [start, end) at the local midnights of its first and last+1 calendar days,
in UTC as times are stored (NoticePeriod.as_stats_period(), app/local_days.py)."""

import datetime as dt

from app.local_days import utc_range
from app.notices.periods import QUARTERS, NoticePeriod, parse

KINDS = ("month", "quarter", "year")
MONTHS_SHOWN = 12  # the trend charts: the twelve months ending with the period


def kind_of(period: NoticePeriod) -> str:
    return "quarter" if "Q" in period.key else ("year" if len(period.key) == 4 else "month")


def short_label(period: NoticePeriod) -> str:
    """9月, 二季度, 2025年: enough beside a figure of the period after it."""
    kind = kind_of(period)
    if kind == "month":
        return f"{period.start.month}月"
    return f"{QUARTERS[int(period.key[-1]) - 1]}季度" if kind == "quarter" else period.label


def previous(period: NoticePeriod) -> NoticePeriod:
    """The period of the same kind just before: 2026-10 -> 2026-09, 2026-Q1 -> 2025-Q4, 2026 -> 2025."""
    kind = kind_of(period)
    if kind == "year":
        return parse(str(period.year - 1))
    if kind == "quarter":
        q = int(period.key[-1])
        return parse(f"{period.year - (q == 1)}-Q{4 if q == 1 else q - 1}")
    return _month_shift(period.start, -1)


def months_ending(period: NoticePeriod, count: int = MONTHS_SHOWN) -> list[NoticePeriod]:
    """`count` consecutive months, oldest first, the last one holding the period's last day."""
    last = _month_shift(period.end - dt.timedelta(days=1), 0)
    return [_month_shift(last.start, -back) for back in range(count - 1, -1, -1)]


def year_to_end(period: NoticePeriod) -> tuple[dt.datetime, dt.datetime]:
    """[1 January of the period's year, the period's end): the year so far at the period's close."""
    return utc_range(dt.date(period.year, 1, 1), period.end)


def choices(kind: str, today: dt.date, count: int) -> list[NoticePeriod]:
    """The periods of a kind from the one holding `today` backwards, newest first."""
    current = {"month": lambda: _month_shift(today, 0), "year": lambda: parse(str(today.year)),
               "quarter": lambda: parse(f"{today.year}-Q{(today.month - 1) // 3 + 1}")}[kind]()
    out = [current]
    while len(out) < count:
        out.append(previous(out[-1]))
    return out


def default(today: dt.date, newest: dt.date | None = None) -> NoticePeriod:
    """The last whole month (the month of the monthly review and of the notices), or the month of
    the newest record (`newest`, activity.newest_record_day()) when the records stop before it."""
    last = _month_shift(today, -1)
    if newest is not None and newest < last.start:
        return _month_shift(newest, 0)
    return last


def _month_shift(day: dt.date, months: int) -> NoticePeriod:
    index = day.year * 12 + day.month - 1 + months
    return parse(f"{index // 12}-{index % 12 + 1:02d}")
