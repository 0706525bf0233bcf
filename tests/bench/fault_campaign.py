"""Fault campaign: SIGKILLs at random moments, a full disk, a read-only medium.

Run as root (it mounts a tmpfs and a read-only bind) from the project folder:
    .venv/bin/python tests/bench/fault_campaign.py [--kills 8] [--seed 1]
Prints: kills run / databases damaged / half-applied / partial files left after the
next start; disk-full and read-only cases / tracebacks / answers without the right words.
"""

import argparse
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fault_helpers import add_bulk, cli, fill, read_only_view, small_disk, start_cli  # noqa: E402


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.close()
    return n


def sound(db: Path) -> bool:
    with sqlite3.connect(db) as con:
        ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    con.close()
    return ok


def roster_file(folder: Path, rows: int) -> Path:
    from openpyxl import Workbook

    from app.grid.roster.columns import RESIDENT_COLUMNS
    wb = Workbook()
    ws = wb.active
    ws.append([c.header + ("*" if c.header == "姓名" else "") for c in RESIDENT_COLUMNS])
    for i in range(rows):
        ws.append([f"居民{i}" if c.header == "姓名" else None for c in RESIDENT_COLUMNS])
    path = folder / "名单.xlsx"
    wb.save(path)
    return path


def kill_round(work: Path, data: Path, kind: str, delay: float, roster: Path, demo: Path) -> dict:
    db = work / "站点 #1.sqlite3"
    if kind != "demo":
        shutil.copy(demo, db)
    before = count(db, "resident") if kind != "demo" else 0
    backup = next((work / "backups").rglob("griddesk-*manual.sqlite3*"), None)
    args = {"backup": ["backup", "--db", str(db)],
            "backup --out": ["backup", "--db", str(db), "--out", str(work)],
            "restore": ["restore", "--db", str(db), str(backup)],
            "roster import": ["roster", "import", "--db", str(db), "--grid", "6110020010010101", str(roster)],
            "demo": ["demo", "--db", str(db), "--scale", "small"]}[kind]
    proc = start_cli(*args, data=data)
    time.sleep(delay)
    landed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    result = {"landed": landed, "damaged": False, "half": False, "left": 0}
    if not db.exists():
        return result | {"half": kind != "demo"}
    result["damaged"] = not sound(db)
    if not result["damaged"]:
        after = count(db, "resident")
        result["half"] = kind == "roster import" and after not in (before, before + 2000) or \
            kind == "demo" and (count(db, "site") == 0 or after == 0)
    cli("check", "--db", str(db), data=data)  # the next start cleans up
    result["left"] = len([p for p in work.rglob("*") if ".part" in p.name or p.name.endswith(
        (".restoring", ".building"))])
    return result


def kills(n: int, seed: int) -> None:
    rng = random.Random(seed)
    top = Path(tempfile.mkdtemp(prefix="gd-kills-"))
    data = top / "data"
    demo = top / "demo.sqlite3"
    assert cli("demo", "--db", str(demo), "--scale", "small", data=data).returncode == 0
    add_bulk(demo, 40)
    roster = roster_file(top, 2000)
    totals = {"runs": 0, "landed": 0, "damaged": 0, "half": 0, "left": 0}
    for kind, longest in [("backup", 0.6), ("backup --out", 1.5), ("restore", 1.2), ("roster import", 4.0),
                          ("demo", 2.0)]:
        for _ in range(n):
            work = top / f"run-{totals['runs']}"
            work.mkdir()
            if kind == "restore":
                shutil.copy(demo, work / "站点 #1.sqlite3")
                cli("backup", "--db", str(work / "站点 #1.sqlite3"), data=data)
            r = kill_round(work, data, kind, rng.uniform(0.2, longest), roster, demo)
            totals["runs"] += 1
            for key in ("landed", "damaged", "half"):
                totals[key] += int(r[key])
            totals["left"] += r["left"]
            shutil.rmtree(work)
    shutil.rmtree(top)
    print(f"kills run {totals['runs']} (landed mid-way {totals['landed']}) / databases damaged "
          f"{totals['damaged']} / half-applied {totals['half']} / partial files left after the next start "
          f"{totals['left']}")


def medium_cases(site: Path, data: Path, folder: Path, expect: str) -> tuple[int, int, int]:
    db = folder / site.name
    out = Path(tempfile.mkdtemp(prefix="gd-out-"))
    roster = roster_file(out, 50)
    cases = [["check", "--db", str(db)], ["stats", "--db", str(db)], ["restore", "--db", str(db)],
             ["roster", "export", "--db", str(db), "--org", "611002", "--out", str(folder / "导出.xlsx")],
             ["roster", "template", "--out", str(folder / "模板.xlsx")],
             ["roster", "import", "--db", str(db), "--grid", "6110020010010101", str(roster)],
             ["backup", "--db", str(db)], ["backup", "--db", str(db), "--out", str(folder)], ["keys", "--db", str(db)],
             ["notice", "work_report", "--db", str(db), "--org", "611002", "--period", "2026", "--out",
              str(folder / "报表.pdf")],
             ["init", "--db", str(folder / "新.sqlite3"), "--site-name", "新", "--level", "district", "--admin", "a"],
             ["demo", "--db", str(folder / "演示.sqlite3")]]
    tracebacks = unexplained = 0
    for args in cases:
        done = cli(*args, data=data, stdin="pass-word-1\n")
        tracebacks += int("Traceback" in done.stderr or "Exception ignored" in done.stderr)
        unexplained += int(done.returncode != 0 and expect not in done.stderr)
    shutil.rmtree(out)
    return len(cases), tracebacks, unexplained


def media() -> None:
    top = Path(tempfile.mkdtemp(prefix="gd-media-"))
    data = top / "data"
    site = top / "站点.sqlite3"
    assert cli("demo", "--db", str(site), "--scale", "small", data=data).returncode == 0
    with small_disk(24 * 1024) as disk:  # the small demo (8 MB), a backup of it, room to spare
        shutil.copy(site, disk / site.name)
        assert cli("backup", "--db", str(disk / site.name), data=data).returncode == 0
        fill(disk, leave=200 * 1024)
        n, tb, bad = medium_cases(site, data, disk, "磁盘空间不足")
    print(f"disk-full cases {n} / tracebacks {tb} / failures without 磁盘空间不足 {bad}")
    plain = top / "medium"
    plain.mkdir()
    shutil.copy(site, plain / site.name)
    assert cli("backup", "--db", str(plain / site.name), data=data).returncode == 0
    with read_only_view(plain) as view:
        n, tb, bad = medium_cases(site, data, view, "只读")
    print(f"read-only cases {n} / tracebacks {tb} / failures without 只读 {bad}")
    shutil.rmtree(top)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=8, help="kills per kind of command")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    kills(options.kills, options.seed)
    media()
