"""Every test file under tests/ is collected by the suite's own command. A folder that pytest's
`norecursedirs` happens to match (tests/build/ once matched "build", meant for the top-level
build/ folder) would silently drop its tests from every run."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_test_file_is_collected():
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300).stdout
    collected = {line.split("::", 1)[0] for line in out.splitlines() if "::" in line}
    files = {p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("test_*.py")
             if "bench" not in p.relative_to(ROOT).parts}
    assert files - collected == set(), "never collected: " + ", ".join(sorted(files - collected))
    assert "tests/build/test_i18n.py" in collected and "tests/core/test_collection.py" in collected
