"""The rows an import writes, in batches inside its one transaction.

Consecutive rows of one table naming the same columns, all inserts or all updates,
go to SQLite through one prepared statement and `executemany` (the triggers still
capture every row); a row of another kind flushes the batch first, so rows are
written in the bundle's order. The caller flushes before anything reads what
the batch would have written. A constraint the checks did not name raises
peewee's IntegrityError, as a single write would (app/exchange/incoming.py turns
it into a refusal).
"""

import sqlite3

from peewee import IntegrityError

from db.connection import database

BATCH = 2000
TEXT = 16_000_000  # characters of text in one batch (a row may hold up to 1 MiB)


class Writes:
    def __init__(self):
        self.key: tuple | None = None  # (table, insert, column names)
        self.rows: list[list] = []
        self.text = 0

    def add(self, table: str, row: dict, *, insert: bool) -> None:
        key = (table, insert, tuple(row))
        if key != self.key:
            self.flush()
            self.key = key
        self.text += sum(len(v) for v in row.values() if isinstance(v, str))
        if insert:
            self.rows.append(list(row.values()))
        else:
            self.rows.append([v for n, v in row.items() if n != "uuid"] + [row["uuid"]])

    @property
    def full(self) -> bool:
        return len(self.rows) >= BATCH or self.text >= TEXT

    def flush(self) -> None:
        if not self.rows:
            return
        table, insert, names = self.key
        try:
            database.connection().executemany(_sql(table, insert, names), self.rows)
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(*exc.args) from exc
        except sqlite3.OperationalError as exc:  # a full disk, a read-only file: said as such
            database.raise_typed(exc)
        self.rows, self.text = [], 0


def _sql(table: str, insert: bool, names: tuple[str, ...]) -> str:
    if insert:
        columns = ", ".join(f'"{n}"' for n in names)
        return f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(names))})'
    sets = ", ".join(f'"{n}" = ?' for n in names if n != "uuid")
    return f'UPDATE "{table}" SET {sets} WHERE uuid = ?'
