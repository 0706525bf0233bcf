"""The records an import has met so far in its bundle, kept in a temporary table.

A recovery bundle holds millions of rows: their uuids and org paths as Python sets and
dicts took about 1 GB. They go instead into `temp.import_seen` (SQLite's temporary
database, a file in the temporary folder with its own 2 MB page cache, gone when the
connection closes; never the database file itself), in batches of `BATCH` rows that are
looked up in memory until they are flushed. What stays in memory is bounded whatever the
bundle's size: one batch and at most `UNITS` org unit paths.

One row per record of the bundle: its table, its uuid and, when the row will be written,
its org path as it arrives (NULL: the stored record is what counts). The same uuid twice
in one table is a forged or damaged bundle and refuses it (E_ROW).

`Seen` is also the path cache `app/exchange/rows.py` takes: `get("table:uuid")` is a
record's path in the bundle, `unit_uuid in seen` / `seen[unit_uuid]` an org unit's.
"""

import sqlite3

from app.exchange.errors import BundleError
from app.exchange.tables import SCOPE
from db.connection import database

BATCH = 2000  # rows looked up in memory before they go to the temporary table
UNITS = 20_000  # org unit paths kept in memory (the rows of one bundle share a few)
TABLE_IDS = {name: i for i, name in enumerate(SCOPE)}
TABLE = ("CREATE TEMP TABLE import_seen (tbl INTEGER NOT NULL, uuid TEXT NOT NULL, path TEXT, "
         "PRIMARY KEY (tbl, uuid)) WITHOUT ROWID")
DROP = "DROP TABLE IF EXISTS temp.import_seen"
MISSING = object()


def twice(table: str, uuid: str) -> BundleError:
    return BundleError("E_ROW", f"{table} {uuid}: the same record twice in the bundle",
                       "数据包中同一条记录出现了两次（数据包被改动或损坏），已整体拒收。请让对方重新导出。")


class Seen:
    def __init__(self):
        self.pending: dict[tuple[int, str], str | None] = {}
        self.units: dict[str, str] = {}
        database.execute_sql(DROP)
        database.execute_sql(TABLE)

    def close(self) -> None:
        self.pending.clear()
        database.execute_sql(DROP)

    def add(self, table: str, uuid: str, path: str | None) -> None:
        """Met `uuid` of `table`; `path` when the row will be written."""
        key = (TABLE_IDS[table], uuid)
        if key in self.pending:
            raise twice(table, uuid)
        self.pending[key] = path
        if table == "org_unit" and path is not None:
            self._unit(uuid, path)

    @property
    def full(self) -> bool:
        return len(self.pending) >= BATCH

    def flush(self) -> None:
        if not self.pending:
            return
        rows = [(t, u, p) for (t, u), p in self.pending.items()]
        connection = database.connection()
        before = connection.total_changes
        try:
            connection.executemany("INSERT INTO temp.import_seen VALUES (?, ?, ?)", rows)
        except sqlite3.IntegrityError:  # the rows before the one met earlier went in
            tbl, uuid, _ = rows[connection.total_changes - before]
            raise twice(list(TABLE_IDS)[tbl], uuid) from None
        except sqlite3.OperationalError as exc:  # a full disk: said as such
            database.obj.raise_typed(exc)
        self.pending.clear()

    def has(self, table: str, uuid: str) -> bool:
        return self._path(table, uuid) is not MISSING

    def _path(self, table: str, uuid: str):
        """The path met with the record (None: not to be written), or MISSING."""
        key = (TABLE_IDS[table], uuid)
        if key in self.pending:
            return self.pending[key]
        return self._stored(*key)

    def _stored(self, tbl: int, uuid: str):
        got = database.execute_sql("SELECT path FROM temp.import_seen WHERE tbl = ? AND uuid = ?",
                                   (tbl, uuid)).fetchone()
        return MISSING if got is None else got[0]

    # the path cache of app/exchange/rows.py
    def get(self, key: str) -> str | None:
        table, _, uuid = key.partition(":")
        path = self._path(table, uuid)
        return None if path is MISSING else path

    def __contains__(self, unit_uuid: str) -> bool:
        if unit_uuid in self.units:
            return True
        path = self._path("org_unit", unit_uuid)
        if path is MISSING or path is None:
            return False
        self._unit(unit_uuid, path)
        return True

    def __getitem__(self, unit_uuid: str) -> str:
        return self.units[unit_uuid]

    def __setitem__(self, unit_uuid: str, path: str) -> None:
        self._unit(unit_uuid, path)

    def _unit(self, uuid: str, path: str) -> None:
        if len(self.units) >= UNITS and uuid not in self.units:
            self.units.clear()
        self.units[uuid] = path
