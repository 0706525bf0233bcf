"""A recovery bundle imported in bounded memory: the dry run and the import, each in a fresh
process, with its time and peak memory (issue 19: < 300 MB and < 5 min at `1m`).

    .venv/bin/python tests/bench/bench_import.py DB [--work DIR] [--code SUBDISTRICT]

DB is a demo database (e.g. the cached `1m` demo); it is copied into DIR (default a
temporary folder) and never opened itself. In the copy the district enrols a site for a
subdistrict (by default the one with the most residents), the site joins a fresh database,
its first bundle is trusted, and the district writes it a recovery bundle of everything in
its scope. Then `plan` (import --dry-run) and `apply` (the import, on a copy of the joined
database) run in fresh processes. `--phase plan|apply --work DIR` runs one phase again on
what an earlier run left in DIR (e.g. with another checkout's code on PYTHONPATH, for the
"before" figure), `--keep` leaves DIR in place. `--in-place` uses DB itself instead of a copy
(the shared writable `1m` copy, under its lock): the district enrols one more site there.
"""

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "pass-word-1"


def peak_mb() -> float:
    """This program's peak resident memory (VmHWM; ru_maxrss would include the parent's on Linux)."""
    return int(re.search(r"VmHWM:\s*(\d+)", Path("/proc/self/status").read_text())[1]) / 1024


def biggest_subdistrict(db: Path) -> str:
    con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT s.code FROM org_unit s JOIN org_unit g ON g.path >= s.path AND g.path < s.path || "
                           "char(65535) JOIN resident r ON r.grid_uuid = g.uuid WHERE s.level = 1 "
                           "GROUP BY s.code ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    finally:
        con.close()


def setup(work: Path, code: str, district: Path) -> dict:
    from app import auth
    from app.exchange import enrol, identity, incoming, outgoing
    from app.exchange.bundle import peek_bundle
    from app.session import close_session, local_site, open_session

    open_session(district)
    auth.act_as_command_line()
    to = local_site().uuid
    site = enrol.enroll("备用街道电脑", "subdistrict", code, work / "enrol.json")
    close_session()
    enrol.join(work / "site.sqlite3", enrol.read(work / "enrol.json"), "admin", PASSWORD)
    auth.act_as_command_line()
    first = outgoing.export(to, work).path
    close_session()
    open_session(district)
    auth.act_as_command_line()
    identity.register(peek_bundle(first).signer)
    identity.confirm(site.uuid)
    incoming.apply(first)
    start = time.perf_counter()
    receipt = outgoing.export(site.uuid, work, recovery=True)
    seconds = time.perf_counter() - start
    close_session()
    shutil.copy(work / "site.sqlite3", work / "site-joined.sqlite3")
    (work / "bundle").write_text(str(receipt.path))
    return {"seconds": seconds, "bytes": receipt.size}


def run(work: Path, phase: str) -> dict:
    from app import auth
    from app.exchange import incoming
    from app.session import close_session, open_session

    db = work / "site.sqlite3"
    shutil.copy(work / "site-joined.sqlite3", db)  # every run starts from the joined site
    for extra in work.glob("site.sqlite3-*"):
        extra.unlink()
    open_session(db)
    auth.act_as_command_line()
    before = peak_mb()
    start = time.perf_counter()
    done = (incoming.plan if phase == "plan" else incoming.apply)((work / "bundle").read_text())
    seconds = time.perf_counter() - start
    close_session()
    rows = sum(sum(c.values()) for c in done.counts.values())
    return {"seconds": seconds, "rows": rows, "peak_mb": peak_mb(), "before_mb": before}


def phase(work: Path, name: str, *extra: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--phase", name, "--work", str(work), *extra],
                         capture_output=True, text=True, check=True, cwd=ROOT, env={**os.environ})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?")
    parser.add_argument("--work")
    parser.add_argument("--code")
    parser.add_argument("--phase")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--district")
    parser.add_argument("--in-place", action="store_true", help="write in DB itself (a shared writable copy, "
                        "under its lock) instead of copying it: the district enrols one more site there")
    args = parser.parse_args()
    sys.path.insert(0, os.environ.get("PYTHONPATH") or str(ROOT))
    work = Path(args.work or tempfile.mkdtemp(prefix="griddesk-import-bench-")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GRIDDESK_DATA_DIR", str(work / "data"))
    if args.phase:
        district = Path(args.district or work / "district.sqlite3")
        result = setup(work, args.code, district) if args.phase == "setup" else run(work, args.phase)
        print(json.dumps(result))
        return
    if args.db:
        district = Path(args.db).resolve() if args.in_place else work / "district.sqlite3"
        if not args.in_place:
            shutil.copy(args.db, district)
        code = args.code or biggest_subdistrict(district)
        made = phase(work, "setup", "--code", code, "--district", str(district))
        print(f"recovery bundle for subdistrict {code}: written in {made['seconds']:.0f} s, "
              f"{made['bytes'] / 1e6:.0f} MB")
        (work / "district.sqlite3").unlink(missing_ok=True)  # the copy of the demo is no longer needed
    print(f"machine: {os.cpu_count()} CPUs (shared), Python {sys.version.split()[0]}; code {sys.path[0]}")
    for name in ("plan", "apply"):
        r = phase(work, name)
        print(f"  {'import --dry-run' if name == 'plan' else 'import':16} {r['rows']:,} records in "
              f"{r['seconds']:.0f} s ({r['rows'] / r['seconds']:,.0f}/s), peak RSS {r['peak_mb']:.0f} MB "
              f"(after opening {r['before_mb']:.0f} MB)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
