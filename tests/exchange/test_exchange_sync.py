"""Bundles between a district and its sites: enrolment, up, down, acknowledgements,
relaying, recovery, conflicts, scope and sequence rules."""

import pytest

from app import org
from app.exchange import enrol, identity, incoming, outgoing
from app.exchange.bundle import peek_bundle
from app.exchange.errors import BundleError
from app.grid import residents
from app.grid.residents import ResidentInput
from app.session import close_session, local_site
from db.models import BundleLog, OrgUnit, PeerState, Resident, Site
from tests.exchange_helpers import at

PASSWORD = "pass-word-1"


def enrol_site(district_path, tmp_path, name, level, code):
    file = tmp_path / f"{code}.enrol.json"
    with at(district_path):
        site = enrol.enroll(name, level, code, file)
    path = tmp_path / f"{code}.sqlite3"
    enrolment = enrol.read(file)
    enrol.join(path, enrolment, "admin", PASSWORD)
    close_session()
    return site.uuid, path


def send(from_path, to_uuid, stick, **kw):
    with at(from_path):
        return outgoing.export(to_uuid, stick, **kw).path


def trust_and_import(path, bundle):
    with at(path):
        peek = peek_bundle(bundle)
        identity.register(peek.signer)
        identity.confirm(peek.signer.site_id)
        return incoming.apply(bundle)


@pytest.fixture
def world(district, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    east_uuid, east = enrol_site(district, tmp_path, "东关社区居委会", "community", "611002001001")
    with at(district):
        district_uuid = local_site().uuid
    return {"district": district, "district_uuid": district_uuid, "east": east, "east_uuid": east_uuid,
            "stick": stick, "tmp": tmp_path}


def test_join_builds_the_site_from_the_enrolment(world):
    with at(world["east"]):
        me = local_site()
        assert me.uuid == world["east_uuid"] and me.org_unit.code == "611002001001"
        codes = {u.code for u in OrgUnit.select()}
        assert {"611002", "611002001", "611002001001", "6110020010010101"} <= codes
        assert "611002001002" not in codes  # another community's units stay at the district
        assert identity.trusted(identity.public_of(world["district_uuid"]).key_id) is not None


def test_up_then_down_with_acknowledgement(world):
    with at(world["east"]):
        grid = org.by_code("6110020010010101")
        residents.add(grid.uuid, ResidentInput(name="王秀兰", phone="13812345678"))
    up = send(world["east"], world["district_uuid"], world["stick"])
    with at(world["district"]), pytest.raises(BundleError) as info:
        incoming.apply(up)  # keys not yet confirmed by the operators
    assert info.value.code == "E_SIGNATURE"
    done = trust_and_import(world["district"], up)
    assert done.counts["resident"]["new"] == 1
    with at(world["district"]):
        assert Resident.get(Resident.name == "王秀兰").origin_site == world["east_uuid"]
        again = incoming.apply(up)
        assert again.duplicate_of and "导入过" in again.duplicate_of
        assert Resident.select().count() == 1
    down = send(world["district"], world["east_uuid"], world["stick"])
    with at(world["east"]):
        incoming.apply(down)
        state = PeerState.get(PeerState.site_uuid == world["district_uuid"])
        assert state.acked_change_seq > 0  # the district holds our changes
    second_up = send(world["east"], world["district_uuid"], world["stick"])
    with at(world["east"]):
        out = BundleLog.select().where(BundleLog.direction == "out").order_by(BundleLog.id.desc()).first()
        assert out.since_seq == state.acked_change_seq  # cumulative from the acknowledgement on
    with at(world["district"]):
        assert incoming.plan(second_up).counts.get("resident", {}).get("new", 0) == 0


def test_a_lost_stick_costs_nothing_and_leaves_no_gap(world):
    with at(world["east"]):
        grid = org.by_code("6110020010010101")
        residents.add(grid.uuid, ResidentInput(name="甲"))
    first = send(world["east"], world["district_uuid"], world["stick"])
    first.unlink()  # lost
    with at(world["east"]):
        residents.add(org.by_code("6110020010010101").uuid, ResidentInput(name="乙"))
    second = send(world["east"], world["district_uuid"], world["stick"])
    done = trust_and_import(world["district"], second)
    assert done.skipped == [1] and done.missing == []  # bundle 2 holds what bundle 1 held
    with at(world["district"]):
        assert {r.name for r in Resident.select()} == {"甲", "乙"}
        assert PeerState.get(PeerState.site_uuid == world["east_uuid"]).missing == "[]"


def forged(world, table_rows):
    """A bundle signed with the east site's real keys but holding what we choose."""
    from app import __version__
    from app.exchange.bundle import write_bundle
    from db.schema import SCHEMA_VERSION

    with at(world["east"]):
        keys = identity.my_keys()
        state = outgoing.peer_state(world["district_uuid"])
        recipient = identity.public_of(world["district_uuid"])
        parts = [("exchange_meta", [{"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": "up"}])]
        parts += list(table_rows.items())
        return write_bundle(world["stick"], {
            "kind": "up", "from_site": world["east_uuid"], "to_site": world["district_uuid"],
            "seq": state.last_out_seq + 1, "since": None, "until": None, "schema_version": SCHEMA_VERSION,
            "app_version": __version__}, parts, [recipient], keys).path


def resident_row(grid_uuid, name="越界"):
    from db.hlc import pack, site_tag, wall_ms
    from db.ids import new_uuid

    return {"uuid": new_uuid(), "origin_site": EAST[0], "version": pack(wall_ms(), 0) + "-" + site_tag(EAST[0]),
            "deleted": 0, "created_at": "2026-01-01 00:00:00", "updated_at": "2026-01-01 00:00:00",
            "created_by": "x", "updated_by": "x", "grid_uuid": grid_uuid, "name": name}


EAST = [""]  # the east site's uuid, for rows forged in its name


@pytest.mark.parametrize("case", ["outside", "reference", "future", "orphan", "unknown_table"])
def test_bad_rows_reject_the_whole_bundle(world, case):
    from db.hlc import pack, wall_ms

    EAST[0] = world["east_uuid"]
    with at(world["district"]):
        west_grid = org.by_code("6110020010020101").uuid
        east_grid = org.by_code("6110020010010101").uuid
    rows = {
        "outside": {"resident": [resident_row(east_grid, "合法"), resident_row(west_grid)]},
        "reference": {"category": [{**resident_row(east_grid), "code": "x", "name": "新类别", "sort_order": 0,
                                     "active": 1, "grid_uuid": None}]},
        "future": {"resident": [{**resident_row(east_grid), "version": pack(wall_ms() + 9 * 86400000, 0)}]},
        "orphan": {"resident": [{**resident_row(east_grid), "building_uuid": "01a21b82-6f38-7423-8bb4-b81f3e4c659c"}]},
        "unknown_table": {"secrets": [{"uuid": "x"}]},
    }[case]
    if case == "reference":
        rows["category"][0].pop("grid_uuid")
        rows["category"][0].pop("name")
        rows["category"][0]["name"] = "新类别"
    bundle = forged(world, rows)
    with at(world["district"]):
        peek = peek_bundle(bundle)
        identity.register(peek.signer)
        identity.confirm(peek.signer.site_id)
    before = full_dump(world["district"])
    with at(world["district"]), pytest.raises(BundleError) as info:
        incoming.apply(bundle)
    expected = {"outside": "E_SCOPE", "reference": "E_SCOPE"}.get(case, "E_ROW")
    assert info.value.code == expected and "本站数据未作任何改动" in info.value.message
    assert full_dump(world["district"]) == before  # not one byte of data changed


def full_dump(path) -> list[str]:
    import sqlite3

    with sqlite3.connect(path) as con:  # planner statistics (PRAGMA optimize on close) are not data
        return [line for line in con.iterdump() if "sqlite_stat" not in line and "writable_schema" not in line]


def test_an_export_never_carries_rows_outside_its_subtree(world):
    with at(world["district"]):
        west_grid = org.by_code("6110020010020101").uuid
    with at(world["east"]):
        OrgUnit.insert(uuid=west_grid, code="6110020010020101", name="西关第1网格", level=4, path="x/",
                       parent=None).execute()
        residents.add(west_grid, ResidentInput(name="越界"))
    done = trust_and_import(world["district"], send(world["east"], world["district_uuid"], world["stick"]))
    assert "resident" not in done.counts


def test_conflicts_are_kept_for_a_leader_who_may_keep_theirs(world):
    from app.exchange import conflicts

    with at(world["east"]):
        grid = org.by_code("6110020010010101")
        r = residents.add(grid.uuid, ResidentInput(name="张三"))
    trust_and_import(world["district"], send(world["east"], world["district_uuid"], world["stick"]))
    with at(world["east"]):
        residents.update(r.uuid, ResidentInput(name="张三（社区改）"))  # not yet sent
    with at(world["district"]):
        residents.update(r.uuid, ResidentInput(name="张三（区改）"))  # later: the newer write
    down = send(world["district"], world["east_uuid"], world["stick"])
    with at(world["east"]):
        done = incoming.apply(down)
        assert done.counts["resident"]["conflicts"] == 1
        assert Resident.get_by_id(r.uuid).name == "张三（区改）"
        (conflict,) = conflicts.open_conflicts()
        assert "张三（社区改）" in conflict.local_row
        conflicts.resolve(conflict.id, "mine")
        assert Resident.get_by_id(r.uuid).name == "张三（社区改）" and conflicts.open_conflicts() == []
    up = send(world["east"], world["district_uuid"], world["stick"])
    with at(world["district"]):
        incoming.apply(up)
        assert Resident.get_by_id(r.uuid).name == "张三（社区改）"  # the kept value wins everywhere


def test_recovery_rebuilds_a_lost_site(world):
    with at(world["east"]):
        residents.add(org.by_code("6110020010010101").uuid, ResidentInput(name="留存"))
    trust_and_import(world["district"], send(world["east"], world["district_uuid"], world["stick"]))
    recovery = send(world["district"], world["east_uuid"], world["stick"], recovery=True)
    with at(world["district"]):
        assert peek_bundle(recovery).header["kind"] == "recovery"
    close_session()
    assert Site is not None


def test_a_subdistrict_relays_what_its_communities_send(district, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    sub_uuid, sub = enrol_site(district, tmp_path, "城关街道办", "subdistrict", "611002001")
    # the district learns the subdistrict's keys from its first bundle
    trust_and_import(district, send(sub, _district_uuid(district), stick))
    east_uuid, east = enrol_site(district, tmp_path, "东关社区", "community", "611002001001")
    with at(sub):  # the subdistrict gets the new site's record from the district
        pass
    trust_and_import(sub, send(district, sub_uuid, stick))
    with at(east):
        residents.add(org.by_code("6110020010010101").uuid, ResidentInput(name="经街道转报"))
    trust_and_import(sub, send(east, sub_uuid, stick))
    trust_and_import(district, send(sub, _district_uuid(district), stick))
    with at(district):
        relayed = Resident.get(Resident.name == "经街道转报")
        assert relayed.origin_site == east_uuid


def _district_uuid(path):
    with at(path):
        return local_site().uuid
