"""app.orders.lists: keyset pages of requests in every order, filters, keyword search, the other lists."""

import datetime as dt

import pytest

from app.orders import lists, offers, requests, reviews, service
from app.orders.lists import Filter
from app.orders.offers import OfferInput
from app.orders.requests import RequestInput
from db.base import utcnow
from db.models import Need

TEXTS = ["小区门口停车乱，堵住消防通道", "楼顶漏水需要维修", "楼道灯坏了三天了", "广场舞晚上太吵",
         "想咨询低保政策", "停车位不够用", "卫生间漏水到楼下"]
CATEGORIES = ["parking", "repair", "repair", "noise", "policy", "parking", "repair"]


@pytest.fixture
def logged(orders_world):
    now = utcnow()
    made = []
    for i, (text, category) in enumerate(zip(TEXTS * 3, CATEGORIES * 3, strict=True)):
        grid = orders_world["grid_a" if i % 2 else "grid_b"].uuid
        made.append(requests.log(RequestInput(grid_uuid=grid, content=f"{text}（{i}）", category=category,
                                              requester_name=f"居民{i}", requester_phone="13800001111",
                                              received_at=now - dt.timedelta(days=i))))
    return made


def all_pages(f, order, descending, size=4):
    out, cursor = [], None
    while True:
        rows, cursor = lists.request_page(f, cursor, size, order, descending)
        out += rows
        if len(rows) < size:
            return out


@pytest.mark.parametrize("order", ["received", "number", "category", "state"])
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_cover_every_request_once_in_order(logged, order, descending):
    rows = all_pages(Filter(), order, descending)
    assert len(rows) == len(logged) == lists.request_count(Filter())
    assert len({r.uuid for r in rows}) == len(rows)
    key = {"received": "received_at", "number": "number", "category": "category", "state": "state"}[order]
    values = [getattr(r, key) for r in rows]
    assert values == sorted(values, reverse=descending)


def test_newest_first_and_masked(logged):
    rows, _ = lists.request_page(Filter(), None, 3)
    assert [r.uuid for r in rows] == [r.uuid for r in logged[:3]]
    assert rows[0].phone_masked == "138****1111" and rows[0].category_name == "停车管理"


def test_filters_scope_category_state_period(orders_world, logged):
    in_a = Filter(root_path=orders_world["zone_a"].path)
    assert lists.request_count(in_a) == sum(1 for r in logged if r.grid_uuid == orders_world["grid_a"].uuid)
    assert all(r.grid_uuid == orders_world["grid_a"].uuid for r in all_pages(in_a, "received", True))
    assert lists.request_count(Filter(category="repair")) == 9
    requests.classify(logged[0].uuid, "reply", answer="已答复")
    assert [r.uuid for r in all_pages(Filter(state="closed"), "received", True)] == [logged[0].uuid]
    now = utcnow()
    week = Filter(start=now - dt.timedelta(days=6, hours=12), end=now + dt.timedelta(hours=1))
    assert lists.request_count(week) == 7
    assert lists.request_count(Filter(root_path=orders_world["other"].path)) == 0


@pytest.mark.parametrize("walk_from", [lists.WALK_MIN_HITS, 1])  # sort the matches / walk the date index
def test_keyword_finds_two_character_words(logged, monkeypatch, walk_from):
    monkeypatch.setattr(lists, "WALK_MIN_HITS", walk_from)
    found = all_pages(Filter(keyword="漏水"), "received", True)
    assert len(found) == 6 and all("漏水" in r.content for r in found)
    assert lists.request_count(Filter(keyword="停车")) == 6
    assert lists.request_count(Filter(keyword="停车", category="repair")) == 0
    assert lists.request_count(Filter(keyword="吵")) == 3  # one character: a scan
    assert lists.request_count(Filter(keyword="地铁")) == 0


def test_needs_open_first_offers_orders_and_overdue(orders_world, logged):
    first, second = logged[1], logged[6]  # both repair
    for r in (first, second):
        requests.classify(r.uuid, "handle")
    offer = offers.add(OfferInput(community_uuid=orders_world["com"].uuid, category="repair",
                                  description="提供房屋维修服务", unit_uuid=orders_world["unit_a"].uuid))
    need_a = Need.get(Need.request == first.uuid)
    order = service.dispatch(need_a.uuid, offer.uuid, now=utcnow() - dt.timedelta(days=2))
    needs, _ = lists.need_page(Filter())
    assert [n.state for n in needs] == ["open", "ordered"]
    offer_rows, _ = lists.offer_page(Filter())
    assert offer_rows[0].provider == "区住建局" and offer_rows[0].load == 1
    assert lists.order_state_counts(Filter()) == {"dispatched": 1}
    rows, _ = lists.order_page(Filter(), "dispatched")
    assert rows[0].uuid == order.uuid and rows[0].provider == "区住建局" and rows[0].requester
    late = lists.overdue_orders(Filter(root_path=orders_world["com"].path))
    assert [(r.uuid, r.late) for r in late] == [(order.uuid, "响应超时")]
    assert {o.uuid for o, _ in service.overdue()} == {r.uuid for r in late}
    assert lists.overdue_orders(Filter(root_path=orders_world["other"].path)) == []


def test_sessions_and_scorable_orders(orders_world, logged):
    requests.classify(logged[1].uuid, "handle")
    offer = offers.add(OfferInput(community_uuid=orders_world["com"].uuid, category="repair",
                                  description="提供房屋维修服务", member_uuid=orders_world["member"].uuid))
    order = service.dispatch(Need.get(Need.request == logged[1].uuid).uuid, offer.uuid)
    service.accept(order.uuid)
    service.complete(order.uuid, "修好了", "已反馈")
    month = utcnow().strftime("%Y-%m")
    session = reviews.create_session(orders_world["com"].uuid, month, dt.date.today(),
                                     [{"name": "王大妈", "kind": "requester"}])
    assert [(r.number, r.score) for r in lists.scorable_orders(session.uuid)] == [(order.number, None)]
    reviews.score(session.uuid, order.uuid, 4)
    assert lists.scorable_orders(session.uuid)[0].score == 4
    (row,) = lists.sessions(Filter(root_path=orders_world["sub"].path))
    assert (row.community, row.month, row.reviewers, row.scored) == ("东关社区", month, 1, 1)
    assert lists.sessions(Filter(root_path=orders_world["other"].path)) == []
    assert [u.name for u in lists.units(orders_world["sub"].path, 2)] == ["城关街道", "东关社区", "西关社区"]
    assert lists.providers(orders_world["com"].uuid) == ([(orders_world["unit_a"].uuid, "区住建局")],
                                                         [(orders_world["member"].uuid, "党员李明")])
