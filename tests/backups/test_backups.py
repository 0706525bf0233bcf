"""Daily and manual backups, a bounded number kept, restore refusing a bad file."""

import sqlite3

import pytest

from app import backup_archive, backups
from app.errors import BackupError
from app.session import close_session, open_session
from db.models import Person


def test_daily_backup_once_a_day_and_checked(session, db_path):
    first = backups.daily_backup(session.db, db_path)
    assert first is not None and backups.verdict(first) == "ok" and first.name.endswith(".sqlite3.gz")
    assert backups.daily_backup(session.db, db_path) is None
    assert backups.last_backup(db_path) == first
    assert first.parent == db_path.parent / "backups" / session.site.uuid  # the site's own folder


def test_only_the_last_2_manual_ones_are_kept(session, db_path):
    made = [backups.backup_now(session.db, db_path, "manual") for _ in range(5)]
    kept = backups.list_backups(db_path)
    assert kept == made[:-3:-1]  # the retention (tests/backups/test_backup_retention.py has the rest)


def test_restore_brings_back_the_data_and_keeps_the_current_file(session, db_path, tmp_path):
    Person.create(name="恢复前已有")
    backup = backups.backup_now(session.db, db_path, "manual")
    Person.create(name="备份后新增")
    close_session()
    safety = backups.restore(backup, db_path)
    assert safety is not None and safety.exists()
    open_session(db_path)
    names = {p.name for p in Person.select()}
    assert names == {"恢复前已有"}
    close_session()
    plain = tmp_path / "安全副本.sqlite3"
    backup_archive.unpack_to(safety, plain)  # packed like every backup
    with sqlite3.connect(plain) as con:  # nothing lost: the replaced state is kept
        assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 2


def test_restore_refuses_a_damaged_backup(session, db_path, tmp_path):
    Person.create(name="保留")
    close_session()
    bad = tmp_path / "griddesk-bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match="未通过完整性检查"):
        backups.restore(bad, db_path)
    assert db_path.read_bytes() == before
    with pytest.raises(BackupError, match="找不到"):
        backups.restore(tmp_path / "missing.sqlite3", db_path)


def test_an_unwritable_backup_folder_gives_a_clear_message(session, db_path):
    (db_path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(BackupError, match="剩余空间和写入权限"):
        backups.backup_now(session.db, db_path)
