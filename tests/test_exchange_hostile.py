"""A stolen community key: bundles signed with community A's real keys that try to
touch what A does not own. Each is refused with its code by the dry run and the
real import alike, and the district's file is byte for byte as it was.

The district has two subdistricts with posts (so enrolment carries reference rows
of units the new site does not hold), A and B under the first, C under the second;
A reports straight to the district."""

import datetime as dt
import hashlib

import pytest

from app import __version__, org, residents
from app.exchange import enrol, identity, incoming, outgoing
from app.exchange.bundle import peek_bundle, write_bundle
from app.exchange.errors import BundleError
from app.residents import ResidentInput
from app.session import close_session, local_site, open_session
from app.sites import init_site
from app.support import posts
from db.hlc import pack, site_tag, wall_ms
from db.ids import new_uuid
from db.schema import SCHEMA_VERSION
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
    world_path[0] = district
    file = tmp / "A 登记.json"
    with at(district):
        a_uuid = enrol.enroll("东关社区", "community", A, file).uuid
    A_SITE[0] = a_uuid
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


def _district_row(table, uuid):
    import sqlite3

    con = sqlite3.connect(str(world_path[0]))
    con.row_factory = sqlite3.Row
    try:
        return dict(con.execute(f'SELECT * FROM "{table}" WHERE uuid = ?', (uuid,)).fetchone())
    finally:
        con.close()


world_path = [None]


def _stamp(row: dict, **changes) -> dict:
    """A newer version of a row, written "by A"."""
    return {**row, **changes, "version": pack(wall_ms(), 1) + "-" + site_tag(A_SITE[0])}


A_SITE = [""]


def _forged(world, parts, *, meta=None, kind="up"):
    with at(world["a_path"]):
        keys = identity.my_keys()
        state = outgoing.peer_state(world["d"])
        base = {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": kind}
        rows = [("exchange_meta", [meta if meta is not None else base]), *parts]
        return write_bundle(world["tmp"], {
            "kind": kind, "from_site": world["a"], "to_site": world["d"], "seq": state.last_out_seq + 1,
            "since": None, "until": None, "schema_version": SCHEMA_VERSION, "app_version": __version__},
            rows, [identity.public_of(world["d"])], keys).path


def _ids(world):
    with at(world["district"]):
        return {code: org.by_code(code) for code in (A, B, C, A_GRID, B_GRID, A + "01")}


def _cases(world):
    units = _ids(world)
    grid_b = _district_row("org_unit", units[B_GRID].uuid)
    a_zone = units[A + "01"]
    person = _district_row("resident", world["b_resident"])
    a_com = _district_row("org_unit", units[A].uuid)
    a_site = _district_row("site", world["a"])
    new_site = {**a_site, "uuid": new_uuid(), "name": "假站点", "org_unit_uuid": units[A].uuid}
    a_grid_res = {**person, "uuid": new_uuid(), "grid_uuid": units[A_GRID].uuid, "created_at": "2026-01-01 00:00:00",
                  "origin_site": world["a"]}
    sha = hashlib.sha256(b"x").hexdigest()
    attachment = {"uuid": new_uuid(), "origin_site": world["a"], "deleted": 0, "created_at": "2026-01-01 00:00:00",
                  "updated_at": "2026-01-01 00:00:00", "created_by": "x", "updated_by": "x",
                  "owner_table": "resident", "owner_uuid": world["b_resident"], "file_name": "a.jpg", "sha256": sha,
                  "size": 1}
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S")
    return {
        # 13.1: scope is checked on the stored row as well as the incoming one
        "move B's grid under A": ("E_SCOPE", [("org_unit", [_stamp(grid_b, parent_uuid=a_zone.uuid,
                                                                   path=a_zone.path + B_GRID + "/")])]),
        "rename B's resident": ("E_SCOPE", [("resident", [_stamp(person, name="改名", grid_uuid=units[A_GRID].uuid)])]),
        "tombstone B's resident": ("E_SCOPE", [("resident", [_stamp(person, deleted=1, grid_uuid=units[A_GRID].uuid)])]),
        # 13.2: district-owned records
        "add a site": ("E_SCOPE", [("site", [_stamp(new_site)])]),
        "promote its site": ("E_SCOPE", [("site", [_stamp(a_site, level="district")])]),
        "rename its community": ("E_SCOPE", [("org_unit", [_stamp(a_com, name="独立王国")])]),
        "tombstone its community": ("E_SCOPE", [("org_unit", [_stamp(a_com, deleted=1)])]),
        # 13.4: every column against the schema
        "deleted is text": ("E_ROW", [("resident", [_stamp(a_grid_res, deleted="yes")])]),
        "gender is a number": ("E_ROW", [("resident", [_stamp(a_grid_res, gender=5)])]),
        "name with a bidi override": ("E_ROW", [("resident", [_stamp(a_grid_res, name="王\u202e三")])]),
        "address with a control character": ("E_ROW", [("resident", [_stamp(a_grid_res, address="1号\x07楼")])]),
        "version without its site": ("E_ROW", [("resident", [{**a_grid_res, "version": pack(wall_ms(), 1)}])]),
        "version with a newline": ("E_ROW", [("resident", [{**_stamp(a_grid_res)} | {
            "version": _stamp(a_grid_res)["version"] + "\n"}])]),
        "updated in the future": ("E_ROW", [("resident", [_stamp(a_grid_res, updated_at=future)])]),
        "origin_site changed": ("E_ROW", [("resident", [_stamp(person, origin_site=world["a"])])]),
        "attachment path in sha256": ("E_ROW", [("attachment", [_stamp(attachment, sha256="../../etc/passwd")])]),
        "attachment on B's record": ("E_SCOPE", [("attachment", [_stamp(attachment)])]),
        "NOT NULL column missing": ("E_ROW", [("resident", [{k: v for k, v in _stamp(a_grid_res).items()
                                                               if k != "name"}])]),
        "org code of another unit": ("E_ROW", [("org_unit", [_stamp({**grid_b, "uuid": new_uuid(), "code": B_GRID,
                                                                     "parent_uuid": a_zone.uuid,
                                                                     "path": a_zone.path + "99/"})])]),
        "reference data": ("E_SCOPE", [("category", [_stamp({**_district_row("category", _any("category")),
                                                              "name": "宠物"})])]),
    }


def _any(table):
    import sqlite3

    con = sqlite3.connect(str(world_path[0]))
    try:
        return con.execute(f'SELECT uuid FROM "{table}" LIMIT 1').fetchone()[0]
    finally:
        con.close()


META_CASES = {
    "ack beyond what was sent": ("E_ROW", {"since_seq": 0, "until_seq": 1, "ack_seq": 10 ** 12, "kind": "up"}),
    "ack is text": ("E_ROW", {"since_seq": 0, "until_seq": 1, "ack_seq": "abc", "kind": "up"}),
    "kind differs from the header": ("E_ROW", {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": "down"}),
    "extra key": ("E_ROW", {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": "up", "x": 1}),
    "since after until": ("E_ROW", {"since_seq": 5, "until_seq": 1, "ack_seq": 0, "kind": "up"}),
    "bool as a number": ("E_ROW", {"since_seq": 0, "until_seq": True, "ack_seq": 0, "kind": "up"}),
    "relayed site outside": ("E_SCOPE", {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": "up",
                                         "relayed": [{"site": "SELF", "seq": 1, "at": None, "gap": 0}]}),
}


def _file_bytes(path) -> bytes:
    close_session()
    return path.read_bytes()


def _refused(world, bundle, code):
    before = _file_bytes(world["district"])
    for run in (incoming.plan, incoming.apply):
        with at(world["district"]), pytest.raises(BundleError) as info:
            run(bundle)
        assert info.value.code == code, (run.__name__, info.value.detail)
        assert "本站数据未作任何改动" in info.value.message
    assert _file_bytes(world["district"]) == before  # not one byte changed, statistics included
    return info.value


CASE_NAMES = ["move B's grid under A", "rename B's resident", "tombstone B's resident", "add a site",
              "promote its site", "rename its community", "tombstone its community", "deleted is text",
              "gender is a number", "name with a bidi override", "address with a control character",
              "version without its site", "version with a newline", "updated in the future",
              "origin_site changed", "attachment path in sha256", "attachment on B's record",
              "NOT NULL column missing", "org code of another unit", "reference data"]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_a_stolen_key_cannot_touch_what_its_site_does_not_own(world, name):
    code, parts = _cases(world)[name]
    error = _refused(world, _forged(world, parts), code)
    if code == "E_ROW" and name not in ("origin_site changed",):
        assert error.detail.split(":")[0].split()[0] in ("resident", "attachment", "org_unit")


@pytest.mark.parametrize("name", list(META_CASES))
def test_exchange_meta_is_validated_in_the_dry_run_and_the_real_run_alike(world, name):
    code, meta = META_CASES[name]
    if "relayed" in meta:
        with at(world["district"]):
            c_site = enrol.enroll("社区C", "community", C, world["tmp"] / "c.json").uuid if not _has_site(C) else None
        meta = {**meta, "relayed": [{**meta["relayed"][0], "site": c_site or _site_of(world, C)}]}
    _refused(world, _forged(world, [], meta=meta), code)


def _has_site(code):
    from db.models import Site

    return Site.live().where(Site.org_unit == org.by_code(code)).exists()


def _site_of(world, code):
    from db.models import Site

    with at(world["district"]):
        return Site.get(Site.org_unit == org.by_code(code)).uuid


def test_a_payload_without_exchange_meta_is_refused(world):
    from db.models import Site

    with at(world["district"]):
        row = _district_row("site", world["a"])
    with at(world["a_path"]):
        keys, state = identity.my_keys(), outgoing.peer_state(world["d"])
        bundle = write_bundle(world["tmp"], {
            "kind": "up", "from_site": world["a"], "to_site": world["d"], "seq": state.last_out_seq + 1,
            "since": None, "until": None, "schema_version": SCHEMA_VERSION, "app_version": __version__},
            [("site", [row])], [identity.public_of(world["d"])], keys).path
    _refused(world, bundle, "E_ROW")
    assert Site is not None


def test_a_community_cannot_send_a_down_bundle(world):
    meta = {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": "down"}
    _refused(world, _forged(world, [], meta=meta, kind="down"), "E_SCOPE")


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
    root = Path(__file__).resolve().parent.parent
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
