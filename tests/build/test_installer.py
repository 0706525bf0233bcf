"""The Windows installer that `build/build.sh --windows` makes (tests/windows/run.sh builds it,
then runs this file): what it holds (7z lists NSIS installers) and, under Wine, a silent
per-user install into a folder with Chinese, spaces and #, the installed griddesk-cli.exe,
an upgrade that keeps the data, and an uninstall that never deletes the data folder.
Skipped, with the reason, when the installer has not been built on this machine."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "build" / "dist" / f"GridDesk-安装程序-{__version__}.exe"
PREFIX = ROOT / "build" / "wine" / "prefix"
INSTALL_DIR = r"C:\users\张三 #1\Programs\Grid Desk"

pytestmark = pytest.mark.skipif(not INSTALLER.is_file(), reason="no installer: build/build.sh --windows")


def listing() -> list[str]:
    if not shutil.which("7z"):
        pytest.skip("7z (p7zip-full) lists the installer")
    out = subprocess.run(["7z", "l", "-slt", str(INSTALLER)], capture_output=True, text=True, check=True).stdout
    return [line[7:].replace("\\", "/") for line in out.splitlines() if line.startswith("Path = ")][1:]


def test_the_installer_holds_both_programs_and_what_they_need():
    names = set(listing())
    for name in ("griddesk.exe", "griddesk-cli.exe", "uninstall.exe", "_internal/python311.dll",
                 "_internal/PySide6/translations/qtbase_zh_CN.qm", "_internal/PySide6/translations/qt_zh_CN.qm",
                 "_internal/resources/i18n/griddesk_zh_CN.qm", "_internal/resources/icons/griddesk.png",
                 "_internal/PySide6/plugins/platforms/qwindows.dll"):
        assert name in names, name
    migrations = {p.name for p in (ROOT / "db" / "migrations").glob("[0-9]*.py")}
    assert {n.rsplit("/", 1)[-1] for n in names if n.startswith("_internal/db/migrations/")} >= migrations
    catalogs = [n for n in names if n.startswith("_internal/PySide6/translations/")]
    assert sorted(catalogs) == ["_internal/PySide6/translations/qt_zh_CN.qm",
                                "_internal/PySide6/translations/qtbase_zh_CN.qm"], "only the Chinese Qt catalogs"


def wine(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    if not shutil.which("wine") or not PREFIX.is_dir():
        pytest.skip("Wine and its prefix: tests/windows/run.sh")
    env = {**os.environ, "WINEPREFIX": str(PREFIX), "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml=",
           "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"}
    env.pop("GRIDDESK_DATA_DIR", None)
    return subprocess.run(["wine", *args], env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)


def in_cmd(command_line: str) -> subprocess.CompletedProcess:
    """As typed in cmd.exe (NSIS reads `/D=` and `_?=` unquoted, spaces and all, from its command
    line): a batch file in the system's code page, so no layer re-quotes the line."""
    batch = PREFIX / "drive_c" / "griddesk-installer-test.bat"
    batch.write_bytes(f"@echo off\r\n{command_line}\r\n".encode("gbk"))
    return wine("cmd", "/c", r"C:\griddesk-installer-test.bat")


def windows(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


def unix(windows_path: str) -> Path:
    drive, rest = windows_path.split(":", 1)
    assert drive.upper() == "C"
    return PREFIX / "drive_c" / rest.strip("\\").replace("\\", "/")


@pytest.fixture(scope="module")
def installed():
    folder = unix(INSTALL_DIR)
    shutil.rmtree(folder.parent.parent, ignore_errors=True)
    done = in_cmd(f"{windows(INSTALLER)} /S /D={INSTALL_DIR}")
    assert done.returncode == 0, done.stderr
    return folder


def test_a_silent_install_runs_the_installed_program(installed):
    assert (installed / "griddesk.exe").is_file() and (installed / "uninstall.exe").is_file()
    done = wine(str(installed / "griddesk-cli.exe"), "--version")
    assert done.stdout.decode().strip() == f"GridDesk {__version__}"
    shortcuts = [p.name for p in PREFIX.glob("drive_c/users/*/**/*.lnk")]
    assert shortcuts.count("GridDesk 网格治理工作台.lnk") == 2, shortcuts  # Start menu and desktop


def test_an_upgrade_replaces_the_program_and_keeps_the_data(installed):
    data = next(PREFIX.glob("drive_c/users/*/AppData/Local")) / "GridDesk"
    data.mkdir(exist_ok=True)
    (data / "griddesk.sqlite3").write_bytes(b"the office's data")
    (installed / "_internal" / "from-the-old-version.dll").write_bytes(b"old")
    done = in_cmd(f"{windows(INSTALLER)} /S /D={INSTALL_DIR}")
    assert done.returncode == 0, done.stderr
    assert not (installed / "_internal" / "from-the-old-version.dll").exists()
    assert (data / "griddesk.sqlite3").read_bytes() == b"the office's data"


def test_the_uninstaller_removes_the_program_never_the_data(installed):
    data = next(PREFIX.glob("drive_c/users/*/AppData/Local")) / "GridDesk"
    data.mkdir(exist_ok=True)
    (data / "griddesk.sqlite3").write_bytes(b"the office's data")
    done = in_cmd(f"\"{INSTALL_DIR}\\uninstall.exe\" /S _?={INSTALL_DIR}")  # _?= waits for it to finish
    assert done.returncode == 0, done.stderr
    assert not (installed / "griddesk.exe").exists() and not (installed / "_internal").exists()
    assert (data / "griddesk.sqlite3").read_bytes() == b"the office's data"
    assert not [p for p in PREFIX.glob("drive_c/users/*/**/GridDesk 网格治理工作台.lnk")]
