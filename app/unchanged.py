"""Figures kept while the database is unchanged: one refresh of the start page asks the same
figure several times (a card and its previous period, a share and the chart of where matters
were settled); each is computed once.

The key holds the connection (a result never matches another file's or thread's), the number of
rows this connection has changed (its own writes, an import's too), `PRAGMA data_version`
(another connection's commits) and the signed-in user's scope (a figure of the whole district
kept for an administrator is never shown to a community's clerk), then the arguments. Nothing
computed inside a transaction is kept: a rollback leaves `total_changes` where the write put it."""

import threading
from collections import OrderedDict
from functools import wraps

from app.scope import root_path
from db.connection import database

_KEPT: list[OrderedDict] = []


def forget() -> None:
    """Drop every kept figure (a benchmark times each refresh from the database)."""
    for kept in _KEPT:
        kept.clear()


def while_unchanged(size: int = 8):
    def wrap(func):
        kept: OrderedDict = OrderedDict()
        lock = threading.Lock()
        _KEPT.append(kept)

        @wraps(func)
        def inner(*args, **kwargs):
            conn = database.connection()
            version = database.execute_sql("PRAGMA data_version").fetchone()[0]
            key = (conn, conn.total_changes, version, root_path(), args, tuple(sorted(kwargs.items())))
            with lock:
                if key in kept:
                    kept.move_to_end(key)
                    return kept[key]
            value = func(*args, **kwargs)
            if conn.in_transaction:  # a rollback would not move the key back: never keep what it may undo
                return value
            with lock:
                kept[key] = value
                while len(kept) > size:
                    kept.popitem(last=False)
            return value
        return inner
    return wrap
