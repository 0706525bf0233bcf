"""The linkage lists of a site: its inbox (received from below, assigned from
above), what it sent with the state, and the overdue list 督办."""

import datetime as dt
from dataclasses import dataclass

from app.linkage import status
from app.linkage.records import KINDS
from app.mediation.lists import Filter, utc_midnight
from app.scope import within
from app.session import local_site
from db.models import Escalation, OrgUnit

_CHUNK = 500  # units per IN (well under SQLite's limit of bound variables)


@dataclass
class Row:
    uuid: str
    kind: str
    subject: str
    unit: str
    holder: str
    state: str
    escalated_at: dt.datetime
    due_at: dt.datetime | None
    overdue: bool
    assignee: str | None
    answer: str | None
    unit_path: str = ""


def filtered(rows: list[Row], f: Filter) -> list[Row]:
    """The rows of the window's filter: records of a unit's subtree escalated in [start, end) local days."""
    start = utc_midnight(f.start) if f.start else None
    end = utc_midnight(f.end) if f.end else None
    return [r for r in rows if (not f.root_path or r.unit_path.startswith(f.root_path))
            and (start is None or r.escalated_at >= start) and (end is None or r.escalated_at < end)]


def rows(found: list[status.Status]) -> list[Row]:
    """The rows of statuses, the units and holders of all of them read in one query (per 500)."""
    units = _units({s.escalation.unit_uuid for s in found} | {s.holder_uuid for s in found if s.holder_uuid})
    return [_row(s, units) for s in found]


def _units(uuids: set[str]) -> dict[str, tuple[str, str]]:
    """uuid -> (name, path) of the units asked for."""
    wanted, out = sorted(uuids), {}
    for start in range(0, len(wanted), _CHUNK):
        query = OrgUnit.select(OrgUnit.uuid, OrgUnit.name, OrgUnit.path).where(
            OrgUnit.uuid.in_(wanted[start:start + _CHUNK]))
        out.update({uuid: (name, path) for uuid, name, path in query.tuples()})
    return out


def _row(s: status.Status, units: dict[str, tuple[str, str]]) -> Row:
    e = s.escalation
    unit, path = units.get(e.unit_uuid, ("", ""))
    holder = units.get(s.holder_uuid, ("", ""))[0] if s.holder_uuid else ""
    return Row(e.uuid, KINDS[e.record_table], e.subject, unit, holder or "",
               status.STATE_NAMES[s.state], e.escalated_at, s.due_at, s.overdue, s.assignee, s.answer, path)


def _open_here(path: str | None) -> list[status.Status]:
    return status.load(status.in_subtree(path).where(Escalation.closed_at.is_null())
                       .order_by(Escalation.escalated_at.desc()))


def inbox(unit_uuid: str | None = None) -> list[Row]:
    """Open matters this unit must decide, and those assigned down to it (of them, those filed inside
    the signed-in user's scope; a unit outside it is refused)."""
    unit = OrgUnit.get_by_id(unit_uuid) if unit_uuid else local_site().org_unit
    found = [s for s in _open_here(within(unit.path)) if s.state in status.OPEN
             and (s.holder_uuid == unit.uuid or s.assignee_unit_uuid == unit.uuid)]
    return rows(found)


def sent(unit_uuid: str | None = None, *, include_closed: bool = False) -> list[Row]:
    """Matters that left this unit (it escalated them, first or further), with where they stand."""
    unit = OrgUnit.get_by_id(unit_uuid) if unit_uuid else local_site().org_unit
    query = status.in_subtree(within(unit.path)).order_by(Escalation.escalated_at.desc())  # the scope narrows it
    if not include_closed:
        query = query.where(Escalation.closed_at.is_null())
    return rows([s for s in status.load(query) if any(hop[0] == unit.uuid for hop in s.hops)])


def overdue(path: str | None = None) -> list[Row]:
    """督办: every open matter past its deadline in this subtree, at whatever level it waits."""
    path = within(path or local_site().org_unit.path)  # the signed-in user's scope narrows it
    return rows([s for s in _open_here(path) if s.overdue])


def of_record(record_uuid: str) -> Row | None:
    """Where the newest escalation of a record (a request, need, case or matter) stands; None if never escalated.
    The record's own screen shows it: 已上报, who holds it, the assignee and the answer when it comes back."""
    query = Escalation.live().where(Escalation.record_uuid == record_uuid)
    found = status.load(query.order_by(Escalation.escalated_at.desc(), Escalation.uuid.desc()).limit(1))
    return rows(found)[0] if found else None
