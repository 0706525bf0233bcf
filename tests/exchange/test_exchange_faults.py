"""Faults: an import killed at random points leaves the database fully before or
fully after; a recovery bundle rebuilds a lost site on a new PC."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from app import org
from app.backups import verdict
from app.exchange import enrol, identity, incoming, outgoing
from app.exchange.bundle import peek_bundle
from app.grid.residents import ResidentInput
from app.session import close_session, local_site
from db.bulk import insert_rows
from db.connection import database, quick_check
from db.models import Resident
from tests.exchange.test_exchange_sync import enrol_site
from tests.exchange_helpers import at

ROOT = Path(__file__).resolve().parents[2]
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


# Where a kill can land in `main.py import` (the markers are app/backups.py's and app/exchange/incoming.py's log
# lines, and the write-ahead log): the safety backup written but nothing of the import in the WAL yet (the bundle
# is being read and checked); the row writes under way (the transaction's pages spill into the WAL, no commit);
# the commit under way (every row written, the commit frames going into the WAL, no reader sees them yet).
BACKUP_DONE, WRITING, COMMITTING = "backup written: ", "import: writing the rows", "import: rows written, committing"
SPILLED = 1 << 20  # WAL bytes that show the row writes reaching the disk
ATTEMPTS = 5  # a phase missed (the process ran past it before it was stopped) is tried again on a fresh copy


def phase_of(log: str, wal: int, visible: int | None, alive: bool) -> str:
    """Which phase a stopped import is in, from what can be seen of it from outside."""
    if not alive:
        return "finished"
    if COMMITTING in log:
        return "commit" if visible == 0 else "committed"
    if WRITING in log and wal > 0:
        return "writing" if visible == 0 else "visible before the commit?"
    if BACKUP_DONE in log:
        return "after backup" if wal == 0 else "wal before the writes?"
    return "before backup"


# the condition each phase's kill waits for (the phase is then checked from what is seen once it is stopped)
READY = {
    "after backup": lambda log, wal: BACKUP_DONE in log,
    "writing": lambda log, wal: wal > SPILLED,
    "commit": lambda log, wal: COMMITTING in log,
}


def import_stopped_at(phase: str, master: Path, bundle: Path, folder: Path, env: dict) -> tuple[str, Path]:
    """Run the import on a fresh copy of `master`, SIGSTOP it as soon as `phase`'s condition holds, record the
    phase it is in, SIGKILL it. Returns (the phase observed, the copy)."""
    folder.mkdir()
    db = folder / master.name
    shutil.copy(master, db)
    wal = Path(f"{db}-wal")
    proc = subprocess.Popen([sys.executable, "main.py", "import", "--db", str(db), str(bundle)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    logs = Path(env["GRIDDESK_DATA_DIR"]) / "logs"

    def log_text() -> str:
        return "".join(p.read_text(encoding="utf-8") for p in logs.glob(f"griddesk-*-{proc.pid}.log*"))

    def wal_size() -> int:
        return wal.stat().st_size if wal.exists() else 0

    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and not READY[phase](log_text(), wal_size()):
            assert time.monotonic() < deadline, f"the import never reached {phase}"
            time.sleep(0.001)  # polling the condition, not a fixed wait
        proc.send_signal(signal.SIGSTOP)
        alive = proc.poll() is None
        visible = None
        if alive:  # what a reader sees while the writer is frozen mid-way
            with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as reader:
                visible = reader.execute("SELECT count(*) FROM resident").fetchone()[0]
        seen = phase_of(log_text(), wal_size(), visible, alive)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    return seen, db


@pytest.mark.parametrize("phase", list(READY))
def test_an_import_killed_midway_leaves_all_or_nothing(big_bundle, tmp_path, phase):
    district, bundle = big_bundle
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(tmp_path / "data")}
    seen = []
    for attempt in range(ATTEMPTS):
        observed, db = import_stopped_at(phase, district, bundle, tmp_path / f"attempt-{attempt}", env)
        seen.append(observed)
        assert quick_check(db) == "ok"
        # killed before the commit: nothing. During the commit: nothing, or (the last commit frame written but
        # not yet announced to readers when it was stopped) everything, never a part. After it: everything.
        expected = {"commit": (0, ROWS), "committed": (ROWS,), "finished": (ROWS,)}.get(observed, (0,))
        assert residents_in(db) in expected, f"killed in {observed!r}"
        if observed == phase:
            break
    assert seen[-1] == phase, f"no kill landed in {phase!r} in {ATTEMPTS} attempts; they landed in {seen}"
    backups_taken = list((db.parent / "backups").rglob("*before-import*"))
    assert len(backups_taken) == 1 and verdict(backups_taken[0]) == "ok"  # the safety copy is whole


def test_recovery_rebuilds_a_lost_site_on_a_new_pc(district, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    east_uuid, east = enrol_site(district, tmp_path, "东关社区", "community", "611002001001")
    with at(district):
        district_uuid = local_site().uuid
    with at(east):
        from app.grid import residents
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
