"""Moving the secret keys of an older database out of it (run on every open).

Before keys moved to the key store, the secret keys sat as JSON in meta
`site_keys`. On open they go to this PC's key store (keystore.py), the row is
replaced by the public half and erased with `secure_delete`; the write-ahead log
is truncated, and when the bytes still show in the file (a stale copy in a page's
free space) the file is vacuumed. The backups beside the database get the same
treatment, so no copy on this PC keeps the secret in clear.
"""

import logging
import sqlite3
from pathlib import Path

from app import backup_archive as archive
from app.backup_folders import part_path
from app.exchange import keystore
from app.exchange.identity import PUBLIC
from app.exchange.keys import SiteKeys
from app.paths import backup_dir
from app.session import LEGACY_KEYS as LEGACY
from db.connection import database

logger = logging.getLogger(__name__)

_CHUNK = 1 << 20


def move_out(db_path: Path | str) -> bool:
    """Move this database's secret keys to the key store; scrub its backups. True if it moved any."""
    db = database.obj
    keys = _take_out(db.execute_sql, lambda: db.atomic())
    if keys is None:
        return False
    _erase(Path(db_path), keys, lambda sql: db.execute_sql(sql))
    for backup in _backups(Path(db_path)):
        scrub_packed(backup) if archive.is_packed(backup) else scrub_file(backup)
    logger.info("site keys moved out of the database into the key store")
    return True


def scrub_file(path: Path) -> bool:
    """The same for a database file that is not open (a backup)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        keys = _take_out(con.execute, lambda: _Transaction(con))
        if keys is not None:
            _erase(path, keys, con.execute)
    except sqlite3.DatabaseError:
        logger.warning("could not check %s for keys", path.name)
        return False
    finally:
        con.close()
    return keys is not None


def scrub_packed(path: Path) -> bool:
    """A packed backup (app/backup_archive.py): unpacked to a part file, scrubbed, packed again
    in its place through another part file."""
    plain, part = part_path(path.with_name(path.name.removesuffix(archive.SUFFIX))), part_path(path)
    try:
        info = archive.unpack_to(path, plain)
        if not scrub_file(plain):
            return False
        archive.pack(plain, part, {"site_uuid": info.get("site_uuid"), "migrations": info.get("migrations", [])})
        part.replace(path)
        return True
    except (archive.Damaged, OSError):
        logger.warning("could not check %s for keys", path.name)
        return False
    finally:
        plain.unlink(missing_ok=True)
        part.unlink(missing_ok=True)


def _take_out(execute, transaction) -> SiteKeys | None:
    row = execute("SELECT value FROM meta WHERE key = ?", (LEGACY,)).fetchone()
    if row is None:
        return None
    keys = SiteKeys.from_json(row[0])
    if keystore.load(keys.site_id) is None:
        keystore.save(keys.site_id, row[0])
    execute("PRAGMA secure_delete = ON")
    with transaction():
        execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (PUBLIC, keys.public().to_json()))
        execute("DELETE FROM meta WHERE key = ?", (LEGACY,))
    return keys


def _erase(path: Path, keys: SiteKeys, execute) -> None:
    execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if holds_secret(path, keys):
        execute("VACUUM")
        execute("PRAGMA wal_checkpoint(TRUNCATE)")


def secrets_of(keys: SiteKeys) -> list[bytes]:
    """The byte strings that would give the secret away: the JSON's seed and age identity."""
    import json

    data = json.loads(keys.to_json())
    return [data["sign_seed"].encode("ascii"), data["age_identity"].encode("ascii")]


def holds_secret(path: Path, keys: SiteKeys) -> bool:
    needles = secrets_of(keys)
    overlap = max(len(n) for n in needles)
    tail = b""
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            window = tail + chunk
            if any(n in window for n in needles):
                return True
            tail = window[-overlap:]
    return False


def _backups(db_path: Path) -> list[Path]:
    """Every backup beside the database: its own site's folder and any older flat ones."""
    folder = backup_dir(db_path)
    return sorted([*folder.rglob("*.sqlite3"), *folder.rglob("*.sqlite3" + archive.SUFFIX)]) if folder.is_dir() else []


class _Transaction:
    def __init__(self, con: sqlite3.Connection):
        self.con = con

    def __enter__(self):
        self.con.execute("BEGIN")

    def __exit__(self, kind, *exc):
        self.con.execute("COMMIT" if kind is None else "ROLLBACK")
