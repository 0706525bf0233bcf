"""Small helpers shared by the supports modules: dates, phones, org units, saving a
cleaned record. The generic text helpers are those of app/mediation/common.py."""

import datetime as dt

from app.errors import ValidationError
from app.mediation.common import choice, count, live, required, text  # noqa: F401  (re-exported)
from app.mediation.common import org_unit as org  # a live org unit of one of the levels
from app.validators import normalize_phone
from db.connection import database
from db.models import Level, OrgUnit

EARLIEST = dt.date(2000, 1, 1)


def day(raw, field: str, label: str, *, default_today: bool = True) -> dt.date | None:
    """A date not in the future and not before 2000; empty means today (or None)."""
    if raw in (None, ""):
        return dt.date.today() if default_today else None
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if not isinstance(raw, dt.date):
        try:
            raw = dt.date.fromisoformat(str(raw).strip().replace("/", "-"))
        except ValueError:
            raise ValidationError(f"请按 2026-05-17 的格式填写{label}。", field=field) from None
    if raw > dt.date.today():
        raise ValidationError(f"{label}不能晚于今天，请核对。", field=field)
    if raw < EARLIEST:
        raise ValidationError(f"{label}不能早于2000年，请核对。", field=field)
    return raw


def phone(raw, field: str = "phone") -> str | None:
    """An optional phone number, normalised; a wrong one is refused."""
    if not text(raw):
        return None
    try:
        return normalize_phone(raw)
    except ValidationError as exc:
        raise ValidationError(exc.message, field=field) from None


def community(uuid: str | None, field: str = "community") -> OrgUnit:
    return org(uuid, (Level.COMMUNITY,), "请选择一个社区（须为现有社区）。", field)


def save(row, values: dict):
    """Set the cleaned values on a live record and save it in one transaction."""
    with database.atomic():
        for key, value in values.items():
            setattr(row, key, value)
        row.save()
    return row


def tombstone(row) -> None:
    with database.atomic():
        row.delete_instance()
