"""A recovery import writes one audit event for the bundle instead of an audit row per new record,
and indexes the search after the rows (db/recovery_capture.py); what the rebuilt site holds —
records, search hits, change log, peer state, roll-ups — equals what the per-row capture gave.

The small demo's district writes a real recovery bundle for a rebuilt subdistrict PC (checked
with minisign and age); the same bundle is imported into two copies of the joined site: by
`incoming.apply`, and by the per-row path (`_run` with the ordinary triggers, as apply did before)."""

import shutil
import sqlite3
import subprocess
import tarfile

import pytest

from app import search
from app.exchange import enrol, identity, incoming, outgoing
from app.exchange.bundle import peek_bundle
from app.exchange.errors import BundleError
from app.session import close_session, local_site
from db.connection import database
from db.hlc import site_tag
from db.search_index import INDEXES, query_phrase
from tests.bundle_helpers import tool
from tests.exchange.test_exchange_sync import PASSWORD
from tests.exchange_helpers import at

SUBDISTRICT = "611002001"
WORDS = ("停车", "漏水", "噪音", "路灯", "王", "张伟")


@pytest.fixture(scope="module")
def module_data(tmp_path_factory):
    """One data folder (the key stores of the district and the rebuilt PC) for the whole module."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("数据 #%")
        patch.setenv("GRIDDESK_DATA_DIR", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def data_dir(module_data):
    yield module_data
    close_session()


@pytest.fixture(scope="module")
def rebuilt(small_demo_master, tmp_path_factory, module_data):
    """(joined site, recovery bundle, folder): a subdistrict PC rebuilt from its enrolment."""
    folder = tmp_path_factory.mktemp("恢复 #1 %")
    district = folder / "区 数据 #%.sqlite3"
    shutil.copy(small_demo_master, district)
    with at(district):
        to = local_site().uuid
        site = enrol.enroll("街道新电脑", "subdistrict", SUBDISTRICT, folder / "登记.json")
    joined = folder / "街道 新电脑 #%.sqlite3"
    enrol.join(joined, enrol.read(folder / "登记.json"), "admin", PASSWORD)
    close_session()
    with at(joined):
        hello = outgoing.export(to, folder).path
    with at(district):
        identity.register(peek_bundle(hello).signer)
        identity.confirm(site.uuid)
        incoming.apply(hello)
        bundle = outgoing.export(site.uuid, folder, recovery=True).path
    return joined, bundle, folder


def copy_of(rebuilt, name):
    joined, _, folder = rebuilt
    path = folder / f"{name} #%.sqlite3"
    shutil.copy(joined, path)
    return path


@pytest.fixture(scope="module")
def both(rebuilt):
    """The bundle imported by apply (quiet) and by the per-row capture (reference)."""
    _, bundle, _ = rebuilt
    quiet, reference = copy_of(rebuilt, "新 导入"), copy_of(rebuilt, "逐行 导入")
    with at(quiet):
        done = incoming.apply(bundle)
    with at(reference), database.atomic():
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        incoming._record(incoming._run(bundle, apply=True))
    return quiet, reference, done, rebuilt[0]


def read(path, sql, params=()):
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as con:
        return sorted(con.execute(sql, params).fetchall(), key=repr)


def synced_tables(path):
    return [t for (t,) in read(path, "SELECT DISTINCT \"table\" FROM change_log")]


def test_the_recovery_bundle_is_signed_and_encrypted_for_the_rebuilt_site(rebuilt, tmp_path):
    joined, bundle, _ = rebuilt
    with tarfile.open(bundle) as tar:
        tar.extractall(tmp_path, filter="data")
    with at(joined):
        keys, district = identity.my_keys(), peek_bundle(bundle).signer
    assert peek_bundle(bundle).header["kind"] == "recovery"
    run = subprocess.run([tool("minisign"), "-Vq", "-P", district.sign_key, "-m", str(tmp_path / "header.json")])
    assert run.returncode == 0
    (tmp_path / "站点.key").write_text(keys.age_identity_file())
    run = subprocess.run([tool("age"), "-d", "-i", str(tmp_path / "站点.key"), str(tmp_path / "payload.age")],
                         capture_output=True)
    assert run.returncode == 0 and len(run.stdout) > 10_000, run.stderr


def test_a_recovery_import_writes_one_audit_event_not_a_row_per_record(both):
    quiet, reference, done, joined = both
    written = sum(row["new"] + row["updated"] for row in done.counts.values())
    assert written > 1000
    records = 'SELECT count(*) FROM audit_log WHERE "table" IN (SELECT DISTINCT "table" FROM change_log)'
    before = read(joined, records)[0][0]
    assert read(reference, records)[0][0] - before >= written  # the per-row capture: one row per record
    assert read(quiet, records)[0][0] - before == sum(row["updated"] for row in done.counts.values())
    events = read(quiet, "SELECT user, changes FROM audit_log WHERE \"table\" = 'event' AND row_key = 'import'")
    assert len(events) == 1
    user, changes = events[0]
    assert user == "admin" and done.bundle_id in changes and f'"new": {done.counts["resident"]["new"]}' in changes


def test_the_records_and_the_sync_state_equal_the_per_row_capture(both):
    quiet, reference, *_ = both
    tables = synced_tables(reference)
    assert {"resident", "request", "org_unit", "service_order"} <= set(tables)
    for table in tables:
        assert read(quiet, f'SELECT * FROM "{table}"') == read(reference, f'SELECT * FROM "{table}"'), table
    for sql in ("SELECT \"table\", row_uuid, op, version, origin_site FROM change_log",
                "SELECT site_uuid, last_in_seq, held_change_seq, acked_change_seq, missing FROM peer_state",
                "SELECT direction, bundle_id, kind, peer_site, seq, since_seq, until_seq, counts, status FROM bundle_log",
                "SELECT * FROM rollup_request", "SELECT * FROM rollup_service_order", "SELECT * FROM rollup_call_back"):
        assert read(quiet, sql) == read(reference, sql), sql
    assert read(quiet, "SELECT sql FROM sqlite_master WHERE type = 'trigger'") == \
        read(reference, "SELECT sql FROM sqlite_master WHERE type = 'trigger'")


def test_the_search_finds_what_the_per_row_index_found(both):
    quiet, reference, *_ = both
    for index, (table, _) in INDEXES.items():
        sql = f'SELECT t.uuid FROM "{index}" f JOIN "{table}" t ON t.rowid = f.rowid WHERE "{index}" MATCH ?'
        for word in WORDS:
            if (phrase := query_phrase(word)) is not None:
                assert read(quiet, sql, (phrase,)) == read(reference, sql, (phrase,)), (index, word)
        every = f'SELECT t.uuid, f.grams FROM "{index}" f JOIN "{table}" t ON t.rowid = f.rowid'
        assert read(quiet, every) == read(reference, every) != []
    name = read(quiet, "SELECT name FROM resident WHERE deleted = 0 AND length(name) >= 2 LIMIT 1")[0][0]
    with at(quiet):
        hits = {h.uuid for h in search.search_residents(name)}
    with at(reference):
        assert hits == {h.uuid for h in search.search_residents(name)} != set()


def test_a_refused_recovery_leaves_the_records_and_the_triggers_as_they_were(rebuilt):
    _, bundle, _ = rebuilt
    site = copy_of(rebuilt, "拒收")
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
    with at(site):  # a record held here under a resident's key, written by this site: the bundle may not change it
        uuid, me = _a_resident_of(bundle), local_site().uuid
        database.execute_sql("INSERT INTO resident (uuid, created_at, updated_at, origin_site, version, deleted, "
                             "grid_uuid, name) SELECT ?, '2020-01-01 00:00:00', '2020-01-01 00:00:00', ?, "
                             "'0000000000000001-' || ?, 0, uuid, '本站旧记录' FROM org_unit "
                             "WHERE level = 4 LIMIT 1", (uuid, me, site_tag(me)))
    before = {sql: read(site, sql) for sql in (triggers, "SELECT count(*) FROM resident", "SELECT count(*) FROM "
                                               "change_log", "SELECT count(*) FROM audit_log",
                                               "SELECT count(*) FROM resident_fts")}
    with at(site), pytest.raises(BundleError) as refused:
        incoming.apply(bundle)
    assert refused.value.code == "E_ROW"
    assert {sql: read(site, sql) for sql in before} == before


def _a_resident_of(bundle):
    """A resident the recovery bundle brings (read from the district's export through the bundle)."""
    from app.exchange.bundle import open_bundle
    from db.schema import SCHEMA_VERSION

    with open_bundle(bundle, identity.trusted, local_site().uuid, identity.my_keys(), SCHEMA_VERSION) as opened:
        for part in opened.iter_parts():
            if part.name == "resident":
                return next(iter(part.records))["uuid"]
    raise AssertionError("no resident in the recovery bundle")


def test_a_recovery_export_reads_the_rows_the_change_log_names(rebuilt):
    """From the beginning the export reads the tables by scope; the change-log path (any start
    below the first sequence number takes it) names the same rows."""
    from app.exchange.rows import changed_rows
    from app.exchange.tables import ORDER

    district = rebuilt[2] / "区 数据 #%.sqlite3"
    with at(district):
        until = database.execute_sql("SELECT max(seq) FROM change_log").fetchone()[0]
        scope = database.execute_sql("SELECT path FROM org_unit WHERE code = ?", (SUBDISTRICT,)).fetchone()[0]
        for table in ORDER:
            by_scope = list(changed_rows(table, 0, until, scope, True))
            assert by_scope == list(changed_rows(table, -1, until, scope, True)), table
        assert len(list(changed_rows("request", 0, until, scope, True))) > 100
