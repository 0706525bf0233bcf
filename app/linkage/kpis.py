"""linkage.* figures (docs/linkage.md): hops sent and received per level, matters
settled at each level, overdue, and the share of matters that never left the
grid, the community, the subdistrict (小事不出网格、大事不出社区).

Everything is read from escalations filed inside the subtree, so a community, its
subdistrict and the district compute the same figure for the same community."""

from peewee import fn

from app import rollup
from app.linkage import levels, reach, status
from app.local_days import local_dates
from app.scope import within
from app.stats import Period, counted_in, kpi, rate
from app.unchanged import while_unchanged
from db.connection import database
from db.models import (
    ChangeLog,
    DeliberationMatter,
    DeliberationMeeting,
    Level,
    MediationCase,
)

NAMES = {Level.GRID: "grid", Level.COMMUNITY: "community", Level.SUBDISTRICT: "subdistrict", Level.DISTRICT: "district"}


def _in(at, period: Period) -> bool:
    return period is None or period[0] <= at < period[1]


_CACHE: dict[tuple, list[status.Status]] = {}


def _statuses(root: str | None) -> list[status.Status]:
    """The subtree's escalations, read once for all the figures of one compute(): the key holds
    the newest change-log sequence, which every write (an import too) moves on."""
    key = (database.database, root, ChangeLog.select(fn.MAX(ChangeLog.seq)).scalar())
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = status.load(status.in_subtree(root))
    return _CACHE[key]


def _hops(root: str | None, period: Period) -> list[tuple[int, int | None]]:
    """(level sent from, level received at) of every hop made in the period."""
    out = []
    for s in _statuses(root):
        for i, (_unit, level, at) in enumerate(s.hops):
            if _in(at, period):
                received = s.hops[i + 1][1] if i + 1 < len(s.hops) else s.holder_level
                out.append((level, received))
    return out


def _register_hops(level: Level) -> None:
    name = NAMES[level]
    kpi(f"linkage.sent_{name}", f"{levels.LEVEL_NAMES[level]}上报", periodic=True)(
        lambda root, period: sum(1 for sent, _ in _hops(root, period) if sent == level))
    if level != Level.GRID:
        kpi(f"linkage.received_{name}", f"{levels.LEVEL_NAMES[level]}收到上报", periodic=True)(
            lambda root, period: sum(1 for _, got in _hops(root, period) if got == level))
        kpi(f"linkage.settled_{name}", f"在{levels.LEVEL_NAMES[level]}办结的上报事项", periodic=True)(
            lambda root, period: sum(1 for s in _statuses(root) if s.answered_at and _in(s.answered_at, period)
                                     and s.holder_level == level))


for _level in NAMES:
    _register_hops(_level)


@kpi("linkage.overdue", "超期未办的上报事项（督办）")
def _overdue(root):
    return sum(1 for s in _statuses(root) if s.overdue)


@while_unchanged()
def _matters(root: str | None, period: Period) -> int:
    """Requests, mediation cases and deliberation matters recorded in the period (needs come from requests)."""
    def count(query, org_field, at_field, dates=False):
        span = (local_dates(period) if dates else period) if period else None
        return counted_in(query, org_field, at_field, root, span).count()
    matters = DeliberationMatter.live().join(DeliberationMeeting)
    return (rollup.total("request", root, period)["live"]  # the monthly roll-up (app/rollup.py)
            + count(MediationCase.live(), MediationCase.community, MediationCase.registered_at)
            + count(matters, DeliberationMeeting.org_unit, DeliberationMeeting.held_on, dates=True))


def _share_within(level: Level):
    def share(root, period):
        left = reach.counts(root, period)[reach.LEFT[level]]  # matters with a hop from this level or above
        whole = _matters(root, period)
        return rate(whole - left, whole) if whole else 0.0
    return share


for _level in (Level.GRID, Level.COMMUNITY, Level.SUBDISTRICT):
    kpi(f"linkage.within_{NAMES[_level]}", f"不出{levels.LEVEL_NAMES[_level]}办结的比例", kind="rate",
        periodic=True)(_share_within(_level))


def settled_where(root: str | None, period: Period) -> dict[int, int]:
    """Where the period's matters were settled (or are held now): the highest level each reached —
    grid for the matters never escalated. Grid + community add up to within_community's share, and
    so on up (docs/linkage.md); {} when nothing was recorded."""
    root = within(root)  # the signed-in user's scope narrows it
    whole = _matters(root, period)
    if not whole:
        return {}
    counts = reach.counts(root, period)  # the monthly roll-up of escalations
    out = {int(level): 0 for level in NAMES} | {int(level): counts[name] for level, name in reach.HELD.items()}
    out[int(Level.GRID)] = whole - counts["n"]
    return out

