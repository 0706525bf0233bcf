"""A database folder named the way offices name them (3#网格, 1#楼, 100%20, 居委会 资料) or a very
long one: backups, the integrity check and restore work on the file itself, never on a stray
empty file opened from a path cut at the `#` or decoded at the `%`."""

import sqlite3
import sys

import pytest

from app import backup_archive as archive
from app import backups
from app.session import close_session, open_session
from app.sites import init_site
from db import connection
from db.backup import describe
from db.connection import quick_check
from db.models import Person

FOLDERS = ["3#网格", "1#楼 100%20 满%", "居委会 资料#2?版", ("1#楼 %20 " * 25)[:199] + "楼"]
if sys.platform == "win32":  # `?` cannot be part of a Windows file name
    FOLDERS = [name.replace("?", "") for name in FOLDERS]


@pytest.fixture(params=FOLDERS, ids=["hash", "percent", "question-space", "200-chars"])
def odd_db(request, tmp_path):
    name = request.param
    if sys.platform == "win32":  # Windows' 260-character path limit, with room for backups/… inside
        name = name[:259 - len(str(tmp_path)) - 64].rstrip()
    path = tmp_path / name / "griddesk.sqlite3"
    request.node.griddesk = open_session(path, create=True)
    init_site(name="城关街道", level="district", admin_name="admin", password="admin-pass-1", org_code="611002")
    Person.create(name="路径测试")
    return path


def test_the_integrity_check_reads_the_file_itself(odd_db):
    close_session()
    assert quick_check(odd_db) == "ok"
    assert describe(odd_db)["site_uuid"]
    assert not any(p.name != odd_db.name and not p.name.startswith(odd_db.name)
                   for p in odd_db.parent.iterdir() if p.is_file()), "no stray file beside it"


def test_a_damaged_file_in_such_a_folder_is_found_damaged(odd_db):
    close_session()
    data = bytearray(odd_db.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    odd_db.write_bytes(bytes(data))
    assert quick_check(odd_db) != "ok"


def test_backup_and_restore_in_such_a_folder(odd_db, request):
    backup = backups.backup_now(request.node.griddesk.db, odd_db, "manual")
    Person.create(name="备份后新增")
    close_session()
    assert backups.newest_good_backup(odd_db) == backup
    size = odd_db.stat().st_size
    safety = backups.restore(backup, odd_db)
    assert archive.header(safety)["size"] == size, "the safety copy holds the whole database (packed)"
    with sqlite3.connect(odd_db) as con:
        assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 1


def test_the_uri_keeps_every_character_of_the_path(tmp_path):
    path = tmp_path / "a#b" / "c%20d e?f" / "数据.sqlite3"
    uri = connection.readonly_uri(path)
    assert uri.startswith("file:///") and uri.endswith("?mode=ro")
    assert "#" not in uri and uri.count("?") == 1 and " " not in uri
