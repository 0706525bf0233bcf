"""The CLI's output on a Chinese Windows console: redirected, stdout is GBK (code page 936),
which cannot hold every character a clerk may type (𠮷). A command that has done its work
says so, whatever the console can show; it never ends in UnicodeEncodeError."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_gbk(tmp_path, *args, stdin=""):
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "gbk"}
    env.pop("GRIDDESK_DB", None)
    done = subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin.encode("gbk"),
                          capture_output=True, env=env, timeout=180)
    return done.returncode, done.stdout.decode("gbk"), done.stderr.decode("gbk", errors="replace")


def test_init_with_a_name_gbk_cannot_hold_succeeds_and_says_so(tmp_path):
    db = tmp_path / "𠮷祥 数据" / "site.sqlite3"
    code, out, err = run_gbk(tmp_path, "init", "--db", str(db), "--site-name", "𠮷祥街道", "--level",
                             "district", "--admin", "admin", stdin="pass-word-1\n")
    assert code == 0, err
    assert "已创建站点：?祥街道" in out
    code, out, err = run_gbk(tmp_path, "check", "--db", str(db))
    assert code == 0 and "完整性检查：ok" in out, err


def test_an_error_naming_such_a_path_is_one_line(tmp_path):
    code, out, err = run_gbk(tmp_path, "check", "--db", str(tmp_path / "𠮷" / "none.sqlite3"))
    assert code == 1 and out == ""
    assert err.startswith("错误：找不到数据库文件") and len(err.strip().splitlines()) == 1
