"""What a clerk means by a day: a local calendar day. Times are stored in UTC, so a period of
days (a month, a quarter, a year, a date range in a filter) becomes the UTC instants of its
local midnights — the ONE definition of a period boundary that the dashboard, `stats
--period`, the notices, the reports and the tabs' lists share (issue 17, point 16: a request
received at 23:30 on 31 March in Beijing is 15:30 UTC that day, and 00:30 on 1 April is
16:30 UTC on 31 March; both count where the clerk's calendar puts them).

A time range of the stats (app.stats.Period) is therefore [start, end) in UTC, and a figure
kept by date (a meeting's day, a fund entry's date) asks `local_dates` for the days it covers."""

import datetime as dt

from db.base import utcnow as _utcnow


def utcnow() -> dt.datetime:
    """Now, in UTC as the database holds times (naive): what the window compares stored times with."""
    return _utcnow()


def day_start_utc(day: dt.date) -> dt.datetime:
    """A local calendar day's first instant, in UTC as the database holds times (naive)."""
    start = dt.datetime(day.year, day.month, day.day).astimezone()
    return start.astimezone(dt.UTC).replace(tzinfo=None)


def local_day(utc: dt.datetime) -> dt.date:
    """The local calendar day of a stored (naive UTC) instant."""
    return utc.replace(tzinfo=dt.UTC).astimezone().date()


def utc_range(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) local days -> [start, end) UTC instants."""
    return day_start_utc(start), day_start_utc(end)


def local_dates(period: tuple[dt.datetime, dt.datetime]) -> tuple[dt.date, dt.date]:
    """A UTC time range made by utc_range -> the [start, end) local days it covers."""
    return local_day(period[0]), local_day(period[1])
