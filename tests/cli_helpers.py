"""Running main.py as an operator would: each PC its own data folder (its key store)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "pass-word-1"


def cli(data: Path, *args, stdin: str | None = "", **kw) -> subprocess.CompletedProcess:
    """main.py with these arguments on the PC whose data folder is `data`; `stdin` is typed in
    (or pass stdin=None and e.g. a terminal as `stdin_file`)."""
    feed = {"input": stdin} if stdin is not None else {"stdin": kw.pop("stdin_file")}
    env = {"GRIDDESK_DATA_DIR": str(data), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=180, **feed, **kw)


def one_chinese_line(result: subprocess.CompletedProcess) -> str:
    """An expected failure: exit 1, one line on stderr, no traceback."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def copy_demo(master: Path, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(master, path)
    return path


def enrol_and_join(pc: Path, district: Path, site_db: Path, code: str, level: str = "community",
                   district_pc: Path | None = None) -> Path:
    """The district enrols `code`; the new PC (data folder `pc`) joins from the file."""
    file = site_db.with_suffix(".enrol.json")
    done = cli(district_pc or pc, "site", "enroll", "--db", district, "--name", f"站点{code}", "--level", level,
               "--org", code, "--out", file)
    assert done.returncode == 0, done.stderr
    joined = cli(pc, "init", "--db", site_db, "--join", file, "--admin", "clerk", "--yes", stdin=PASSWORD + "\n")
    assert joined.returncode == 0, joined.stderr
    return file


def export(pc: Path, db: Path, to: str, out: Path, *extra) -> Path:
    done = cli(pc, "export", "--db", db, "--to", to, "--out", out, *extra)
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())
