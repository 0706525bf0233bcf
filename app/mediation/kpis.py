"""The figures of the three governances, computed from the records for any subtree
and period ([start, end) on the record's own day; no period = all time):

- selfgov.deliberations: deliberation meetings held (all four kinds);
- selfgov.matters_resolved: matters of those meetings settled in the grid or in the community;
- virtue.family_education / moral_lectures / small_stool_talks / neighbourhood_events:
  virtue activities of that kind held;
- virtue.mediations: mediation cases accepted 受理 (accepted_at in the period) — a
  declined registration is not a mediation;
- law.zero_petition_rate: communities with no petition event in the period, over all communities;
- law.zero_accident_rate: communities AND subdistricts with no accident event in the
  period, over both; an accident in a community breaks that community and its
  subdistrict, one recorded on the subdistrict itself breaks only the subdistrict;
- law.zero_crime_rate: communities with no crime event in the period;
- law.visits: visits, talks and consultation days of legal advisers and police liaisons.
(law.legal_advisers, law.police_liaisons and selfgov.building_leader_coverage live in app/stats.py.)
"""

from peewee import SQL, fn

from app.local_days import local_dates
from app.mediation import law
from app.mediation.meetings import RESOLVED
from app.stats import counted_in, kpi, rate
from db.models import (
    DeliberationMatter,
    DeliberationMeeting,
    LawVisit,
    Level,
    MediationCase,
    VirtueActivity,
)


def _count(query, org_field, day_field, root, period, *, dates: bool = True) -> int:
    span = (local_dates(period) if dates else period) if period else None
    return counted_in(query, org_field, day_field, root, span).scalar() or 0


def _meetings(root, period, query=None):
    if query is None:  # never `query or ...`: a peewee query's truth value runs it (the whole district's matters)
        query = DeliberationMeeting.select(fn.COUNT(SQL("*")))
    query = query.where(DeliberationMeeting.deleted == False)  # noqa: E712
    return _count(query, DeliberationMeeting.org_unit, DeliberationMeeting.held_on, root, period)


def _activities(kind: str, root, period) -> int:
    query = VirtueActivity.select(fn.COUNT(SQL("*"))).where((VirtueActivity.deleted == False)  # noqa: E712
                                                            & (VirtueActivity.kind == kind))
    return _count(query, VirtueActivity.org_unit, VirtueActivity.held_on, root, period)


@kpi("selfgov.deliberations", "居民说事堂等议事会议", periodic=True)
def deliberations(root, period):
    return _meetings(root, period)


@kpi("selfgov.matters_resolved", "协商解决议题", periodic=True)
def matters_resolved(root, period):
    query = (DeliberationMatter.select(fn.COUNT(SQL("*"))).join(DeliberationMeeting)
             .where((DeliberationMatter.deleted == False) & DeliberationMatter.outcome.in_(RESOLVED)))  # noqa: E712
    return _meetings(root, period, query)


@kpi("virtue.family_education", "家风教育", periodic=True)
def family_education(root, period):
    return _activities("family_education", root, period)


@kpi("virtue.moral_lectures", "道德讲堂", periodic=True)
def moral_lectures(root, period):
    return _activities("moral_lecture", root, period)


@kpi("virtue.small_stool_talks", "小板凳宣讲", periodic=True)
def small_stool_talks(root, period):
    return _activities("small_stool", root, period)


@kpi("virtue.neighbourhood_events", "邻里节等邻里活动", periodic=True)
def neighbourhood_events(root, period):
    return _activities("neighbourhood", root, period)


@kpi("virtue.mediations", "调解各类纠纷（受理）", periodic=True)
def mediations(root, period):
    query = MediationCase.select(fn.COUNT(SQL("*"))).where((MediationCase.deleted == False)  # noqa: E712
                                                           & MediationCase.accepted_at.is_null(False))
    return _count(query, MediationCase.community, MediationCase.accepted_at, root, period, dates=False)


def _zero_rate(kind: str, levels: tuple[Level, ...], root, period) -> float:
    start, end = local_dates(period) if period else (None, None)
    broken = {p[:i + 1] for p in law.event_paths(kind, start, end, root) for i, c in enumerate(p) if c == "/"}
    units = law.unit_paths(levels, root)  # a unit is broken by an event on it or below it: one of its path's prefixes
    return rate(sum(1 for u in units if u not in broken), len(units))


@kpi("law.zero_petition_rate", "零信访社区比例", "rate", periodic=True)
def zero_petition_rate(root, period):
    return _zero_rate("petition", (Level.COMMUNITY,), root, period)


@kpi("law.zero_accident_rate", "零事故街道社区比例", "rate", periodic=True)
def zero_accident_rate(root, period):
    return _zero_rate("accident", (Level.SUBDISTRICT, Level.COMMUNITY), root, period)


@kpi("law.zero_crime_rate", "零发案社区比例", "rate", periodic=True)
def zero_crime_rate(root, period):
    return _zero_rate("crime", (Level.COMMUNITY,), root, period)


@kpi("law.visits", "法律顾问和社区民警走访宣讲", periodic=True)
def visits(root, period):
    query = LawVisit.select(fn.COUNT(SQL("*"))).where(LawVisit.deleted == False)  # noqa: E712
    return _count(query, LawVisit.community, LawVisit.held_on, root, period)
