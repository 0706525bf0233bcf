"""Packed backups (app/backup_archive.py): a standard gzip of the SQLite copy, its SHA-256 in the
header, checked before the rename; restore brings back the same bytes; damage is found at
verify and at restore with a Chinese message that says what to do; a full disk leaves no
partial file and the backups before it whole; plain backups of older builds still restore.
Real site files in folders named with Chinese, a space, # and %."""

import gzip
import hashlib
import sqlite3

import pytest

from app import backup_archive as archive
from app import backups
from app.errors import BackupError
from app.session import close_session, open_session
from db.backup import online_backup
from db.models import Person
from tests.fault_helpers import ODD, cli, fill, make_site, small_disk


@pytest.fixture
def site(tmp_path):
    """A closed site file with some people in it, in an odd folder."""
    folder = tmp_path / ODD
    folder.mkdir()
    path = make_site(folder / "城关 #1 %20.sqlite3", tmp_path / "data")
    open_session(path)
    for n in range(200):
        Person.create(name=f"居民{n:03d}号")
    close_session()
    return path




def without_counters(data: bytes) -> bytes:
    """The file but for the two header fields SQLite bumps on every write (change counter, version-valid-for)."""
    return data[:24] + data[28:92] + data[96:]


def names(db_path) -> list[str]:
    with sqlite3.connect(db_path) as con:
        return [r[0] for r in con.execute("SELECT name FROM person ORDER BY name")]


def test_a_packed_backup_restores_byte_for_byte_equal_content(site, tmp_path):
    session = open_session(site)
    packed = backups.backup_now(session.db, site, "manual")
    before = online_backup(session.db, tmp_path / "快照.sqlite3").read_bytes()  # the same copy, unpacked
    Person.create(name="备份之后新增")
    close_session()
    assert packed.name.endswith(".sqlite3.gz") and packed.read_bytes()[:2] == b"\x1f\x8b"
    assert gzip.decompress(packed.read_bytes()) == before  # any gunzip or 7-Zip opens it
    header = archive.header(packed)
    assert header["sha256"] == hashlib.sha256(before).hexdigest() and header["size"] == len(before)
    elsewhere = tmp_path / "新 #2 %41" / "恢复 #1.sqlite3"
    elsewhere.parent.mkdir()
    backups.restore(packed, elsewhere)
    assert without_counters(elsewhere.read_bytes()) == without_counters(before)
    safety = backups.restore(packed, site)
    assert "备份之后新增" not in names(site) and len(names(site)) == 200
    assert safety.name.endswith(".sqlite3.gz") and backups.verdict(safety) == "ok"  # the safety copy is packed too
    assert not [p for p in site.parent.rglob("*") if ".part" in p.name or "restoring" in p.name]


def test_a_plain_backup_of_an_older_build_still_lists_checks_and_restores(site, tmp_path):
    session = open_session(site)
    folder = backups.site_folder(site, session.site.uuid)
    old = online_backup(session.db, folder / "griddesk-20251201-080000-000-daily.sqlite3")
    packed = backups.backup_now(session.db, site, "manual")
    Person.create(name="备份之后新增")
    close_session()
    assert backups.list_backups(site) == [packed, old]
    assert backups.check_backup(old)["site_uuid"] and backups.verdict(old) == "ok"
    backups.restore(old, site)
    assert "备份之后新增" not in names(site) and len(names(site)) == 200


def damage(path, at: float) -> None:
    data = bytearray(path.read_bytes())
    data[int(len(data) * at)] ^= 0x55
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["flipped byte", "cut short"])
def test_a_damaged_backup_is_found_at_verify_and_at_restore(site, tmp_path, how):
    session = open_session(site)
    good = backups.backup_now(session.db, site, "daily")
    bad = backups.backup_now(session.db, site, "manual")
    close_session()
    if how == "flipped byte":
        damage(bad, 0.6)
    else:
        bad.write_bytes(bad.read_bytes()[: bad.stat().st_size // 2])
    assert backups.verdict(bad) != "ok" and backups.verdict(good) == "ok"
    assert backups.newest_good_backup(site) == good  # the window offers the intact one
    with pytest.raises(BackupError, match="已损坏.*请选择另一个备份"):
        backups.check_backup(bad)
    before = site.read_bytes()
    with pytest.raises(BackupError, match="已损坏.*请选择另一个备份"):
        backups.restore(bad, site)
    assert site.read_bytes() == before
    assert not [p for p in site.parent.rglob("*") if ".part" in p.name or "restoring" in p.name]
    listed = cli("restore", "--db", str(site), data=tmp_path / "data")
    assert f"{bad}  不可用" in listed.stdout and f"{good}  可用" in listed.stdout
    done = cli("restore", "--db", str(site), str(bad), data=tmp_path / "data")
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert "已损坏" in done.stderr and "Traceback" not in done.stderr


def test_a_full_disk_during_a_backup_leaves_no_partial_file_and_the_previous_backups_whole(tmp_path):
    source = make_site(tmp_path / "源.sqlite3", tmp_path / "data")
    con = sqlite3.connect(source)  # 3 MiB that do not pack: the packed copy is as big as the plain one
    with con:
        con.execute("INSERT INTO meta (key, value) VALUES ('test-noise', randomblob(3 << 20))")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with small_disk(16384) as disk:
        db = disk / "城关 #1.sqlite3"
        db.write_bytes(source.read_bytes())
        session = open_session(db)
        try:
            first = backups.backup_now(session.db, db, "daily")
            kept = {p: p.read_bytes() for p in backups.list_backups(db)}
            fill(disk, leave=db.stat().st_size + (512 << 10))  # room for the plain copy, not for it packed too
            with pytest.raises(BackupError, match="磁盘空间不足"):
                backups.backup_now(session.db, db, "manual")
        finally:
            close_session()
        assert not [p for p in disk.rglob("*") if ".part" in p.name]
        assert {p: p.read_bytes() for p in backups.list_backups(db)} == kept and backups.verdict(first) == "ok"
