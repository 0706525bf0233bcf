"""The four-orders figures on hand-built cases with known answers."""

import datetime as dt

from app import stats
from app.orders import offers, requests, reviews, service
from app.orders.kpis import year_period
from app.orders.offers import OfferInput
from app.orders.requests import RequestInput
from db.base import utcnow
from db.models import Need, Request


def log(world, grid="grid_a", category="repair", at=None):
    return requests.log(RequestInput(grid_uuid=world[grid].uuid, content="楼顶漏水需要维修", category=category,
                                     requester_name="居民", received_at=at))


def test_figures_from_hand_built_records(orders_world):
    w = orders_world
    now = utcnow()
    # five reply/transfer requests: four closed in time, one closed after its due time
    for _ in range(3):
        requests.classify(log(w, category="policy").uuid, "reply", answer="已解释")
    slow = log(w, category="policy", at=now - dt.timedelta(days=10))
    requests.classify(slow.uuid, "reply", answer="拖了很久才答复")
    transferred = requests.classify(log(w).uuid, "transfer", department="区水务局")
    requests.record_feedback(transferred.uuid, "已处理")
    Request.update(closed_at=now - dt.timedelta(days=1)).where(Request.uuid == transferred.uuid).execute()
    # three handled requests -> three needs; one offer; three orders (one returned)
    handled = [requests.classify(log(w).uuid, "handle") for _ in range(3)]
    needs = [Need.get(Need.request == r) for r in handled]
    offer = offers.add(OfferInput(community_uuid=w["com"].uuid, category="repair", description="维修服务",
                                  unit_uuid=w["unit_a"].uuid, capacity=5))
    a = service.dispatch(needs[0].uuid, offer.uuid)
    b = service.dispatch(needs[1].uuid, offer.uuid)
    c = service.dispatch(needs[2].uuid, offer.uuid, now=now - dt.timedelta(days=3))
    service.return_order(c.uuid, "不在服务范围")  # responded late: after its 24 h
    service.accept(a.uuid)
    service.complete(a.uuid, "修好", "已反馈")
    service.call_back(a.uuid, "satisfied", True)
    service.accept(b.uuid)
    service.complete(b.uuid, "修了", "已反馈")
    service.call_back(b.uuid, "unsatisfied", False)
    reviews.create_session(w["com"].uuid, now.strftime("%Y-%m"), dt.date.today(), [{"name": "甲", "kind": "deputy"}])
    log(w, grid="grid_b")  # still new: counts as a request only

    figures = stats.compute(w["district"].path, period=year_period(now.year))
    assert figures["orders.requests"] == 5 + 3 + 1
    assert figures["orders.quick_completion_rate"] == round(4 / 5, 4)
    assert figures["orders.needs"] == 3
    assert figures["orders.offers"] == 1
    assert figures["orders.services"] == 2  # the returned one does not count
    assert figures["orders.service_completion_rate"] == 1.0  # both completed (one then sent back)
    assert figures["orders.review_sessions"] == 1
    assert figures["orders.response_rate"] == round(2 / 3, 4)
    assert figures["orders.resolution_rate"] == 0.5
    assert figures["orders.satisfaction_rate"] == 0.5
    assert figures["orders.on_time_rate"] == 1.0

    grid_b = stats.compute(w["grid_b"].path, ["orders.requests", "orders.services"])
    assert grid_b == {"orders.requests": 1, "orders.services": 0}
    last_year = stats.compute(None, ["orders.requests"], period=year_period(now.year - 1))
    assert last_year == {"orders.requests": 0}
