"""Backups: a daily one on start, manual ones, a bounded retention (app/backup_retention.py:
the documented depth within 3× the database), restore with checks.

Files are named griddesk-YYYYMMDD-HHMMSS-mmm[-reason].sqlite3.gz (local time) in the
site's own folder `backups/<site uuid>/` beside the database (app/backup_folders.py).
Every backup is written through SQLite's online backup API as a part file, passes
`quick_check`, is packed (app/backup_archive.py), read back and checked before it counts;
a restore refuses another site's backup. Plain `.sqlite3` backups of older builds still
list, check and restore.
"""

import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from app import backup_archive as archive
from app import backup_retention as retention
from app.backup_folders import part_path, remember_site, remove_stale_parts, site_folder, site_of
from app.errors import BackupError
from app.paths import backup_dir as backup_dir  # re-exported for the CLI
from db.backup import copy_file_database, describe
from db.connection import quick_check, refuse_unopenable
from db.errors import StorageError
from db.medium import explain
from db.schema import known_migrations

logger = logging.getLogger(__name__)

PATTERNS = ("griddesk-*.sqlite3", "griddesk-*.sqlite3" + archive.SUFFIX)


@dataclass
class BackupResult:
    path: Path
    removed: list[Path] = field(default_factory=list)  # older backups the retention let go
    warnings: list[str] = field(default_factory=list)  # Chinese, what to do: over the bound, disk short


def backup_now(db: SqliteDatabase, db_path: Path, reason: str = "", now: dt.datetime | None = None) -> Path:
    return backup(db, db_path, reason, now).path


def backup(db: SqliteDatabase, db_path: Path, reason: str = "", now: dt.datetime | None = None) -> BackupResult:
    """Write a checked backup named by `now` (local time; the clock is passed in by tests), then prune."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")[:-3]
    name = f"griddesk-{stamp}{'-' + reason if reason else ''}.sqlite3{archive.SUFFIX}"
    site = _site_in(db)
    folder = site_folder(db_path, site)
    remember_site(db_path, site)  # so its backups are found even when the file cannot be read
    remove_stale_parts(db_path)
    try:
        path, written = folder / name, archive.write(db, folder / name)
    except OSError as exc:
        typed = explain(exc, folder / name)
        raise BackupError(f"备份失败：{typed.message}" if typed else
                          f"备份失败：{exc}。请检查 {folder} 所在磁盘的剩余空间和写入权限后重试。") from exc
    logger.info("backup written: %s", path.name)
    removed, warnings = retention.prune(folder, written["size"])  # the database's size: what a copy holds
    return BackupResult(path, removed, warnings)


def _site_in(db: SqliteDatabase) -> str | None:
    row = db.execute_sql("SELECT value FROM meta WHERE key = 'site_uuid'").fetchone()
    return row[0] if row else None


def list_backups(db_path: Path) -> list[Path]:
    """This site's backups, newest first."""
    site = site_of(db_path)
    folder, root = site_folder(db_path, site), backup_dir(db_path)
    found = [p for pattern in PATTERNS for p in folder.glob(pattern)] if folder.is_dir() else []
    if site and root.is_dir():  # written before backups had a folder per site
        found += [p for pattern in PATTERNS for p in root.glob(pattern) if _site_of_backup(p) == site]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _site_of_backup(path: Path) -> str | None:
    try:
        return _describe(path).get("site_uuid")
    except (sqlite3.Error, archive.Damaged, OSError):
        return None


def _describe(path: Path) -> dict:
    return archive.header(path) if archive.is_packed(path) else describe(path)


def verdict(path: Path) -> str:
    """'ok' or why not: a packed backup is unpacked and its SHA-256 compared, a plain one quick_checked."""
    try:
        return archive.verify(path) if archive.is_packed(path) else quick_check(path)
    except OSError as exc:
        return str(exc)


def recent(db_path: Path, kind: str, minutes: int) -> Path | None:
    """The newest backup of `kind` taken within the last `minutes` (by its name's time), or None."""
    since = (dt.datetime.now() - dt.timedelta(minutes=minutes)).strftime("%Y%m%d-%H%M%S")
    for path in list_backups(db_path):  # newest first
        if retention.kind_of(path) == kind:
            return path if path.stem.split("-", 1)[1][:15] >= since else None
    return None


def last_backup(db_path: Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def daily_backup(db: SqliteDatabase, db_path: Path, now: dt.datetime | None = None) -> Path | None:
    done = daily(db, db_path, now)
    return done.path if done else None


def daily(db: SqliteDatabase, db_path: Path, now: dt.datetime | None = None) -> BackupResult | None:
    """Back up unless one was already made today (`now`'s day)."""
    today = (now or dt.datetime.now()).strftime("%Y%m%d")
    newest = last_backup(db_path)
    if newest is not None and newest.name.startswith(f"griddesk-{today}"):
        return None
    return backup(db, db_path, "daily", now)


def newest_good_backup(db_path: Path) -> Path | None:
    for path in list_backups(db_path):
        if verdict(path) == "ok":
            return path
    return None


def check_backup(backup_file: Path, name: str = "") -> dict:
    """Refuse anything that is not a sound GridDesk database this build can open (`name`: the
    backup's own name when `backup_file` is its unpacked copy)."""
    if not backup_file.is_file():
        raise BackupError(f"找不到备份文件：{backup_file}。请检查路径。")
    name = name or backup_file.name
    found = verdict(backup_file)
    if found != "ok":
        raise damaged(name, found)
    try:
        info = _describe(backup_file)
    except (sqlite3.Error, archive.Damaged) as exc:
        raise BackupError(f"无法读取备份文件 {name}（{exc}）。请选择另一个备份。") from exc
    if not info or not info.get("site_uuid"):
        raise BackupError(f"{name} 不是 GridDesk 站点的备份（可能是空文件或其他数据库），不能用于恢复。")
    unknown = sorted(set(info["migrations"]) - set(known_migrations()))
    if unknown:
        raise BackupError(f"{name} 由更新版本的 GridDesk 写入，请先升级 GridDesk 再恢复。")
    return info


def damaged(name: str, verdict: str) -> BackupError:
    return BackupError(f"备份文件 {name} 已损坏，未通过完整性检查（{verdict}），不能用于恢复。"
                       "请选择另一个备份（restore 命令不带文件名时列出本站的备份及是否可用）。")


def restore(backup_file: Path, db_path: Path) -> Path | None:
    """Bring back a checked backup of this site; returns the safety copy of what it replaced.

    A readable current database is overwritten in place through SQLite's backup
    API, so a window that still has it open sees the restored data instead of
    writing on into a deleted file. A damaged one is kept aside and replaced.
    Every copy is written as a part file first: a full disk or a kill leaves none.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    if not db_path.parent.is_dir():
        raise BackupError(f"文件夹 {db_path.parent} 不存在，无法恢复到那里。请检查 --db 路径。")
    if backup_file.is_file() and archive.is_packed(backup_file):
        return _restore_packed(backup_file, db_path)
    return _restore_plain(backup_file, db_path)


def _restore_packed(backup_file: Path, db_path: Path) -> Path | None:
    """Unpacked beside the database through a part file (its SHA-256 checked on the way), then
    restored as a plain one; another site's backup is refused before anything is unpacked."""
    try:
        refuse_other_site(archive.header(backup_file), backup_file, db_path)
        remove_stale_parts(db_path)
        plain = part_path(db_path.with_name(db_path.name + ".unpacked"), "restoring")
        archive.unpack_to(backup_file, plain)
    except archive.Damaged as exc:
        raise damaged(backup_file.name, str(exc)) from exc
    except OSError as exc:
        raise _restore_failed(exc, db_path, None) from exc
    try:
        return _restore_plain(plain, db_path, backup_file.name)
    finally:
        plain.unlink(missing_ok=True)


def _restore_plain(backup_file: Path, db_path: Path, name: str = "") -> Path | None:
    refuse_other_site(check_backup(backup_file, name), Path(name) if name else backup_file, db_path)
    remove_stale_parts(db_path)
    safety, sound = None, db_path.exists() and _sound(db_path)
    try:
        safety = _keep_current(db_path, sound)
        if sound:
            copy_file_database(backup_file, db_path)
        else:
            _replace_file(backup_file, db_path)
    except (sqlite3.Error, OSError) as exc:
        raise _restore_failed(exc, db_path, safety) from exc
    logger.info("database restored from %s", name or backup_file.name)
    return safety


def refuse_other_site(info: dict, backup_file: Path, db_path: Path) -> None:
    current = site_of(db_path)
    if current and info.get("site_uuid") != current:
        raise BackupError(f"{backup_file.name} 是另一个站点（编号 {str(info.get('site_uuid'))[:8]}…）的备份，"
                          f"不是数据库 {db_path.name} 的，不能恢复到这里。请选择本站的备份。")


def _restore_failed(exc: BaseException, db_path: Path, safety: Path | None) -> BackupError:
    kept = f"恢复前的数据库已另存为 {safety}。" if safety else "数据库没有改动。"
    if "locked" in str(exc):
        return BackupError(f"恢复失败：数据库正被其他程序占用，请关闭 GridDesk 窗口后重试。{kept}")
    typed = explain(exc, db_path)
    if typed is not None:
        return BackupError(f"恢复失败：{typed.message}{kept}")
    return BackupError(f"恢复失败（{exc}）：请检查磁盘空间和写入权限后重试。{kept}")


def _replace_file(backup_file: Path, db_path: Path) -> None:
    tmp = part_path(db_path, "restoring")
    try:
        copy_file_database(backup_file, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm", ".checked"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp.replace(db_path)


def _sound(db_path: Path) -> bool:
    """Readable as it is: header, write-ahead log and pages (a damaged one is replaced whole)."""
    try:
        refuse_unopenable(db_path)
    except StorageError:
        return False
    return quick_check(db_path) == "ok"


def _rollback_journal(path: Path) -> None:
    """A copy in WAL mode would make -wal and -shm files beside it whenever it is read."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()


def _keep_current(db_path: Path, sound: bool) -> Path | None:
    if not db_path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]
    dest = site_folder(db_path, site_of(db_path)) / f"before-restore-{stamp}.sqlite3"
    dest.parent.mkdir(parents=True, exist_ok=True)
    part, wal = part_path(dest), Path(str(db_path) + "-wal")
    try:
        if sound:  # packed like every backup: the safety copy counts in the 3× too
            copy_file_database(db_path, part)
            _rollback_journal(part)
            archive.seal(part, packed := dest.with_name(dest.name + archive.SUFFIX), describe(part))
            return packed
        shutil.copy2(db_path, part)  # damaged: keep the raw bytes for a specialist, WAL included
        if wal.exists():
            shutil.copy2(wal, Path(str(dest) + "-wal"))
        part.replace(dest)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return dest
