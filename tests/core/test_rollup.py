"""The monthly roll-ups (db/rollup.py, app/rollup.py) equal the scans they replace.

A property test (hypothesis) writes at random into a real SQLite file — requests, service
orders and call-backs at the edges of local and UTC months, state moves, merges, tombstones,
rows written the way a bundle import writes them (raw INSERT/UPDATE), grids and orders moved
to another community, a zone moved to another community, a write rolled back — and then asks
every rolled-up figure (app.stats) for every level of the tree and periods of every shape:
each equals the scan kept as the reference (app.orders.kpis.SCANS), and a recount of the
roll-ups (db.rollup.verify) finds nothing to correct."""

import datetime as dt
import itertools
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app import org, stats
from app import rollup as app_rollup
from app.exchange.writes import Writes
from app.linkage import reach, status
from app.orders import kpis
from app.session import close_session, open_session
from app.sites import init_site
from db import context, rollup
from db.connection import database
from db.models import CallBack, Escalation, EscalationStep, Level, Need, Offer, OrgUnit, Request, ServiceOrder
from tests.cli_helpers import cli, copy_demo
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
_dbs = itertools.count()
EDGES = (dt.timedelta(0), dt.timedelta(hours=-8), dt.timedelta(hours=-8, seconds=-1), dt.timedelta(hours=-8, seconds=1),
         dt.timedelta(seconds=-1), dt.timedelta(days=14, hours=5))
times = st.builds(lambda month, edge: dt.datetime(2026, month, 1) + edge,
                  st.integers(1, 5), st.sampled_from(EDGES))
maybe_time = st.one_of(st.none(), times)
CATEGORIES = ("parking", "repair", "other")
TABLES = ("request", "service_order", "call_back", "escalation", "escalation_step")
MODELS = dict(zip(TABLES, (Request, ServiceOrder, CallBack, Escalation, EscalationStep), strict=True))
ops = st.one_of(
    st.tuples(st.just("request"), st.integers(0, 3), times, st.sampled_from(CATEGORIES),
              st.sampled_from((None, "reply", "transfer", "handle")), st.sampled_from(("new", "closed", "merged")),
              maybe_time),
    st.tuples(st.just("order"), st.integers(0, 1), times, st.sampled_from(("dispatched", "returned", "cancelled",
                                                                           "completed")), maybe_time, maybe_time),
    st.tuples(st.just("call"), st.integers(0, 30), times, st.sampled_from(("satisfied", "basic", "unsatisfied")),
              st.booleans()),
    st.tuples(st.just("tombstone"), st.sampled_from(TABLES), st.integers(0, 30)),
    st.tuples(st.just("import"), st.sampled_from(TABLES), st.integers(0, 30), times, st.booleans()),
    st.tuples(st.just("escalate"), st.integers(0, 30), st.integers(0, 9), times),
    st.tuples(st.just("step"), st.integers(0, 30), st.sampled_from(("escalate", "escalate", "answer", "assign")),
              st.integers(0, 9), times),
    st.tuples(st.just("regrid"), st.integers(0, 30), st.integers(0, 3)),
    st.tuples(st.just("reorder"), st.integers(0, 30), st.integers(0, 1)),
    st.tuples(st.just("move_zone"), st.integers(0, 1)),
    st.tuples(st.just("rolled_back"), st.integers(0, 3), times),
)


def world(folder):
    open_session(folder / f"汇总 #{next(_dbs)} 100%.sqlite3", create=True)
    init_site(name="商州区测试站", level="district", admin_name="admin", password=ADMIN_PASSWORD, org_code="611002")
    sub = org.add_unit(org.by_code("611002"), "611002001", "城关街道")
    units = {"sub": sub, "coms": [], "zones": [], "grids": []}
    for c in range(2):
        com = org.add_unit(sub, f"61100200100{c + 1}", f"社区{c + 1}")
        units["coms"].append(com)
        for z in range(2):
            zone = org.add_unit(com, f"{com.code}0{z + 1}", f"片区{c + 1}-{z + 1}")
            units["zones"].append(zone)
            units["grids"].append(org.add_unit(zone, f"{zone.code}01", f"网格{c + 1}-{z + 1}"))
    first = _request(units["grids"][0], dt.datetime(2025, 6, 1), "repair", "handle", "need", None)
    units["needs"] = [Need.create(request=first, community=com, category="repair", description="修理", state="open")
                      for com in units["coms"]]
    units["offers"] = [Offer.create(community=com, category="repair", description="维修", valid_from=dt.date(2025, 1, 1))
                       for com in units["coms"]]
    return units


def _request(grid, at, category, kind, state, closed):
    return Request.create(number=f"R{at:%y%m%d%H%M%S}", grid=grid, requester_name="张三", channel="phone",
                          content="门口停车", category=category, kind=kind, state=state, received_at=at,
                          due_at=at + dt.timedelta(days=3), closed_at=closed)


def _pick(model, i):
    rows = list(model.select().order_by(model.created_at, model.uuid))
    return rows[i % len(rows)] if rows else None


def _import(table: str, i: int, at: dt.datetime, deleted: bool) -> None:
    """Change a row as a bundle from another site does: the whole row, raw SQL, a newer version."""
    row = _pick(MODELS[table], i)
    if row is None:
        return
    cursor = database.execute_sql(f'SELECT * FROM "{table}" WHERE uuid = ?', (row.uuid,))
    values = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    column = {"request": "received_at", "service_order": "dispatched_at", "call_back": "at",
              "escalation": "escalated_at", "escalation_step": "at"}[table]
    values.update({column: str(at), "deleted": int(deleted), "version": context.current.stamp()})
    writes = Writes()  # the import's own writer (app/exchange/writes.py)
    writes.add(table, values, insert=False)
    writes.flush()


def apply(units, op) -> None:
    kind, *args = op
    if kind == "request":
        grid, at, category, request_kind, state, closed = args
        _request(units["grids"][grid], at, category, request_kind, state, closed)
    elif kind == "order":
        c, at, state, responded, completed = args
        ServiceOrder.create(number="S1", need=units["needs"][c], offer=units["offers"][c], community=units["coms"][c],
                            state=state, dispatched_at=at, respond_by=at + dt.timedelta(hours=24),
                            complete_by=at + dt.timedelta(days=7), responded_at=responded, completed_at=completed)
    elif kind == "call" and (order := _pick(ServiceOrder, args[0])) is not None:
        CallBack.create(order=order, at=args[1], satisfaction=args[2], resolved=args[3])
    elif kind == "tombstone":
        if (row := _pick(MODELS[args[0]], args[1])) is not None:
            row.delete_instance()
    elif kind in ("escalate", "step"):
        _escalation(units, *args)
    elif kind == "import":
        _import(*args)
    elif kind == "regrid" and (row := _pick(Request, args[0])) is not None:
        row.grid = units["grids"][args[1]]
        row.save()
    elif kind == "reorder" and (row := _pick(ServiceOrder, args[0])) is not None:
        row.community = units["coms"][args[1]]
        row.save()
    elif kind == "move_zone":
        zone = OrgUnit.get_by_id(units["zones"][1].uuid)
        target = units["coms"][args[0]]
        if not zone.path.startswith(target.path):
            org.move_unit(zone, target)
    elif kind == "rolled_back":
        with pytest.raises(RuntimeError), database.atomic():
            _request(units["grids"][args[0]], args[1], "repair", "reply", "closed", args[1])
            raise RuntimeError("the clerk cancelled")


def _linkage_units(units) -> list:
    return [*units["grids"], *units["zones"][:2], *units["coms"], units["sub"], org.by_code("611002")]


def _escalation(units, i, *args) -> None:
    """A request sent up (again: a record may be escalated more than once), or a step a level took."""
    if len(args) == 2 and (request := _pick(Request, i)) is not None:
        unit, at = args
        Escalation.create(unit=request.grid, from_unit=_linkage_units(units)[unit], record_table="request",
                          record_uuid=request.uuid, subject="停车", reason="需上级协调", escalated_at=at)
    elif len(args) == 3 and (escalation := _pick(Escalation, i)) is not None:
        action, unit, at = args
        EscalationStep.create(escalation=escalation, unit=_linkage_units(units)[unit], action=action, at=at,
                              note="处理意见")


def escalations_scan(root, period) -> dict[str, int]:
    """The matters escalated in the period, as linkage.within_* / settled_where counted them before the
    roll-up: every status of the subtree loaded, filtered by period, a record counted once."""
    by_record: dict[str, list] = {}
    for s in status.load(status.in_subtree(root)):
        if period is None or period[0] <= s.escalation.escalated_at < period[1]:
            by_record.setdefault(s.escalation.record_uuid, []).append(s)
    out = dict.fromkeys(rollup.ESCALATION.measures, 0)
    for found in by_record.values():
        out["n"] += 1
        out["left_community"] += any(hop[1] <= Level.COMMUNITY for s in found for hop in s.hops)
        out["left_subdistrict"] += any(hop[1] <= Level.SUBDISTRICT for s in found for hop in s.hops)
        held = min(Level.DISTRICT if s.holder_level is None else s.holder_level for s in found)
        out[{Level.COMMUNITY: "held_community", Level.SUBDISTRICT: "held_subdistrict"}.get(held, "held_district")] += 1
    return out


def live_requests(root, period) -> int:
    """The requests linkage.within_* counts as matters (tombstones left out, merged ones in), by a scan."""
    query = Request.live()
    if root:
        query = query.join(OrgUnit, on=(Request.grid == OrgUnit.uuid)).where(OrgUnit.under(root))
    if period:
        query = query.where((Request.received_at >= period[0]) & (Request.received_at < period[1]))
    return query.count()


def _orders_part(root, period) -> int:
    """Service orders responded to in time: the response rate's part, by a scan."""
    query = ServiceOrder.select().where((ServiceOrder.deleted == False) & ServiceOrder.responded_at.is_null(False)  # noqa: E712
                                        & (ServiceOrder.responded_at <= ServiceOrder.respond_by)
                                        & (ServiceOrder.dispatched_at >= period[0])
                                        & (ServiceOrder.dispatched_at < period[1]))
    if root:
        query = query.join(OrgUnit, on=(ServiceOrder.community == OrgUnit.uuid)).where(OrgUnit.under(root))
    return query.count()


def periods():
    months = [(dt.datetime(2026, m, 1), dt.datetime(2026, m + 1, 1)) for m in range(1, 5)]  # UTC months
    local = [(a - dt.timedelta(hours=8), b - dt.timedelta(hours=8)) for a, b in months]  # Asia/Shanghai months
    return [None, *months, *local, (dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1)),
            (dt.datetime(2026, 1, 20, 7), dt.datetime(2026, 4, 3, 9)), (dt.datetime(2026, 2, 3), dt.datetime(2026, 2, 9)),
            (dt.datetime(1900, 1, 1), dt.datetime(9999, 1, 1))]


def roots(units):
    fresh = [OrgUnit.get_by_id(u.uuid).path for u in [units["sub"], *units["coms"], units["zones"][1], units["grids"][3]]]
    return [None, org.by_code("611002").path, *fresh]


JAN, FEB = dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1) - dt.timedelta(hours=8, seconds=1)
ESCALATED = [("request", 1, JAN, "parking", "handle", "new", None), ("escalate", 0, 1, JAN),
             ("escalate", 0, 4, FEB), ("step", 0, "escalate", 6, FEB), ("step", 1, "answer", 7, FEB),
             ("step", 1, "escalate", 7, FEB), ("move_zone", 0), ("import", "escalation_step", 1, JAN, False),
             ("import", "escalation", 1, FEB, False), ("tombstone", "escalation_step", 0),
             ("import", "escalation", 0, JAN, True)]  # a matter escalated twice, its hops moved and undone


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ops, min_size=1, max_size=40))
@example(ESCALATED)
def test_every_rolled_up_figure_equals_its_scan_after_random_writes(tmp_path, steps):
    units = world(tmp_path)
    try:
        for step in steps:
            apply(units, step)
        assert rollup.verify(database) == []
        for root in roots(units):
            for period in periods():
                for key, scan in kpis.SCANS.items():
                    assert stats.REGISTRY[key].func(root, period) == scan(root, period), (key, root, period)
                assert app_rollup.total("request", root, period)["live"] == live_requests(root, period)
                assert reach.counts(root, period) == escalations_scan(root, period), (root, period)
            months = periods()[1:9]  # UTC months, then local ones: the trend charts' one read of the roll-up
            by_month = app_rollup.monthly("service_order", root, months)
            assert [m.get((), {}).get("responded", 0) for m in by_month] == [_orders_part(root, p) for p in months]
            requests = app_rollup.monthly("request", root, months, ("category",))
            assert [sum(s["n"] for s in m.values()) for m in requests] == [
                kpis.SCANS["orders.requests"](root, p) for p in months]
    finally:
        close_session()


def _as_before_0026(path) -> None:
    """Make a copy look like a database of the build before the roll-ups (migration 0026 not applied)."""
    con = sqlite3.connect(path)
    with con:
        _unmigrate(con, "rollup_%", ("rollup_request", "rollup_service_order", "rollup_call_back"), "0026_rollups")
        con.execute('DROP INDEX "call_back_at"')
        con.execute("DELETE FROM meta WHERE key IN ('rollup_sha256', 'triggers_sha256')")
    con.close()


def _unmigrate(con, triggers: str, tables: tuple[str, ...], migration: str) -> None:
    """Drop a migration's tables and their triggers (names LIKE `triggers`) and forget it was applied."""
    for name in [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                                           (triggers,))]:
        con.execute(f'DROP TRIGGER "{name}"')
    for table in tables:
        con.execute(f'DROP TABLE "{table}"')
    con.execute("DELETE FROM schema_migration WHERE name = ?", (migration,))


def test_the_migration_counts_the_roll_ups_from_the_records_already_there(small, tmp_path):
    path = copy_demo(small, tmp_path / "升级 前 #1 %.sqlite3")
    _as_before_0026(path)
    open_session(path)
    try:
        assert database.execute_sql("SELECT COUNT(*) FROM rollup_request").fetchone()[0] > 0
        assert rollup.verify(database) == []
        year = (dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1))
        for key, scan in kpis.SCANS.items():
            assert stats.REGISTRY[key].func(None, year) == scan(None, year) != 0, key
    finally:
        close_session()


def test_check_finds_a_wrong_roll_up_and_recounts_it(small, tmp_path):
    path = copy_demo(small, tmp_path / "检查 #2 %.sqlite3")
    data = tmp_path / "数据 目录"
    done = cli(data, "check", "--db", path)
    assert done.returncode == 0 and "汇总表检查：与记录一致" in done.stdout, done.stdout + done.stderr
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE rollup_service_order SET live = live + 1 WHERE unit_uuid = "
                    "(SELECT unit_uuid FROM rollup_service_order LIMIT 1)")
    con.close()
    done = cli(data, "check", "--db", path)
    assert done.returncode == 1 and "rollup_service_order 与记录不符，已按记录重新统计" in done.stdout, done.stdout
    again = cli(data, "check", "--db", path)
    assert again.returncode == 0 and "汇总表检查：与记录一致" in again.stdout


def test_the_roll_ups_never_travel():
    from app.exchange.tables import ORDER, SCOPE

    local = {f.rollup for f in rollup.FACTS}
    assert not local & set(ORDER) and not local & set(SCOPE)
    assert all(f"`{name}`" in (ROOT / "docs" / "sync-tables.md").read_text(encoding="utf-8") for name in local)


def _as_before_0028(path) -> None:
    """A copy as the build of migration 0026 left it: no whole-tree roll-up, the first three's digest,
    and a wrong count in rollup_request that only a recount of that roll-up would put right."""
    con = sqlite3.connect(path)
    with con:
        _unmigrate(con, "rollup_request_all_%", ("rollup_request_all",), "0028_rollup_request_all")
        con.execute("UPDATE meta SET value = ? WHERE key = 'rollup_sha256'", (rollup.digest(rollup.FIRST),))
        con.execute("UPDATE rollup_request SET n = n + 1 WHERE (unit_uuid, month, category) = "
                    "(SELECT unit_uuid, month, category FROM rollup_request LIMIT 1)")
    con.close()


def test_migration_0028_counts_only_the_whole_trees_roll_up(small, tmp_path):
    path = copy_demo(small, tmp_path / "升级 0028 #3 %.sqlite3")
    _as_before_0028(path)
    open_session(path)
    try:
        assert database.execute_sql("SELECT COUNT(*) FROM rollup_request_all").fetchone()[0] > 0
        assert rollup.verify(database) == ["rollup_request"]  # the per-community one was not counted again
        year = (dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1))
        assert app_rollup.total("request", None, year)["n"] == kpis.SCANS["orders.requests"](None, year) != 0
    finally:
        close_session()


def test_migration_0032_counts_only_the_escalations_roll_up(small, tmp_path):
    path = copy_demo(small, tmp_path / "升级 0032 #4 %.sqlite3")
    con = sqlite3.connect(path)
    with con:  # as the build before 0032 left it, with a wrong count only a recount of all would put right
        _unmigrate(con, "rollup_escalation_%", ("rollup_escalation",), "0032_rollup_escalation")
        con.execute("UPDATE meta SET value = ? WHERE key = 'rollup_sha256'", (rollup.digest(rollup.FACTS[:4]),))
        con.execute("UPDATE rollup_request_all SET n = n + 1 WHERE (unit_uuid, month, category) = "
                    "(SELECT unit_uuid, month, category FROM rollup_request_all LIMIT 1)")
    con.close()
    open_session(path)
    try:
        assert rollup.verify(database) == ["rollup_request_all"]  # the escalations' roll-up alone was counted
        assert reach.counts(None, None) == escalations_scan(None, None)
        assert reach.counts(None, None)["n"] > 0
    finally:
        close_session()
