"""The data-exchange CLI end to end, as district IT staff would run it."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(tmp_path, *args, stdin=""):
    env = {"GRIDDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin, capture_output=True, text=True,
                          env=env, timeout=120)


def test_enrol_join_export_trust_import(tmp_path):
    district, east = str(tmp_path / "d.sqlite3"), str(tmp_path / "e.sqlite3")
    stick = tmp_path / "usb"
    stick.mkdir()
    assert cli(tmp_path, "demo", "--db", district, "--scale", "small").returncode == 0
    stats = json.loads(cli(tmp_path, "stats", "--db", district, "--json").stdout)
    assert stats["org.communities"] == 2
    code = "611002001001"
    enrolled = cli(tmp_path, "site", "enroll", "--db", district, "--name", "社区站", "--level", "community",
                   "--org", code, "--out", str(tmp_path / "e.json"))
    assert enrolled.returncode == 0, enrolled.stderr
    joined = cli(tmp_path, "init", "--db", east, "--join", str(tmp_path / "e.json"), "--admin", "clerk", "--yes",
                 stdin="pass-word-1\n")
    assert joined.returncode == 0, joined.stderr
    assert "区级密钥指纹" in joined.stdout and "（社区级）" in joined.stdout
    keys = cli(tmp_path, "keys", "--db", east)
    assert "已核对" in keys.stdout
    written = cli(tmp_path, "export", "--db", east, "--to", "611002", "--out", str(stick))
    assert written.returncode == 0, written.stderr
    bundle = written.stdout.strip()
    assert bundle.endswith(".gdb") and Path(bundle).exists()
    refused = cli(tmp_path, "import", "--db", district, bundle, "--json")
    assert refused.returncode == 1 and json.loads(refused.stdout)["code"] == "E_SIGNATURE"
    trusted = cli(tmp_path, "keys", "--db", district, "--trust", bundle, "--yes")
    assert trusted.returncode == 0 and "已信任站点" in trusted.stdout
    dry = cli(tmp_path, "import", "--db", district, bundle, "--dry-run")
    assert dry.returncode == 0 and "检查结果（未导入）" in dry.stdout
    done = cli(tmp_path, "import", "--db", district, bundle, "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["ok"]
    again = cli(tmp_path, "import", "--db", district, bundle)
    assert again.returncode == 0 and "导入过" in again.stdout
    sites = cli(tmp_path, "sites", "--db", district)
    assert "社区站" in sites.stdout and "序号：1" in sites.stdout
    office = json.loads(cli(tmp_path, "stats", "--db", district, "--site", "社区站", "--json").stdout)
    assert office["org.communities"] == 1 and office["org.subdistricts"] == 0
    assert "没有名为" in cli(tmp_path, "stats", "--db", district, "--site", "无此站").stderr
    down = cli(tmp_path, "export", "--db", district, "--to", code, "--out", str(stick))
    assert down.returncode == 0, down.stderr
    assert cli(tmp_path, "import", "--db", east, down.stdout.strip()).returncode == 0
