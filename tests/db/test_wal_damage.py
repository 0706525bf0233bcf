"""Damage the start-up check cannot see: a write-ahead log SQLite would silently cut short
(real WAL files with flipped bytes) and a broken header beside good backups."""

import random
import shutil
import sqlite3
from argparse import Namespace

import pytest

from app import backups
from app.session import close_session, open_session
from db.connection import database
from db.errors import NotADatabase, WalDamaged
from db.models import Person
from tests.fault_helpers import ODD, cli
from ui import settings as opts
from ui import startup
from ui.dialogs.recovery import DamagedLogOffer, RestoreOffer

WRITES = 60


def persons(path) -> int:
    with sqlite3.connect(path) as con:
        count = con.execute("SELECT count(*) FROM person").fetchone()[0]
    con.close()
    return count


def crash_image(session, db_path, folder, name="崩溃 #1.sqlite3", checkpoint_after=None):
    """The database and its log as a crash leaves them: 60 committed writes still in the log."""
    site_uuid = session.site.uuid
    close_session()  # the schema and the site are checkpointed into the file
    session = open_session(db_path)
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    backups.backup_now(session.db, db_path, "manual")
    for i in range(WRITES):
        if i == checkpoint_after:
            database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        Person.create(name=f"写入{i}")
    folder.mkdir(exist_ok=True)
    copy = folder / name
    for suffix in ("", "-wal"):
        shutil.copy(str(db_path) + suffix, str(copy) + suffix)
    shutil.copytree(db_path.parent / "backups", folder / "backups", dirs_exist_ok=True)
    (folder / (name + ".site")).write_text(site_uuid)
    return copy


def flip(wal, offsets) -> None:
    data = bytearray(wal.read_bytes())
    for offset in offsets:
        data[offset] ^= 0xFF
    wal.write_bytes(bytes(data))


def what_sqlite_keeps(copy, tmp_path) -> int:
    probe = tmp_path / "probe.sqlite3"
    shutil.copy(copy, probe)
    shutil.copy(str(copy) + "-wal", str(probe) + "-wal")
    return persons(probe)


@pytest.fixture
def image(session, db_path, tmp_path):
    copy = crash_image(session, db_path, tmp_path / ODD)
    close_session()
    assert what_sqlite_keeps(copy, tmp_path) == WRITES + 0  # the log holds every write
    return copy


@pytest.mark.parametrize("where", ["frames", "header"])
def test_a_damaged_log_is_refused_before_sqlite_drops_committed_writes(image, tmp_path, where):
    wal = image.with_name(image.name + "-wal")
    size = wal.stat().st_size
    offsets = [0] if where == "header" else random.Random(7).sample(range(32, size // 3), 64)
    flip(wal, offsets)
    assert what_sqlite_keeps(image, tmp_path) < WRITES  # the fault is real: SQLite alone loses writes
    before = wal.read_bytes()
    with pytest.raises(WalDamaged) as info:
        open_session(image)
    assert "预写日志" in info.value.message and "restore" in info.value.message
    assert wal.read_bytes() == before  # nothing was written over the damaged log
    done = cli("check", "--db", str(image), data=tmp_path / "data")
    assert done.returncode == 1 and "预写日志" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_healthy_log_and_one_that_restarted_open_with_every_write(session, db_path, tmp_path):
    copy = crash_image(session, db_path, tmp_path / ODD, checkpoint_after=30)
    close_session()
    open_session(copy)
    assert Person.select().where(Person.name.startswith("写入")).count() == WRITES


def test_check_can_set_a_damaged_log_aside_after_saving_a_copy(image, tmp_path):
    wal = image.with_name(image.name + "-wal")
    flip(wal, [0])
    damaged = wal.read_bytes()
    done = cli("check", "--db", str(image), "--discard-damaged-log", data=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    kept = next(image.parent.joinpath("backups").rglob("damaged-log-*"))
    assert (kept / wal.name).read_bytes() == damaged and (kept / image.name).exists()


def test_the_window_offers_restore_or_opening_without_the_log(qtbot, image, tmp_path, monkeypatch):
    flip(image.with_name(image.name + "-wal"), [0])
    backup = backups.newest_good_backup(image)
    box = DamagedLogOffer("日志已损坏", backup)
    qtbot.addWidget(box)
    assert box.restore_button.isVisible() or box.restore_button.text()
    assert box.discard_button.text()
    monkeypatch.setattr(DamagedLogOffer, "choose", classmethod(lambda cls, m, b, parent=None: cls.DISCARD))
    session = startup.open_with_recovery(image)
    assert session.site.name == "商州区测试站"
    assert list(image.parent.joinpath("backups").rglob("damaged-log-*"))


def test_the_window_restores_over_a_damaged_log_when_asked(image, monkeypatch):
    flip(image.with_name(image.name + "-wal"), [0])
    monkeypatch.setattr(DamagedLogOffer, "choose", classmethod(lambda cls, m, b, parent=None: cls.RESTORE))
    startup.open_with_recovery(image)
    assert Person.select().where(Person.name.startswith("写入")).count() == 0  # the backup, before the writes
    kept = list(image.parent.joinpath("backups").rglob("before-restore-*-wal"))
    assert kept, "the damaged file's log was not kept for a specialist"


def test_an_empty_file_is_never_written_to(tmp_path):
    path = tmp_path / ODD
    path.mkdir()
    empty = path / "空 #1.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(NotADatabase, match="0 字节"):
        open_session(empty)
    assert empty.stat().st_size == 0 and not empty.with_name(empty.name + "-wal").exists()


@pytest.mark.parametrize("damage", ["magic", "page size", "empty"])
def test_a_broken_header_beside_good_backups_offers_restore(session, db_path, damage, monkeypatch, tmp_path):
    backups.backup_now(session.db, db_path, "manual")
    close_session()
    data = bytearray(db_path.read_bytes())
    if damage == "magic":
        data[0:6] = b"XXXXXX"
    elif damage == "page size":
        data[16:18] = b"\x00\x03"
    else:
        data = bytearray()
    db_path.write_bytes(bytes(data))
    done = cli("check", "--db", str(db_path), data=tmp_path / "data")
    assert done.returncode == 1 and "本站有 1 份备份" in done.stderr, done.stderr
    offered = []
    monkeypatch.setattr(RestoreOffer, "ask", classmethod(lambda cls, msg, b, parent=None: offered.append(b) or True))
    session = startup.open_with_recovery(db_path)
    assert offered and session.site.name == "商州区测试站"


def test_a_start_on_a_file_of_no_site_with_no_backups_shows_the_message(tmp_path, monkeypatch):
    path = tmp_path / "别的.sqlite3"
    path.write_bytes(b"")
    shown = []
    monkeypatch.setattr(startup, "show_fatal", shown.append)
    with pytest.raises(startup.Stop):
        startup.start_session(Namespace(db=str(path)), None, opts.Settings())
    assert "0 字节" in shown[0]
