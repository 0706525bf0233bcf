"""A `demo` killed midway leaves nothing under the database's name (it builds into a part
file renamed at the end), and the window explains a database that has no site."""

import signal
import time
from argparse import Namespace

import pytest

from app.session import close_session, open_session
from tests.fault_helpers import ODD, cli, start_cli
from ui import settings as opts
from ui import startup


def test_a_killed_demo_leaves_no_database_and_the_next_run_cleans_up(tmp_path):
    folder = tmp_path / ODD
    folder.mkdir()
    path, data = folder / "演示 #1.sqlite3", tmp_path / "data"
    proc = start_cli("demo", "--db", str(path), "--scale", "small", data=data)
    logs = data / "logs"

    def log() -> str:
        return "".join(p.read_text(encoding="utf-8") for p in logs.glob("*.log")) if logs.is_dir() else ""

    end = time.monotonic() + 60
    # the site is made (app/sites.py logs it); the demo data is being written
    while "site created" not in log() and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.005)  # polling the condition
    assert proc.poll() is None, "the demo ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert "site created" in log() and "demo data written" not in log()  # app/demo/generator.py's last line
    left = [p.name for p in folder.iterdir()]
    assert any(".building" in name for name in left), left  # the kill landed mid-way
    assert not path.exists()  # nothing under the name that `check` or the window would open
    done = cli("demo", "--db", str(path), "--scale", "small", data=data)
    assert done.returncode == 0, done.stderr
    assert not [p for p in folder.iterdir() if ".building" in p.name]
    assert "完整性检查：ok" in cli("check", "--db", str(path), data=data).stdout


@pytest.fixture
def no_site(db_path):
    open_session(db_path, create=True)  # the schema, and then the run was cut short
    close_session()
    return db_path


def test_the_window_explains_a_database_without_a_site(no_site, monkeypatch):
    shown = []
    monkeypatch.setattr(startup, "show_fatal", shown.append)
    with pytest.raises(startup.Stop) as stop:
        startup.start_session(Namespace(db=str(no_site)), None, opts.Settings())
    assert stop.value.exit_code == 1
    assert "没有站点信息" in shown[0] and "首次启动向导" in shown[0]


def test_check_says_a_database_has_no_site(no_site, tmp_path):
    done = cli("check", "--db", str(no_site), data=tmp_path / "data")
    assert done.returncode == 1 and "没有站点信息" in done.stderr
