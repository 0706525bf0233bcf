"""A full recovery bundle of a big database, written and read in bounded memory.

    .venv/bin/python tests/bench/bench_recovery.py DB

DB is a demo database (e.g. a `1m` demo: python main.py demo --db X --scale 1m);
it is copied first. A standby PC for the district (a site at the district's own
org unit) is registered with fresh keys, the district writes it a recovery
bundle of everything, and the standby reads every row back. Each phase runs in a
fresh process and reports its time and peak RSS (goal: under 500 MB).
"""

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-"))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write(work: Path) -> dict:
    from app import auth
    from app.exchange import identity, outgoing
    from app.exchange.keys import SiteKeys
    from app.session import close_session, local_site, open_session
    from db.models import Site

    open_session(work / "district.sqlite3")
    auth.act_as_command_line()
    standby = Site.create(name="区级备用电脑", level="district", org_unit=local_site().org_unit)
    keys = SiteKeys.generate(standby.uuid)
    (work / "standby.json").write_text(keys.to_json())
    identity.register(keys.public(), confirmed=True)
    start = time.perf_counter()
    receipt = outgoing.export(standby.uuid, work, recovery=True)
    seconds = time.perf_counter() - start
    (work / "bundle").write_text(str(receipt.path))
    (work / "me").write_text(json.dumps([local_site().uuid, identity.my_keys().public().to_json()]))
    close_session()
    return {"seconds": seconds, "bytes": receipt.size, "rss_mb": rss_mb()}


def read(work: Path) -> dict:
    from app.exchange.bundle import open_bundle
    from app.exchange.keys import PublicKeys, SiteKeys
    from db.schema import SCHEMA_VERSION

    keys = SiteKeys.from_json((work / "standby.json").read_text())
    district = PublicKeys.from_json(json.loads((work / "me").read_text())[1])
    start = time.perf_counter()
    rows = 0
    with open_bundle(Path((work / "bundle").read_text()), {district.key_id: district}, keys.site_id, keys,
                     SCHEMA_VERSION) as bundle:
        for part in bundle.iter_parts():
            for _ in part.records:
                rows += 1
    return {"seconds": time.perf_counter() - start, "rows": rows, "rss_mb": rss_mb()}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] in ("write", "read"):
        work = Path(sys.argv[2])
        print(json.dumps((write if sys.argv[1] == "write" else read)(work)))
        return
    work = Path(tempfile.mkdtemp(prefix="griddesk-recovery-bench-"))
    shutil.copy(sys.argv[1], work / "district.sqlite3")
    results = {}
    for name in ("write", "read"):
        out = subprocess.run([sys.executable, __file__, name, str(work)], capture_output=True, text=True,
                             check=True, cwd=ROOT)
        results[name] = json.loads(out.stdout.strip().splitlines()[-1])
    w, r = results["write"], results["read"]
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; database {sys.argv[1]}")
    print(f"  recovery bundle written: {w['seconds']:.1f} s, {w['bytes'] / 1e6:.1f} MB, peak RSS {w['rss_mb']:.0f} MB")
    print(f"  read back: {r['rows']:,} records in {r['seconds']:.1f} s, peak RSS {r['rss_mb']:.0f} MB (goal < 500 MB)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
