"""Where the enrolment file and a bundle go, as a stick really fails: a full stick (a
real, tiny tmpfs) and a missing folder leave no file, no registered site, one Chinese
line, and a retry works; output piped into a reader that stops early ends quietly."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.cli_helpers import ROOT, cli, copy_demo, enrol_and_join, one_chinese_line

COM = "611002001001"


@pytest.fixture
def district(small_demo_master, tmp_path):
    return copy_demo(small_demo_master, tmp_path / "区 #1 %" / "district.sqlite3")


def enroll(pc, district, out):
    return cli(pc, "site", "enroll", "--db", district, "--name", "东关社区", "--level", "community", "--org", COM,
               "--out", out)


def registered(pc, district) -> bool:
    return "东关社区" in cli(pc, "sites", "--db", district).stdout


def test_enrol_into_a_missing_folder_then_retry(district, tmp_path):
    pc = tmp_path / "pc"
    refused = enroll(pc, district, tmp_path / "拔出的U盘" / "e.json")
    assert "不存在" in one_chinese_line(refused)
    assert not registered(pc, district)
    done = enroll(pc, district, tmp_path / "e #1 %.json")
    assert done.returncode == 0, done.stderr
    assert registered(pc, district)


def _can_mount() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="no mount namespace for a small tmpfs on this machine")
def test_enrol_onto_a_full_stick_leaves_nothing_and_can_be_retried(district, tmp_path):
    """A 256 KiB tmpfs, filled up to its last 8 KiB, mounted in a private mount namespace."""
    stick = tmp_path / "满的 U盘"
    stick.mkdir()
    pc = tmp_path / "pc"
    env = {"GRIDDESK_DATA_DIR": str(pc), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}
    script = ('mount -t tmpfs -o size=256k tmpfs "$1" && head -c 253952 /dev/zero > "$1/filler" || exit 9; '
              '"$2" main.py site enroll --db "$3" --name 东关社区 --level community --org "$4" --out "$1/e.json"; '
              'echo "rc=$?"; ls -A "$1"')
    run = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(stick), sys.executable, str(district),
                          COM], cwd=ROOT, capture_output=True, text=True, env=env, timeout=180)
    assert "rc=1" in run.stdout, run.stdout + run.stderr
    assert run.stdout.split("rc=1", 1)[1].split() == ["filler"]  # no e.json, no e.json.part
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr and "磁盘空间不足" in lines[0], run.stderr
    assert not registered(pc, district)
    done = enroll(pc, district, stick / "e.json")  # the same stick, emptied (the tmpfs is gone)
    assert done.returncode == 0, done.stderr
    assert (stick / "e.json").stat().st_size > 0


def test_export_to_a_missing_folder_says_the_folder_does_not_exist(district, tmp_path):
    pc, community = tmp_path / "社区电脑", tmp_path / "社区 #%.sqlite3"
    enrol_and_join(pc, district, community, COM)
    line = one_chinese_line(cli(pc, "export", "--db", community, "--to", "611002", "--out", tmp_path / "没有 #这个%"))
    assert "不存在" in line and "已满" not in line


@pytest.mark.parametrize("args", [["--help"], ["sites", "--db", "{db}"], ["keys", "--db", "{db}"]])
def test_output_into_a_pipe_closed_early_ends_quietly(district, tmp_path, args):
    """The reader is gone before the first byte (like `| head -1` after its line): no traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {"GRIDDESK_DATA_DIR": str(tmp_path / "pc"), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}
    try:
        run = subprocess.run([sys.executable, "main.py", *(a.format(db=district) for a in args)], cwd=ROOT,
                             stdout=write_end, stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    finally:
        os.close(write_end)
    assert "Traceback" not in run.stderr and "BrokenPipe" not in run.stderr, run.stderr
    assert run.returncode == 1


def test_help_piped_into_head(tmp_path):
    run = subprocess.run(f'"{sys.executable}" main.py --help | head -1', shell=True, cwd=ROOT, capture_output=True,
                         text=True, env={"GRIDDESK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert run.stdout.startswith("usage:") and run.stderr == ""
