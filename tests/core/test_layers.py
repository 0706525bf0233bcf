"""The layers hold (docs/architecture.md): ui/ neither writes nor queries the database — it asks
app/ — and app/ and db/ know nothing of Qt. Checked on the source with `ast`, every import
statement of every module, including the ones inside functions (a late import is still a
dependency)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What ui/ may import from db/: the typed failures only. The window catches a damaged or
# foreign database file while opening it (ui/startup.py, ui/smoke.py) before any app/ session
# exists to wrap them; they are plain exception classes that run no SQL.
UI_MAY_IMPORT_FROM_DB = {"db.errors"}
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported module) of every absolute import in a file; `from db import x` gives db.x."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names] if "." not in node.module else []
            found += [(node.lineno, name) for name in names or [node.module]]
    return found


def _modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name


def _is(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _db_imports(path: Path) -> list[str]:
    return [f"{_name(path)}:{line} imports {module}" for line, module in _imports(path)
            if _is(module, "peewee") or _is(module, "playhouse")
            or (_is(module, "db") and not any(_is(module, allowed) for allowed in UI_MAY_IMPORT_FROM_DB))]


def test_ui_imports_neither_db_nor_peewee():
    """A window that needs a record, a list or a figure asks app/ (which checks the role and the scope)."""
    bad = [b for path in _modules("ui") for b in _db_imports(path)]
    assert not bad, "ui/ must ask app/ instead:\n" + "\n".join(bad)


@pytest.mark.parametrize("folder", ["app", "db"])
def test_app_and_db_import_no_qt(folder):
    """The use cases and the storage run without a window (the CLI, the tests, a worker)."""
    bad = [f"{_name(path)}:{line} imports {module}" for path in _modules(folder)
           for line, module in _imports(path) if any(_is(module, qt) for qt in QT)]
    assert not bad, f"{folder}/ must not import Qt:\n" + "\n".join(bad)


def test_the_scan_sees_imports_inside_functions(tmp_path):
    """The scan itself: a late import inside a function counts, a relative one is not db/."""
    sample = tmp_path / "sample.py"
    sample.write_text("from db.errors import DatabaseDamaged\n"
                      "def f():\n    from db.models import OrgUnit\n    import peewee\n"
                      "from db import hlc\nfrom . import db\n", encoding="utf-8")
    assert sorted(_db_imports(sample)) == ["sample.py:3 imports db.models", "sample.py:4 imports peewee", "sample.py:5 imports db.hlc"]
