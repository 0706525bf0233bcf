"""One community's figures cost the same in a district of any size (issue 19, design.md): every
statement that counts a community's period reaches its rows through an index led by the org
unit, never through the whole district's days filtered afterwards (migration 0027), and no
figure runs a query of the whole district on the way (a peewee query's truth value runs it)."""

import os
import re
import shutil
import time

import pytest

from app import stats
from app.notices.periods import parse
from app.session import close_session, open_session
from db.connection import database
from db.models import Level, OrgUnit
from tests.helpers import traced

DAYS = {"held_on", "served_on", "accepted_at", "registered_at", "occurred_on", "received_at", "posted_on",
        "escalated_at", "dispatched_at", "valid_from", "at"}
RANGE_FIRST = re.compile(r"USING (?:COVERING )?INDEX (\S+) \((\w+)[<>]")


@pytest.fixture(scope="module")
def opened(small, tmp_path_factory):
    """The small demo on a clerk's PC: in Asia/Shanghai a period's ends are the roll-ups' month starts
    (elsewhere the hours between are counted from the tables: app/rollup.py)."""
    zone = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    path = tmp_path_factory.mktemp("subtree") / "街道 #1 100% 统计.sqlite3"
    shutil.copy(small, path)
    open_session(path)
    yield path
    close_session()
    if zone is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = zone
    time.tzset()


def _statements(run) -> list[str]:
    return [s for s in traced(run)[1] if s.lstrip().upper().startswith("SELECT")]


def _community() -> OrgUnit:
    return (OrgUnit.select().where((OrgUnit.level == int(Level.COMMUNITY)) & (OrgUnit.deleted == False))  # noqa: E712
            .order_by(OrgUnit.path).first())


def _day_led(sql: str) -> list[str]:
    plan = [row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall()]
    return [line for line in plan if (m := RANGE_FIRST.search(line)) and m[2] in DAYS]


def test_a_communitys_periodic_figures_never_range_over_the_districts_days(opened):
    periodic = [k for k, v in stats.REGISTRY.items() if v.periodic]
    year = parse("2026").as_stats_period()
    statements = _statements(lambda: stats.compute(_community().path, periodic, year))
    assert len(statements) > 20
    wrong = {sql[:160]: lines for sql in statements if (lines := _day_led(sql))}
    assert not wrong, "\n".join(f"{k}\n    {v}" for k, v in wrong.items())


def test_resolved_matters_are_counted_in_one_statement_inside_the_community(opened):
    year = parse("2026").as_stats_period()
    statements = _statements(lambda: stats.compute(_community().path, ["selfgov.matters_resolved"], year))
    counted = [s for s in statements if "deliberation_matter" in s]
    assert len(counted) == 1 and "org_unit" in counted[0], counted


def test_the_districts_escalated_twice_check_and_proxy_services_read_covering_indexes(opened):
    """Migration 0033: the whole district's period never reads the escalation or proxy-service rows."""
    from app.unchanged import forget

    forget()
    year = parse("2026").as_stats_period()
    statements = _statements(lambda: stats.compute(None, ["linkage.within_grid", "service.proxy_services"], year))
    read = [s for s in statements if "GROUP BY" in s and '"escalation"' in s or '"proxy_service"' in s]
    assert len(read) == 2, read
    for sql in read:
        plan = " ".join(row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall())
        assert "COVERING INDEX" in plan, (sql, plan)
