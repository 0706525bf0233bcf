"""Faults of the medium a database lives on: read-only media and files, a full disk.

SQLite reports these as text ("attempt to write a readonly database", "database or
disk is full"), and a failed COMMIT is then hidden by peewee's ROLLBACK ("cannot
rollback - no transaction is active"). `explain()` turns the first into typed
errors whose message names the folder and says what to do; `GuardedDatabase`
(db/guarded.py) applies it to every statement.
"""

import errno
import os
import shutil
from pathlib import Path

from db.errors import DatabaseReadOnly, DiskFull, StorageError

FULL_TEXTS = ("database or disk is full", "disk is full", "no space left")
READ_ONLY_TEXTS = ("readonly", "read-only", "read only file system")


def existing(folder: Path) -> Path:
    """`folder`, or its nearest ancestor that exists (a folder not made yet lives there)."""
    folder = Path(folder).absolute()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def medium_read_only(folder: Path) -> bool:
    """The file system holding `folder` is mounted read-only (a CD, a write-protected stick)."""
    try:
        return bool(os.statvfs(existing(folder)).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # Windows has no statvfs: the write itself will say
        return False


def read_only_reason(path: Path) -> str | None:
    """Why `path` cannot be written (medium, folder or file), or None when it can."""
    path = Path(path)
    if medium_read_only(path.parent):
        return (f"数据库所在的磁盘或U盘（{path.parent}）是只读的，只能查看和导出，不能保存修改。"
                "请把数据库复制到本机硬盘上再录入，或取消U盘的写保护。")
    if path.exists() and not os.access(path, os.W_OK):
        return (f"数据库文件 {path.name} 是只读的（文件属性或权限），只能查看和导出，不能保存修改。"
                f"请在文件属性中取消“只读”，或让管理员给你 {path.parent} 的写入权限。")
    if not os.access(existing(path.parent), os.W_OK):
        return (f"没有文件夹 {existing(path.parent)} 的写入权限，只能查看和导出，不能保存修改。"
                "请让管理员给你这个文件夹的写入权限，或把数据库复制到你能写入的文件夹。")
    return None


def read_only_error(path: Path) -> DatabaseReadOnly:
    reason = read_only_reason(path) or (f"数据库 {Path(path).name} 当前不能写入。"
                                        "请检查文件属性和文件夹权限后重试。")
    return DatabaseReadOnly(reason)


def disk_full_error(folder: Path, what: str = "") -> DiskFull:
    subject = f"无法写入{what}：" if what else ""
    return DiskFull(f"{subject}磁盘空间不足，{folder} 所在的磁盘已满。本次操作没有保存任何内容；"
                    "请删除不需要的文件或换一个文件夹后重试。")


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    return any(text in str(exc).lower() for text in FULL_TEXTS)


def is_read_only(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return True
    return any(text in str(exc).lower() for text in READ_ONLY_TEXTS)


def explain(exc: BaseException, path: Path) -> StorageError | None:
    """A typed error for a write that failed because of the medium, else None. Follows the
    chain, so a COMMIT's "disk is full" hidden behind a failed ROLLBACK is still found."""
    seen = exc
    while seen is not None:
        if isinstance(seen, StorageError):
            return seen
        if is_disk_full(seen):
            return disk_full_error(Path(path).parent)
        if is_read_only(seen):
            return read_only_error(path)
        seen = seen.__cause__ or seen.__context__
    return None


def frozen_uri(path: Path) -> str:
    """A database on a read-only medium: SQLite cannot make its -shm file there, so it is
    opened as immutable (nothing else can be writing to a CD or a write-protected stick)."""
    from db.connection import readonly_uri

    return readonly_uri(path) + "&immutable=1"


def frozen_quick_check(path: Path) -> str:
    import sqlite3

    try:
        con = sqlite3.connect(frozen_uri(path), uri=True)
        try:
            return con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def refuse_frozen_log(path: Path) -> None:
    """Opened as immutable, a database would ignore its write-ahead log: refuse instead."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        from db.errors import DatabaseUnreadable

        raise DatabaseUnreadable(f"数据库 {path.name} 在只读的磁盘或U盘上，而且带着未合并的日志文件 {wal.name}，"
                                 "在只读介质上无法正确读取。请把数据库和同名的 -wal 文件一起复制到本机硬盘后再打开。")


def nearly_full(folder: Path, margin: int = 128 * 1024) -> bool:
    """Less room than SQLite needs to open a file (its shared-memory index alone is 32 KiB):
    SQLite then says only "disk I/O error" or "unable to open"."""
    try:
        return shutil.disk_usage(existing(folder)).free < margin  # also on Windows (no statvfs)
    except OSError:
        return False


def explain_os_error(exc: OSError, db_path: Path) -> StorageError | None:
    """A file operation beside the database (a kept PDF, an attachment) that failed because the
    medium is full or read-only; the folder named is the one that was written."""
    where = Path(exc.filename).parent if exc.filename else Path(db_path).parent
    if is_disk_full(exc):
        return disk_full_error(existing(where))
    if exc.errno == errno.EROFS:
        return DatabaseReadOnly(f"{existing(where)} 所在的磁盘或U盘是只读的，只能查看和导出，不能保存修改。"
                                "请把数据库复制到本机硬盘上再操作，或取消U盘的写保护。")
    return None
