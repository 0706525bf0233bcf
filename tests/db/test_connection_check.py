"""The integrity check on open is skipped only for a file exactly as GridDesk left it at
its last clean close; anything else (touched, copied, a crash's write-ahead log) is checked."""

import os
import shutil

import pytest

from app.session import close_session, open_session
from db import connection


@pytest.fixture
def checks(monkeypatch):
    calls = []
    real = connection.quick_check

    def counting(path):
        calls.append(path)
        return real(path)
    monkeypatch.setattr(connection, "quick_check", counting)
    return calls


def test_a_clean_close_lets_the_next_open_skip_the_check(session, db_path, checks):
    close_session()
    assert connection.closed_cleanly(db_path)
    open_session(db_path)
    assert checks == []
    close_session()
    stat = db_path.stat()
    os.utime(db_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # another program wrote to it
    open_session(db_path)
    assert checks == [db_path]


def test_a_copy_or_a_leftover_log_is_checked(session, db_path, tmp_path, checks):
    close_session()
    copy = tmp_path / "copy.sqlite3"
    shutil.copy2(db_path, copy)
    open_session(copy)
    assert checks == [copy]  # no mark of its own
    close_session()
    (db_path.with_name(db_path.name + "-wal")).write_bytes(b"x" * 100)  # as a crash leaves it
    assert not connection.closed_cleanly(db_path)


def test_a_damaged_file_is_still_found_after_a_clean_close(session, db_path):
    close_session()
    data = bytearray(db_path.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    db_path.write_bytes(bytes(data))
    with pytest.raises(Exception, match="损坏|damaged|不是|无法"):
        open_session(db_path)
