"""One database connection bootstrap: open, pragmas, integrity check.

The integrity check (`PRAGMA quick_check`, which reads the whole file: 0.7 s for
400 MB) runs on every open except when the file is exactly as GridDesk left it
at its last clean close — same size and modification time (recorded in
`<file>.checked`), no write-ahead log left over. A crash, a copy, a restore or
any other program's write changes that and brings the full check back; the
daily backup checks its copy in full too.

Models are bound to `database` (a peewee DatabaseProxy) before the path is
known; `open_database()` initialises it. Schema checks and migrations live in
db/schema.py.
"""

import contextlib
import json
import logging
import sqlite3
from pathlib import Path
from urllib.parse import quote

from peewee import DatabaseError, DatabaseProxy, OperationalError, SqliteDatabase

from db.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseUnreadable,
    NotADatabase,
    StorageError,
)
from db.guarded import GuardedDatabase
from db.medium import (
    disk_full_error,
    frozen_quick_check,
    frozen_uri,
    medium_read_only,
    nearly_full,
    read_only_error,
    refuse_frozen_log,
)
from db.search_index import bigrams, chars

logger = logging.getLogger(__name__)

database = DatabaseProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -32000,
    "recursive_triggers": 1,  # so REPLACE fires the delete guard instead of silently deleting
}


def readonly_uri(path: Path | str) -> str:
    """A read-only SQLite URI for a file. The path is percent-encoded, so a `#`, `%` or `?` in a
    folder name (3#网格, 1#楼) stays part of the path instead of cutting it; the authority is
    always empty (`file:///C:/…`, `file:////server/share/…` for a network share)."""
    posix = Path(path).absolute().as_posix()
    return "file://" + quote(posix if posix.startswith("/") else "/" + posix, safe="/:") + "?mode=ro"


def quick_check(path: Path, cancelled=None) -> str:
    """'ok' or SQLite's first complaint; never raises for a damaged file. `cancelled()` (checked
    every few thousand steps) ends it early with 'interrupted'."""
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True, timeout=5)
        if cancelled is not None:
            con.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
            return row[0] if row else "no answer"
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _clean_mark(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _fingerprint(path: Path) -> str:
    stat = path.stat()
    return json.dumps([stat.st_size, stat.st_mtime_ns])


def closed_cleanly(path: Path) -> bool:
    """The file is exactly as GridDesk left it at its last clean close (same size and
    modification time, no write-ahead log left over): its integrity check can be skipped.
    A copied, restored, crashed or otherwise touched file is checked in full."""
    mark, wal = _clean_mark(path), path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return False
        return mark.read_text(encoding="utf-8") == _fingerprint(path)
    except OSError:
        return False


def remove_files(path: Path) -> None:
    """Delete a database file with its companions (write-ahead log, shared memory, rollback
    journal, clean-close mark): for a file that was only just made (a cancelled or failed creation)."""
    for suffix in ("", "-wal", "-shm", "-journal", ".checked"):
        with contextlib.suppress(OSError):  # a read-only medium: nothing was made there
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def remember_clean_close(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: the next start checks in full
        _clean_mark(path).write_text(_fingerprint(path), encoding="utf-8")


def open_database(path: Path | str, *, create: bool = False, check: bool = True,
                  defer_check: bool = False) -> SqliteDatabase:
    """Open (or with create=True, create) the SQLite file and bind the models to it. With
    defer_check, a file not closed cleanly is opened at once and marked `unclean`: the window
    checks it in the background and holds writes until the check is done (ui/integrity.py)."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseUnreadable(f"{path} 是一个文件夹，不是数据库文件。请选择 .sqlite3 文件。")
    if not path.exists() and not create:
        raise DatabaseMissing(f"找不到数据库文件：{path}。请检查路径，或先用 init 命令创建站点。")
    if not path.exists() and medium_read_only(path.parent):
        raise read_only_error(path)
    if path.exists() and not create:
        refuse_unopenable(path)  # never writes: an empty file, a broken header, a damaged log
    frozen = path.exists() and medium_read_only(path.parent)  # a CD, a write-protected stick
    if frozen:
        refuse_frozen_log(path)
    checked, unclean = not path.exists(), False  # a new file has nothing to check
    if path.exists() and check and not closed_cleanly(path):
        with contextlib.suppress(OSError):  # a read-only medium keeps its mark
            _clean_mark(path).unlink(missing_ok=True)
        unclean = defer_check and not frozen
        if not unclean:
            check_file(path, frozen)
            checked = True
    if not frozen:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = GuardedDatabase(str(path), file_path=path, uri=frozen_uri(path) if frozen else None, pragmas=PRAGMAS,
                         timeout=5)
    db.checked_at_open = checked  # False: the window checks in the background (ui/integrity.py)
    db.unclean = unclean  # True: not closed cleanly and not checked yet; writes wait for the check
    db.register_function(bigrams, "gd_bigrams", 1, deterministic=True)
    db.register_function(chars, "gd_chars", 1, deterministic=True)
    try:
        db.connect(reuse_if_open=True)
    except OperationalError as exc:
        raise _translate(exc, path) from exc
    except DatabaseError:
        if unclean:  # opened without its check and unreadable: the check says why
            check_file(path)
        raise
    database.initialize(db)
    return db


def check_file(path: Path, frozen: bool = False) -> None:
    """The integrity check: raises the typed error for a damaged or unreadable file."""
    verdict = frozen_quick_check(path) if frozen else quick_check(path)
    if verdict != "ok":
        _raise_damaged(path, verdict)


_frozen: set[int] = set()  # connections whose file must close exactly as it was (no statistics update)


def keep_statistics() -> None:
    """The open database closes without `PRAGMA optimize` (after a refused import)."""
    if database.obj is not None:
        _frozen.add(id(database.obj))


def refuse_unopenable(path: Path) -> None:
    from db.walcheck import check_header, check_wal

    check_header(path)
    check_wal(path)
    refuse_foreign(path)


def refuse_foreign(path: Path) -> None:
    """Refuse, read only, a valid SQLite file that is not GridDesk's (another program's
    database): before the connection's pragmas would switch it to WAL and leave -wal/-shm
    files beside it. A file whose tables cannot be read yet (damaged, locked) is left to the
    integrity check that follows."""
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True, timeout=5)
        try:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return
    if "schema_migration" not in tables:
        raise foreign_error(path)


def foreign_error(path: Path) -> NotADatabase:
    return NotADatabase(f"{path.name} 不是 GridDesk 数据库（可能是空文件、复制中断的文件或其他软件的数据库），"
                        "程序没有改动它。请选择正确的文件，或从备份恢复。")


def close_database() -> None:
    obj = database.obj
    if obj is not None and not obj.is_closed():
        if id(obj) not in _frozen:
            with contextlib.suppress(OperationalError, StorageError):  # read-only or locked: it can wait
                obj.execute_sql("PRAGMA optimize")  # keeps the planner's statistics current
        _frozen.discard(id(obj))
        obj.close()
        path = Path(obj.database)
        if getattr(obj, "unclean", False):  # closed before its check ended: the next start checks again
            return
        if path.exists() and not closed_cleanly(path) and not path.with_name(path.name + "-wal").exists():
            remember_clean_close(path)


def _raise_damaged(path: Path, verdict: str) -> None:
    if ("disk I/O" in verdict or "unable to open" in verdict) and nearly_full(path.parent):
        raise disk_full_error(path.parent)
    if "unable to open" in verdict or "disk I/O" in verdict or "readonly" in verdict:
        raise DatabaseUnreadable(f"无法读取数据库 {path}（{verdict}）：请检查磁盘、U盘或网络盘是否可用，"
                                 "以及是否有读取权限。文件本身未被改动。")
    if "not a database" in verdict or "file is encrypted" in verdict:
        raise NotADatabase(f"文件 {path.name} 不是 GridDesk 数据库（{verdict}）。请选择正确的文件。")
    if "locked" in verdict:
        raise DatabaseLocked(f"数据库 {path.name} 正被其他程序占用，请关闭其他 GridDesk 窗口后重试。")
    raise DatabaseDamaged(
        f"数据库 {path.name} 已损坏（{verdict}）。请从最近的备份恢复（restore 命令或首次启动向导）。",
        detail=verdict,
    )


def _translate(exc: Exception, path: Path) -> Exception:
    text = str(exc)
    if ("disk I/O" in text or "unable to open" in text) and nearly_full(path.parent):
        return disk_full_error(path.parent)
    if "locked" in text:
        return DatabaseLocked(f"数据库 {path.name} 正被其他程序占用，请关闭其他 GridDesk 窗口后重试。")
    if "unable to open" in text or "disk I/O" in text or "readonly" in text:
        return DatabaseUnreadable(f"无法打开数据库文件 {path}（{text}）：请检查文件夹是否存在、磁盘是否可用、是否有写入权限。")
    return DatabaseDamaged(f"无法打开数据库 {path.name}：{text}", detail=text)
