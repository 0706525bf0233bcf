"""Benchmark of the bundle file layer (a script, not a test: pytest does not collect tests/bench).

    .venv/bin/python tests/bench/bench_bundle.py [--rows 1000000] [--level 6] [--dir DIR]

Writes one bundle of N synthetic resident-like rows (about 300 bytes of JSON
each, Chinese text included) in 4 parts, then opens it (full checking pass) and
reads every row back. Prints seconds, rows per second, file size and the peak
resident set size (ru_maxrss) after each phase; the goal is 1,000,000 rows
written and read under 500 MB.
"""

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.exchange import SiteKeys, open_bundle, write_bundle  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
STREETS = ["北新街", "东关路", "西街", "南环路", "工农路", "中心街"]


def peak_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def rows(start: int, count: int, rng: random.Random):
    for i in range(start, start + count):
        yield {
            "uuid": f"0190{i:08x}-7a3c-7def-8123-{rng.getrandbits(48):012x}",
            "origin_site": "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
            "version": f"{1_700_000_000_000 + i:012x}{i % 65536:04x}",
            "deleted": False,
            "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
            "phone": f"1{rng.randint(3, 9)}{rng.randint(0, 999999999):09d}",
            "id_number": f"611002{rng.randint(1940, 2020)}{rng.randint(101, 1228):04d}{rng.randint(0, 9999):04d}",
            "address": f"{rng.choice(STREETS)}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元",
            "building_uuid": f"0190{rng.getrandbits(32):08x}-0000-7000-8000-000000000000",
            "grid_uuid": "0190ffee-0000-7000-8000-00000000abcd",
            "tags": ["独居老人"] if i % 17 == 0 else [],
            "updated_at": "2025-06-01T08:30:00",
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--level", type=int, default=6, help="gzip level")
    parser.add_argument("--dir", type=Path, default=None, help="where to write (default: a temp folder)")
    args = parser.parse_args()
    sender, receiver = SiteKeys.generate("site-a"), SiteKeys.generate("district")
    trusted = {sender.public().key_id: sender.public()}
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    rng = random.Random(1)
    quarter = args.rows // 4
    parts = [(f"part{k}", rows(k * quarter, quarter if k < 3 else args.rows - 3 * quarter, rng)) for k in range(4)]
    fields = dict(kind="recovery", from_site="site-a", to_site="district", seq=1, since=None,
                  until="0000000000010000", schema_version=1, app_version="0.1.0")
    print(f"rows {args.rows:,}  gzip level {args.level}  cpus {os.cpu_count()}  start peak RSS {peak_mb():.0f} MB")

    t = time.perf_counter()
    for k in range(4):  # the synthetic rows alone, so the write figure can be read net of them
        for _row in rows(k * quarter, quarter if k < 3 else args.rows - 3 * quarter, random.Random(2)):
            pass
    print(f"rows   {time.perf_counter() - t:7.1f} s  (making the synthetic rows alone, included in write)")

    t = time.perf_counter()
    receipt = write_bundle(folder, fields, parts, [receiver.public()], sender, compression=args.level)
    took = time.perf_counter() - t
    print(f"write  {took:7.1f} s  {args.rows / took:9,.0f} rows/s  file {receipt.size / 1e6:8.1f} MB  "
          f"peak RSS {peak_mb():.0f} MB")

    t = time.perf_counter()
    bundle = open_bundle(receipt.path, trusted, "district", receiver, 1)
    plain = sum(p.size for p in bundle.manifest)
    took = time.perf_counter() - t
    print(f"open   {took:7.1f} s  (hash + full checking pass over {plain / 1e6:.0f} MB of rows)  "
          f"peak RSS {peak_mb():.0f} MB")

    t = time.perf_counter()
    count = 0
    with bundle:
        for _name, _expected, records in bundle.iter_parts():
            for _row in records:
                count += 1
    took = time.perf_counter() - t
    assert count == args.rows, count
    print(f"read   {took:7.1f} s  {count / took:9,.0f} rows/s  peak RSS {peak_mb():.0f} MB")
    if args.dir is None:
        receipt.path.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
