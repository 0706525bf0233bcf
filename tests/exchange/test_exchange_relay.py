"""Communities that report through their subdistrict: the subdistrict's down bundles
reach them (acknowledgements, reference data, the district's tree), and the
district sees them with their true last bundle."""

import io
from contextlib import redirect_stdout

import pytest

import main
from app import org
from app.exchange import incoming, outgoing
from app.grid import residents
from app.grid.residents import ResidentInput
from db.models import Category, PeerState
from tests.exchange.test_exchange_sync import send, trust_and_import
from tests.exchange_helpers import at
from tests.linkage_helpers import three_sites

EAST_GRID = "6110020010010101"


@pytest.fixture
def chain(district, tmp_path):
    """district -> 城关街道 (site) -> 东关社区 (site, reporting through the subdistrict)."""
    world = three_sites(district, tmp_path)
    return {**world, "d": world["district_uuid"], "east": world["com"], "east_uuid": world["com_uuid"]}


def _round_up(c):
    with at(c["east"]):
        residents.add(org.by_code(EAST_GRID).uuid, ResidentInput(name="经街道上报"))
    trust_and_import(c["sub"], send(c["east"], c["sub_uuid"], c["stick"]))
    bundle = send(c["sub"], c["d"], c["stick"])
    with at(c["district"]):
        incoming.apply(bundle)


def test_a_subdistrict_down_bundle_reaches_its_community(chain):
    """12.3: it was always refused (E_SCOPE: the district root is outside the subdistrict)."""
    _round_up(chain)
    with at(chain["district"]):
        from app.orders import catalogue
        catalogue.add_category("pets", "宠物")  # reference data travels district -> subdistrict -> community
    down = send(chain["district"], chain["sub_uuid"], chain["stick"])
    with at(chain["sub"]):
        incoming.apply(down)
    down = send(chain["sub"], chain["east_uuid"], chain["stick"])
    with at(chain["east"]):
        done = incoming.apply(down)
        assert Category.get(Category.code == "pets").name == "宠物"
        state = PeerState.get(PeerState.site_uuid == chain["sub_uuid"])
        assert state.acked_change_seq > 0  # the subdistrict holds our changes
    assert done.counts["org_unit"]["unchanged"] >= 2  # the district's tree, relayed
    with at(chain["east"]):
        out = outgoing.export(chain["sub_uuid"], chain["stick"])
    with at(chain["sub"]):
        plan = incoming.plan(out.path)
    assert plan.counts.get("resident", {}).get("new", 0) == 0  # no longer re-sends everything
    assert "resident" not in plan.counts or plan.counts["resident"]["unchanged"] == 0


def test_the_district_sees_communities_that_report_through_their_subdistrict(chain):
    """12.4: they showed 最近收到：从未 forever."""
    _round_up(chain)
    out = io.StringIO()
    with redirect_stdout(out):
        assert main.main(["sites", "--db", str(chain["district"])]) == 0
    line = next(x for x in out.getvalue().splitlines() if x.startswith("东关社区"))
    assert "从未" not in line and "经 城关街道办事处" in line and "序号：1" in line
    with at(chain["district"]):
        from app.exchange import views
        state = next(s for s in views.site_states() if s.uuid == chain["east_uuid"])
        assert state.last_in_at is not None and state.via == "城关街道办事处" and not state.missing
        assert state.key_state == "relayed"  # not "no keys yet": the subdistrict compared them


def test_a_gap_clears_once_a_later_bundle_brought_its_content(chain):
    """12.4 / 13.8: after bundle 2, bundle 1 is older and ignored — and no gap stays behind."""
    with at(chain["east"]):
        residents.add(org.by_code(EAST_GRID).uuid, ResidentInput(name="甲"))
    first = send(chain["east"], chain["sub_uuid"], chain["stick"])
    with at(chain["east"]):
        residents.add(org.by_code(EAST_GRID).uuid, ResidentInput(name="乙"))
    second = send(chain["east"], chain["sub_uuid"], chain["stick"])
    trust_and_import(chain["sub"], second)
    with at(chain["sub"]):
        assert incoming.apply(first).older
        assert PeerState.get(PeerState.site_uuid == chain["east_uuid"]).missing == "[]"
    out = io.StringIO()
    with redirect_stdout(out):
        main.main(["sites", "--db", str(chain["sub"])])
    assert "缺号" not in out.getvalue()


def test_one_safety_copy_per_courier_visit(chain):
    """A subdistrict importing its communities' bundles one after another backs up once, not
    before every bundle (each copy of a big file took seconds); a visit later gets its own."""
    import os
    import time

    from app import backup_retention, backups

    def import_one():
        with at(chain["east"]):
            residents.add(org.by_code(EAST_GRID).uuid, ResidentInput(name="又一位"))
        bundle = send(chain["east"], chain["sub_uuid"], chain["stick"])
        with at(chain["sub"]):
            incoming.apply(bundle, chain["sub"])

    def copies():
        return [p for p in backups.list_backups(chain["sub"]) if backup_retention.kind_of(p) == "before-import"]

    _round_up(chain)  # first contact: the subdistrict trusts the community
    import_one()
    import_one()
    assert len(copies()) == 1
    old = copies()[0]
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() - 3600))
    aged = old.with_name(f"griddesk-{stamp}-000-before-import.sqlite3.gz")
    os.rename(old, aged)  # an hour ago: the last visit
    import_one()
    assert len(copies()) == 2 and aged in copies()
