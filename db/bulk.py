"""Fast bulk inserts of stamped rows: the model's own `insert_many` stamps them
(keys, version, origin site, who/when — the one stamping code path), then one
prepared statement goes through sqlite3's `executemany`, skipping peewee's
multi-row SQL rendering (measured at 60% of a bulk load). The triggers still
capture every row. The caller holds the transaction.
"""

import sqlite3
from collections.abc import Iterable

from peewee import Model


def insert_rows(model: type[Model], rows: list[dict]) -> int:
    """Insert dict rows (all naming the same fields) and return how many."""
    if not rows:
        return 0
    stamped = model.insert_many(rows)._insert  # the stamped, normalised rows; not executed
    fields = list(stamped[0]) + [f for f in model._meta.defaults if f not in stamped[0]]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join("?" * len(fields))})'
    db = model._meta.database
    try:
        db.connection().executemany(sql, _values(stamped, fields))
    except sqlite3.OperationalError as exc:  # a full disk or a read-only file: said as such
        getattr(db, "raise_typed", _reraise)(exc)
    return len(rows)


def _reraise(exc: Exception):
    raise exc


def _values(stamped: list[dict], fields: list) -> Iterable[tuple]:
    """Each row's parameters in `fields` order (the first row's fields, then the
    defaults of the rest), converted as peewee would (db_value). Positions are
    found by id(): peewee fields hash in Python, the slowest part of this loop."""
    head = len(stamped[0])
    position = {id(f): i for i, f in enumerate(fields[:head])}
    convert = [f.db_value for f in fields]
    tail = fields[head:]
    for row in stamped:
        if len(row) != head:
            raise ValueError("rows of one bulk insert must all name the same fields")
        values = [None] * head + [f.default() if callable(f.default) else f.default for f in tail]
        for field, value in row.items():
            values[position[id(field)]] = value
        yield tuple(c(v) for c, v in zip(convert, values, strict=True))
