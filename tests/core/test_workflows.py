"""The workflows declared with app/workflow.py: service orders, mediation cases,
co-building projects and linkage escalations. For every state, `allowed()` is the
transitions table filtered by the guards (and the table says what the docs say);
a refused action raises the one shared InvalidTransition (E_TRANSITION) and changes
nothing; the archive guard lives in app and the window enables exactly what app allows."""

import dataclasses
import time

import pytest
from PySide6.QtWidgets import QApplication

from app import org
from app.errors import Conflict, PermissionDenied
from app.grid import roles
from app.linkage import escalations
from app.mediation import agreements, cases
from app.mediation.agreements import AgreementInput
from app.mediation.cases import CaseInput, PartyInput
from app.orders import offers, requests, service
from app.orders.offers import OfferInput
from app.orders.requests import RequestInput
from app.support import projects
from app.support.projects import ProjectInput
from app.workflow import InvalidTransition, Machine
from db.models import MediationEvent, Need, OrderEvent, Project, Role
from tests.exchange_helpers import at
from tests.helpers import valid_id
from tests.linkage_helpers import log_request, three_sites
from ui import ask
from ui.hub import Hub
from ui.runner import Runner
from ui.tabs.mediation.tab import MediationTab
from ui.tabs.orders.actions import offered_buttons
from ui.tabs.orders.tab import OrdersTab

ORDER_ALLOWED = {  # what docs/four-orders.md draws, state by state
    "dispatched": {"accept", "return", "cancel", "supervise"},
    "accepted": {"contact", "complete", "cancel", "supervise"},
    "in_progress": {"complete", "cancel", "supervise"},
    "completed": {"callback_ok", "callback_unsatisfied"},
    "redo": {"restart", "cancel", "supervise"},
    "closed": set(), "returned": set(), "cancelled": set(),
}
CASE_ALLOWED = {  # app/mediation/cases.py's drawing; an agreed case without a follow-up cannot be archived
    "registered": {"accept", "decline"},
    "accepted": {"session", "end"},
    "mediating": {"session", "agree", "fail", "end"},
    "agreed": {"follow_up"},
    "failed": {"archive"}, "ended": {"archive"}, "declined": {"archive"}, "archived": set(),
}
PROJECT_ALLOWED = {"planned": {"start", "drop"}, "ongoing": {"finish", "drop"}, "done": set(), "dropped": set()}


def table_filtered_by_guards(machine: Machine, record) -> set[str]:
    state = machine.state_of(record)
    return {action for action, moves in machine.transitions.items()
            if state in moves and all(guard(record) is None for guard in machine.guards.get(action, ()))}


def in_state(record, field: str, state: str):
    setattr(record, field, state)  # in memory only: nothing is saved
    return record


# -- the data -------------------------------------------------------------------
def an_order(world):
    request = requests.log(RequestInput(grid_uuid=world["grid_a"].uuid, content="楼顶漏水需要维修防水层",
                                        category="repair", resident_uuid=world["resident"].uuid))
    requests.classify(request.uuid, "handle")
    offer = offers.add(OfferInput(community_uuid=world["com"].uuid, category="repair", description="提供房屋维修服务",
                                  unit_uuid=world["unit_a"].uuid, capacity=5))
    return service.dispatch(Need.get(Need.request == request.uuid).uuid, offer.uuid)


@pytest.fixture
def mworld(orders_world):
    mediator = roles.add_person("调解员老赵", org_unit=orders_world["com"])
    roles.assign(mediator, orders_world["com"], Role.MEDIATOR)
    return {**orders_world, "mediator": mediator}


def a_case(w):
    return cases.register(CaseInput(
        dispute_type="neighbours", facts="楼上住户装修漏水，楼下墙面受损，双方就赔偿金额争执不下。",
        community_uuid=w["grid_a"].uuid, mediator_uuids=[w["mediator"].uuid],
        parties=[PartyInput(side="applicant", resident_uuid=w["resident"].uuid),
                 PartyInput(side="respondent", name="李四", id_number=valid_id("456"), phone="13900002222")]))


def agreed_case(w):
    case = a_case(w)
    cases.accept(case.uuid)
    cases.record_session(case.uuid, "双方", "调解")
    agreements.record(case.uuid, AgreementInput(facts="事实", content="赔偿800元", performance="现金"))
    return cases.get(case.uuid)


def events_of(case) -> int:
    return MediationEvent.select().where(MediationEvent.case == case.uuid).count()


# -- allowed() is the table filtered by the guards, state by state ----------------
@pytest.mark.parametrize("state", list(service.STATES))
def test_order_allowed_is_the_table_in_every_state(orders_world, state):
    order = in_state(an_order(orders_world), "state", state)
    assert service.MACHINE.allowed(order) == table_filtered_by_guards(service.MACHINE, order) == ORDER_ALLOWED[state]
    assert service.allowed_actions(order) == ORDER_ALLOWED[state]  # admin: may write and approve


def test_order_allowed_actions_follow_the_permissions(orders_world, as_role):
    order = an_order(orders_world)
    as_role("staff")
    assert service.allowed_actions(order.uuid) == {"accept", "return", "supervise"}  # 撤销 takes a leader
    as_role("viewer")
    assert service.allowed_actions(order.uuid) == set()


@pytest.mark.parametrize("state", list(cases.STATES))
def test_case_allowed_is_the_table_with_the_archive_guard_in_every_state(mworld, state):
    case = in_state(a_case(mworld), "state", state)
    assert cases.MACHINE.allowed(case) == table_filtered_by_guards(cases.MACHINE, case) == CASE_ALLOWED[state]
    open_extra = {"add_mediator"} if state in cases.OPEN_STATES else set()
    assert cases.allowed_actions(case) == CASE_ALLOWED[state] | open_extra


@pytest.mark.parametrize("status", list(projects.STATUSES))
def test_project_allowed_is_the_table_in_every_status(orders_world, status):
    project = in_state(projects.create(ProjectInput(community_uuid=orders_world["com"].uuid, name="路灯改造",
                                                    parties="东关社区、区供电公司", goal="路灯全部亮起来")),
                       "status", status)
    assert projects.MACHINE.allowed(project) == table_filtered_by_guards(projects.MACHINE, project)
    assert projects.allowed_actions(project) == PROJECT_ALLOWED[status]


def test_escalation_allowed_is_the_table_with_the_acting_level_as_guards(district, tmp_path):
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        grid = org.by_code("6110020010010101")
        esc = escalations.escalate("request", log_request().uuid, "网格协调不了", from_unit_uuid=grid.uuid)
        held = escalations.get(esc.uuid)  # held here, at the community, which it came up to from its grid
        machine = escalations.MACHINE
        decide = {"escalate", "assign", "agenda", "answer"}
        expected = {"open": decide, "agenda": decide, "assigned": decide, "answered": {"close"}, "closed": set()}
        for state, allowed in expected.items():
            current = dataclasses.replace(held, state=state)
            assert machine.allowed(current) == table_filtered_by_guards(machine, current) == allowed, state
        elsewhere = dataclasses.replace(held, holder_uuid=org.by_code("611002001").uuid)  # held by the subdistrict
        assert machine.allowed(elsewhere) == set()
        assigned_here = dataclasses.replace(elsewhere, state="assigned", assignee_unit_uuid=held.holder_uuid)
        assert machine.allowed(assigned_here) == {"answer"}  # the lower site it was assigned to may answer
        with pytest.raises(PermissionDenied, match="不在本级"):
            machine.check(elsewhere, "assign")
        with pytest.raises(Conflict, match="不能再处理") as refused:
            machine.check(dataclasses.replace(held, state="answered"), "answer")
        assert refused.value.code == "E_CONFLICT"  # the linkage refusals keep their code
        assert escalations.allowed_actions(esc.uuid) == decide


# -- a refused action: the shared error, nothing changed --------------------------
def test_an_invalid_order_action_raises_the_shared_error_and_changes_nothing(orders_world):
    order = an_order(orders_world)
    events = OrderEvent.select().where(OrderEvent.order == order.uuid).count()
    for refused in (lambda: service.restart(order.uuid), lambda: service.complete(order.uuid, "完成", "已反馈"),
                    lambda: service.call_back(order.uuid, "satisfied", True)):
        with pytest.raises(InvalidTransition) as e:
            refused()
        assert type(e.value) is InvalidTransition and e.value.code == "E_TRANSITION" and isinstance(e.value, Conflict)
        assert service.get(order.uuid).state == "dispatched"
        assert OrderEvent.select().where(OrderEvent.order == order.uuid).count() == events
    service.cancel(order.uuid, "重复派单")
    with pytest.raises(InvalidTransition, match="已“已撤销”，无需督办"):
        service.supervise(order.uuid)
    assert OrderEvent.select().where(OrderEvent.order == order.uuid).count() == events + 1


def test_an_invalid_case_action_raises_the_shared_error_and_changes_nothing(mworld):
    case = a_case(mworld)
    cases.accept(case.uuid)
    events = events_of(case)
    with pytest.raises(InvalidTransition, match="当前状态为“已受理”，不能“调解不成”") as e:
        cases.fail(case.uuid, "分歧大")
    assert e.value.code == "E_TRANSITION" and cases.get(case.uuid).state == "accepted" and events_of(case) == events


def test_an_invalid_project_move_raises_the_shared_error_and_changes_nothing(orders_world):
    p = projects.create(ProjectInput(community_uuid=orders_world["com"].uuid, name="路灯改造",
                                     parties="东关社区、区供电公司", goal="路灯全部亮起来"))
    with pytest.raises(InvalidTransition, match="当前为“计划中”，不能改为“已完成”") as e:
        projects.finish(p.uuid, "提前完成")
    assert e.value.code == "E_TRANSITION" and Project.get_by_id(p.uuid).status == "planned"


# -- the archive guard -------------------------------------------------------------
def test_an_agreed_case_is_archived_only_after_a_follow_up(mworld):
    case = agreed_case(mworld)
    events = events_of(case)
    assert "archive" not in cases.allowed_actions(case.uuid)
    with pytest.raises(InvalidTransition, match="达成协议后尚未回访：请先回访协议履行情况，再归档。") as e:
        cases.archive(case.uuid)
    assert e.value.code == "E_TRANSITION" and cases.get(case.uuid).state == "agreed" and events_of(case) == events
    agreements.follow_up(case.uuid, kept=True, notes="已支付")
    assert cases.allowed_actions(case.uuid) == {"follow_up", "archive"}
    assert cases.archive(case.uuid).state == "archived"


# -- the machine itself --------------------------------------------------------------
def test_a_machine_refuses_unknown_states_and_raises_what_a_guard_returns():
    with pytest.raises(ValueError, match="unknown action or states"):
        Machine({"a": "甲"}, {"go": "走"}, {"go": {"a": "b"}}, lambda r, a: "不行")
    record = type("Record", (), {"state": "a"})()
    machine = Machine({"a": "甲", "b": "乙"}, {"go": "走", "back": "回"}, {"go": {"a": "b"}, "back": {"b": "a"}},
                      lambda r, a: f"“{a}”不行", guards={"go": (lambda r: PermissionDenied("没有权限"),)})
    assert machine.allowed(record) == set()
    with pytest.raises(PermissionDenied, match="没有权限"):
        machine.move(record, "go")
    with pytest.raises(InvalidTransition, match="“back”不行"):
        machine.check(record, "back")
    assert record.state == "a"


# -- the window enables exactly what app allows ----------------------------------------
def settled(tab, timeout: float = 5.0):
    """The tab once what it asked its runner for is in (quiet for 30 ms)."""
    end, quiet_since = time.monotonic() + timeout, None
    while time.monotonic() < end:
        QApplication.processEvents()
        if tab.runner is not None and tab.runner.busy():
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > 0.03:
            break
    return tab


def enabled(board) -> set[str]:
    return {a for a, b in board.buttons.items() if b.isEnabled()}


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def test_the_order_board_enables_exactly_what_app_allows(orders_world, runner, qtbot, as_role, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    tab = OrdersTab(Hub(), runner, page_size=5)
    qtbot.addWidget(tab)
    tab.show()
    order = an_order(orders_world)
    steps = (lambda: None, lambda: service.accept(order.uuid), lambda: service.contact(order.uuid, "已联系"),
             lambda: service.complete(order.uuid, "完成", "已反馈"),
             lambda: service.call_back(order.uuid, "unsatisfied", False, "没修好"),
             lambda: service.restart(order.uuid), lambda: service.cancel(order.uuid, "撤销"))
    for step in steps:
        step()
        tab.show_order(order.uuid)
        board = settled(tab).board
        current = service.get(order.uuid)
        assert board.current_uuid() == order.uuid
        assert enabled(board) == offered_buttons(current) == {
            "callback" if a.startswith("callback_") else a for a in ORDER_ALLOWED[current.state]}, current.state
    other = an_order(orders_world)
    as_role("staff")
    tab.show_order(other.uuid)
    assert enabled(settled(tab).board) == {"accept", "return", "supervise"} == service.allowed_actions(other.uuid)


def test_the_case_board_enables_exactly_what_app_allows(mworld, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    tab = MediationTab(Hub(), None, page_size=5)
    qtbot.addWidget(tab)
    tab.show()
    case = agreed_case(mworld)
    for step in (lambda: None, lambda: agreements.follow_up(case.uuid, kept=True, notes="已支付"),
                 lambda: cases.archive(case.uuid)):
        step()
        tab.show_case(case.uuid)
        assert tab.board.current_uuid() == case.uuid
        assert enabled(tab.board) == cases.allowed_actions(case.uuid)
    assert enabled(tab.board) == set()
    fresh = a_case(mworld)
    tab.show_case(fresh.uuid)
    assert enabled(tab.board) == cases.allowed_actions(fresh.uuid) == {"accept", "decline", "add_mediator"}
