"""操作日志 at `city` scale: the viewer's first page, a page deep down, and filtered pages
(by user, by kind, by one record, by an org subtree, by period), as the window asks them.

    .venv/bin/python tests/bench/bench_audit.py DB

DB is a demo database (e.g. `main.py demo --scale city`); work on a copy if it was made
by an older GridDesk, since opening it migrates it. Prints figures; asserts nothing.
"""

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("GRIDDESK_DATA_DIR", tempfile.mkdtemp(prefix="griddesk-bench-"))


def timed(label, fn, runs=5):
    from tests.bench.bench_grid_paging import timed as median_of

    result = median_of(label, fn, runs)
    print(f"  {'':<40} ({len(result[0])} rows)")
    return result


def deep_cursor(audit_view, f, pages: int):
    after = None
    for _ in range(pages):
        _, after = audit_view.page(f, after)
    return after


def main() -> None:
    from app import audit_view, auth, org
    from app.audit_view import AuditFilter
    from app.session import open_session
    from db.base import utcnow
    from db.connection import database
    from db.models import Level, OrgUnit, Resident

    start = time.perf_counter()
    open_session(sys.argv[1])
    print(f"open (+migrate) {time.perf_counter() - start:.1f} s")
    auth.set_current_user(auth.User.get(auth.User.username == "admin"))
    rows = database.execute_sql("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    print(sys.argv[1], f"{rows:,} audit rows")
    community = OrgUnit.select().where(OrgUnit.level == Level.COMMUNITY).order_by(OrgUnit.code).first()
    resident = Resident.select(Resident.uuid).order_by(Resident.uuid).first()
    writer = database.execute_sql("SELECT user FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    timed("first page (newest 100)", lambda: audit_view.page(AuditFilter()))
    cursor = deep_cursor(audit_view, AuditFilter(), 100)
    timed("page 101 (after 10,000 rows, keyset)", lambda: audit_view.page(AuditFilter(), cursor))
    timed(f"user = {writer}", lambda: audit_view.page(AuditFilter(user=writer)))
    timed("user = a clerk with no rows (whole index range)", lambda: audit_view.page(AuditFilter(user="nobody")))
    timed("kind = resident", lambda: audit_view.page(AuditFilter(table="resident")))
    timed("kind = org_unit", lambda: audit_view.page(AuditFilter(table="org_unit")))
    timed("one record (a resident's history)",
          lambda: audit_view.page(AuditFilter(table="resident", row_key=resident.uuid)))
    timed(f"org = {community.name} (every kind)", lambda: audit_view.page(AuditFilter(org_path=community.path)))
    timed(f"org = {community.name}, kind = resident",
          lambda: audit_view.page(AuditFilter(org_path=community.path, table="resident")))
    timed("period = last 30 days", lambda: audit_view.page(AuditFilter(start=utcnow() - dt.timedelta(days=30))))
    timed("period = last 30 days, user", lambda: audit_view.page(
        AuditFilter(user=writer, start=utcnow() - dt.timedelta(days=30))))
    whole = org.roots()[0]
    timed(f"org = {whole.name} (the whole tree)", lambda: audit_view.page(AuditFilter(org_path=whole.path)), runs=1)


if __name__ == "__main__":
    main()
