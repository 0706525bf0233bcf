"""Demo records of the four supports — task forces and volunteer teams with their members,
co-building projects, volunteer and proxy services, subdistrict posts — consistent with the
roster and app/support, and at shangzhou the article's figures, the funds' included."""

import datetime as dt
from collections import Counter

import pytest

from app import stats
from app.demo import get_scale
from app.demo.season import FIRST_DAY, LAST_DAY
from app.funds.types import COMMUNITY_TYPES, DEFAULT_STANDARDS
from app.session import close_session, open_session
from app.support import projects, proxy, teams
from db.ids import stable_uuid
from db.models import (
    Fund,
    Level,
    Member,
    OrgUnit,
    PartyBranch,
    Project,
    ProxyService,
    Resident,
    SubdistrictPosts,
    Team,
    TeamMember,
    Unit,
    VolunteerService,
)

SUPPORT_KEYS = ("support.task_forces", "support.volunteer_teams", "support.projects",
                "support.volunteer_problems_solved", "service.proxy_services", "support.subdistrict_admin_posts",
                "support.subdistrict_institution_posts")
FUND_KEYS = {"funds.community_public_yearly": "public", "funds.community_service_yearly": "service",
             "funds.community_party_yearly": "party", "funds.compound_party_yearly": "compound_party"}


@pytest.fixture
def opened(small):
    open_session(small)
    yield small
    close_session()


def community_of_resident() -> dict[str, str]:
    grids = {g.uuid: g for g in OrgUnit.select().where(OrgUnit.level == int(Level.GRID))}
    zones = {z.uuid: z.parent_uuid for z in OrgUnit.select().where(OrgUnit.level == int(Level.ZONE))}
    return {r.uuid: zones[grids[r.grid_uuid].parent_uuid] for r in Resident.select(Resident.uuid, Resident.grid)}


def test_small_figures_follow_the_scale(opened):
    spec = get_scale("small")
    figures = stats.compute(keys=list(SUPPORT_KEYS))
    assert figures == {"support.task_forces": spec.task_forces, "support.volunteer_teams": spec.volunteer_teams,
                       "support.projects": spec.projects, "support.volunteer_problems_solved": spec.problems_solved,
                       "service.proxy_services": spec.proxy_services,
                       "support.subdistrict_admin_posts": spec.admin_posts,
                       "support.subdistrict_institution_posts": spec.institution_posts}


def test_task_forces_are_members_of_their_community_and_volunteers_mostly_residents(opened):
    homes = community_of_resident()
    members = {m.uuid: m for m in Member.select()}
    names = {t.name for t in Team.select()}
    assert {"管得宽志愿服务队", "一家亲志愿服务队", "安居乐志愿服务队"} <= names
    residents = total = 0
    for team in Team.select():
        rows = list(TeamMember.select().where(TeamMember.team == team))
        assert rows and team.kind in teams.KINDS and team.disbanded_on is None and team.focus
        assert team.org_unit.level == int(Level.COMMUNITY) and team.leader_name in {r.name for r in rows}
        suffix = "党员突击队" if team.kind == "task_force" else "志愿服务队"
        assert suffix in team.name
        for r in rows:
            assert (r.member_uuid is None) != (r.resident_uuid is None)
            assert r.joined_on >= team.founded_on and (r.left_on is None or r.joined_on < r.left_on <= LAST_DAY)
            if r.member_uuid:
                m = members[r.member_uuid]
                assert (m.community_uuid, m.name, m.phone) == (team.org_unit_uuid, r.name, r.phone)
            else:
                assert homes[r.resident_uuid] == team.org_unit_uuid and r.resident.name == r.name
            if team.kind == "task_force":
                assert r.member_uuid and team.name.startswith(team.org_unit.name)
        if team.kind == "volunteer":
            residents += sum(1 for r in rows if r.resident_uuid)
            total += len(rows)
    assert residents / total > 0.6


def test_projects_are_between_a_community_and_its_units_with_consistent_states(opened):
    found = Counter()
    for p in Project.select():
        found[p.status] += 1
        assert p.status in projects.STATUSES and p.unit.community_uuid == p.community_uuid
        assert p.parties.startswith(p.community.name) and p.unit.name in p.parties and p.goal
        if p.status == "done":
            assert p.outcome and FIRST_DAY <= p.started_on < p.ended_on <= LAST_DAY
        elif p.status == "ongoing":
            assert p.outcome is None and p.ended_on is None and FIRST_DAY <= p.started_on <= LAST_DAY
        elif p.status == "planned":
            assert p.started_on is None and p.ended_on is None and p.outcome is None
        else:
            assert p.outcome and p.started_on < p.ended_on <= LAST_DAY
    assert found["dropped"] >= 1 and found["done"] >= 1


def test_volunteer_services_serve_their_teams_community(opened):
    spec = get_scale("small")
    services = list(VolunteerService.select())
    assert sum(s.problems_solved for s in services) == spec.problems_solved
    for s in services:
        assert s.org_unit_uuid == s.team.org_unit_uuid and FIRST_DAY <= s.served_on <= LAST_DAY
        assert s.served_on >= s.team.founded_on and s.title and 3 <= s.volunteers <= 25
        if s.project_uuid:
            p = s.project
            assert p.community_uuid == s.org_unit_uuid and p.status != "dropped"
            assert p.started_on <= s.served_on <= (p.ended_on or LAST_DAY)


def test_proxy_services_follow_the_catalogue_and_the_calendar(opened):
    homes = community_of_resident()
    rows = list(ProxyService.select())
    assert len(rows) == get_scale("small").proxy_services
    assert {r.service_kind for r in rows} <= set(proxy.KINDS) and {r.mode for r in rows} <= set(proxy.MODES)
    linked = 0
    for r in rows:
        assert FIRST_DAY <= r.served_on <= LAST_DAY and r.for_whom and r.centre.level == int(Level.COMMUNITY)
        if r.served_on.weekday() >= 5:
            assert r.mode in ("extended_hours", "appointment")
        if r.resident_uuid:
            linked += 1
            assert homes[r.resident_uuid] == r.centre_uuid and r.resident.name == r.for_whom
    assert 0.5 < linked / len(rows) < 0.8
    weekend = sum(1 for r in rows if r.served_on.weekday() >= 5)
    assert weekend / len(rows) < 0.12  # 2 of 7 days, but the centres are mostly closed


def test_subdistrict_posts_have_stable_keys_and_the_newest_year_counts(opened):
    spec = get_scale("small")
    rows = list(SubdistrictPosts.select())
    subs = OrgUnit.select().where(OrgUnit.level == int(Level.SUBDISTRICT))
    assert {(r.subdistrict_uuid, r.year) for r in rows} == {(s.uuid, y) for s in subs for y in (2024, 2025, 2026)}
    for r in rows:
        assert r.uuid == stable_uuid(f"subdistrict_posts:{r.subdistrict_uuid}:{r.year}")
        assert 4 <= r.internal_bodies <= 8
    newest = [r for r in rows if r.year == 2026]
    assert sum(r.admin_posts for r in newest) == spec.admin_posts
    assert sum(r.institution_posts for r in newest) == spec.institution_posts
    assert sum(r.admin_posts for r in rows if r.year == 2024) < spec.admin_posts


@pytest.mark.slow
def test_shangzhou_reproduces_the_four_supports(shangzhou):
    open_session(shangzhou)
    try:
        figures = stats.compute(keys=list(SUPPORT_KEYS))
        assert figures["support.task_forces"] == 58 and figures["support.volunteer_teams"] == 38
        assert 300 <= figures["support.projects"] < 330
        assert 1_200 <= figures["support.volunteer_problems_solved"] < 1_300
        assert figures["service.proxy_services"] == 26_000
        assert figures["support.subdistrict_admin_posts"] == 128
        assert figures["support.subdistrict_institution_posts"] == 159
        assert Project.select().where(Project.status == "dropped").count() > 0
        assert {t.org_unit_uuid for t in Team.select()} == {
            c.uuid for c in OrgUnit.select().where(OrgUnit.level == int(Level.COMMUNITY))}
        assert Unit.select().count() == 244
        centres = Counter(r.centre_uuid for r in ProxyService.select(ProxyService.centre))
        assert len(centres) == 26 and min(centres.values()) > 300
        year = (dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))
        assert 8_000 < stats.compute(keys=["service.proxy_services"], period=year)["service.proxy_services"] < 10_000
    finally:
        close_session()


@pytest.mark.slow
def test_shangzhou_funds_hold_the_standards_for_26_communities(shangzhou):
    open_session(shangzhou)
    try:
        figures = stats.compute(keys=list(FUND_KEYS), period=(dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1)))
        assert figures == {key: DEFAULT_STANDARDS[t] for key, t in FUND_KEYS.items()}
        assert [figures[k] / 100 for k in FUND_KEYS] == [50_000.0, 100_000.0, 5_000.0, 20_000.0]
        branches = PartyBranch.select().count()
        assert 52 <= branches <= 104
        for year in (2024, 2025, 2026):
            period = (dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1))
            keys = [f"funds.{t}.{m}" for t in FUND_KEYS.values() for m in ("allocated", "spent", "balance")]
            sums = stats.compute(keys=keys, period=period)
            for fund_type in FUND_KEYS.values():
                holders = branches if fund_type == "compound_party" else 26
                allocated = sums[f"funds.{fund_type}.allocated"]
                assert allocated == holders * DEFAULT_STANDARDS[fund_type], (year, fund_type)
                low, high = (0.85, 0.995) if year < 2026 else (0.68, 0.87)
                assert low <= sums[f"funds.{fund_type}.spent"] / allocated <= high, (year, fund_type)
                assert sums[f"funds.{fund_type}.balance"] >= 0
        assert Fund.select().count() == 3 * (26 * len(COMMUNITY_TYPES) + branches)
    finally:
        close_session()
