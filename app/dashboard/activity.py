"""When this site last recorded something: the start page and the report builder open
on the newest period that has records, not on an empty month of a database whose
records stop earlier (an imported or demo database, a site back from a pause).

Each figure is one MAX over an indexed column (tombstones included: a deleted record
still shows when work was done), so the answer costs the same at any scale."""

import datetime as dt

from peewee import fn

from db.models import DeliberationMeeting, MediationCase, Request


def newest_record_day() -> dt.date | None:
    """The day of the newest request, mediation case or deliberation meeting; None on a new site."""
    days = [_day(model.select(fn.MAX(column)).scalar()) for model, column in (
        (Request, Request.received_at), (MediationCase, MediationCase.registered_at),
        (DeliberationMeeting, DeliberationMeeting.held_on))]
    days = [d for d in days if d is not None]
    return max(days) if days else None


def _day(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, dt.datetime) else value
