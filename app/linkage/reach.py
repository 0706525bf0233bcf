"""How far the period's escalated matters went (linkage.within_*, the dashboard's "settled where"),
read from the monthly roll-up of escalations (db/rollup.py, ESCALATION) instead of every
escalation ever made.

The roll-up counts escalations; the figures count matters: a record escalated again in the same
period (after its first escalation was closed) is one matter, which left a level if any of its
escalations did and is held at the highest level any of them reached. Those few records are
read with their statuses and put right: their escalations' counts taken away, the matter's added."""

from peewee import fn

from app import rollup
from app.linkage import status
from app.scope import within
from app.stats import Period, counted_in
from app.unchanged import while_unchanged
from db.models import Escalation, Level

LEFT = {Level.GRID: "n", Level.COMMUNITY: "left_community", Level.SUBDISTRICT: "left_subdistrict"}
HELD = {Level.COMMUNITY: "held_community", Level.SUBDISTRICT: "held_subdistrict", Level.DISTRICT: "held_district"}


def _during(root: str | None, period: Period):
    """The subtree's live escalations of the period: under a subtree reached through its units
    (a community's cost does not grow with the district's days, app.stats.counted_in)."""
    return counted_in(Escalation.live(), Escalation.unit, Escalation.escalated_at, root, period)


def _repeated(root: str | None, period: Period) -> dict[str, list[status.Status]]:
    """The period's escalations of the records escalated more than once in it, by record."""
    twice = [uuid for (uuid,) in _during(root, period).select(Escalation.record_uuid)
             .group_by(Escalation.record_uuid).having(fn.COUNT(Escalation.uuid) > 1).tuples()]
    found: dict[str, list[status.Status]] = {}
    if not twice:  # the usual case: nothing to put right, no statuses read
        return found
    for s in status.load(_during(root, period).where(Escalation.record_uuid.in_(twice))):
        found.setdefault(s.escalation.record_uuid, []).append(s)
    return found


def _measures(statuses: list[status.Status]) -> dict[str, int]:
    """The roll-up's measures of one matter escalated in these statuses (each counted once)."""
    out = {name: int(any(hop[1] <= level for s in statuses for hop in s.hops)) for level, name in LEFT.items()}
    held = min(s.holder_level if s.holder_level is not None else Level.DISTRICT for s in statuses)
    return out | {name: int(level == held) for level, name in HELD.items()}


@while_unchanged()
def counts(root: str | None, period: Period) -> dict[str, int]:
    """{measure: matters} of the subtree's escalations in the period (db.rollup.ESCALATION's measures);
    asked by each within_* card and the chart of where matters were settled, computed once."""
    root = within(root)  # the signed-in user's scope narrows it, the records escalated twice too
    out = dict(rollup.total("escalation", root, period))
    for statuses in _repeated(root, period).values():
        whole = _measures(statuses)
        for name in out:
            out[name] += whole[name] - sum(_measures([s])[name] for s in statuses)
    return out
