"""Where a database's backups live, and the partial files an interrupted one leaves.

Backups belong to one site: `backups/<site uuid>/` beside the database, so two
databases kept in one folder never see, count or restore each other's backups.
The site of a database is read from the file itself, or — when the file cannot be
read (a damaged header, a 0-byte file) — from `<database>.site`, a one-line note
written each time the database opens. Backups written before site folders existed
(directly in `backups/`) still count for the site they hold.

A file being written is named `<final>.<pid>.part`; a run killed midway leaves one
holding a full copy of personal data. `remove_stale_parts` deletes those of
processes that no longer run, at the next backup and at every start.
"""

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from app.paths import backup_dir
from db.backup import describe

logger = logging.getLogger(__name__)

SITE_NOTE = ".site"


def site_note(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SITE_NOTE)


def remember_site(db_path: Path, site_uuid: str | None) -> None:
    """Note the site beside the database (for when the file itself can no longer be read)."""
    note = site_note(db_path)
    with contextlib.suppress(OSError):  # a read-only medium: the file itself still says it
        if site_uuid and (not note.exists() or note.read_text(encoding="utf-8").strip() != site_uuid):
            note.write_text(site_uuid + "\n", encoding="utf-8")


def site_of(db_path: Path) -> str | None:
    """The site a database belongs to: from the file, else from its note, else None."""
    with contextlib.suppress(sqlite3.Error, OSError):
        site = describe(Path(db_path)).get("site_uuid") if Path(db_path).is_file() else None
        if site:
            return site
    with contextlib.suppress(OSError):
        return site_note(db_path).read_text(encoding="utf-8").strip() or None
    return None


def site_folder(db_path: Path, site_uuid: str | None) -> Path:
    """This site's backups folder (the shared `backups/` for a database without a site)."""
    root = backup_dir(db_path)
    return root / site_uuid if site_uuid else root


def part_path(final: Path, kind: str = "part") -> Path:
    """Where `final` is written before it is complete: named by this process."""
    return final.with_name(f"{final.name}.{os.getpid()}.{kind}")


def writer_alive(path: Path) -> bool:
    pid = path.name.rsplit(".", 2)[-2] if path.name.count(".") >= 2 else ""
    if not pid.isdigit():  # named before parts carried their writer
        return False
    if int(pid) == os.getpid():  # this process: another thread may be writing it now
        return True
    if os.name == "nt":  # a file still being written cannot be deleted there
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_parts(db_path: Path) -> list[Path]:
    """Delete the partial backups, safety copies and restores of interrupted runs."""
    root = backup_dir(db_path)
    db_path = Path(db_path)
    found = [*root.glob("*.part*"), *root.glob("*/*.part*"), *db_path.parent.glob(db_path.name + ".*.restoring*")]
    removed = []
    for path in found:
        if not writer_alive(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    if removed:
        logger.info("removed %d partial file(s) of interrupted backups or restores", len(removed))
    return removed
