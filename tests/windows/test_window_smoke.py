"""Windows only (under Wine: tests/windows/run.sh): the window starts, signs in and shows its
tabs (`--smoke`) on a Chinese Windows system, from a data folder with Chinese, spaces and #."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="the window on Windows: tests/windows/run.sh")

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_starts_and_signs_in(tmp_path):
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(tmp_path / "用户 数据#1"), "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "3#网格 资料" / "griddesk.sqlite3"
    made = subprocess.run([sys.executable, "main.py", "init", "--db", str(db), "--site-name", "城关街道",
                           "--level", "district", "--admin", "admin"], cwd=ROOT, input=b"smoke-pass-1\n",
                          capture_output=True, env=env, timeout=300)
    assert made.returncode == 0, made.stderr.decode("gbk", errors="replace")
    smoke = subprocess.run([sys.executable, "main.py", "--smoke", "--db", str(db)], cwd=ROOT,
                           input=b"smoke-pass-1\n", capture_output=True, env=env, timeout=300)
    out = smoke.stdout.decode("gbk", errors="replace")
    assert smoke.returncode == 0 and "startup_ms=" in out, out + smoke.stderr.decode("gbk", errors="replace")
