"""The linkage lists (inbox, sent, 督办) read their rows' units and holders in one query for the
whole list (issue 19: they were looked up one row at a time), and give the same rows in the same
order as the per-row lookup did, on the small demo whose matters wait at every level."""

import pytest

from app.demo import generate
from app.linkage import levels, lists, status
from app.linkage.records import KINDS
from app.scope import within
from app.session import close_session, open_session
from db.models import Escalation, EscalationStep, Level, OrgUnit
from tests.helpers import traced


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("联动 #1 %20") / "演示 #3 %.sqlite3"
    generate(path, scale="small", seed=3)
    close_session()
    open_session(path)
    # the demo closed every matter it escalated: opened again, they wait (answered, assigned, long
    # overdue) at the level each reached, the grid's community up to the district
    Escalation.update(closed_at=None, close_note=None, satisfaction=None).execute()
    waiting = [e.uuid for e in Escalation.select().order_by(Escalation.escalated_at)][::2]  # not answered yet
    EscalationStep.delete().where(EscalationStep.escalation.in_(waiting) & (EscalationStep.action == "answer")).execute()
    yield path
    close_session()


# -- the lists as they were read before (b1b0a95): each row's unit and holder looked up on its own --
def old_row(s: status.Status) -> lists.Row:
    e = s.escalation
    holder = OrgUnit.select(OrgUnit.name).where(OrgUnit.uuid == s.holder_uuid).scalar() if s.holder_uuid else ""
    return lists.Row(e.uuid, KINDS[e.record_table], e.subject, e.unit.name, holder or "",
                     status.STATE_NAMES[s.state], e.escalated_at, s.due_at, s.overdue, s.assignee, s.answer,
                     e.unit.path)


def old_open(path):
    return status.load(status.in_subtree(path).where(Escalation.closed_at.is_null())
                       .order_by(Escalation.escalated_at.desc()))


def old_inbox(unit: OrgUnit) -> list[lists.Row]:
    return [old_row(s) for s in old_open(within(unit.path)) if s.state in status.OPEN
            and (s.holder_uuid == unit.uuid or s.assignee_unit_uuid == unit.uuid)]


def old_sent(unit: OrgUnit, include_closed: bool) -> list[lists.Row]:
    query = status.in_subtree(within(unit.path)).order_by(Escalation.escalated_at.desc())
    if not include_closed:
        query = query.where(Escalation.closed_at.is_null())
    return [old_row(s) for s in status.load(query) if any(hop[0] == unit.uuid for hop in s.hops)]


def old_overdue(path) -> list[lists.Row]:
    return [old_row(s) for s in old_open(within(path)) if s.overdue]


def statements(work) -> tuple[object, int]:
    """The result of `work()` and the number of SQL statements it ran on the real connection."""
    result, seen = traced(work)
    return result, len(seen)


def test_the_demo_has_matters_waiting_at_every_level(demo):
    held = {s.holder_level for s in status.load(status.in_subtree(None))}
    assert {int(Level.COMMUNITY), int(Level.SUBDISTRICT), int(Level.DISTRICT)} <= held


def test_every_units_lists_are_the_rows_of_the_per_row_lookup_in_the_same_order(demo):
    units = list(OrgUnit.select().where(OrgUnit.level.in_([int(v) for v in levels.LINK_LEVELS]))
                 .order_by(OrgUnit.path))
    compared = received = 0
    for unit in units:
        assert lists.inbox(unit.uuid) == (inbox := old_inbox(unit))
        received += len(inbox)
        assert lists.sent(unit.uuid) == old_sent(unit, False)
        assert lists.sent(unit.uuid, include_closed=True) == (rows := old_sent(unit, True))
        assert lists.overdue(unit.path) == old_overdue(unit.path)
        compared += len(rows)
    assert compared >= Escalation.select().count() >= 10 and received > 0
    assert lists.overdue(None) == old_overdue(None)
    record = Escalation.select(Escalation.record_uuid).order_by(Escalation.escalated_at.desc()).scalar()
    assert lists.of_record(record) == old_row(status.load(Escalation.live().where(
        Escalation.record_uuid == record).order_by(Escalation.escalated_at.desc(), Escalation.uuid.desc()))[0])


def test_a_long_list_reads_its_units_and_holders_in_one_query(demo):
    rows, count = statements(lambda: lists.overdue(None))
    assert len(rows) >= 4 and all(r.unit for r in rows) and any(r.holder for r in rows)
    # the site and its unit (3), the escalations, their steps, the org tree, the deadlines, the units:
    # never one per row (the per-row lookup ran two more for each)
    assert count <= 8
