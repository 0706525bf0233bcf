"""Backups that leave the PC are age-encrypted to the site's own key and the district's;
restore reads them; both are packed (gzip), local backups not encrypted."""

import gzip
import sqlite3

import pyrage
import pytest
from PySide6.QtWidgets import QFileDialog

from app import backup_offsite, backups
from app.errors import BackupError
from app.exchange import identity
from app.session import close_session, open_session
from db.models import Person
from tests.exchange.test_exchange_sync import enrol_site
from tests.exchange_helpers import at
from tests.fault_helpers import cli
from ui import settings
from ui.main_window import MainWindow
from ui.runner import Runner


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "U盘 #1 %20"
    folder.mkdir()
    return folder


@pytest.fixture
def site(district, tmp_path):
    _, path = enrol_site(district, tmp_path, "城关街道", "subdistrict", "611002001")
    return path


def keys_of(path):
    with at(path):
        return identity.my_keys()


def test_a_backup_for_a_stick_opens_only_with_the_sites_or_the_districts_key(site, district, stick, tmp_path):
    with at(site):
        Person.create(name="身份证号完整的人")
        session = open_session(site)
        written = backup_offsite.backup_to(session.db, site, stick)
    assert written.parent == stick and written.name.endswith(".sqlite3.age")
    raw = written.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1") and "身份证号完整的人".encode() not in raw
    assert len(raw) < site.stat().st_size / 2  # packed before it is encrypted
    for key_owner in (site, district):
        packed = tmp_path / f"{key_owner.stem}-opened.sqlite3.gz"
        packed.write_bytes(pyrage.decrypt(raw, [keys_of(key_owner).identity]))  # packed like a local backup
        assert backups.verdict(packed) == "ok" and backups.check_backup(packed)["site_uuid"]
        assert gzip.decompress(packed.read_bytes()).startswith(b"SQLite format 3\x00")
    stranger = pyrage.x25519.Identity.generate()
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(raw, [stranger])


def test_restore_reads_an_encrypted_backup(site, stick, tmp_path):
    data = tmp_path / "data"
    done = cli("backup", "--db", str(site), "--out", str(stick), data=data)
    assert done.returncode == 0, done.stderr
    written = next(stick.glob("*.age"))
    with at(site):
        Person.create(name="备份之后")
    done = cli("restore", "--db", str(site), str(written), data=data)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(site) as con:
        assert con.execute("SELECT count(*) FROM person WHERE name = '备份之后'").fetchone()[0] == 0
    assert not [p for p in site.parent.rglob("*") if ".part" in p.name]


def test_local_backups_are_packed_not_encrypted(site):
    with at(site):
        session = open_session(site)
        local = backups.backup_now(session.db, site, "manual")
    assert gzip.decompress(local.read_bytes()).startswith(b"SQLite format 3\x00")


def test_another_sites_encrypted_backup_is_refused(site, district, stick, tmp_path):
    with at(district):
        session = open_session(district)
        written = backup_offsite.backup_to(session.db, district, stick)
    close_session()
    with pytest.raises(BackupError, match="不是用本站的密钥"):
        backup_offsite.restore_encrypted(written, site)


def test_the_window_backs_up_to_a_stick(site, stick, qtbot, monkeypatch):
    runner = Runner()
    try:
        with at(site):
            session = open_session(site)
            window = MainWindow(session, runner, settings.Settings())
            qtbot.addWidget(window)
            monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
            assert window.stick_backup_action.text()
            window.stick_backup_action.trigger()
            qtbot.waitUntil(lambda: "Encrypted backup written" in window.status.currentMessage(), timeout=20000)
    finally:
        runner.shutdown()
    written = next(stick.glob("*.age"))
    assert str(written) in window.status.currentMessage()
    packed = pyrage.decrypt(written.read_bytes(), [keys_of(site).identity])
    assert gzip.decompress(packed).startswith(b"SQLite format 3")
