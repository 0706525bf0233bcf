"""Compile the translations: resources/i18n/*.ts -> .qm with pyside6-lrelease.

    python build/i18n.py              compile every .ts
    python build/i18n.py --if-missing compile only when a .qm is missing or older
    python build/i18n.py --update     first refresh the .ts from the sources (lupdate)
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ["ui", "app"]


def tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    for candidate in (exe, exe.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        sys.exit(f"i18n: {name} not found (it comes with PySide6)")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in SOURCES for p in (ROOT / d).rglob("*.py"))


def update() -> None:
    for ts in I18N.glob("*.ts"):
        subprocess.run([tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-ts", str(ts)],
                       cwd=ROOT, check=True)


def compile_all(only_missing: bool) -> None:
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if only_missing and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    compile_all("--if-missing" in sys.argv)
