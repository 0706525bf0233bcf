"""The Windows version resource of griddesk.exe / griddesk-cli.exe, made from app.__version__.

build/griddesk.spec calls `write_version_file(...)` for each executable; Explorer shows the result under
Properties > Details. Run it alone to see the text PyInstaller embeds:

    python build/version_info.py
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMPANY = "GridDesk 项目组"
DESCRIPTION = "GridDesk 网格治理工作台"
PRODUCT = "GridDesk 网格治理工作台"
COPYRIGHT = "© GridDesk 项目组"


def app_version() -> str:
    """Read __version__ from app/__init__.py without importing the app."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("version_info: no __version__ in app/__init__.py")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); '1.2rc1' -> (1, 2, 0, 0): Windows wants four 16-bit numbers."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in release.group(0).split(".")[:4]] if release else []
    numbers += [0] * (4 - len(numbers))
    return tuple(min(n, 65535) for n in numbers)  # type: ignore[return-value]


def version_info_text(version: str, original_filename: str, internal_name: str) -> str:
    """The resource in the text form PyInstaller's EXE(version=FILE) reads.

    Text rather than a VSVersionInfo object: PyInstaller's versioninfo module
    needs pefile, which is installed only on Windows; the text can be made and
    tested anywhere.
    """
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": internal_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": original_filename,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# -*- coding: utf-8 -*-
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    # 0804 = Chinese (PRC), 04B0 = Unicode (code page 1200)
    StringFileInfo([
      StringTable(
        '080404B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def write_version_file(folder: Path, exe_name: str) -> Path:
    """Write <folder>/version_<exe_name>.txt for EXE(version=...) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version_{exe_name}.txt"
    path.write_text(version_info_text(app_version(), f"{exe_name}.exe", exe_name), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    print(version_info_text(app_version(), "griddesk.exe", "griddesk"))
