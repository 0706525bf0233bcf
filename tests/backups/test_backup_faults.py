"""Backups belong to one site; interrupted backups and restores leave no partial copy of
personal data behind; a full disk says so and names the folder."""

import sqlite3

import pytest

from app import backups
from app.errors import BackupError
from app.session import close_session, open_session
from db.connection import quick_check
from tests.fault_helpers import (
    ODD,
    add_bulk,
    cli,
    fill,
    kill_when,
    make_site,
    says_disk_full,
    site_copy_on,
    small_disk,
    start_cli,
)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / ODD
    path.mkdir()
    return path


def test_two_databases_in_one_folder_keep_their_own_backups(folder, tmp_path):
    data = tmp_path / "data"
    first = make_site(folder / "城关.sqlite3", data)
    second = make_site(folder / "东关.sqlite3", data, name="东关街道办事处", org="611002002")
    session = open_session(first)
    mine = backups.backup_now(session.db, first, "manual")
    close_session()
    session = open_session(second)
    assert backups.last_backup(second) is None  # the other database's backup is not "上次备份"
    assert backups.daily_backup(session.db, second) is not None  # and does not skip its own
    close_session()
    assert backups.list_backups(first) == [mine]
    with pytest.raises(BackupError, match="另一个站点"):
        backups.restore(mine, second)
    done = cli("restore", "--db", str(second), data=data)
    assert mine.name not in done.stdout


def test_a_killed_backup_leaves_a_part_that_the_next_backup_removes(folder, tmp_path):
    data = tmp_path / "data"
    db = make_site(folder / "城关.sqlite3", data)
    add_bulk(db, 60)
    proc = start_cli("backup", "--db", str(db), data=data)
    at_kill = kill_when(proc, folder / "backups", "*.part")
    assert at_kill, "the kill did not land while the backup was being written"
    assert all(p.exists() for p in at_kill)  # what a killed backup leaves: a partial copy
    listed = cli("restore", "--db", str(db), data=data)
    assert ".part" not in listed.stdout
    done = cli("backup", "--db", str(db), data=data)
    assert done.returncode == 0, done.stderr
    assert not list((folder / "backups").rglob("*.part*"))
    assert quick_check(db) == "ok"


def test_a_killed_restore_leaves_the_database_whole_and_no_partial_safety_copy(folder, tmp_path):
    data = tmp_path / "data"
    db = make_site(folder / "城关.sqlite3", data)
    add_bulk(db, 60)
    assert cli("backup", "--db", str(db), data=data).returncode == 0
    backup = next((folder / "backups").rglob("griddesk-*manual.sqlite3.gz"))
    proc = start_cli("restore", "--db", str(db), str(backup), data=data)
    at_kill = kill_when(proc, folder / "backups", "before-restore-*")
    assert at_kill, "the kill did not land while the current database was being kept aside"
    assert quick_check(db) == "ok"  # the database itself is whole
    done = cli("check", "--db", str(db), data=data)  # the next start
    assert done.returncode == 0, done.stderr
    assert not [p for p in folder.rglob("*") if ".part" in p.name or ".restoring" in p.name]
    for copy in (folder / "backups").rglob("before-restore-*"):
        backups.check_backup(copy)  # every safety copy that is listed is a whole one


def test_restore_onto_a_full_disk_says_so_and_leaves_no_partial_file(tmp_path):
    with small_disk(8192) as disk:  # a new site's file is 2 MiB: room for it and one backup, then filled
        db, data = site_copy_on(disk, tmp_path)
        done = cli("backup", "--db", str(db), data=data)
        assert done.returncode == 0, done.stderr
        backup = next((disk / "backups").rglob("griddesk-*.sqlite3.gz"))
        before = db.read_bytes()
        fill(disk)
        says_disk_full(cli("restore", "--db", str(db), str(backup), data=data), disk)
        assert db.read_bytes() == before
        assert not [p for p in disk.rglob("*") if ".part" in p.name or "restoring" in p.name]
        assert not list((disk / "backups").rglob("before-restore-*"))


def test_a_backup_onto_a_full_disk_says_so(tmp_path):
    with small_disk(4096) as disk:  # a new site's file is 2 MiB
        db, data = site_copy_on(disk, tmp_path)
        assert fill(disk, leave=300 * 1024) < db.stat().st_size  # room to open it, not to copy it
        says_disk_full(cli("backup", "--db", str(db), data=data), disk)
        assert not [p for p in disk.rglob("*") if ".part" in p.name]
        (disk / "filler.bin").unlink()
        with sqlite3.connect(db) as con:
            assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
