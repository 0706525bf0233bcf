"""Online backups through SQLite's backup API (safe while the database is open)."""

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from db.connection import quick_check


def online_backup(db: SqliteDatabase, dest: Path) -> Path:
    """Copy the open database to `dest` (written as .part, renamed when checked)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    target = sqlite3.connect(part)
    try:
        db.connection().backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    verdict = quick_check(part)
    if verdict != "ok":
        part.unlink(missing_ok=True)
        raise OSError(f"backup failed its integrity check: {verdict}")
    part.replace(dest)
    return dest


def copy_file_database(src: Path, dest: Path) -> None:
    """Copy a closed database file with the backup API (used by restore)."""
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
