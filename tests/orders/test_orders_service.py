"""派单, 接单, 评单: matching, the order state machine, deadlines, call-backs, reviews."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import PermissionDenied, ValidationError
from app.orders import offers, requests, reviews, service
from app.orders.offers import OfferInput
from app.orders.requests import RequestInput
from app.orders.service import STATES, TRANSITIONS
from app.workflow import InvalidTransition
from db.base import utcnow
from db.models import Need, OrderEvent, Request


def need_for(world, category="repair", urgency="normal"):
    request = requests.log(RequestInput(grid_uuid=world["grid_a"].uuid, content="楼顶漏水需要维修防水层",
                                        category=category, urgency=urgency, resident_uuid=world["resident"].uuid))
    requests.classify(request.uuid, "handle")
    return Need.get(Need.request == request)


def offer_of(world, who="unit_a", community="com", category="repair", **kw):
    provider = {"unit_uuid": world[who].uuid} if who.startswith("unit") else {"member_uuid": world[who].uuid}
    return offers.add(OfferInput(community_uuid=world[community].uuid, category=category,
                                 description="提供房屋维修服务", **provider, **kw))


def test_matching_rule_ranks_and_explains(orders_world):
    need = need_for(orders_world)
    near = offer_of(orders_world, "unit_a", availability="周末")
    far = offer_of(orders_world, "unit_b", community="other")
    busy = offer_of(orders_world, "member", capacity=1)
    offer_of(orders_world, "unit_a", category="parking")  # other category: never proposed
    offers.add(OfferInput(community_uuid=orders_world["com"].uuid, category="repair", description="过期的维修服务",
                          unit_uuid=orders_world["unit_a"].uuid, valid_from=dt.date(2020, 1, 1),
                          valid_to=dt.date(2020, 12, 31)))
    service.dispatch(need_for(orders_world).uuid, busy.uuid)  # the member now has a full load
    ranked = offers.propose(need)
    assert [p.offer.uuid for p in ranked] == [near.uuid, far.uuid, busy.uuid]
    assert ranked[0].score == 105 and "同一社区" in ranked[0].reasons and "可服务时间：周末" in ranked[0].reasons
    assert ranked[1].score == 0 and "其他社区" in ranked[1].reasons
    assert "已满负荷，建议另选" in ranked[2].reasons


def test_past_review_scores_count(orders_world):
    a, b = offer_of(orders_world, "unit_a"), offer_of(orders_world, "member")
    order = service.dispatch(need_for(orders_world).uuid, b.uuid)
    service.accept(order.uuid)
    service.complete(order.uuid, "已修好", "已告知居民")
    service.call_back(order.uuid, "satisfied", True)
    session = reviews.create_session(orders_world["com"].uuid, utcnow().strftime("%Y-%m"), dt.date.today(),
                                     [{"name": "王大妈", "kind": "requester"}])
    reviews.score(session.uuid, order.uuid, 5)
    ranked = offers.propose(need_for(orders_world))
    assert ranked[0].offer.uuid == b.uuid and "以往评议平均 5.0 分" in ranked[0].reasons
    assert ranked[1].offer.uuid == a.uuid


def test_full_path_from_dispatch_to_closed(orders_world):
    need = need_for(orders_world)
    order = service.dispatch(need.uuid, offer_of(orders_world).uuid, "同一社区")
    assert Need.get_by_id(need.uuid).state == "ordered"
    assert order.complete_by - order.dispatched_at == dt.timedelta(days=7)
    service.accept(order.uuid)
    service.contact(order.uuid, "已电话联系，约定周六上门")
    service.complete(order.uuid, "更换了防水层", "已向王大妈反馈")
    closed = service.call_back(order.uuid, "basic", True, "修得还行")
    assert closed.state == "closed" and Need.get_by_id(need.uuid).state == "closed"
    assert Request.get_by_id(need.request.uuid).state == "closed"
    assert [e.action for e in service.history(order.uuid)] == ["dispatch", "accept", "contact", "complete",
                                                               "callback_ok"]
    assert all(e.by == "admin" for e in service.history(order.uuid))


def test_return_puts_the_need_back_and_redo_after_unsatisfied(orders_world):
    need = need_for(orders_world)
    order = service.dispatch(need.uuid, offer_of(orders_world).uuid)
    with pytest.raises(ValidationError, match="原因"):
        service.return_order(order.uuid, "")
    service.return_order(order.uuid, "本周人手不够")
    assert Need.get_by_id(need.uuid).state == "open"
    second = service.dispatch(need.uuid, offer_of(orders_world, "member").uuid)
    assert second.number.endswith("-2")
    service.accept(second.uuid)
    service.complete(second.uuid, "处理了", "已反馈")
    redo = service.call_back(second.uuid, "unsatisfied", False, "还在漏")
    assert redo.state == "redo" and redo.redo_count == 1
    assert service.restart(second.uuid).state == "in_progress"


def test_overdue_and_supervision(orders_world):
    now = utcnow()
    late = service.dispatch(need_for(orders_world, urgency="urgent").uuid, offer_of(orders_world).uuid,
                            now=now - dt.timedelta(hours=5))
    slow = service.dispatch(need_for(orders_world).uuid, offer_of(orders_world).uuid,
                            now=now - dt.timedelta(days=8))
    service.accept(slow.uuid, now=now - dt.timedelta(days=8))
    fine = service.dispatch(need_for(orders_world).uuid, offer_of(orders_world).uuid)
    found = {o.uuid: why for o, why in service.overdue(now)}
    assert found == {late.uuid: "响应超时", slow.uuid: "办结超时"}
    assert fine.uuid not in found
    service.supervise(late.uuid, "请今天内联系居民")
    assert service.get(late.uuid).supervised and service.get(late.uuid).state == "dispatched"


def test_cancel_needs_a_leader(orders_world, as_role):
    order = service.dispatch(need_for(orders_world).uuid, offer_of(orders_world).uuid)
    as_role("staff")
    with pytest.raises(PermissionDenied):
        service.cancel(order.uuid, "重复派单")


ACTIONS = ["accept", "return", "contact", "complete", "ok", "unsatisfied", "restart", "cancel", "supervise"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(ACTIONS), max_size=14))
def test_random_actions_never_reach_an_invalid_state(orders_world, actions):
    order = service.dispatch(need_for(orders_world).uuid, offer_of(orders_world).uuid)
    run = {
        "accept": lambda: service.accept(order.uuid), "return": lambda: service.return_order(order.uuid, "忙"),
        "contact": lambda: service.contact(order.uuid, "已联系"),
        "complete": lambda: service.complete(order.uuid, "完成", "已反馈"),
        "ok": lambda: service.call_back(order.uuid, "satisfied", True),
        "unsatisfied": lambda: service.call_back(order.uuid, "unsatisfied", False),
        "restart": lambda: service.restart(order.uuid), "cancel": lambda: service.cancel(order.uuid, "撤销"),
        "supervise": lambda: service.supervise(order.uuid),
    }
    for action in actions:
        before = service.get(order.uuid).state
        try:
            run[action]()
        except InvalidTransition:
            assert service.get(order.uuid).state == before  # refused: nothing changed
            continue
        after = service.get(order.uuid).state
        assert after in STATES
        key = {"ok": "callback_ok", "unsatisfied": "callback_unsatisfied"}.get(action, action)
        assert after == before if key == "supervise" else TRANSITIONS[key][before] == after
    events = list(OrderEvent.select().where(OrderEvent.order == order.uuid).order_by(OrderEvent.at,
                                                                                       OrderEvent.created_at))
    for earlier, later in zip(events, events[1:], strict=False):
        if later.action != "supervise":
            assert later.from_state == earlier.to_state
    need = service.get(order.uuid).need
    expected = {"returned": "open", "cancelled": "open", "closed": "closed"}.get(service.get(order.uuid).state,
                                                                                   "ordered")
    assert Need.get_by_id(need.uuid).state == expected


def test_monthly_record_and_ranking(orders_world):
    month = utcnow().strftime("%Y-%m")
    good, meh = offer_of(orders_world, "unit_a"), offer_of(orders_world, "member")
    done = []
    for offer in (good, good, meh):
        order = service.dispatch(need_for(orders_world).uuid, offer.uuid)
        service.accept(order.uuid)
        service.complete(order.uuid, "完成", "已反馈")
        done.append(order)
    late = service.dispatch(need_for(orders_world).uuid, meh.uuid, now=utcnow() - dt.timedelta(days=10))
    service.accept(late.uuid)
    service.complete(late.uuid, "拖了几天", "已反馈")
    session = reviews.create_session(orders_world["com"].uuid, month, dt.date.today(),
                                     [{"name": "人大代表张", "kind": "deputy"}, {"name": "王大妈", "kind": "requester"}])
    for order, value in zip(done, (5, 4, 3), strict=True):
        reviews.score(session.uuid, order.uuid, value)
    with pytest.raises(ValidationError, match="评分为1到5分"):
        reviews.score(session.uuid, late.uuid, 9)
    record = reviews.monthly_record(orders_world["district"].path, month)
    assert [(r.provider, r.accepted, r.completed, r.on_time, r.average_score) for r in record] == [
        ("区住建局", 2, 2, 2, 4.5), ("党员李明", 2, 2, 1, 3.0)]
