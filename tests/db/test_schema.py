"""The database bootstrap: pragmas, version checks, migrations with a backup first."""

import shutil
import sqlite3

import pytest

from app import backups
from app.session import close_session, open_session
from db import schema
from db.errors import DatabaseDamaged, DatabaseMissing, DatabaseTooNew, MigrationFailed, NotADatabase
from db.models import Person

EXTRA_MIGRATION = '''
def up(migrator, db):
    db.execute_sql('ALTER TABLE person ADD COLUMN nickname TEXT')
'''

FAILING_MIGRATION = '''
def up(migrator, db):
    db.execute_sql('CREATE TABLE half_done (x INTEGER)')
    raise RuntimeError("migration bug")
'''


def test_fresh_database_has_the_pragmas_and_version(session):
    db = session.db
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert schema.schema_version(db) == schema.SCHEMA_VERSION == len(schema.known_migrations())


def test_missing_file_is_reported_not_created(tmp_path):
    with pytest.raises(DatabaseMissing) as info:
        open_session(tmp_path / "nope.sqlite3")
    assert "找不到" in info.value.message
    assert not (tmp_path / "nope.sqlite3").exists()


def test_database_from_a_newer_griddesk_is_refused(session, db_path):
    session.db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0999_future', '2030-01-01')")
    close_session()
    with pytest.raises(DatabaseTooNew) as info:
        open_session(db_path)
    assert "升级" in info.value.message


@pytest.fixture
def migrations_dir(tmp_path, monkeypatch):
    folder = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, folder)
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(list(folder.glob("[0-9]*.py"))) + 1)
    return folder


def test_migration_takes_a_backup_first_and_refreshes_triggers(session, db_path, migrations_dir, tmp_path):
    Person.create(name="迁移前")
    close_session()
    name = f"{len(schema.known_migrations()) + 1:04d}_nickname"
    (migrations_dir / f"{name}.py").write_text(EXTRA_MIGRATION)
    opened = open_session(db_path).opened
    assert opened.applied == [name]
    assert opened.backup is not None and opened.backup.exists()
    from app import backup_archive

    backup_archive.unpack_to(opened.backup, tmp_path / "unpacked.sqlite3")  # packed like every backup
    with sqlite3.connect(tmp_path / "unpacked.sqlite3") as con:  # the backup holds the old schema and the data
        columns = [r[1] for r in con.execute("PRAGMA table_info(person)")]
        assert "nickname" not in columns
        assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    assert schema.schema_version(opened.db) == len(schema.known_migrations())
    from db import context
    opened.db.execute_sql("UPDATE person SET nickname = '小迁', version = ?", (context.current.stamp(),))
    changes = opened.db.execute_sql(
        "SELECT changes FROM audit_log WHERE \"table\" = 'person' ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "nickname" in changes


def test_a_failing_migration_changes_nothing(session, db_path, migrations_dir):
    close_session()
    before = schema.known_migrations()
    (migrations_dir / "0999_broken.py").write_text(FAILING_MIGRATION)
    with pytest.raises(MigrationFailed) as info:
        open_session(db_path)
    assert "保持升级前的状态" in info.value.message
    close_session()
    with sqlite3.connect(db_path) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        applied = [r[0] for r in con.execute("SELECT name FROM schema_migration")]
    assert "half_done" not in tables
    assert applied == before


def test_damaged_file_is_reported_and_newest_good_backup_offered(session, db_path):
    backup = backups.backup_now(session.db, db_path, "manual")
    close_session()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    data = bytearray(db_path.read_bytes())
    for page in range(1, len(data) // 4096):  # scribble over every page but the header
        data[page * 4096 + 100: page * 4096 + 300] = b"\xff" * 200
    db_path.write_bytes(bytes(data))
    with pytest.raises((DatabaseDamaged, NotADatabase)) as info:
        open_session(db_path)
    assert "备份" in info.value.message or "不是" in info.value.message
    assert db_path.read_bytes() == bytes(data)  # never silently recreated
    assert backups.newest_good_backup(db_path) == backup


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库" * 200)
    with pytest.raises(NotADatabase) as info:
        open_session(path)
    assert "不是 GridDesk 数据库" in info.value.message


def test_triggers_are_rebuilt_when_their_definition_changes(session, db_path):
    session.db.execute_sql("DROP TRIGGER person_capture_U")
    session.db.execute_sql("UPDATE meta SET value = 'old rules' WHERE key = 'triggers_sha256'")
    close_session()
    opened = open_session(db_path).opened
    person = Person.create(name="触发器")
    person.name = "触发器二"
    person.save()
    ops = [r[0] for r in opened.db.execute_sql("SELECT op FROM change_log WHERE row_uuid = ?", (person.uuid,))]
    assert ops == ["I", "U"]
    assert schema.refresh_triggers(opened.db) is False  # unchanged: nothing to do


def test_another_programs_database_is_refused_untouched(tmp_path):
    """A valid SQLite file of another program is refused as it is: same bytes, still in its
    own journal mode, no -wal/-shm left beside it — as the message promises. Every command and
    the window open a file through open_session."""
    folder = tmp_path / "别的软件 #2 %41"
    folder.mkdir()
    path = folder / "账本 1.db"
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('x');")
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabase) as info:
        open_session(path)
    assert "不是 GridDesk 数据库" in info.value.message and "没有改动" in info.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["账本 1.db"]


def test_a_new_trigger_elsewhere_does_not_re_index_the_search(session, db_path):
    """A re-index (minutes at 1m) only when the index's own triggers changed: a row that no record
    holds stays in the index until the index is rebuilt."""
    def stray() -> int:
        return session.db.execute_sql("SELECT COUNT(*) FROM request_fts WHERE rowid = 999999").fetchone()[0]
    session.db.execute_sql("INSERT INTO request_fts (rowid, grams) VALUES (999999, '停车')")
    session.db.execute_sql("DROP TRIGGER person_capture_U")  # another table's rules changed
    session.db.execute_sql("UPDATE meta SET value = 'old rules' WHERE key = 'triggers_sha256'")
    assert schema.refresh_triggers(session.db) is True and stray() == 1
    session.db.execute_sql("DROP TRIGGER request_fts_au")  # the request index's own rules changed
    session.db.execute_sql("UPDATE meta SET value = 'old rules' WHERE key = 'triggers_sha256'")
    assert schema.refresh_triggers(session.db) is True and stray() == 0
