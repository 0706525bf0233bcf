"""The SQLite database GridDesk opens: peewee's, with faults of the medium made typed.

- A statement or COMMIT that fails because the disk is full or the medium is
  read-only raises `DiskFull` / `DatabaseReadOnly` (db/medium.py) instead of
  SQLite's English text.
- A ROLLBACK after a COMMIT that SQLite already rolled back (disk full) is a no-op,
  so the real cause is not hidden by "cannot rollback - no transaction is active".
- `refuse_writes(error)` stops every write on every connection (PRAGMA query_only)
  and makes each refused write raise `error`: used when a background integrity
  check finds damage after start.
- `hold_writes(error)` does the same until `release_writes()`, while the integrity check
  after an unclean shutdown runs: reads go on, each write meanwhile raises `error` (wait).
"""

import sqlite3
from pathlib import Path

from peewee import OperationalError

from db.errors import StorageError
from db.locking import WriterDatabase
from db.medium import explain


class GuardedDatabase(WriterDatabase):
    """Write transactions BEGIN IMMEDIATE and wait for a busy file (db/locking.py); faults typed."""

    def __init__(self, database, *args, file_path: Path | str | None = None, uri: str | None = None, **kwargs):
        super().__init__(database, *args, **kwargs)
        self.file_path = Path(file_path or database)
        self.uri = uri  # how SQLite opens it (a read-only medium); `database` stays the file's path
        self.refusal: StorageError | None = None
        self.held: StorageError | None = None
        self.checked_at_open = True
        self.unclean = False

    def _connect(self):
        conn = super()._connect() if self.uri is None else self._connect_uri()
        self._state.held = self.refusal is not None or self.held is not None  # this thread's connection
        if self._state.held:
            conn.execute("PRAGMA query_only = 1")
        return conn

    def _connect_uri(self):
        conn = sqlite3.connect(self.uri, timeout=self._timeout, isolation_level=None, uri=True, **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn

    def refuse_writes(self, error: StorageError) -> None:
        self.refusal = error
        if not self.is_closed():
            self.connection().execute("PRAGMA query_only = 1")

    def hold_writes(self, error: StorageError) -> None:
        """No write until release_writes(): each one meanwhile raises `error`."""
        self.held = error
        if not self.is_closed():
            self.connection().execute("PRAGMA query_only = 1")
            self._state.held = True

    def release_writes(self) -> None:
        """The check is done: writes go on (unless refuse_writes() stopped them for good)."""
        self.held = None
        if not self.is_closed():
            self._allow_again()

    def _allow_again(self) -> None:
        """This thread's connection, held while a check ran, may write again."""
        if self.refusal is None and self.held is None and getattr(self._state, "held", False):
            self.connection().execute("PRAGMA query_only = 0")
            self._state.held = False

    def raise_typed(self, exc: Exception):
        """Raise `exc` as the typed error it stands for (or as itself)."""
        if self.refusal is not None and "readonly" in str(exc):
            raise self.refusal from exc
        if self.held is not None and "readonly" in str(exc):
            raise self.held from exc
        typed = explain(exc, self.file_path)
        if typed is None:
            raise exc
        raise typed from exc

    def execute_sql(self, sql, params=None, *args, **kwargs):
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except OperationalError as exc:
            self.raise_typed(exc)

    def begin(self, *args, **kwargs):
        self._allow_again()  # a worker's connection opened while writes were held
        try:
            return super().begin(*args, **kwargs)
        except OperationalError as exc:
            self.raise_typed(exc)

    def commit(self):
        try:
            return super().commit()
        except OperationalError as exc:
            self.raise_typed(exc)

    def rollback(self):
        try:
            return super().rollback()
        except OperationalError as exc:
            if "no transaction is active" not in str(exc):  # SQLite already rolled back
                raise
