"""Private keys at rest: never in the database, its write-ahead log or a backup; a 0600
file in a 0700 folder of this PC's data folder; an older database's keys moved out on
open; a copy opened with another data folder (another PC) has no usable keys and says so."""

import os
import shutil
import stat

import pytest

from app import backup_archive as archive
from app import backups
from app.errors import KeysMissing
from app.exchange import identity, keystore, outgoing
from app.exchange.key_move import holds_secret, secrets_of
from app.exchange.keys import SiteKeys
from app.session import LEGACY_KEYS, get_value, local_site, set_value
from db.connection import database
from db.models import Site
from tests.cli_helpers import cli, one_chinese_line
from tests.exchange.test_exchange_sync import enrol_site
from tests.exchange_helpers import at


def no_secret_anywhere(db_path, keys: SiteKeys) -> None:
    """Neither the JSON form (base64 seed, age identity) nor the raw seed bytes, in any file of the folder."""
    raw_seed = keys._seed
    files = list(db_path.parent.rglob("*.sqlite3*"))
    assert any("backups" in str(f) for f in files)
    for path in files:
        path = unpacked(path)
        data = path.read_bytes()
        assert not holds_secret(path, keys) and raw_seed not in data, f"secret key bytes in {path.name}"


def unpacked(path):
    """A packed backup's content (app/backup_archive.py), beside it in a scratch file; else the file."""
    if ".part" in path.name or ".opened" in path.name or not archive.is_packed(path):
        return path
    plain = path.with_name(path.name + ".opened")
    archive.unpack_to(path, plain)
    return plain


def test_a_new_sites_keys_live_in_a_0600_file_only(district, data_dir):
    with at(district):
        keys = identity.my_keys()
        backups.backup_now(database.obj, district, "manual")
        assert get_value(identity.PUBLIC) and get_value(LEGACY_KEYS) is None
    file = keystore.key_file(keys.site_id)
    assert file.parent.parent == data_dir
    assert stat.S_IMODE(file.stat().st_mode) == 0o600 and stat.S_IMODE(file.parent.stat().st_mode) == 0o700
    assert SiteKeys.from_json(file.read_text()).public() == keys.public()
    no_secret_anywhere(district, keys)


@pytest.fixture
def old_database(district):
    """A database as GridDesk kept it before the key store: the secret keys in meta, in a backup too."""
    with at(district):
        keys = SiteKeys.generate(local_site().uuid)
        database.execute_sql("DELETE FROM meta WHERE key = ?", (identity.PUBLIC,))
        set_value(LEGACY_KEYS, keys.to_json())
        backup = backups.backup_now(database.obj, district, "daily")
    keystore.key_file(keys.site_id).unlink()
    assert holds_secret(unpacked(backup), keys)
    unpacked(backup).unlink()
    return keys


def test_an_old_databases_keys_move_out_on_open(district, old_database):
    keys = old_database
    with at(district):
        assert get_value(LEGACY_KEYS) is None
        assert identity.my_keys().public() == keys.public()  # the same keys: peers still trust them
    assert keystore.load(keys.site_id) == keys.to_json()
    no_secret_anywhere(district, keys)
    assert len(list(backups.list_backups(district))) == 1 and backups.check_backup(backups.list_backups(district)[0])


def test_secrets_of_names_what_the_json_gives_away():
    keys = SiteKeys.generate("site-x")
    assert all(s in keys.to_json().encode() for s in secrets_of(keys))


def test_a_copy_in_a_fresh_data_folder_refuses_to_export(district, tmp_path, monkeypatch):
    stick = tmp_path / "U盘 #%"
    stick.mkdir()
    _east_uuid, east = enrol_site(district, tmp_path, "东关社区", "community", "611002001001")
    copy = tmp_path / "别的电脑 #1 %" / "east.sqlite3"
    copy.parent.mkdir()
    shutil.copy(east, copy)
    monkeypatch.setenv("GRIDDESK_DATA_DIR", str(tmp_path / "另一台电脑的数据"))
    with at(copy):
        district_uuid = Site.select().where(Site.level == "district").get().uuid
        assert identity.my_public().fingerprint()  # the public half is still shown
        with pytest.raises(KeysMissing) as info:
            outgoing.export(district_uuid, stick)
    assert "重新生成登记文件" in info.value.message and info.value.code == "E_KEYS"
    assert not list(stick.iterdir())
    line = one_chinese_line(cli(tmp_path / "又一台电脑", "export", "--db", copy, "--to", "611002", "--out", stick))
    assert "没有本站的私钥" in line and "site reissue" in line


def test_a_key_file_this_user_cannot_unprotect_counts_as_missing(district):
    with at(district):
        site = local_site().uuid
        identity.my_keys()
        keystore.key_file(site).write_bytes(keystore.DPAPI_MAGIC + os.urandom(200))
        with pytest.raises(KeysMissing):
            identity.my_keys()
