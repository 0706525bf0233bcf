"""The figures of the four supports, computed in SQL (COUNT/SUM) for any subtree
(OrgUnit.under) and, where periodic, any period ([start, end) on the record's own
day; no period = all time):

- support.task_forces / support.volunteer_teams: live teams of that kind not disbanded;
- support.projects: live co-building projects, dropped ones not counted;
- support.volunteer_problems_solved (periodic): problems solved by live volunteer services;
- support.subdistrict_admin_posts / support.subdistrict_institution_posts: for each
  subdistrict in the subtree its newest year's figures, added up;
- service.proxy_services (periodic): live proxy services served.
(support.units and support.members live in app/stats.py.)

The periodic figures select the org units of the subtree first and match them with
IN, so SQLite can use the (centre_uuid, served_on, deleted) index for proxy
services; over the whole tree (served_on, deleted) answers the count without
reading a row (migration 0012: a year of 92,500 at city scale in about 4 ms).
"""

import operator
from functools import reduce

from peewee import SQL, fn

from app.local_days import local_dates
from app.stats import Period, counted_in, kpi
from db.models import OrgUnit, Project, ProxyService, SubdistrictPosts, Team, VolunteerService


def _all(*conditions):
    """AND of the conditions that apply (None = no condition)."""
    return reduce(operator.and_, [c for c in conditions if c is not None])


def _in_subtree(org_field, root: str | None):
    return org_field.in_(OrgUnit.select(OrgUnit.uuid).where(OrgUnit.under(root))) if root else None


def _days(day_field, period: Period, root: str | None = None):
    """[start, end) on the record's day."""
    if not period:
        return None
    start, end = local_dates(period)
    return (day_field >= start) & (day_field < end)


def _teams(kind: str, root: str | None) -> int:
    query = Team.select(fn.COUNT(SQL("*"))).where(_all(Team.deleted == False, Team.kind == kind,  # noqa: E712
                                                       Team.disbanded_on.is_null(), _in_subtree(Team.org_unit, root)))
    return query.scalar() or 0


@kpi("support.task_forces", "党员突击队")
def task_forces(root):
    return _teams("task_force", root)


@kpi("support.volunteer_teams", "志愿服务队")
def volunteer_teams(root):
    return _teams("volunteer", root)


@kpi("support.projects", "共建项目")
def projects(root):
    query = Project.select(fn.COUNT(SQL("*"))).where(_all(Project.deleted == False,  # noqa: E712
                                                          Project.status != "dropped",
                                                          _in_subtree(Project.community, root)))
    return query.scalar() or 0


@kpi("support.volunteer_problems_solved", "志愿服务解决实际问题", periodic=True)
def volunteer_problems_solved(root, period):
    query = VolunteerService.select(fn.SUM(VolunteerService.problems_solved)).where(
        VolunteerService.deleted == False)  # noqa: E712
    span = local_dates(period) if period else None  # a subtree's services through its org units (stats.counted_in)
    return counted_in(query, VolunteerService.org_unit, VolunteerService.served_on, root, span).scalar() or 0


def _newest_posts(column, root: str | None) -> int:
    newer = SubdistrictPosts.alias()
    newest_year = (newer.select(fn.MAX(newer.year))
                   .where((newer.subdistrict == SubdistrictPosts.subdistrict) & (newer.deleted == False)))  # noqa: E712
    query = SubdistrictPosts.select(fn.SUM(column)).where(_all(
        SubdistrictPosts.deleted == False, SubdistrictPosts.year == newest_year,  # noqa: E712
        _in_subtree(SubdistrictPosts.subdistrict, root)))
    return query.scalar() or 0


@kpi("support.subdistrict_admin_posts", "街道行政编制")
def subdistrict_admin_posts(root):
    return _newest_posts(SubdistrictPosts.admin_posts, root)


@kpi("support.subdistrict_institution_posts", "街道全额事业编制")
def subdistrict_institution_posts(root):
    return _newest_posts(SubdistrictPosts.institution_posts, root)


@kpi("service.proxy_services", "帮办代办服务", periodic=True)
def proxy_services(root, period):
    query = ProxyService.select(fn.COUNT(SQL("*"))).where(_all(
        ProxyService.deleted == False, _in_subtree(ProxyService.centre, root),  # noqa: E712
        _days(ProxyService.served_on, period, root)))
    return query.scalar() or 0
