"""Opening the office's database: bootstrap, this site's identity, the writer context."""

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from app import backups
from app.backup_folders import remember_site, remove_stale_parts
from app.errors import NotFound
from db import context
from db.connection import close_database, database, remove_files
from db.errors import DatabaseDamaged, NotADatabase
from db.models import KeyValue, OrgUnit, Site
from db.schema import OpenResult, open_and_migrate

logger = logging.getLogger(__name__)

SITE_KEY = "site_uuid"
LEGACY_KEYS = "site_keys"  # secret keys, kept here before the key store (app/exchange/key_move.py)


@dataclass
class Session:
    db_path: Path
    db: SqliteDatabase
    opened: OpenResult

    @property
    def site(self) -> Site:
        return local_site()


def open_session(db_path: Path | str, *, create: bool = False, defer_check: bool = False) -> Session:
    """Open (migrating with a backup first if needed) and set this site as the writer.
    defer_check: the window's start; a file not closed cleanly is checked in the background."""
    db_path = Path(db_path)
    try:
        result = open_and_migrate(
            db_path, create=create, defer_check=defer_check,
            backup_before_migrate=lambda db: backups.backup_now(db, db_path, "before-migrate"),
        )
    except (DatabaseDamaged, NotADatabase) as exc:
        from app.recovery import backups_hint

        exc.message = f"{exc.message}{backups_hint(db_path)}"
        exc.args = (exc.message,)
        raise
    site_id = get_value(SITE_KEY)
    context.set_writer(site_id=site_id or "")
    remember_site(db_path, site_id)
    remove_stale_parts(db_path)
    if get_value(LEGACY_KEYS) is not None:  # an older database: its secret keys move to the key store
        from app.exchange.key_move import move_out
        move_out(db_path)
    if site_id and result.applied:  # a site created before a catalogue existed gets the defaults
        from app.orders.catalogue import seed_reference
        seed_reference()
    return Session(db_path=db_path, db=result.db, opened=result)


def close_session() -> None:
    close_database()


def remove_database(path: Path) -> None:
    """Close and delete a database file with its companions: one only just made (a cancelled or failed creation)."""
    close_session()
    remove_files(Path(path))


def thread_connection() -> sqlite3.Connection | None:
    """This thread's own SQLite connection (peewee opens one per thread), if a database is set:
    what a worker thread interrupts to cancel its task."""
    obj = database.obj
    return None if obj is None else obj.connection()


def close_thread_connection() -> None:
    """Close this thread's own SQLite connection (peewee keeps one per thread): a worker thread's, when it ends."""
    obj = database.obj
    if obj is not None:
        try:
            obj.close()
        except Exception:  # noqa: BLE001 - nothing to close or already gone
            logger.debug("worker connection close failed", exc_info=True)


def get_value(key: str, default: str | None = None) -> str | None:
    row = KeyValue.get_or_none(KeyValue.key == key)
    return row.value if row else default


def set_value(key: str, value: str) -> None:
    KeyValue.insert(key=key, value=value).on_conflict_replace().execute()


def local_site() -> Site:
    site_id = get_value(SITE_KEY)
    site = Site.get_or_none(Site.uuid == site_id) if site_id else None
    if site is None:
        raise NotFound("这个数据库还没有站点信息。请先运行首次启动向导或 init 命令创建站点。")
    return site


def local_unit() -> OrgUnit:
    """The org unit this site works for."""
    return local_site().org_unit


def require_site(db_path: Path) -> None:
    """A database without its site (a creation that was cut short) cannot be used: say what it is."""
    if not has_site() or Site.get_or_none(Site.uuid == get_value(SITE_KEY)) is None:
        raise NotFound(f"数据库 {Path(db_path).name} 里没有站点信息，可能是创建站点或生成演示数据时被中断留下的文件。"
                       "请把这个文件移走或删除后重新启动 GridDesk（会运行首次启动向导），或从备份恢复。")


def has_site() -> bool:
    return get_value(SITE_KEY) is not None
