"""Backups that leave the PC (备份到U盘, `backup --out DIR`): age-encrypted to this site's
own key and to the district's, with the bundles' age code (app/exchange/agestream.py).

Local backups (backups/ beside the database) are packed but not encrypted
(app/backup_archive.py): they never leave the PC. A copy for a stick or for safekeeping at
the district holds complete ID numbers, so it is encrypted: this site restores it
with its own key (read from the database, or from a local backup when the database
is lost), the district with its key. The file is `griddesk-<site>-<time>.sqlite3.age`: the
packed form of a local backup (app/backup_archive.py, a gzip) encrypted, so decrypted it is a
`.sqlite3.gz` that `restore` (or gunzip) reads.
"""

import contextlib
import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pyrage
from pyrage import x25519

from app import backup_archive as archive
from app.backup_folders import part_path, remove_stale_parts, site_folder, site_of
from app.backups import backup_dir, restore
from app.errors import BackupError
from app.exchange import agestream, identity
from app.exchange.keys import SiteKeys
from app.files import write_whole
from db.backup import describe, online_backup
from db.connection import readonly_uri
from db.medium import explain
from db.models import Site, SiteKey

logger = logging.getLogger(__name__)

SUFFIX = ".sqlite3.age"


def recipients() -> list[x25519.Recipient]:
    """This site's own key, and the district's when this site is not the district itself."""
    mine = identity.my_keys()
    found = [mine.identity.to_public()]
    district = Site.select().where((Site.level == "district") & (Site.uuid != mine.site_id)).first()
    key = SiteKey.get_or_none(SiteKey.site_uuid == district.uuid) if district else None
    if key is not None and key.revoked_at is None:
        found.append(x25519.Recipient.from_str(key.age_recipient))
    return found


def backup_to(db, db_path: Path, out_dir: Path) -> Path:
    """An encrypted backup in `out_dir` (a stick): checked plain copy first, then encrypted."""
    out_dir, keys = Path(out_dir), recipients()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    site = identity.my_keys().site_id
    if not out_dir.is_dir():
        raise BackupError(f"找不到文件夹 {out_dir}：请插好U盘，选择U盘上的文件夹后重试。")
    plain = _scratch(db_path, site, stamp)
    packed = part_path(plain.with_name(f"offsite-{stamp}.sqlite3{archive.SUFFIX}"))
    try:
        online_backup(db, plain, part_path(plain))
        archive.pack(plain, packed, describe(plain))
        if (verdict := archive.verify(packed)) != "ok":
            raise OSError(f"backup failed its check after packing: {verdict}")
        target = out_dir / f"griddesk-{site[:8]}-{stamp}{SUFFIX}"
        write_whole(target, lambda part: _encrypt(packed, part, keys), what=f"加密备份 {target.name}",
                    error=BackupError)
    except OSError as exc:  # the plain copy on this PC
        typed = explain(exc, plain)
        raise BackupError(f"备份失败：{typed.message}" if typed else
                          f"备份失败（{exc}）：请检查 {backup_dir(db_path)} 的剩余空间后重试。") from exc
    finally:
        plain.unlink(missing_ok=True)
        packed.unlink(missing_ok=True)
    logger.info("encrypted backup written to %d recipient(s)", len(keys))
    return target


def restore_encrypted(backup_file: Path, db_path: Path) -> Path | None:
    """Decrypt with this site's key into a local part file, then restore it as any backup."""
    backup_file, db_path = Path(backup_file), Path(db_path)
    identities = _my_identities(db_path)
    if not identities:
        raise BackupError("找不到本站的密钥（数据库和本机备份都无法读取），不能解密这个备份。"
                          "请把它交给区级管理员，用区级的密钥恢复。")
    remove_stale_parts(db_path)
    plain = _scratch(db_path, site_of(db_path) or "restore", "decrypted")
    try:
        with open(backup_file, "rb") as src, open(plain, "wb") as dst:
            pyrage.decrypt_io(src, dst, identities)
        return restore(plain, db_path)
    except pyrage.DecryptError as exc:
        raise BackupError(f"{backup_file.name} 不是用本站的密钥加密的备份，或文件已损坏，不能恢复。"
                          "请选择本站的加密备份（.sqlite3.age）。") from exc
    finally:
        plain.unlink(missing_ok=True)


def _scratch(db_path: Path, site: str, stamp: str) -> Path:
    """A plain copy's place while it is made: the site's local backups folder, as a part
    file (removed at the next start if this run is killed)."""
    folder = site_folder(db_path, site)
    folder.mkdir(parents=True, exist_ok=True)
    return part_path(folder / f"offsite-{stamp}.sqlite3")


def _encrypt(plain: Path, part: Path, keys: list) -> None:
    with open(plain, "rb") as src, open(part, "wb") as dst:
        agestream.encrypt(src, agestream.HashingWriter(dst), keys)


def _my_identities(db_path: Path) -> list:
    """This site's age identity: from this PC's key store (app/exchange/keystore.py), the site
    named by the database or, when it cannot be read, by its newest readable local backup; an
    older database may still hold the keys itself (before they move to the key store)."""
    from app.backups import list_backups
    from app.exchange import keystore

    for source in (db_path, *list_backups(db_path)):
        with contextlib.suppress(sqlite3.Error, ValueError, KeyError, OSError, archive.Damaged):
            meta = _meta(source)
            stored = keystore.load(meta["site_uuid"]) if "site_uuid" in meta else None
            if stored or meta.get("site_keys"):
                return [SiteKeys.from_json(stored or meta["site_keys"]).identity]
    return []


def _meta(source: Path) -> dict:
    """The site and (in an older database) its keys: a packed backup's site from its header."""
    if archive.is_packed(source):
        return {"site_uuid": archive.header(source)["site_uuid"]}
    con = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        return dict(con.execute("SELECT key, value FROM meta WHERE key IN ('site_uuid', 'site_keys')"))
    finally:
        con.close()
