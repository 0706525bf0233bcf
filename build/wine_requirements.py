"""Print the requirements of the Windows Python under Wine (build/wine-env.sh), one a line:
GridDesk's dependencies and the dev extras the Windows lane and build use, plus what those
need on Windows only (pip evaluates `sys_platform == "win32"` markers for this Linux host,
so they would be missed). Left out: ruff (lint runs on Linux) and pytest-qt (no window tests)."""

import tomllib
from pathlib import Path

WINDOWS_ONLY = ["pefile", "pywin32-ctypes", "colorama"]  # PyInstaller's and pytest's
SKIP = ("ruff", "pytest-qt")


def requirements() -> list[str]:
    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8"))
    wanted = project["project"]["dependencies"] + project["project"]["optional-dependencies"]["dev"]
    return [r.replace(" ", "") for r in wanted if not r.startswith(SKIP)] + WINDOWS_ONLY


if __name__ == "__main__":
    print("\n".join(requirements()))
