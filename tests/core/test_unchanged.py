"""Figures kept while the database is unchanged (app/unchanged.py): computed once per refresh, never
shown stale after a write, never shown to a user of another scope."""

import pytest

from app import accounts, auth, stats
from app.funds import kpis as funds_kpis
from app.linkage import reach
from app.notices.periods import parse
from app.session import close_session, open_session
from app.unchanged import forget
from db.models import User
from tests.helpers import traced

COMMUNITY = "611002001001"  # 北街社区


@pytest.fixture
def signed_in(small):
    open_session(small)
    auth.set_current_user(User.get(User.username == "admin"))
    if not User.select().where(User.username == "beijie").exists():
        accounts.add_user("beijie", "北街社区书记", "leader", "start-123", scope_code=COMMUNITY)
        User.update(must_change_password=False).where(User.username == "beijie").execute()
    forget()
    yield
    forget()
    close_session()


def _as(username: str) -> None:
    auth.set_current_user(User.get(User.username == username))


def test_a_figure_kept_for_the_administrator_is_not_shown_to_a_communitys_clerk(signed_in):
    year = parse("2026").as_stats_period()
    district = (reach.counts(None, year), funds_kpis.sums(None, year), stats.compute(None, ["linkage.within_grid"], year))
    _as("beijie")
    kept = (reach.counts(None, year), funds_kpis.sums(None, year), stats.compute(None, ["linkage.within_grid"], year))
    forget()
    fresh = (reach.counts(None, year), funds_kpis.sums(None, year), stats.compute(None, ["linkage.within_grid"], year))
    assert kept == fresh  # the clerk's own figures, not the district's kept ones
    assert kept[0] != district[0] and kept[1] != district[1]  # the two scopes differ here: the check can fail


def test_a_refresh_computes_each_kept_figure_once(signed_in):
    """The three within_* cards of a period read the escalations' roll-up once, not three times."""
    period = parse("2026-10").as_stats_period()
    _, seen = traced(lambda: stats.compute(
        None, ["linkage.within_grid", "linkage.within_community", "linkage.within_subdistrict"], period))
    assert len([s for s in seen if "rollup_escalation" in s]) == 1, seen
