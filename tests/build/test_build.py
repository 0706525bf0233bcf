"""The Windows build, built and run here: build/griddesk.spec -> one folder, two programs.

One PyInstaller build per session (about 12 s on 2 cores), into a temporary folder;
then the frozen programs run the way a clerk or IT would run them.
"""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import version_info  # noqa: E402

PASSWORD = "build-test-pass-1"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def exe(folder: Path, name: str) -> Path:
    return folder / f"{name}{EXE_SUFFIX}"


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """Build once into a temporary dist folder; return dist/griddesk."""
    pytest.importorskip("PyInstaller")
    base = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "--if-missing"], cwd=ROOT, check=True)
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build" / "griddesk.spec"),
         "--distpath", str(base / "dist"), "--workpath", str(base / "work"),
         "--noconfirm", "--log-level", "WARN"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return base / "dist" / "griddesk"


@pytest.fixture(scope="module")
def frozen_env(tmp_path_factory) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "GRIDDESK_DB"}
    env["GRIDDESK_DATA_DIR"] = str(tmp_path_factory.mktemp("frozen-data"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run(program: Path, *args: str, env: dict[str, str], stdin: str = "", timeout: float = 120):
    return subprocess.run([str(program), *args], input=stdin, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture(scope="module")
def site_db(frozen, frozen_env, tmp_path_factory) -> Path:
    """A database made by the frozen `init`, the way IT sets up an office."""
    db = tmp_path_factory.mktemp("frozen-db") / "office.sqlite3"
    result = run(exe(frozen, "griddesk-cli"), "init", "--db", str(db), "--site-name", "城关街道办事处",
                 "--level", "district", "--admin", "admin", env=frozen_env, stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "已创建站点：城关街道办事处" in result.stdout
    return db


@pytest.mark.slow
@pytest.mark.parametrize("name", ["griddesk", "griddesk-cli"])
def test_frozen_programs_print_the_version(frozen, frozen_env, name):
    result = run(exe(frozen, name), "--version", env=frozen_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"GridDesk {__version__}"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["griddesk", "griddesk-cli"])
def test_frozen_check_passes_on_a_database_made_by_frozen_init(frozen, frozen_env, site_db, name):
    result = run(exe(frozen, name), "check", "--db", str(site_db), env=frozen_env)
    assert result.returncode == 0, result.stderr
    assert "完整性检查：ok" in result.stdout


@pytest.mark.slow
def test_frozen_demo_database_passes_check(frozen, frozen_env, tmp_path):
    db = tmp_path / "demo.sqlite3"
    made = run(exe(frozen, "griddesk-cli"), "demo", "--scale", "small", "--db", str(db), env=frozen_env, timeout=300)
    assert made.returncode == 0, made.stderr
    result = run(exe(frozen, "griddesk-cli"), "check", "--db", str(db), env=frozen_env)
    assert result.returncode == 0, result.stderr
    assert "完整性检查：ok" in result.stdout


@pytest.mark.slow
def test_frozen_window_smoke(frozen, frozen_env, site_db):
    result = run(exe(frozen, "griddesk"), "--smoke", "--db", str(site_db), env=frozen_env,
                 stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.slow
def test_build_ships_migrations_translations_and_icons(frozen):
    internal = frozen / "_internal"
    shipped = sorted(p.name for p in (internal / "db" / "migrations").glob("[0-9]*.py"))
    assert shipped == sorted(p.name for p in (ROOT / "db" / "migrations").glob("[0-9]*.py"))
    linux, windows = internal / "PySide6" / "Qt" / "translations", internal / "PySide6" / "translations"
    qt_translations = windows if sys.platform == "win32" else linux  # where each wheel keeps them
    assert (qt_translations / "qtbase_zh_CN.qm").is_file()
    assert not list(qt_translations.glob("qtbase_de.qm")), "unused Qt catalogs should be filtered out"
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert (internal / "resources" / "i18n" / f"{ts.stem}.qm").is_file(), ts.name
    assert not list((internal / "resources").rglob("*.ts"))
    assert (internal / "resources" / "icons" / "griddesk.png").is_file()


@pytest.mark.slow
def test_build_leaves_out_unused_qt_modules(frozen):
    pyside = frozen / "_internal" / "PySide6"
    for module in ("QtQml", "QtQuick", "QtNetwork", "QtDesigner"):
        assert not list(pyside.glob(f"{module}.*")), module
    assert list(pyside.glob("QtWidgets.*"))


def test_version_resource_carries_app_version():
    text = version_info.version_info_text(__version__, "griddesk.exe", "griddesk")
    ast.parse(text)  # PyInstaller eval()s this text on Windows
    assert f"StringStruct('FileVersion', '{__version__}')" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "GridDesk 网格治理工作台" in text
    assert version_info.app_version() == __version__
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("1.2rc3") == (1, 2, 0, 0)


@pytest.mark.slow
def test_frozen_programs_exchange_bundles(frozen, frozen_env, tmp_path):
    """pyrage and the bundle layer inside the frozen build: enrol, join, export, trust, import."""
    cli = exe(frozen, "griddesk-cli")
    district, east, stick = tmp_path / "d.sqlite3", tmp_path / "e.sqlite3", tmp_path / "usb"
    stick.mkdir()
    assert run(cli, "demo", "--scale", "small", "--db", str(district), env=frozen_env, timeout=300).returncode == 0
    enrol_file = tmp_path / "east.json"
    enrolled = run(cli, "site", "enroll", "--db", str(district), "--name", "社区站", "--level", "community",
                   "--org", "611002001001", "--out", str(enrol_file), env=frozen_env)
    assert enrolled.returncode == 0, enrolled.stderr
    joined = run(cli, "init", "--db", str(east), "--join", str(enrol_file), "--admin", "clerk", "--yes",
                 env=frozen_env, stdin=PASSWORD + "\n")
    assert joined.returncode == 0, joined.stderr
    written = run(cli, "export", "--db", str(east), "--to", "611002", "--out", str(stick), env=frozen_env)
    assert written.returncode == 0, written.stderr
    bundle = written.stdout.strip()
    assert run(cli, "keys", "--db", str(district), "--trust", bundle, "--yes", env=frozen_env).returncode == 0
    imported = run(cli, "import", "--db", str(district), bundle, env=frozen_env)
    assert imported.returncode == 0 and "已导入" in imported.stdout, imported.stderr


def test_the_build_report_gives_folder_size_files_and_time(tmp_path):
    """build.bat prints these through build/build_report.py, without PowerShell."""
    import build_report

    folder = tmp_path / "dist #1" / "griddesk"
    (folder / "_internal").mkdir(parents=True)
    (folder / "griddesk.exe").write_bytes(b"x" * 3 * 2**20)
    (folder / "_internal" / "a.dll").write_bytes(b"x" * 2**20)
    lines = build_report.report(folder, started=100.0, now=112.34)
    assert lines == [f"build: output   {folder.resolve()}", "build: size     4 MB (2 files)", "build: time     12.3 s"]
