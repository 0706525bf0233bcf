"""Choices after a database failed to open: which backups of this site exist, and
opening without a damaged write-ahead log once a copy of everything is saved.

A log SQLite would silently cut short (db/walcheck.py) is never dropped without the
clerk's word: the window asks (restore the newest backup, or this), the command line
needs `check --discard-damaged-log`.
"""

import datetime as dt
import logging
import shutil
from pathlib import Path

from app.backup_folders import site_folder, site_of

logger = logging.getLogger(__name__)

COMPANIONS = ("", "-wal", "-shm")


def set_aside_damaged_log(db_path: Path) -> Path:
    """Copy the database with its log into the site's backups folder, then remove the log
    (and its index) so the file opens as it was at its last checkpoint. Returns the copy's folder."""
    db_path = Path(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    keep = site_folder(db_path, site_of(db_path)) / f"damaged-log-{stamp}"
    keep.mkdir(parents=True, exist_ok=True)
    for suffix in COMPANIONS:
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            shutil.copy2(source, keep / source.name)
    for suffix in ("-wal", "-shm", ".checked"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    logger.warning("damaged write-ahead log set aside in %s", keep.name)
    return keep


def backups_hint(db_path: Path) -> str:
    """What to say about this site's backups after a failed open (empty when there are none)."""
    from app.backups import list_backups

    found = list_backups(db_path)
    if not found:
        return ""
    return (f"本站有 {len(found)} 份备份（最新：{found[0].name}），"
            "可在窗口中选择恢复，或用 restore 命令恢复（不带备份文件名时列出它们）。")


def damage_found(db_path: Path, cancelled=None) -> str | None:
    """The integrity check that a start skipped (a damaged page that kept the file's size and
    time, or a file not closed cleanly): SQLite's complaint, or None. Safe on a worker thread
    while the window reads and writes; `cancelled()` ends it early."""
    from db.connection import quick_check

    verdict = quick_check(Path(db_path), cancelled)
    return None if verdict == "ok" else verdict


def check_running_error(db_path: Path):
    """What a write says while the check after an unclean shutdown runs."""
    from db.errors import IntegrityCheckRunning

    return IntegrityCheckRunning(
        f"上次 GridDesk 没有正常关闭，正在检查数据库 {Path(db_path).name} 的完整性（窗口底部显示“正在检查数据库完整性…”），"
        "检查完成前不能保存修改。请等检查完成后再保存一次；刚才的修改没有保存。")


def stop_writes(db, db_path: Path, verdict: str):
    """No write reaches a database found damaged after start; each refused one says why."""
    from db.errors import DatabaseDamaged

    error = DatabaseDamaged(
        f"后台完整性检查发现数据库 {Path(db_path).name} 已损坏（{verdict}）。为免损坏扩大，已停止保存修改。"
        "请关闭 GridDesk 后重新启动，按提示从备份恢复（或运行 restore 命令）。", detail=verdict)
    db.refuse_writes(error)
    logger.error("damage found after start: writes stopped")
    return error
