"""Two programs on one file (the window and a CLI backup or import, or two windows).

SQLite lets one writer at a time. A transaction that begins DEFERRED reads first and asks for
the write lock only at its first write; if another program wrote in between, SQLite answers
"database is locked" at once — the busy timeout cannot help, because waiting would not make the
reader's snapshot current. So every write transaction here begins IMMEDIATE (peewee's
`lock_type`, the default of every `atomic()`): it takes the write lock before it reads and
waits for it within the busy timeout. A writer that still cannot write after that gets
DatabaseLocked with a message that says what to do, never the unexpected-error dialog.
"""

import time

from peewee import OperationalError, SqliteDatabase

from db.errors import DatabaseLocked

BUSY_SECONDS = 5.0  # the busy timeout (PRAGMA busy_timeout) and the patience of begin()
BUSY_MESSAGE = ("数据库正被另一个程序使用（另一个 GridDesk 窗口，或正在进行的备份、导入），等了 {seconds:g} 秒仍无法保存。"
                "请等它完成后再试一次；如一直如此，请关闭其他 GridDesk 窗口。刚才的修改没有保存。")


def is_busy(exc: Exception) -> bool:
    text = str(exc)
    return "database is locked" in text or "database is busy" in text


def busy_error(exc: Exception | None = None) -> DatabaseLocked:
    return DatabaseLocked(BUSY_MESSAGE.format(seconds=BUSY_SECONDS), detail=str(exc or ""))


class WriterDatabase(SqliteDatabase):
    """SqliteDatabase whose transactions begin IMMEDIATE and whose lock waits end in DatabaseLocked."""

    def __init__(self, database, **kwargs):
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(database, **kwargs)

    def begin(self, lock_type=None):
        """Retry within BUSY_SECONDS (SQLite may answer "locked" without waiting, e.g. while the
        other program recovers the write-ahead log); then DatabaseLocked."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                return super().begin(lock_type)
            except OperationalError as exc:
                if not is_busy(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise busy_error(exc) from exc
                time.sleep(0.05)

    def execute_sql(self, sql, params=None):
        """A statement outside a transaction that waited the whole busy timeout: DatabaseLocked.
        PRAGMAs keep peewee's error: their callers (bootstrap, close) handle it themselves."""
        try:
            return super().execute_sql(sql, params)
        except OperationalError as exc:
            if is_busy(exc) and sql.lstrip()[:6].upper() != "PRAGMA":
                raise busy_error(exc) from exc
            raise
