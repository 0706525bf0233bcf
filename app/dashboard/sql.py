"""What the dashboard's grouped queries share: the subtree condition, period bounds
as stored text, and running a statement."""

import datetime as dt

from db.connection import database


def in_subtree(column: str, root_path: str | None) -> tuple[str, tuple]:
    """` AND column IN (the org units under root)`; nothing for the whole tree (root None)."""
    if not root_path:
        return "", ()
    return (f" AND {column} IN (SELECT uuid FROM org_unit WHERE path >= ? AND path < ?)",
            (root_path, root_path + "\uffff"))


def stamp(value: dt.datetime | dt.date) -> str:
    """A bound as the database stores it (UTC text); dates compare as YYYY-MM-DD."""
    return value.isoformat(" ") if isinstance(value, dt.datetime) else value.isoformat()


def rows(sql: str, params: tuple) -> list[tuple]:
    return [tuple(r) for r in database.execute_sql(sql, params).fetchall()]
