"""docs/sync-tables.md is what build/sync_doc.py renders from the models today, and the
ownership list matches the sync tables' reference list."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import sync_doc  # noqa: E402


def test_the_table_document_is_current():
    assert (ROOT / "docs" / "sync-tables.md").read_text(encoding="utf-8") == sync_doc.render(), \
        "run: python build/sync_doc.py"


def test_the_district_owns_the_reference_tables_and_the_sites():
    from app import owners
    from app.exchange.tables import REFERENCE

    assert REFERENCE | {"site"} == owners.DISTRICT_TABLES
