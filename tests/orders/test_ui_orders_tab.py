"""The four-orders tab driven like a clerk: real SQLite, real dialogs (answered
through their ask() classmethods), the real runner for counts and KPIs."""

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.orders import offers, requests, service
from app.orders.offers import OfferInput
from app.orders.requests import RequestInput
from db.base import utcnow
from db.models import Need, Request, ServiceOrder
from tests.helpers import answer
from ui import ask
from ui.hub import Hub
from ui.runner import Runner
from ui.tabs.orders.dialogs import DispatchDialog, OrderActionDialog
from ui.tabs.orders.offer_dialog import OfferDialog
from ui.tabs.orders.request_dialogs import ClassifyDialog, MergeDialog, RequestDialog
from ui.tabs.orders.review_dialogs import ScoreDialog, SessionDialog
from ui.tabs.orders.tab import OrdersTab


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def make_tab(qtbot, runner, page_size=5):
    t = OrdersTab(Hub(), runner, page_size=page_size)
    qtbot.addWidget(t)
    t.resize(1366, 700)
    t.show()
    return t


@pytest.fixture
def tab(orders_world, runner, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    return make_tab(qtbot, runner)


def log(world, content, category="repair", days_ago=0, grid="grid_a"):
    return requests.log(RequestInput(grid_uuid=world[grid].uuid, content=content, category=category,
                                     requester_name="李四", received_at=utcnow() - dt.timedelta(days=days_ago)))


def dispatched(world, content="楼顶漏水需要维修防水层", now=None):
    request = log(world, content)
    requests.classify(request.uuid, "handle")
    offer = offers.add(OfferInput(community_uuid=world["com"].uuid, category="repair", description="提供房屋维修",
                                  unit_uuid=world["unit_a"].uuid, capacity=5))
    return service.dispatch(Need.get(Need.request == request.uuid).uuid, offer.uuid, now=now)


def settled(tab, timeout: float = 5.0):
    """The tab once the pages, counts and lists it asked the runner for are in (they are read there)."""
    end, quiet_since = time.monotonic() + timeout, None
    # polls a condition (the runner idle) that must hold for 30 ms: a view asks for its next page from Qt's
    # zero-delay layout timers after the previous page arrived, so one idle moment is not yet the end
    while time.monotonic() < end:
        QApplication.processEvents()
        if tab.runner.busy():
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > 0.03:
            break
        time.sleep(0.002)
    return tab


def read_all(tab, model) -> None:
    while model.canFetchMore():
        model.fetchMore()
        settled(tab)


def wait(qtbot, task):
    if task is not None and task.status == "running":
        with qtbot.waitSignal(task.ended, timeout=5000):
            pass


def test_one_request_from_order_to_review(tab, orders_world, monkeypatch, qtbot):
    w = orders_world
    tab.show_page("requests")

    def fill_first(d):
        d.find.setText("王大妈")
        d.find_resident()
        d.category.setCurrentIndex(d.category.findData("parking"))
        d.content.setPlainText("小区门口停车乱，车辆堵住消防通道")
    monkeypatch.setattr(RequestDialog, "ask", answer(RequestDialog, fill_first))
    first, merged = tab.actions.new_request()
    assert not merged and requests.get(first).resident_uuid == w["resident"].uuid
    assert settled(tab).requests.model.rowCount() == 1

    offered = []
    monkeypatch.setattr(MergeDialog, "ask", classmethod(lambda cls, similar, parent=None: offered.append(
        [r.uuid for r in similar]) or similar[0].uuid))

    def fill_second(d):
        d.name.setText("张三")
        d.phone.setText("13900002222")
        d.category.setCurrentIndex(d.category.findData("parking"))
        d.content.setPlainText("小区门口停车太乱，堵住消防通道了")
    monkeypatch.setattr(RequestDialog, "ask", answer(RequestDialog, fill_second))
    second, merged = tab.actions.new_request()
    assert offered == [[first]] and merged and requests.get(second).merged_into_uuid == first

    model = settled(tab).requests.model
    assert model.rowCount() == 2 and model.row_at(0).uuid == second  # newest first
    tab.requests.select_row(model.row_of(first))
    monkeypatch.setattr(ClassifyDialog, "ask", answer(ClassifyDialog, lambda d: d.choose("handle")))
    assert tab.actions.classify(tab.requests.current()) == "need"

    monkeypatch.setattr(OfferDialog, "ask", answer(OfferDialog, lambda d: (
        d.choose(w["com"].uuid, "unit", w["unit_a"].uuid), d.category.setCurrentIndex(d.category.findData("parking")),
        d.description.setPlainText("组织志愿者疏导停车"), d.availability.setText("周末"))))
    tab.show_page("offers")
    assert tab.actions.add_offer()
    assert settled(tab).offers.model.rowCount() == 1 and tab.offers.model.row_at(0).provider == "区住建局"

    tab.show_page("needs")
    assert settled(tab).needs.model.row_at(0).state == "open"
    tab.needs.select_row(0)
    seen = []

    def pick(d):
        seen.extend((p.provider, p.score, p.reasons) for p in d.proposals)
        d.pick(0)
    monkeypatch.setattr(DispatchDialog, "ask", answer(DispatchDialog, pick))
    order_uuid = tab.actions.dispatch(tab.needs.current())
    assert seen[0][0] == "区住建局" and seen[0][1] == 105 and "同一社区" in seen[0][2]
    assert settled(tab).needs.model.row_at(0).state == "ordered"  # the page refreshed from the hub

    tab.show_order(order_uuid)
    board = settled(tab).board  # its counts and pages are read on the runner
    assert board.current_uuid() == order_uuid and board.state() == "dispatched"
    assert board.buttons["accept"].isEnabled() and not board.buttons["complete"].isEnabled()
    board.buttons["accept"].click()
    assert service.get(order_uuid).state == "accepted"

    steps = {"contact": lambda d: d.note.setPlainText("已电话联系，约定周六"),
             "complete": lambda d: (d.result.setPlainText("疏导了车辆，画了停车线"), d.feedback.setPlainText("已告知王大妈")),
             "callback": lambda d: d.satisfaction.setCurrentIndex(d.satisfaction.findData("satisfied"))}
    monkeypatch.setattr(OrderActionDialog, "ask", answer(OrderActionDialog, lambda d: steps[d.action](d)))
    for action in ("contact", "complete", "callback"):
        board.select(order_uuid)
        settled(tab)
        assert board.buttons[action].isEnabled()
        board.buttons[action].click()
    order = service.get(order_uuid)
    assert order.state == "closed" and requests.get(first).state == "closed"
    settled(board.tab).board.select(order_uuid)
    assert settled(tab).board.state() == "closed" and not any(b.isEnabled() for b in board.buttons.values())
    actions = [board.history.item(i, 1).text() for i in range(board.history.rowCount())]
    assert actions == ["派单", "接单", "联系居民", "办结", "回访满意"]

    tab.show_page("reviews")
    monkeypatch.setattr(SessionDialog, "ask", answer(SessionDialog, lambda d: (
        d.community.setCurrentIndex(d.community.findData(w["com"].uuid)), d.reviewers["requester"].setText("王大妈"),
        d.reviewers["deputy"].setText("人大代表张、政协委员刘"))))
    assert tab.actions.new_session()
    sessions = settled(tab).reviews.sessions
    assert sessions.model.rowCount() == 1 and sessions.model.row_at(0).reviewers == 3
    sessions.select_row(0)
    monkeypatch.setattr(ScoreDialog, "ask", answer(ScoreDialog, lambda d: d.set_score(order.number, 5)))
    assert tab.actions.score(sessions.current()) == 1
    record = settled(tab).reviews.record.model
    assert record.rowCount() == 1
    rank, row = record.row_at(0)
    assert (rank, row.provider, row.accepted, row.completed, row.on_time, row.average_score) == (
        1, "区住建局", 1, 1, 1, 5.0)


def test_an_invalid_action_is_not_offered_and_refused(tab, orders_world, as_role):
    order = dispatched(orders_world)
    tab.show_order(order.uuid)
    buttons = settled(tab).board.buttons
    assert {a for a, b in buttons.items() if b.isEnabled()} == {"accept", "return", "supervise", "cancel"}
    assert tab.actions.order_action(order.uuid, "complete") is None
    assert "not possible" in tab.message_bar.text.text() and service.get(order.uuid).state == "dispatched"
    tab.actions.order_action(order.uuid, "accept")
    tab.actions.order_action(order.uuid, "accept")  # twice: the state machine says no
    assert "不能“接单”" in tab.message_bar.text.text()
    as_role("staff")
    settled(tab).board.show_order()
    assert not buttons["cancel"].isEnabled()  # cancelling takes a leader
    assert buttons["complete"].isEnabled() and buttons["contact"].isEnabled()


def test_a_viewer_cannot_write(orders_world, runner, qtbot, as_role, monkeypatch):
    order = dispatched(orders_world)
    as_role("viewer")
    tab = make_tab(qtbot, runner)
    tab.show_page("requests")
    assert not any(b.isEnabled() for b in tab.requests.write_buttons)
    assert not any(b.isEnabled() for b in tab.reviews.write_buttons)
    monkeypatch.setattr(RequestDialog, "ask", classmethod(lambda *a, **k: pytest.fail("no dialog for a viewer")))
    assert tab.actions.new_request() is None
    assert tab.message_bar.isVisibleTo(tab) and tab.message_bar.text.text()
    tab.show_order(order.uuid)
    assert not any(b.isEnabled() for b in settled(tab).board.buttons.values())
    assert tab.actions.order_action(order.uuid, "accept") is None
    assert service.get(order.uuid).state == "dispatched" and Request.select().count() == 1


def test_keyword_search_finds_a_two_character_word(tab, orders_world, qtbot):
    for text in ("楼顶漏水需要维修", "楼道灯坏了", "卫生间漏水到楼下", "停车位不够"):
        log(orders_world, text)
    tab.show_page("requests")
    tab.requests.search.setText("漏水")
    qtbot.waitUntil(lambda: tab.requests.model.rowCount() == 2, timeout=3000)  # debounced
    assert all("漏水" in tab.requests.model.row_at(i).content for i in range(2))
    wait(qtbot, tab.requests.count_task)
    assert tab.requests.info.text().startswith("2 ")
    tab.requests.search.setText("停车")
    tab.refresh_page(tab.requests)
    assert settled(tab).requests.model.rowCount() == 1


def test_typing_one_character_finds_the_requests_that_hold_it(tab, orders_world, qtbot):
    wanted = [log(orders_world, text, days_ago=i) for i, text in enumerate(("鳖池漏水了", "河边有只鳖"))]
    for text in ("楼道灯坏了", "停车位不够", "广场舞太吵"):
        log(orders_world, text)
    tab.show_page("requests")
    tab.requests.search.setFocus()
    typed = QInputMethodEvent()  # how a Chinese input method types a character
    typed.setCommitString("鳖")
    QApplication.sendEvent(tab.requests.search, typed)
    assert tab.requests.search.text() == "鳖"
    qtbot.waitUntil(lambda: tab.requests.model.rowCount() == 2, timeout=3000)  # debounced, read on the runner
    assert [tab.requests.model.row_at(i).uuid for i in range(2)] == [r.uuid for r in wanted]  # newest first
    wait(qtbot, tab.requests.count_task)
    assert tab.requests.info.text().startswith("2 ")


def test_lazy_models_page_sort_and_pass_the_model_tester(tab, orders_world, qtmodeltester, qtbot):
    made = [log(orders_world, f"第{i}条诉求：楼道需要清理", days_ago=i % 7) for i in range(12)]
    tab.show_page("requests")
    model = settled(tab).requests.model
    assert model.page_size == 5 and model.rowCount() >= 5  # pages of 5, as many as the view has room for
    read_all(tab, model)
    assert model.rowCount() == 12
    qtmodeltester.check(model)
    tab.requests.view.sortByColumn(tab.requests.NUMBER, Qt.SortOrder.AscendingOrder)
    assert settled(tab) and model.rowCount() >= 5 and model.row_at(0).number == made[0].number
    read_all(tab, model)
    assert [model.row_at(i).number for i in range(12)] == sorted(r.number for r in made)
    assert not model.canFetchMore()
    for r in made[:6]:
        requests.classify(r.uuid, "handle")
    tab.show_page("needs")
    assert settled(tab).needs.model.rowCount() >= 5
    read_all(tab, tab.needs.model)
    assert tab.needs.model.rowCount() == 6 and not tab.needs.model.canFetchMore()
    qtmodeltester.check(tab.needs.model)
    offer = offers.add(OfferInput(community_uuid=orders_world["com"].uuid, category="repair", description="提供维修",
                                  unit_uuid=orders_world["unit_a"].uuid, capacity=9))
    for need in Need.select():
        service.dispatch(need.uuid, offer.uuid)
    tab.filters_changed()
    tab.show_page("board")
    assert settled(tab).board.states.currentItem().text() == "已派单（6）"
    assert tab.board.model.rowCount() >= 5  # pages of 5, as many as the view has room for
    read_all(tab, tab.board.model)
    assert tab.board.model.rowCount() == 6 and not tab.board.model.canFetchMore()
    qtmodeltester.check(tab.board.model)
    assert ServiceOrder.select().count() == 6


def test_overdue_orders_on_the_front_page_and_kpis(tab, orders_world, qtbot, monkeypatch):
    late = dispatched(orders_world, now=utcnow() - dt.timedelta(days=2))
    dispatched(orders_world, "厨房水管漏水")
    tab.filters_changed()
    tab.show_page("overview")
    page = tab.overview
    assert settled(tab) and [(r.uuid, r.late) for r in page.overdue.model._rows] == [(late.uuid, "响应超时")]
    wait(qtbot, page.kpi_task)
    assert page.cards["orders.requests"].value.text() == "2"
    assert page.cards["orders.services"].value.text() == "2"
    page.overdue.select_row(0)
    monkeypatch.setattr(OrderActionDialog, "ask", answer(OrderActionDialog,
                                                         lambda d: d.note.setPlainText("请今天内联系居民")))
    page.supervise_button.click()
    assert service.get(late.uuid).supervised
    assert settled(tab) and page.overdue.model.row_at(0).supervised  # refreshed from the hub
    tab.choose_unit(orders_world["other"].path)
    assert settled(tab) and page.overdue.model.rowCount() == 0
    page.overdue.select_row(0)


def test_a_bad_request_is_shown_next_to_the_field_and_nothing_is_saved(tab, orders_world, qtbot):
    dialog = RequestDialog(orders_world["com"].path)
    qtbot.addWidget(dialog)
    dialog.name.setText("路过群众")
    dialog.category.setCurrentIndex(dialog.category.findData("parking"))
    dialog.content.setPlainText("停车")
    dialog.accept()
    assert "至少4个字" in dialog.error_text("content") and dialog.result_value is None
    assert Request.select().count() == 0
    dialog.find.setText("没有这个人")
    dialog.find_resident()
    assert dialog.error_text("resident")
    dialog.content.setPlainText("小区门口停车很乱")
    dialog.accept()
    assert dialog.error_text("content") == "" and Request.select().count() == 1


def test_the_filters_narrow_every_page(tab, orders_world):
    log(orders_world, "楼顶漏水需要维修", days_ago=40)
    log(orders_world, "卫生间漏水到楼下", category="utilities")
    tab.show_page("requests")
    assert settled(tab).requests.model.rowCount() == 2
    tab.choose_period("days30")
    assert settled(tab).requests.model.rowCount() == 1
    tab.category.setCurrentIndex(tab.category.findData("repair"))
    assert settled(tab).requests.model.rowCount() == 0
    tab.choose_period("all")
    tab.choose_unit(orders_world["other"].path)
    assert settled(tab).requests.model.rowCount() == 0
    tab.choose_unit(orders_world["com"].path)
    assert settled(tab).requests.model.rowCount() == 1 and tab.requests.model.row_at(0).category == "repair"


def test_a_request_keeps_its_photos(tab, orders_world, qtbot, monkeypatch, tmp_path):
    from app import attachments
    from ui import ask

    photo = tmp_path / "门口.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    bad = tmp_path / "tool.exe"
    bad.write_bytes(b"MZ")
    dialog = RequestDialog(orders_world["com"].path)
    qtbot.addWidget(dialog)
    dialog.name.setText("路过群众")
    dialog.category.setCurrentIndex(dialog.category.findData("parking"))
    dialog.content.setPlainText("小区门口停车很乱，附照片")
    monkeypatch.setattr(ask, "open_paths", lambda *a, **k: [str(bad)])
    dialog.add_files()
    dialog.accept()
    assert "类型不支持" in dialog.error_text("attachments") and Request.select().count() == 0
    dialog.attachments.clear()
    monkeypatch.setattr(ask, "open_paths", lambda *a, **k: [str(photo)])
    dialog.add_files()
    assert dialog.files_label.text() == "门口.jpg"
    dialog.accept()
    (kept,) = attachments.of("request", Request.get().uuid)
    assert kept.file_name == "门口.jpg" and attachments.intact(kept)
