"""Windows only (under Wine: tests/windows/run.sh): a round of the command line the way an
office runs it, from a program folder and a data folder with Chinese characters, spaces and
`#` in their paths, on a Chinese system (ANSI code page 936, redirected output in GBK):
init, demo, check, backup, restore, notice (also over a PDF a reader holds open), site
enroll, init --join, export, keys --trust and import."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="a Windows PC: tests/windows/run.sh")

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "round-pass-1"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The program copied to `…\\张三\\Desktop\\Grid Desk #1`, data in `…\\3#网格 资料`."""
    base = tmp_path_factory.mktemp("round")
    program = base / "张三" / "Desktop" / "Grid Desk #1"
    for part in ("app", "db", "resources"):
        shutil.copytree(ROOT / part, program / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "main.py", program)
    data = base / "3#网格 资料"
    data.mkdir()
    return program, data


def cli(office, *args, stdin=""):
    program, data = office
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(data / "用户数据")}
    env.pop("PYTHONIOENCODING", None)  # the console's own encoding: GBK when redirected
    done = subprocess.run([sys.executable, "main.py", *args], cwd=program, input=stdin.encode("gbk"),
                          capture_output=True, env=env, timeout=300)
    return done.returncode, done.stdout.decode("gbk"), done.stderr.decode("gbk", errors="replace")


@pytest.fixture(scope="module")
def demo_db(office):
    db = office[1] / "区级 #1.sqlite3"
    code, out, err = cli(office, "demo", "--scale", "small", "--db", str(db))
    assert code == 0, err
    return db


def test_init_and_check(office):
    db = office[1] / "𠮷祥 街道#2.sqlite3"
    code, out, err = cli(office, "init", "--db", str(db), "--site-name", "𠮷祥街道", "--level", "district",
                         "--admin", "admin", stdin=PASSWORD + "\n")
    assert code == 0 and "已创建站点：?祥街道" in out, err
    code, out, err = cli(office, "check", "--db", str(db))
    assert code == 0 and "完整性检查：ok" in out, err


def test_backup_and_restore(office, demo_db):
    code, out, err = cli(office, "backup", "--db", str(demo_db))
    assert code == 0, err
    backup = out.split("：", 1)[1].strip()
    assert Path(backup).stat().st_size > 100_000, "the backup holds the whole database"
    code, out, err = cli(office, "restore", "--db", str(demo_db), backup)
    assert code == 0 and "恢复前的数据库已另存为" in out, err


def test_notice_and_a_pdf_held_open(office, demo_db):
    pdf = office[1] / "工作 报表#1.pdf"
    args = ("notice", "--db", str(demo_db), "work_report", "--org", "611002", "--period", "2026", "--out", str(pdf))
    code, out, err = cli(office, *args)
    assert code == 0 and "已出具" in out, err
    with open(pdf, "rb"):  # a PDF reader has it open
        code, out, err = cli(office, *args)
    assert code == 1 and "请先在 PDF 阅读器中关闭该文件" in err and len(err.strip().splitlines()) == 1, err
    assert pdf.read_bytes().startswith(b"%PDF") and not list(office[1].glob("*.part"))


def test_bundles_travel_between_two_sites(office, demo_db):
    folder, stick = office[1], office[1] / "U盘 #1"
    stick.mkdir()
    enrol_file, east = folder / "社区 登记.json", folder / "东关 社区#3.sqlite3"
    code, out, err = cli(office, "site", "enroll", "--db", str(demo_db), "--name", "东关社区站", "--level",
                         "community", "--org", "611002001001", "--out", str(enrol_file))
    assert code == 0, err
    code, out, err = cli(office, "init", "--db", str(east), "--join", str(enrol_file), "--admin", "clerk", "--yes",
                         stdin=PASSWORD + "\n")
    assert code == 0, err
    code, out, err = cli(office, "export", "--db", str(east), "--to", "611002", "--out", str(stick))
    assert code == 0, err
    bundle = out.strip().splitlines()[-1]
    assert cli(office, "keys", "--db", str(demo_db), "--trust", bundle, "--yes")[0] == 0
    code, out, err = cli(office, "import", "--db", str(demo_db), bundle)
    assert code == 0 and "已导入" in out, err
