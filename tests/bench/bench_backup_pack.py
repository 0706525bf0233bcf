"""Packed backups (app/backup_archive.py): compression ratio, time to back up, verify and restore.

    .venv/bin/python tests/bench/bench_backup_pack.py --db FILE --out DIR [--full]

FILE is only read (opened `immutable`, read-only: the shared cache files may be used). Without
--full the cache file itself is packed into DIR (the online backup's plain copy is what the code
before wrote too: its time is the "before" figure of a backup and is measured with --full), read
back whole (the verify), and the packed file deleted. With --full (needs room for two copies):
the real path — backups.backup's archive.write from FILE (online backup, quick_check, pack,
verify, rename) — then backups.restore of it into DIR, each timed, and everything deleted.
"""

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.environ.get("PYTHONPATH") or str(Path(__file__).resolve().parents[2]))

from peewee import SqliteDatabase  # noqa: E402

from db.connection import readonly_uri  # noqa: E402


def timed(func):
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def pack_only(source: Path, folder: Path) -> None:
    from app import backup_archive as archive

    packed = folder / "packed.sqlite3.gz"
    try:
        seconds, _ = timed(lambda: archive.pack(source, packed, info(source)))
        report(source.stat().st_size, packed.stat().st_size, "pack", seconds)
        seconds, verdict = timed(lambda: archive.verify(packed))
        print(f"verify (unpack, SHA-256): {seconds:.1f} s, {verdict}")
    finally:
        packed.unlink(missing_ok=True)


def info(source: Path) -> dict:
    """The header's site and migrations, read `immutable` (no -shm or -wal made beside a shared file)."""
    con = sqlite3.connect(readonly_uri(source) + "&immutable=1", uri=True)
    try:
        site = con.execute("SELECT value FROM meta WHERE key = 'site_uuid'").fetchone()
        return {"site_uuid": site[0] if site else None,
                "migrations": [r[0] for r in con.execute("SELECT name FROM schema_migration")]}
    finally:
        con.close()


def full(source: Path, folder: Path, plain: bool = False) -> None:
    """`plain`: what the code before did (online backup and quick_check; runs on main's code too)."""
    from app import backups
    from db.backup import online_backup

    db = SqliteDatabase(readonly_uri(source) + "&immutable=1", uri=True)
    dest, target = folder / f"griddesk-bench.sqlite3{'' if plain else '.gz'}", folder / "恢复 #1.sqlite3"
    try:
        if plain:
            seconds, _ = timed(lambda: online_backup(db, dest))
            report(dest.stat().st_size, dest.stat().st_size, "plain backup (copy, quick_check)", seconds)
        else:
            from app import backup_archive as archive

            seconds, written = timed(lambda: archive.write(db, dest))
            report(written["size"], dest.stat().st_size, "backup (copy, quick_check, pack, verify)", seconds)
        seconds, _ = timed(lambda: backups.restore(dest, target))
        print(f"restore into a new file ({'' if plain else 'unpack + SHA-256, '}quick_check, copy): {seconds:.1f} s")
    finally:
        db.close()
        for path in (dest, target, *folder.glob("backups/*/*"), *folder.glob("*.part")):
            path.unlink(missing_ok=True)


def report(plain: int, packed: int, what: str, seconds: float) -> None:
    print(f"database {plain / 1e9:.3f} GB -> packed {packed / 1e9:.3f} GB (ratio {packed / plain:.3f}); "
          f"{what}: {seconds:.1f} s ({plain / 1e6 / seconds:.0f} MB/s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="packed backups: ratio and time")
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--plain", action="store_true", help="with --full: the plain backup of the code before")
    args = parser.parse_args(argv)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="备份 #1 %20 ", dir=args.out) as tmp:
        os.environ.setdefault("GRIDDESK_DATA_DIR", tmp)
        if args.full:
            full(Path(args.db), Path(tmp), args.plain)
        else:
            pack_only(Path(args.db), Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
