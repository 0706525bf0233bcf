"""Faults: an import killed at random points leaves the database fully before or
fully after; a recovery bundle rebuilds a lost site on a new PC."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import org
from app.exchange import enrol, identity, incoming, outgoing
from app.exchange.bundle import peek_bundle
from app.residents import ResidentInput
from app.session import close_session, local_site
from db.bulk import insert_rows
from db.connection import database, quick_check
from db.models import Resident
from tests.exchange_helpers import at
from tests.test_exchange_sync import enrol_site

ROOT = Path(__file__).resolve().parent.parent
ROWS = 20_000


@pytest.fixture
def big_bundle(district, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    east_uuid, east = enrol_site(district, tmp_path, "东关社区", "community", "611002001001")
    with at(district):
        district_uuid = local_site().uuid
    with at(east):
        grid = org.by_code("6110020010010101")
        with database.atomic():
            insert_rows(Resident, [{"grid": grid.uuid, "name": f"居民{i}"} for i in range(ROWS)])
        bundle = outgoing.export(district_uuid, stick).path
    with at(district):
        peek = peek_bundle(bundle)
        identity.register(peek.signer)
        identity.confirm(peek.signer.site_id)
    close_session()
    return district, bundle


def residents_in(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT count(*) FROM resident").fetchone()[0]


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.5, 2.5, 4.0])
def test_an_import_killed_midway_leaves_all_or_nothing(big_bundle, tmp_path, delay):
    district, bundle = big_bundle
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "main.py", "import", "--db", str(district), str(bundle)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert quick_check(district) == "ok"
    assert residents_in(district) in (0, ROWS)


def test_recovery_rebuilds_a_lost_site_on_a_new_pc(district, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    east_uuid, east = enrol_site(district, tmp_path, "东关社区", "community", "611002001001")
    with at(district):
        district_uuid = local_site().uuid
    with at(east):
        from app import residents
        residents.add(org.by_code("6110020010010101").uuid, ResidentInput(name="不能丢"))
        first = outgoing.export(district_uuid, stick).path
    with at(district):
        peek = peek_bundle(first)
        identity.register(peek.signer)
        identity.confirm(peek.signer.site_id)
        incoming.apply(first)
        identity.revoke(east_uuid)  # the old PC is gone
        (tmp_path / "again").mkdir()
        enrol_file = tmp_path / "again" / "east.json"
        enrol.reissue(east_uuid, enrol_file)
    east.unlink()  # the PC died
    new_pc = tmp_path / "new-pc.sqlite3"
    enrol.join(new_pc, enrol.read(enrol_file), "admin", "pass-word-1")
    close_session()
    with at(new_pc):
        hello = outgoing.export(district_uuid, stick).path  # carries the new keys
    with at(district):
        peek = peek_bundle(hello)
        identity.register(peek.signer, replace=True)
        identity.confirm(peek.signer.site_id)
        incoming.apply(hello)
        recovery = outgoing.export(east_uuid, stick, recovery=True).path
    with at(new_pc):
        done = incoming.apply(recovery)
        assert Resident.get(Resident.name == "不能丢").origin_site == east_uuid
        assert done.kind == "recovery"
