"""The read-only exchange views the window shows: peers, history, site states,
conflicts (masked) and an unknown sender's fingerprint."""

import datetime as dt

import pytest

from app import org
from app.exchange import views
from app.exchange.errors import BundleError
from app.grid import residents
from app.grid.residents import ResidentInput
from app.session import local_site
from tests.exchange import test_exchange_sync
from tests.exchange_helpers import at

world = test_exchange_sync.world  # a district and 东关社区 enrolled and joined (fixture)
send, trust_and_import = test_exchange_sync.send, test_exchange_sync.trust_and_import


def test_peers_are_the_site_above_or_every_enrolled_site(world):
    with at(world["east"]):
        (peer,) = views.export_peers()
        assert (peer.uuid, peer.above) == (world["district_uuid"], True)
    with at(world["district"]):
        assert [p.uuid for p in views.export_peers()] == []  # east's keys arrive with its first bundle
        states = views.site_states()
        assert [(s.uuid, s.key_state, s.stale, s.days_since) for s in states] == [
            (world["east_uuid"], "none", True, None)]


def test_unknown_sender_then_trusted_then_history_and_states(world):
    with at(world["east"]):
        residents.add(org.by_code("6110020010010101").uuid, ResidentInput(name="王秀兰", phone="13812345678"))
    up = send(world["east"], world["district_uuid"], world["stick"])
    with at(world["district"]):
        sender = views.sender_of(up)
        assert sender.name == "东关社区居委会" and sender.key_state == "none"
        assert views.trust_sender(up) == world["east_uuid"]
        assert views.sender_of(up).key_state == "confirmed"
    trust_and_import(world["district"], up)
    with at(world["district"]):
        (row,) = views.history()
        assert (row.direction, row.peer, row.seq, row.status) == ("in", "东关社区居委会", 1, "imported")
        assert row.totals["new"] >= 1
        (state,) = views.site_states()
        assert state.last_in_seq == 1 and state.days_since == 0 and not state.stale
        later = views.site_states(now=dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=40))
        assert later[0].stale and later[0].days_since >= 40
        assert [p.uuid for p in views.export_peers()] == [world["east_uuid"]]
        assert len(views.my_fingerprint().split()) == 7 and local_site().level == "district"
    with at(world["east"]):
        (out,) = views.history()
        assert out.direction == "out" and out.file_name == up.name


def test_a_viewer_cannot_trust_a_sender(world):
    from app import auth
    up = send(world["east"], world["district_uuid"], world["stick"])
    with at(world["district"]):
        auth.set_current_user(auth.create_user("v1", "v", "viewer", "password-1"))
        with pytest.raises(Exception, match="管理"):
            views.trust_sender(up)


def test_conflict_values_are_masked(world):
    with at(world["east"]):
        r = residents.add(org.by_code("6110020010010101").uuid,
                          ResidentInput(name="张三", phone="13812345678", id_number="612501199001011239"))
    trust_and_import(world["district"], send(world["east"], world["district_uuid"], world["stick"]))
    with at(world["east"]):
        residents.update(r.uuid, ResidentInput(name="张三（社区改）", phone="13812345678",
                                               id_number="612501199001011239"))
    with at(world["district"]):
        residents.update(r.uuid, ResidentInput(name="张三（区改）"))
    trust_and_import(world["east"], send(world["district"], world["east_uuid"], world["stick"]))
    with at(world["east"]):
        (c,) = views.conflicts()
        assert c.table == "resident" and c.label == "张三（社区改）"
        assert c.values["phone"] == "138****5678" and c.values["id_number"] == "612501********1239"
        assert "uuid" not in c.values


def test_totals_and_mask():
    assert views.totals('{"a": {"new": 2, "updated": 1}, "b": {"new": 1}}')["new"] == 3
    assert views.totals(None) == dict.fromkeys(views.OUTCOMES, 0)
    assert views.mask("requester_phone", "13900001111") == "139****1111"


def test_a_damaged_file_has_no_sender(tmp_path, world):
    bad = tmp_path / "x.gdb"
    bad.write_bytes(b"not a bundle")
    with at(world["district"]), pytest.raises(BundleError):
        views.sender_of(bad)
