"""Every write path is stamped and captured: save, create, bulk update, tombstone."""

import json

import pytest
from peewee import IntegrityError

from db import context
from db.models import AuditLog, ChangeLog, OrgUnit, Person


def changes_for(uuid):
    return list(ChangeLog.select().where(ChangeLog.row_uuid == uuid).order_by(ChangeLog.seq))


def test_create_stamps_and_captures(session):
    person = Person.create(name="王芳", phone="13812345678")
    assert person.origin_site == context.current.site_id != ""
    assert len(person.uuid) == 36 and person.uuid[14] == "7"  # UUIDv7
    assert person.created_by == "admin"
    log = changes_for(person.uuid)
    assert [c.op for c in log] == ["I"]
    assert log[0].version == Person.get_by_id(person.uuid).version


def test_bulk_update_is_captured_with_a_new_stamp(session):
    people = [Person.create(name=f"居民{i}") for i in range(3)]
    before = {p.uuid: p.version for p in people}
    n = Person.update(gender="F").where(Person.uuid.in_(list(before))).execute()
    assert n == 3
    for uuid, old in before.items():
        stored = Person.get_by_id(uuid)
        assert stored.version > old
        log = changes_for(uuid)
        assert [c.op for c in log] == ["I", "U"]
        assert log[-1].version == stored.version


def test_delete_is_a_tombstone_and_hard_delete_is_refused(session):
    person = Person.create(name="李明")
    Person.delete().where(Person.uuid == person.uuid).execute()
    stored = Person.get_by_id(person.uuid)
    assert stored.deleted is True
    assert [c.op for c in changes_for(person.uuid)] == ["I", "U"]
    with pytest.raises(IntegrityError, match="never deleted"):
        session.db.execute_sql("DELETE FROM person")
    assert Person.select().count() == 1


def test_delete_instance_tombstones(session):
    person = Person.create(name="赵强")
    person.delete_instance()
    assert Person.get_by_id(person.uuid).deleted is True
    assert Person.live().count() == 0


def test_raw_sql_writes_need_a_newer_stamp_and_are_captured(session):
    person = Person.create(name="孙丽")
    with pytest.raises(IntegrityError, match="stale version"):
        session.db.execute_sql("UPDATE person SET name = '孙莉' WHERE uuid = ?", (person.uuid,))
    newer = context.current.stamp()
    session.db.execute_sql("UPDATE person SET name = '孙莉', version = ? WHERE uuid = ?", (newer, person.uuid))
    assert [c.op for c in changes_for(person.uuid)] == ["I", "U"]


def test_replace_cannot_hard_delete(session):
    person = Person.create(name="原样", id_number="610102199001011234")
    with pytest.raises(IntegrityError, match="never deleted"):
        Person.replace(uuid=person.uuid, name="替换").execute()
    assert Person.get_by_id(person.uuid).id_number == "610102199001011234"


def test_a_supplied_version_moves_the_clock_past_it(session):
    from db.hlc import pack, unpack, wall_ms

    ahead = pack(wall_ms() + 600_000, 0)  # ten minutes ahead, as from a site whose clock runs fast
    remote = Person.create(name="远方", version=ahead)
    local = Person.create(name="本地")
    assert local.version > ahead == Person.get_by_id(remote.uuid).version
    with pytest.raises(ValueError):
        unpack("+1a21b61405c0000")


def test_save_of_a_record_never_created_says_so(session):
    with pytest.raises(LookupError, match="create"):
        Person(name="无名").save()


def test_audit_log_records_who_what_and_masks_personal_fields(session):
    from db.models import Resident

    grid = OrgUnit.get(OrgUnit.code == "611002")
    person = Resident.create(grid=grid, name="周洁", phone="13812345678", id_number="110105194912310038",
                             birth_date="1949-12-31", address="北新街1号")
    person.phone = "13987654321"
    person.id_number, person.birth_date = "110105195001010039", "1950-01-01"
    person.name, person.address = "周婕", "北新街2号"
    person.save()
    rows = list(AuditLog.select().where(AuditLog.row_key == person.uuid).order_by(AuditLog.id))
    assert [r.op for r in rows] == ["I", "U"]
    assert all(r.user == "admin" for r in rows)
    created = json.loads(rows[0].changes)
    assert created["id_number"] == [None, "110105********0038"] and created["phone"] == [None, "138****5678"]
    assert created["birth_date"] == [None, "1949-**-**"] and created["name"] == [None, "周**"]
    changed = json.loads(rows[1].changes)
    assert changed == {"phone": ["138****5678", "139****4321"],
                       "id_number": ["110105********0038", "110105********0039"],
                       "birth_date": ["1949-**-**", "1950-**-**"],
                       "name": ["周**", "周**"], "address": ["(原内容)", "(已修改)"]}
    text = " ".join(r.changes or "" for r in AuditLog.select())
    for secret in ("13812345678", "19491231", "1949-12-31", "周洁", "北新街"):
        assert secret not in text


def test_sql_and_python_masks_agree(session):
    from app.privacy import mask_id_number, mask_phone
    from db.triggers import _mask

    for value in ("110105194912310038", "12345", "1234567890", "1101051949123100", None, ""):
        sql = session.db.execute_sql(f"SELECT {_mask('id_number', '?')}".replace("?", "?1"), (value,)).fetchone()[0]
        assert sql == (mask_id_number(value) if value else value)
    for value in ("13812345678", "0914-2312345", "12", None):
        sql = session.db.execute_sql(f"SELECT {_mask('phone', '?1')}", (value,)).fetchone()[0]
        assert sql == (mask_phone(value) if value else value)


def test_earlier_states_can_be_rebuilt_from_the_audit_diffs(session):
    person = OrgUnit.create(code="611002009", name="甲街道", level=1, path="611002/611002009/")
    for name in ("乙街道", "丙街道"):
        person.name = name
        person.save()
    state = {"name": OrgUnit.get_by_id(person.uuid).name}
    history = [state.copy()]
    for row in AuditLog.select().where((AuditLog.row_key == person.uuid) & (AuditLog.op == "U")).order_by(
            AuditLog.id.desc()):
        for column, (old, _new) in json.loads(row.changes).items():
            state[column] = old
        history.append(state.copy())
    assert [h["name"] for h in history] == ["丙街道", "乙街道", "甲街道"]


def test_audit_log_is_append_only(session):
    with pytest.raises(IntegrityError, match="append-only"):
        session.db.execute_sql("UPDATE audit_log SET user = 'x'")
    with pytest.raises(IntegrityError, match="append-only"):
        session.db.execute_sql("DELETE FROM audit_log")


def test_password_hashes_never_reach_the_audit_log(session):
    text = " ".join(r.changes or "" for r in AuditLog.select().where(AuditLog.table == "user"))
    assert "scrypt$" not in text and '"***"' in text


def test_a_failed_transaction_leaves_no_capture(session):
    before = ChangeLog.select().count(), AuditLog.select().count()
    with pytest.raises(RuntimeError), session.db.atomic():
        Person.create(name="回滚")
        raise RuntimeError("boom")
    assert (ChangeLog.select().count(), AuditLog.select().count()) == before
    assert not Person.select().where(Person.name == "回滚").exists()


def test_subtree_query_uses_the_path_index(session):
    plan = session.db.execute_sql(
        "EXPLAIN QUERY PLAN " + OrgUnit.select().where(OrgUnit.under("611002/")).sql()[0],
        OrgUnit.select().where(OrgUnit.under("611002/")).sql()[1],
    ).fetchall()
    assert any("org_unit_path" in str(row) for row in plan)
