"""Backups: a daily one on start, manual ones, the last 14 kept, restore with checks.

Files are named griddesk-YYYYMMDD-HHMMSS[-reason].sqlite3 (local time) in the
`backups` folder beside the database. Every backup is written through SQLite's
online backup API and passes `quick_check` before it counts.
"""

import datetime as dt
import logging
import shutil
from pathlib import Path

from peewee import SqliteDatabase

from app.errors import BackupError
from app.paths import backup_dir as backup_dir  # re-exported for the CLI
from db.backup import copy_file_database, online_backup
from db.connection import quick_check

logger = logging.getLogger(__name__)

KEEP = 14
PATTERN = "griddesk-*.sqlite3"


def backup_now(db: SqliteDatabase, db_path: Path, reason: str = "") -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]
    name = f"griddesk-{stamp}{'-' + reason if reason else ''}.sqlite3"
    folder = backup_dir(db_path)
    try:
        path = online_backup(db, folder / name)
    except OSError as exc:
        raise BackupError(
            f"备份失败：{exc}。请检查 {folder} 所在磁盘的剩余空间和写入权限后重试。"
        ) from exc
    logger.info("backup written: %s", path.name)
    prune(folder)
    return path


def list_backups(db_path: Path) -> list[Path]:
    """Newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(PATTERN), key=lambda p: p.name, reverse=True)


def prune(folder: Path, keep: int = KEEP) -> list[Path]:
    files = sorted(folder.glob(PATTERN), key=lambda p: p.name, reverse=True)
    removed = files[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def last_backup(db_path: Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def daily_backup(db: SqliteDatabase, db_path: Path) -> Path | None:
    """Back up unless one was already made today."""
    today = dt.date.today().strftime("%Y%m%d")
    newest = last_backup(db_path)
    if newest is not None and newest.name.startswith(f"griddesk-{today}"):
        return None
    return backup_now(db, db_path, "daily")


def newest_good_backup(db_path: Path) -> Path | None:
    for path in list_backups(db_path):
        if quick_check(path) == "ok":
            return path
    return None


def restore(backup_file: Path, db_path: Path) -> Path | None:
    """Replace the (closed) database with a checked backup.

    The current file, if it can still be read, is kept first as a
    before-restore backup; nothing is lost. Returns that safety copy.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    if not backup_file.is_file():
        raise BackupError(f"找不到备份文件：{backup_file}。请检查路径。")
    verdict = quick_check(backup_file)
    if verdict != "ok":
        raise BackupError(f"备份文件 {backup_file.name} 未通过完整性检查（{verdict}），不能用于恢复。请选择另一个备份。")
    safety = _keep_current(db_path)
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    copy_file_database(backup_file, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp.replace(db_path)
    logger.info("database restored from %s", backup_file.name)
    return safety


def _keep_current(db_path: Path) -> Path | None:
    if not db_path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]
    dest = backup_dir(db_path) / f"before-restore-{stamp}.sqlite3"
    dest.parent.mkdir(parents=True, exist_ok=True)
    if quick_check(db_path) == "ok":
        copy_file_database(db_path, dest)
    else:  # damaged: keep the raw bytes for a specialist, WAL included
        shutil.copy2(db_path, dest)
        wal = Path(str(db_path) + "-wal")
        if wal.exists():
            shutil.copy2(wal, Path(str(dest) + "-wal"))
    return dest
