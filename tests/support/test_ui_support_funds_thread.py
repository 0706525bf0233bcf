"""Nothing slow on the window's thread (issue 19), for the four-supports and the funds tabs:
every page's rows are read on the runner's worker (the app/ function records the thread it
ran on), the page says "Loading…" until they are in, and a read superseded by a newer one
never shows. A gate holds the worker, so a read made on the window's thread would show its
rows at once."""

import threading

import pytest

from app.funds import budget, running, summary, trail
from app.orders import lists as org_lists
from app.support import members, projects, services, teams, units
from app.support.projects import ProjectInput
from app.support.services import ServiceInput
from app.support.teams import TeamInput
from tests.funds.test_ui_funds_tab import fill_expense
from tests.funds_helpers import YEAR, allocate_world
from tests.helpers import answer
from tests.ui.test_ui_window_thread import Gate
from ui.hub import Hub
from ui.runner import Runner
from ui.tabs.funds.expense import FundExpenseDialog
from ui.tabs.funds.tab import FundsTab
from ui.tabs.support.tab import SupportTab
from ui.tabs.support.unit_dialogs import RegisteredUnitDialog


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def record_threads(monkeypatch, functions) -> list[threading.Thread]:
    """Wrap app/ functions so that each call notes the thread it ran on (one a build lacks is left out)."""
    seen = []
    for module, name in functions:
        real = getattr(module, name, None)
        if real is None:
            continue

        def wrapped(*args, real=real, **kwargs):
            seen.append(threading.current_thread())
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, wrapped)
    return seen


def names(page) -> list[str]:
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return [getattr(r, "name", None) or getattr(r, "title", None) or r.label for r in rows]


@pytest.fixture
def support_world(orders_world):
    com = orders_world["com"].uuid
    teams.create(TeamInput(kind="task_force", org_unit_uuid=com, name="防汛突击队"))
    teams.create(TeamInput(kind="volunteer", org_unit_uuid=com, name="一家亲"))
    projects.create(ProjectInput(community_uuid=com, name="老旧小区改造", parties="东关社区、区住建局", goal="加装电梯"))
    services.record(ServiceInput(org_unit_uuid=com, title="义诊进社区", volunteers=3, problems_solved=2))
    return orders_world


def support_tab(qtbot, runner) -> SupportTab:
    tab = SupportTab(Hub(), runner)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    return tab


@pytest.mark.parametrize("key, shown", [("units", "区住建局"), ("members", "党员李明"), ("task_forces", "防汛突击队"),
                                        ("volunteers", "一家亲"), ("projects", "老旧小区改造"),
                                        ("services", "义诊进社区")])
def test_a_support_page_is_read_on_a_worker_and_shows_its_rows(support_world, runner, qtbot, monkeypatch, key, shown):
    threads = record_threads(monkeypatch, [(units, "units"), (members, "member_page"), (teams, "teams"),
                                           (projects, "projects"), (services, "services")])
    tab = support_tab(qtbot, runner)
    gate = Gate(runner)  # the worker is busy: a read made here would still show its rows at once
    tab.show()
    tab.show_page(key)
    page = getattr(tab, key)
    assert page.model.rowCount() == 0 and page.info.text() == "Loading…"  # the window did not wait
    assert page.stack.currentWidget() is page.hint and page.hint.text() == "Loading…"
    gate.open()
    qtbot.waitUntil(lambda: shown in names(page) and page.info.text() != "Loading…", timeout=5000)  # rows, count
    assert page.stack.currentWidget() is page.view
    assert threads and threading.main_thread() not in threads


def test_a_superseded_member_search_never_shows(support_world, runner, qtbot):
    members.register(members.MemberInput(name="党员赵敏", community_uuid=support_world["com"].uuid))
    tab = support_tab(qtbot, runner)
    tab.show()
    tab.show_page("members")
    page = tab.members
    qtbot.waitUntil(lambda: sorted(names(page)) == ["党员李明", "党员赵敏"], timeout=5000)
    seen = []
    page.model.fetched.connect(lambda: seen.append(names(page)))
    gate = Gate(runner)
    page.search.setText("赵")
    page.search.setText("李")  # supersedes 赵 before it ran
    gate.open()
    qtbot.waitUntil(lambda: page.info.text() == "1 party members", timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)  # 赵's answer, had it been read, delivered by now
    assert seen == [["党员李明"]] and page.current().name == "党员李明"
    assert page.record.who.text() == "<b>党员李明</b>"  # its service record, read on the runner too


@pytest.fixture
def funds_world(grids):
    return {**grids, **allocate_world(grids)}


def funds_tab(qtbot, runner, world) -> FundsTab:
    tab = FundsTab(Hub(), runner)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.year.setValue(YEAR)
    tab.choose_unit(world["com"].path)
    return tab


def test_every_funds_page_is_read_on_a_worker(funds_world, runner, qtbot, monkeypatch):
    threads = record_threads(monkeypatch, [(running, "fund_balances"), (running, "running_ledger"),
                                           (summary, "purpose_summary"), (budget, "budget_vs_actual"),
                                           (trail, "trail")])
    tab = funds_tab(qtbot, runner, funds_world)
    gate = Gate(runner)
    tab.show()
    assert tab.funds.model.rowCount() == 0 and tab.funds.info.text() == "Loading…"
    assert tab.ledger.info.text() == ""  # waits for the fund list: it needs the chosen fund
    gate.open()
    qtbot.waitUntil(lambda: tab.ledger.model.rowCount() > 0, timeout=5000)
    assert tab.current_fund() is not None and tab.funds.info.text() == ""
    for key, page in (("summary", tab.summary), ("budget", tab.budget), ("trail", tab.trail)):
        gate = Gate(runner)
        tab.show_page(key)
        assert page.model.rowCount() == 0 and page.info.text() == "Loading…"
        gate.open()
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=5000)
    assert tab.trail.info.text() == "4 postings and reversals"
    assert len(threads) == 5 and threading.main_thread() not in threads


def test_the_funds_unit_picker_is_read_on_a_worker_and_the_funds_are_of_the_unit_chosen(funds_world, runner, qtbot,
                                                                                           monkeypatch):
    threads = record_threads(monkeypatch, [(org_lists, "units")])
    gate = Gate(runner)
    tab = funds_tab(qtbot, runner, funds_world)  # the unit is chosen before the units are in
    tab.show()
    assert tab.unit_box.count() == 0 and tab.funds.info.text() == "Loading…"
    gate.open()
    qtbot.waitUntil(lambda: tab.ledger.model.rowCount() > 0, timeout=5000)
    assert tab.unit_box.currentData() == funds_world["com"].path and tab.unit_name() == funds_world["com"].name
    assert len(threads) == 1 and threading.main_thread() not in threads


def test_a_superseded_year_of_funds_is_never_read(funds_world, runner, qtbot, monkeypatch):
    years = []
    real = running.fund_balances
    monkeypatch.setattr(running, "fund_balances", lambda root, year: years.append(year) or real(root, year))
    tab = funds_tab(qtbot, runner, funds_world)
    tab.show()
    qtbot.waitUntil(lambda: bool(tab.fund_list()), timeout=5000)
    gate = Gate(runner)
    tab.year.setValue(YEAR - 1)
    tab.year.setValue(YEAR)  # supersedes YEAR - 1 before it ran
    gate.open()
    qtbot.waitUntil(lambda: not tab.funds.reads.pending() and tab.ledger.model.rowCount() > 0, timeout=5000)
    assert years == [YEAR, YEAR] and {r.fund_type for r in tab.fund_list()} >= {"public", "service"}


def test_a_unit_just_registered_is_selected_once_the_list_is_read_again(support_world, runner, qtbot, monkeypatch):
    tab = support_tab(qtbot, runner)
    tab.show()
    qtbot.waitUntil(lambda: "区住建局" in names(tab.units), timeout=5000)

    def unit(d):
        d.community.setCurrentIndex(d.community.findData(support_world["com"].uuid))
        d.name.setText("区卫健局")
    monkeypatch.setattr(RegisteredUnitDialog, "ask", answer(RegisteredUnitDialog, unit))
    uuid = tab.actions.register_unit()  # the list is read again on the runner
    qtbot.waitUntil(lambda: "区卫健局" in names(tab.units) and not tab.units.reads.pending(), timeout=5000)
    assert tab.units.current().uuid == uuid


def test_an_expense_just_recorded_is_selected_once_the_ledger_is_read_again(funds_world, runner, qtbot, monkeypatch):
    tab = funds_tab(qtbot, runner, funds_world)
    tab.show()
    qtbot.waitUntil(lambda: tab.ledger.model.rowCount() == 1, timeout=5000)  # the allocation
    monkeypatch.setattr(FundExpenseDialog, "ask", answer(FundExpenseDialog, fill_expense))
    uuid = tab.actions.record_expense()  # the fund list, then the ledger, are read again on the runner
    qtbot.waitUntil(lambda: tab.ledger.model.rowCount() == 2, timeout=5000)
    assert tab.ledger.current().uuid == uuid
