"""The district rehearsal on Shangzhou's whole topology (31 sites) at small volume: stood
up as deployed, two weeks of work with the faults real sticks have, a PC rebuilt, and at
the end every site agrees with the district (tests/rehearsal.py says what is checked)."""

import pytest

from tests import rehearsal

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    root = tmp_path_factory.mktemp("rehearsal") / "商州区 演练 #1 %20"
    d = rehearsal.stand_up(root, "rehearsal")
    yield d
    rehearsal.clean(root)


def test_the_whole_district_stands_up(district):
    assert len(district.of_level("subdistrict")) == 4 and len(district.of_level("community")) == 26
    rehearsal.verify(district)


def test_two_weeks_with_faults_and_a_rebuilt_pc_converge(district):
    coms, subs = district.of_level("community"), district.of_level("subdistrict")
    rehearsal.week(district, 1)
    rehearsal.courier(district, faults=True)  # a lost stick found late, a stick imported twice
    coms[3].clock_behind = True  # this PC's clock is a day behind
    rehearsal.week(district, 2)
    rehearsal.courier(district, late=subs[1])  # a subdistrict that relays late
    rehearsal.rebuild(district, coms[5])  # a community PC rebuilt from a recovery bundle
    rehearsal.courier(district)
    report = rehearsal.verify(district)
    assert report["rows_compared"] > 10_000
    conflicts = {c["record"] for c in report["conflicts"]}
    assert conflicts and conflicts <= set(district.planned_conflicts)  # only the planned ones, listed
    for c in report["conflicts"]:
        print(f"冲突（按计划）：{c['site']} 记录 {c['record']}：本站 {c['mine']!r}，上级 {c['incoming']!r}")
