"""The district rehearsal on Shangzhou's whole topology (31 sites) at small volume, as a
district deploys it (tests/rehearsal.py says what each step does and what is checked):
stood up through the CLI — one subdistrict and one community through the window's enrol
dialog and join wizard —, two weeks of work with the faults real sticks have, a
community whose key was stolen trying every case of the corpus, a PC rebuilt, and at the
end every site agrees with the district."""

import pytest

from tests import rehearsal
from tests.exchange import test_ui_enrol, test_ui_exchange

pytestmark = pytest.mark.slow
runner = test_ui_exchange.runner

WINDOW_SUB, WINDOW_COM = "611002002", "611002002001"


def window(qtbot, runner, monkeypatch) -> rehearsal.Window:
    """The district's clerk enrols in the window; the new PC joins through the first-run wizard."""

    def enrol(d, code, name, level, file):
        tab = test_ui_exchange.open_tab(qtbot, runner, d.district.db)
        site, _ = test_ui_enrol.enrol_in_dialog(tab, monkeypatch, code, file)
        tab.close()
        rehearsal.close_session()
        assert site.level == level and file.stat().st_size > 0
        return site.uuid

    def join(d, site, file):
        wizard, page = test_ui_enrol.join_in_wizard(qtbot, runner, monkeypatch, file, site.db,
                                               admin=rehearsal.DEMO_ADMIN)
        page.compared.setChecked(True)  # read over the phone, group by group
        wizard.next()
        assert wizard.currentId() == wizard.SUMMARY, page.errors["general"].text()
        wizard.close()
        rehearsal.close_session()

    return rehearsal.Window({WINDOW_SUB, WINDOW_COM}, enrol, join)


def test_the_district_rehearsal(qtbot, runner, monkeypatch, tmp_path):
    root = tmp_path / "商州区 演练 #1 %20"
    d = rehearsal.stand_up(root, "rehearsal", window(qtbot, runner, monkeypatch))
    coms, subs = d.of_level("community"), d.of_level("subdistrict")
    assert len(subs) == 4 and len(coms) == 26 and d.sites[WINDOW_COM].parent is d.sites[WINDOW_SUB]
    rehearsal.verify(d)  # stood up: every site holds its scope already

    rehearsal.week(d, 1)
    rehearsal.courier(d, faults=True)  # a lost stick found late, a stick imported twice
    coms[3].clock_behind = True  # this PC's clock is a day behind
    rehearsal.week(d, 2)
    rehearsal.courier(d, late=subs[1])  # a subdistrict that relays late
    refused = rehearsal.attack(d, coms[7])  # a stolen community key: every case refused, nothing changed
    rehearsal.rebuild(d, coms[5])  # a community PC rebuilt from a recovery bundle
    rehearsal.courier(d)

    report = rehearsal.verify(d)
    assert report["rows_compared"] > 10_000
    conflicts = {c["record"] for c in report["conflicts"]}
    assert conflicts and conflicts <= set(d.planned_conflicts)  # only the planned ones, listed with both sides
    assert len(refused) == 28 and set(refused.values()) == {"E_SCOPE", "E_ROW"}
    for c in report["conflicts"]:
        print(f"冲突（按计划）：{c['site']} 记录 {c['record']}：本站 {c['mine']!r}，上级 {c['incoming']!r}")
    for case, code in refused.items():
        print(f"被盗密钥：{case} -> {code}")
