"""The demo's linkage at the article's proportions: most matters settled in the grid
or the community, a few reaching the subdistrict, at least one the district; a joint
conference meeting every quarter in each subdistrict, a federation in every community."""

from app import stats
from app.demo import generate
from app.session import close_session, open_session
from db.models import Escalation, Level, LinkageMember, LinkageMemberGrid, LinkageSession, OrgUnit


def test_the_small_demo_escalates_at_the_articles_proportions(tmp_path):
    path = tmp_path / "演示 #1 %.sqlite3"
    generate(path, scale="small", seed=3)
    open_session(path)
    try:
        figures = stats.compute(None)
        assert Escalation.select().count() == figures["linkage.sent_grid"] + figures["linkage.sent_community"]
        assert figures["linkage.within_grid"] >= 0.95 and figures["linkage.within_community"] >= 0.99
        assert figures["linkage.received_district"] >= 1
        assert figures["linkage.sent_community"] < figures["linkage.sent_grid"]
        subs = OrgUnit.select().where(OrgUnit.level == int(Level.SUBDISTRICT))
        for sub in subs:
            assert LinkageMember.select().where(LinkageMember.org_unit == sub).count() == 8
            assert LinkageSession.select().where(LinkageSession.org_unit == sub).count() == 11  # 2024Q1 .. 2026Q3
        for com in OrgUnit.select().where(OrgUnit.level == int(Level.COMMUNITY)):
            assert LinkageMember.select().where(LinkageMember.org_unit == com).count() == 6
        grids = OrgUnit.select().where(OrgUnit.level == int(Level.GRID)).count()
        assert LinkageMemberGrid.select().join(LinkageMember).where(LinkageMember.kind == "police").count() == grids
    finally:
        close_session()
