"""Wrong sign-ins with a name no active account has, counted like a real account's.

The answer to a sign-in must not tell whether a name exists: an unknown name gets
the same "还可以再试 N 次" countdown and the same lockout as a real account, kept
in the local `meta` table under a hash of the name (never the name itself).
"""

import datetime as dt
import hashlib

from db.connection import database
from db.models import KeyValue

PREFIX = "signin-failures:"


def _key(name: str) -> str:
    return PREFIX + hashlib.sha256(name.casefold().encode("utf-8")).hexdigest()[:32]


def state(name: str) -> tuple[int, dt.datetime | None]:
    """(failures in a row, locked until) for this name."""
    row = KeyValue.get_or_none(KeyValue.key == _key(name))
    if row is None:
        return 0, None
    attempts, _, until = row.value.partition("|")
    return int(attempts or 0), dt.datetime.fromisoformat(until) if until else None


def store(name: str, attempts: int, locked_until: dt.datetime | None) -> None:
    value = f"{attempts}|{locked_until.isoformat() if locked_until else ''}"
    with database.atomic():
        KeyValue.insert(key=_key(name), value=value).on_conflict_replace().execute()
