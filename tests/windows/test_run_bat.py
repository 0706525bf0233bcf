"""Windows only (cmd.exe under Wine: tests/windows/run.sh): run.bat as an office PC runs it.

The PC's Pythons are played by a `py.bat` launcher on PATH that knows the versions a test
gives it; the one it calls 3.11 is the real Windows Python running the lane, copied into
.venv when run.bat asks for a venv. pip in that venv is a stand-in that logs each call and,
with OFFLINE=1, fails as pip does offline. main.py and build/i18n.py are small stand-ins."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="cmd.exe: tests/windows/run.sh")

ROOT = Path(__file__).resolve().parents[2]
PY_BAT = '@echo off\r\n"{python}" "{fake}" %*\r\nexit /b %errorlevel%\r\n'
FAKE_PY = r'''
import os, shutil, subprocess, sys
version, args = sys.argv[1], sys.argv[2:]
with open(os.environ["PY_LOG"], "a", encoding="utf-8") as log:
    log.write(" ".join(sys.argv[1:]) + "\n")
if version not in os.environ["FAKE_PYTHONS"].split():
    sys.exit(103)  # the launcher: no such Python installed
if version != "-3.11":
    sys.exit(1)  # a Python that is installed but not supported (3.14): any check fails
if args[:2] == ["-m", "venv"]:
    scripts = os.path.join(args[2], "Scripts")
    shutil.copytree(os.path.dirname(sys.executable), scripts, ignore=shutil.ignore_patterns("*._pth"))
    with open(os.path.join(scripts, "python311._pth"), "w") as pth:
        pth.write("python311.zip\n.\n" + os.environ["PIP_STUB"] + "\nimport site\n")
    sys.exit(0)
sys.exit(subprocess.call([sys.executable, *args]))
'''
PIP_MAIN = r'''
import os, sys
with open(os.environ["PIP_LOG"], "a", encoding="utf-8") as log:
    log.write(" ".join(sys.argv[1:]) + "\n")
if os.environ.get("OFFLINE") == "1":
    print("ERROR: No matching distribution found for setuptools>=69")
    sys.exit(1)
'''


@pytest.fixture
def pc(tmp_path):
    """A source folder under `张三 #1\\Grid Desk`, a fake launcher, logs; returns a runner."""
    folder = tmp_path / "张三 #1" / "Grid Desk"
    (folder / "build").mkdir(parents=True)
    shutil.copy(ROOT / "run.bat", folder)
    shutil.copy(ROOT / "pyproject.toml", folder)
    (folder / "build" / "i18n.py").write_text("")
    (folder / "main.py").write_text("import sys\nprint('GridDesk started', *sys.argv[1:])\n")
    tools = tmp_path / "tools"
    (tools / "stub" / "pip").mkdir(parents=True)
    (tools / "stub" / "pip" / "__main__.py").write_text(PIP_MAIN)
    (tools / "fake_py.py").write_text(FAKE_PY)
    (tools / "py.bat").write_text(PY_BAT.format(python=sys.executable, fake=tools / "fake_py.py"))
    env = {**os.environ, "PATH": f"{tools};{os.environ['PATH']}", "PY_LOG": str(tmp_path / "py.log"),
           "PIP_LOG": str(tmp_path / "pip.log"), "PIP_STUB": str(tools / "stub"), "FAKE_PYTHONS": "-3.11 -3"}

    def start(*args, offline=False, pythons=None):
        run_env = {**env, "OFFLINE": "1" if offline else "0", "FAKE_PYTHONS": pythons or env["FAKE_PYTHONS"]}
        done = subprocess.run(["cmd", "/c", str(folder / "run.bat"), *args], cwd=tmp_path, env=run_env,
                              capture_output=True, timeout=300)
        return done.returncode, done.stdout.decode("gbk", errors="replace")

    start.folder, start.tmp = folder, tmp_path
    return start


def calls(pc, name: str) -> list[str]:
    log = pc.tmp / name
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_an_offline_start_after_the_first_install_does_not_run_pip(pc):
    code, out = pc("--version")
    assert code == 0 and "GridDesk started --version" in out, out
    assert len(calls(pc, "pip.log")) == 1
    code, out = pc("--version", offline=True)
    assert code == 0 and "GridDesk started --version" in out, out
    assert len(calls(pc, "pip.log")) == 1, "no pip at an ordinary start"


def test_a_changed_pyproject_installs_again(pc):
    assert pc()[0] == 0
    with open(pc.folder / "pyproject.toml", "a", encoding="utf-8") as f:
        f.write("# a new dependency\n")
    assert pc()[0] == 0
    assert len(calls(pc, "pip.log")) == 2


def test_the_venv_is_made_with_a_supported_python_not_the_newest(pc):
    assert pc(pythons="-3.14 -3 -3.11")[0] == 0
    made = [c for c in calls(pc, "py.log") if "-m venv" in c]
    assert made == ["-3.11 -m venv .venv"]


def test_without_a_supported_python_it_stops_and_leaves_no_venv(pc):
    code, out = pc(pythons="-3.14 -3")
    assert code == 1 and "GridDesk started" not in out
    assert not (pc.folder / ".venv").exists()


def test_a_first_install_that_fails_removes_the_half_made_venv(pc):
    code, out = pc(offline=True)
    assert code == 1 and "GridDesk started" not in out
    assert not (pc.folder / ".venv").exists(), "the next start begins afresh"
    assert pc()[0] == 0
