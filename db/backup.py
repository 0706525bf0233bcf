"""Online backups through SQLite's backup API (safe while the database is open)."""

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from db.connection import quick_check, readonly_uri


def online_backup(db: SqliteDatabase, dest: Path, part: Path | None = None) -> Path:
    """Copy the open database to `dest` (written as `part`, renamed when checked)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = part or dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(part)
        try:
            db.connection().backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except sqlite3.Error as exc:  # a full disk or a pulled stick surfaces as an SQLite error
        for leftover in (part, part.with_name(part.name + "-journal"), part.with_name(part.name + "-wal")):
            leftover.unlink(missing_ok=True)  # the copy and its rollback journal: nothing half-written stays
        raise OSError(str(exc)) from exc
    verdict = quick_check(part)
    if verdict != "ok":
        part.unlink(missing_ok=True)
        raise OSError(f"backup failed its integrity check: {verdict}")
    part.replace(dest)
    return dest


def copy_file_database(src: Path, dest: Path, timeout: float = 10) -> None:
    """Copy a database with the backup API. `dest` may be a database other
    connections have open: SQLite's locking makes them see the copied pages."""
    source = sqlite3.connect(readonly_uri(src), uri=True)
    try:
        target = sqlite3.connect(dest, timeout=timeout)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def describe(path: Path) -> dict:
    """What a backup file holds: its migrations and site (read-only; {} if not GridDesk)."""
    con = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"schema_migration", "meta"} <= tables:
            return {}
        migrations = [r[0] for r in con.execute("SELECT name FROM schema_migration")]
        site = con.execute("SELECT value FROM meta WHERE key = 'site_uuid'").fetchone()
        return {"migrations": migrations, "site_uuid": site[0] if site else None}
    finally:
        con.close()
