"""Real faults for tests: a small tmpfs that fills up, a read-only bind mount, a process
killed while its part file is on disk, a user without root's rights."""

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ODD = "数据 #1 %20"  # a folder name with Chinese, a space, # and %
PASSWORD = "pass-word-1"


def need_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs or a read-only bind needs root")


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextlib.contextmanager
def small_disk(size_kb: int):
    """A tmpfs of `size_kb` KiB (a disk that really fills up), with an odd folder in it."""
    need_root()
    top = Path(tempfile.mkdtemp(prefix="gd-tmpfs-"))
    _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(top))
    try:
        folder = top / ODD
        folder.mkdir()
        folder.chmod(0o777)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(top)], check=False)
        top.rmdir()


@contextlib.contextmanager
def read_only_view(folder: Path):
    """`folder` seen through a read-only bind mount (as a CD or a write-protected stick)."""
    need_root()
    view = Path(tempfile.mkdtemp(prefix="gd-ro-")) / ODD
    view.mkdir(parents=True)
    _mount("--bind", str(folder), str(view))
    try:
        _mount("-o", "remount,ro,bind", str(view))
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
        view.rmdir()
        view.parent.rmdir()


def fill(folder: Path, leave: int = 0) -> int:
    """Write a filler file until the disk is full (then free `leave` bytes); returns free bytes."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize


def cli(*args: str, data: Path, stdin: str = "", user: str | None = None) -> subprocess.CompletedProcess:
    """The real command line; `user="nobody"` drops root's rights (file permissions then hold)."""
    env = {"GRIDDESK_DATA_DIR": str(data), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8",
           "HOME": str(data)}
    prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if user == "nobody" else []
    return subprocess.run([*prefix, sys.executable, "main.py", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, env=env, timeout=180)


def start_cli(*args: str, data: Path) -> subprocess.Popen:
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(data)}
    return subprocess.Popen([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill_when(proc: subprocess.Popen, folder: Path, pattern: str, timeout: float = 60) -> list[Path]:
    """SIGKILL `proc` the moment a file matching `pattern` appears under `folder`;
    returns what was there at the kill (so a test can show the kill landed mid-way)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        found = list(folder.rglob(pattern))
        if found:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            return found
        time.sleep(0.0005)  # polling the condition (the file appearing)
    proc.kill()
    proc.wait(timeout=30)
    return []


def no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr


def says_disk_full(done: subprocess.CompletedProcess, folder: Path) -> None:
    """Exit 1, one line, 磁盘空间不足 and the folder, no traceback."""
    assert done.returncode == 1
    no_traceback(done)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "磁盘空间不足" in done.stderr and str(folder) in done.stderr, done.stderr


def site_copy_on(disk: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A new site's database copied onto `disk`; returns it and the data folder."""
    data = tmp_path / "data"
    db = disk / "城关.sqlite3"
    db.write_bytes(make_site(tmp_path / "源.sqlite3", data).read_bytes())
    return db, data


def add_bulk(db: Path, megabytes: int) -> None:
    """Make a site database big enough that copying it takes a while (random, incompressible)."""
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE IF NOT EXISTS test_bulk (b BLOB)")
        con.executemany("INSERT INTO test_bulk VALUES (randomblob(1048576))", [()] * megabytes)
    con.close()


def make_site(path: Path, data: Path, name: str = "城关街道办事处", org: str = "611002001") -> Path:
    done = cli("init", "--db", str(path), "--site-name", name, "--level", "subdistrict", "--org", org,
               "--admin", "clerk", data=data, stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    return path


def kill_signal_name(proc: subprocess.Popen) -> bool:
    return proc.returncode == -signal.SIGKILL
