"""A stolen community key: bundles signed with community A's real keys that try to
touch what A does not own. Each is refused with its code by the dry run and the
real import alike, and the district's file is byte for byte as it was.

The district has two subdistricts with posts (so enrolment carries reference rows
of units the new site does not hold), A and B under the first, C under the second;
A reports straight to the district."""


import pytest

from app import __version__, org
from app.exchange import enrol, identity, incoming, outgoing
from app.exchange.bundle import peek_bundle, write_bundle
from app.grid import residents
from app.grid.residents import ResidentInput
from app.session import close_session, local_site, open_session
from app.sites import init_site
from app.support import posts
from db.models import Site
from db.schema import SCHEMA_VERSION
from tests import hostile_cases
from tests.exchange_helpers import at

A, B, C = "611002001001", "611002001002", "611002002001"
A_GRID, B_GRID = A + "0101", B + "0101"


@pytest.fixture(scope="module")
def pc(tmp_path_factory):
    """One PC's data folder for the whole module (the sites' secret keys live there)."""
    folder = tmp_path_factory.mktemp("pc 数据")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GRIDDESK_DATA_DIR", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def same_pc(data_dir, pc, monkeypatch):
    monkeypatch.setenv("GRIDDESK_DATA_DIR", str(pc))


@pytest.fixture(scope="module")
def world(pc, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile 商州 #1 %20")
    district = tmp / "区 district.sqlite3"
    open_session(district, create=True)
    init_site(name="商州区", level="district", admin_name="admin", password="pass-word-1", org_code="611002")
    root = org.by_code("611002")
    for sub_code, coms in (("611002001", (A, B)), ("611002002", (C,))):
        sub = org.add_unit(root, sub_code, f"街道{sub_code[-1]}")
        posts.set_posts(sub.uuid, 2026, 8, 30, 36)
        for code in coms:
            com = org.add_unit(sub, code, f"社区{code[-3:]}")
            org.add_unit(org.add_unit(com, code + "01", "一片区"), code + "0101", "第1网格")
    b_person = residents.add(org.by_code(B_GRID).uuid, ResidentInput(name="西关居民", phone="13900001111"))
    identity.my_keys()
    d_uuid = local_site().uuid
    close_session()
    file = tmp / "A 登记.json"
    with at(district):
        a_uuid = enrol.enroll("东关社区", "community", A, file).uuid
    a_path = tmp / "A #社区.sqlite3"
    enrol.join(a_path, enrol.read(file), "admin", "pass-word-1")
    close_session()
    first = _export(a_path, d_uuid, tmp)
    with at(district):
        identity.register(peek_bundle(first).signer)
        identity.confirm(a_uuid)
        incoming.apply(first)
    return {"district": district, "d": d_uuid, "a": a_uuid, "a_path": a_path, "tmp": tmp,
            "b_resident": b_person.uuid}


def _export(path, to, folder):
    with at(path):
        return outgoing.export(to, folder).path


def test_a_site_joins_a_district_of_several_subdistricts_with_posts(world):
    """12.1: the enrolment carried posts of every subdistrict but units of one branch only."""
    with at(world["a_path"]):
        assert {p.subdistrict.code for p in posts.posts()} == {"611002001"}
    with at(world["district"]):
        down = outgoing.export(world["a"], world["tmp"]).path
    with at(world["a_path"]):
        done = incoming.apply(down)
        assert "subdistrict_posts" not in done.counts or done.counts["subdistrict_posts"]["new"] == 0


def attack(world) -> hostile_cases.Attack:
    return hostile_cases.Attack(A, B, world["a"], world["d"], world["district"], world["b_resident"], world["tmp"],
                                lambda: at(world["a_path"]), lambda: at(world["district"]))


CASE_NAMES = ["move B's grid under A", "rename B's resident", "tombstone B's resident", "add a site",
              "promote its site", "rename its community", "tombstone its community", "reference data",
              "deleted is text", "gender is a number", "name with a bidi override",
              "address with a control character", "version without its site", "version with a newline",
              "updated in the future", "origin_site changed", "attachment path in sha256",
              "attachment on B's record", "NOT NULL column missing", "org code of another unit"]


def test_the_corpus_is_complete(world):
    assert list(hostile_cases.cases(attack(world))) == CASE_NAMES


@pytest.mark.parametrize("name", CASE_NAMES)
def test_a_stolen_key_cannot_touch_what_its_site_does_not_own(world, name):
    code, parts = hostile_cases.cases(attack(world))[name]
    error = hostile_cases.refused(attack(world), hostile_cases.forge(attack(world), parts), code)
    if code == "E_ROW" and name != "origin_site changed":
        assert error.detail.split(":")[0].split()[0] in ("resident", "attachment", "org_unit")


META_NAMES = ["ack beyond what was sent", "ack is text", "kind differs from the header", "extra key",
              "since after until", "bool as a number", "relayed site outside"]


@pytest.mark.parametrize("name", META_NAMES)
def test_exchange_meta_is_validated_in_the_dry_run_and_the_real_run_alike(world, name):
    with at(world["district"]):
        c_site = Site.get_or_none(Site.org_unit == org.by_code(C))
        c_site = c_site.uuid if c_site else enrol.enroll("社区C", "community", C, world["tmp"] / "c.json").uuid
    code, meta = hostile_cases.meta_cases(c_site)[name]
    hostile_cases.refused(attack(world), hostile_cases.forge(attack(world), [], meta=meta), code)


def test_a_payload_without_exchange_meta_is_refused(world):
    row = attack(world).row("site", world["a"])
    with at(world["a_path"]):
        keys, state = identity.my_keys(), outgoing.peer_state(world["d"])
        bundle = write_bundle(world["tmp"], {
            "kind": "up", "from_site": world["a"], "to_site": world["d"], "seq": state.last_out_seq + 1,
            "since": None, "until": None, "schema_version": SCHEMA_VERSION, "app_version": __version__},
            [("site", [row])], [identity.public_of(world["d"])], keys).path
    hostile_cases.refused(attack(world), bundle, "E_ROW")


def test_a_community_cannot_send_a_down_bundle(world):
    meta = {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": "down"}
    hostile_cases.refused(attack(world), hostile_cases.forge(attack(world), [], meta=meta, kind="down"), "E_SCOPE")


@pytest.mark.parametrize("seq", [20_002, 2 ** 53 - 1])
def test_a_bundle_number_far_past_the_last_one_is_refused_before_it_costs_memory(world, seq):
    """A signed header saying seq 2^53 - 1: listing the skipped numbers would exhaust memory
    before a row is read; it is refused as a header no exporting site could write."""
    forged = hostile_cases.forge(attack(world), [], seq=seq)
    error = hostile_cases.refused(attack(world), forged, "E_CORRUPT")
    assert "相差过大" in error.message


def test_the_same_rows_honestly_sent_are_accepted(world):
    """The corpus refuses what A may not do, not A: its own resident goes through."""
    with at(world["a_path"]):
        residents.add(org.by_code(A_GRID).uuid, ResidentInput(name="东关居民"))
    bundle = _export(world["a_path"], world["d"], world["tmp"])
    with at(world["district"]):
        done = incoming.apply(bundle)
    assert done.counts["resident"]["new"] == 1


def test_refused_at_the_source_what_the_district_owns(world):
    from app.errors import PermissionDenied
    from app.orders import catalogue

    with at(world["a_path"]):
        with pytest.raises(PermissionDenied, match="区里"):
            org.rename(org.by_code(A), "改名社区")
        with pytest.raises(PermissionDenied, match="区里"):
            org.add_unit(org.by_code("611002001"), "611002001009", "新社区")
        with pytest.raises(PermissionDenied, match="区里"):
            catalogue.add_category("pets", "宠物")
        zone = org.add_unit(org.by_code(A), A + "02", "二片区")  # a community's own zones are its own
        assert zone.code == A + "02"


def test_check_finds_values_that_break_their_column_rules(small, tmp_path):
    """13.4: what an import refuses, `check` finds in a database that already holds it."""
    import shutil
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    db = tmp_path / "检查 #1 %20.sqlite3"
    shutil.copy(small, db)
    root = Path(__file__).resolve().parents[2]
    ok = subprocess.run([sys.executable, "main.py", "check", "--db", str(db)], cwd=root, capture_output=True,
                        text=True)
    assert ok.returncode == 0 and "字段值检查：正常" in ok.stdout
    from db.connection import database

    open_session(db)  # the app's own connection: its triggers and functions run as for any write
    uuid, version = database.execute_sql("SELECT uuid, version FROM resident LIMIT 1").fetchone()
    newer = format(int(version[:16], 16) + 1, "016x") + version[16:]
    database.execute_sql("UPDATE resident SET gender = 5, deleted = 'yes', address = ?, version = ? WHERE uuid = ?",
                         ("1号\x07楼", newer, uuid))
    close_session()
    assert sqlite3 is not None
    bad = subprocess.run([sys.executable, "main.py", "check", "--db", str(db)], cwd=root, capture_output=True,
                         text=True)
    assert bad.returncode == 1
    assert "resident.gender：1 条记录" in bad.stdout and "resident.deleted：1 条记录" in bad.stdout
    assert "resident.address：1 条记录" in bad.stdout
