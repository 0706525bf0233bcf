"""Every folder GridDesk uses, decided in one place.

Default: the platform's user data folder (platformdirs; on Windows
%LOCALAPPDATA%\\GridDesk). Overrides, strongest first:
- `GRIDDESK_DATA_DIR`: a data folder (tests, a second installation);
- a portable install: a file named `portable.txt` beside main.py or the frozen
  executable puts everything in `griddesk-data/` beside it.
The database file itself can be chosen with `--db PATH` or `GRIDDESK_DB`.
"""

import os
import sys
from pathlib import Path

APP_DIR_NAME = "GridDesk"


def install_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    env = os.environ.get("GRIDDESK_DATA_DIR")
    if env:
        path = Path(env)
    elif (install_dir() / "portable.txt").exists():
        path = install_dir() / "griddesk-data"
    else:
        import platformdirs  # here: the window's splash comes before it

        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    env = os.environ.get("GRIDDESK_DB")
    return Path(env) if env else data_dir() / "griddesk.sqlite3"


def backup_dir(db_path: Path) -> Path:
    """Backups live in a `backups` folder beside the database file."""
    return Path(db_path).resolve().parent / "backups"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def manual_dir() -> Path:
    """docs/manual, the user manual with its screenshots: beside main.py, or in the frozen bundle."""
    return Path(getattr(sys, "_MEIPASS", install_dir())) / "docs" / "manual"


def resources_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", install_dir()))
    return base / "resources"
