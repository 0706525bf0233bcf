"""Schema version check and migrations, run once when a database is opened.

Migrations are the numbered scripts in db/migrations/ (peewee's
playhouse.migrations runner), each applied in its own transaction and recorded
in `schema_migration`. `PRAGMA user_version` mirrors the count so other tools
can read it. A database that has applied a migration this build does not know
was written by a newer GridDesk and is refused. A backup is taken before any
migration of an existing database.
"""

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase
from playhouse.migrations import Runner

from db import context, rollup, search_index, triggers
from db.connection import check_file, foreign_error, open_database
from db.errors import DatabaseReadOnly, DatabaseTooNew, DiskFull, MigrationFailed
from db.hlc import ZERO, HybridClock

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def known_migrations() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


SCHEMA_VERSION = len(known_migrations())


@dataclass
class OpenResult:
    db: SqliteDatabase
    schema_version: int
    applied: list[str] = field(default_factory=list)
    backup: Path | None = None


def open_and_migrate(
    path: Path | str,
    *,
    create: bool = False,
    backup_before_migrate: Callable[[SqliteDatabase], Path] | None = None,
    defer_check: bool = False,
) -> OpenResult:
    """Open, refuse a newer schema, back up, migrate, install triggers, start the clock.
    defer_check: see open_database; a file that needs migrating is checked first all the same."""
    db = open_database(path, create=create, defer_check=defer_check)
    try:
        return _bootstrap(db, Path(path), create, backup_before_migrate)
    except DatabaseError:
        if not getattr(db, "unclean", False):
            raise
        db.close()  # a file opened without its check could not be read: the check says why
        check_file(Path(path))
        raise


def _bootstrap(db: SqliteDatabase, path: Path, create: bool,
               backup_before_migrate: Callable[[SqliteDatabase], Path] | None) -> OpenResult:
    if not create and not db.table_exists("schema_migration"):
        db.close()
        raise foreign_error(Path(path))
    runner = Runner(db, str(MIGRATIONS_DIR))
    status = runner.status()
    unknown = [m.name for m in status if m.path is None]
    if unknown:
        db.close()
        raise DatabaseTooNew(
            "这个数据库由更新版本的 GridDesk 写入（未知的结构版本："
            f"{', '.join(unknown)}）。请先把 GridDesk 升级到最新版本再打开它。"
        )
    pending = [m for m in status if not m.applied]
    if pending and getattr(db, "unclean", False):  # never migrate a file nobody has checked
        _check_before_migrating(db, path)
    backup = None
    if pending and any(m.applied for m in status) and backup_before_migrate is not None:
        backup = backup_before_migrate(db)
    applied = _migrate(db, runner, backup) if pending else []
    with db.atomic():
        refresh_triggers(db)
        refresh_rollups(db)
        if schema_version(db) != SCHEMA_VERSION:
            db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    start_clock(db)
    return OpenResult(db=db, schema_version=SCHEMA_VERSION, applied=applied, backup=backup)


def _check_before_migrating(db: SqliteDatabase, path: Path) -> None:
    try:
        check_file(path)
    except Exception:
        db.close()
        raise
    db.unclean, db.checked_at_open = False, True


def _migrate(db: SqliteDatabase, runner: Runner, backup: Path | None) -> list[str]:
    """Apply the pending migrations; one that fails leaves the schema as it was."""
    try:
        return runner.up()
    except (DiskFull, DatabaseReadOnly):  # the medium, not the migration: say what it is
        db.close()
        raise
    except Exception as exc:
        db.close()
        logger.exception("migration failed")
        where = f"升级前的备份在 {backup}。" if backup else ""
        raise MigrationFailed(f"数据库结构升级失败（{type(exc).__name__}），数据库保持升级前的状态。{where}"
                              "请把日志文件发给技术支持；在此之前请继续使用旧版本 GridDesk。",
                              detail=str(exc)) from exc


def refresh_triggers(db: SqliteDatabase) -> bool:
    """Re-create the triggers when their definition (schema + this build's rules) changed."""
    digest = hashlib.sha256("\n".join(triggers.trigger_sql(db)).encode()).hexdigest()
    row = db.execute_sql("SELECT value FROM meta WHERE key = 'triggers_sha256'").fetchone()
    if row is not None and row[0] == digest:
        return False
    before = _installed(db)
    triggers.install(db)
    if row is not None:  # the rules changed on an existing file: re-index what is now indexed differently
        after = _installed(db)
        for name in search_index.INDEXES:
            if _of_index(before, name) != _of_index(after, name):
                search_index.rebuild(db, name)
    db.execute_sql("INSERT OR REPLACE INTO meta (key, value) VALUES ('triggers_sha256', ?)", (digest,))
    return True


def _installed(db: SqliteDatabase) -> dict[str, str]:
    return dict(db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())


def _of_index(installed: dict[str, str], index: str) -> dict[str, str]:
    """A search index's own triggers: only a change of these re-indexes it (at 1m a rebuild takes minutes)."""
    return {k: v for k, v in installed.items() if k.startswith(index + "_")}


def refresh_rollups(db: SqliteDatabase) -> bool:
    """Recount the roll-ups when their definition changed (and right after migration 0026 made them)."""
    if not db.table_exists("rollup_request"):
        return False
    row = db.execute_sql("SELECT value FROM meta WHERE key = 'rollup_sha256'").fetchone()
    stale = rollup.stale(row[0] if row else None)
    if not stale:
        return False
    rollup.rebuild(db, stale)
    db.execute_sql("INSERT OR REPLACE INTO meta (key, value) VALUES ('rollup_sha256', ?)", (rollup.digest(),))
    return True


def start_clock(db: SqliteDatabase) -> HybridClock:
    """Resume the version clock past every stamp this database has seen."""
    row = db.execute_sql("SELECT max(version) FROM change_log").fetchone()
    clock = HybridClock(row[0] or ZERO)
    context.current.clock = clock
    return clock


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]
