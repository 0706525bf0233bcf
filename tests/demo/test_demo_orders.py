"""Demo records of the four orders: consistent with app/orders, reproducible, and the article's figures."""

import datetime as dt
import json
import re
import sqlite3
from collections import Counter

import pytest
from peewee import fn

from app import stats
from app.demo import generate
from app.demo.season import NOW
from app.orders.catalogue import deadline
from app.orders.requests import community_of
from app.orders.reviews import REVIEWER_KINDS, month_range
from app.orders.service import STATES, TRANSITIONS
from app.session import close_session, open_session
from db.models import (
    CallBack,
    Member,
    Need,
    Offer,
    OrderEvent,
    OrgUnit,
    Request,
    ReviewScore,
    ReviewSession,
    ServiceOrder,
    Unit,
)

NUMBER = re.compile(r"^611002-(2024|2025|2026)-\d{6}$")
ORDER_TABLES = ("request", "need", "offer", "service_order", "order_event", "call_back", "review_session",
                "review_score")
STAMPS = {"created_at", "updated_at", "version", "origin_site", "created_by", "updated_by"}
HOURS = dt.timedelta(hours=1)


@pytest.fixture
def opened(small):
    open_session(small)
    yield small
    close_session()


def test_requests_are_consistent(opened):
    rows = list(Request.select())
    assert sum(r.state != "merged" for r in rows) == 400
    numbers = [r.number for r in rows]
    assert len(set(numbers)) == len(numbers) and all(NUMBER.match(n) for n in numbers)
    needs = {n.request_uuid: n for n in Need.select()}
    by_uuid = {r.uuid: r for r in rows}
    for r in rows:
        assert r.number[7:11] == str(r.received_at.year)
        assert r.due_at == r.received_at + HOURS * deadline(r.category, r.urgency).complete_hours
        assert dt.datetime(2024, 1, 1) - 8 * HOURS <= r.received_at <= NOW and len(r.content) >= 4
        if r.state == "merged":
            original = by_uuid[r.merged_into_uuid]
            assert r.kind is None and r.closed_at == r.received_at and original.received_at <= r.received_at
            assert original.closed_at is None or original.closed_at >= r.received_at
            continue
        assert {"new": None, "transferred": "transfer", "need": "handle"}.get(r.state, r.kind) == r.kind
        assert (r.closed_at is not None) == (r.state == "closed")
        assert (r.uuid in needs) == (r.kind == "handle")
        if r.kind == "transfer":
            assert r.department and (r.answer is not None) == (r.state == "closed")
        if r.kind == "reply":
            assert r.answer and r.state == "closed"
        if r.kind == "handle":
            need = needs[r.uuid]
            assert need.category == r.category and need.community_uuid == community_of(r.grid).uuid
            assert need.state in (("closed", "handled") if r.state == "closed" else ("open", "ordered"))
        if r.closed_at:
            assert r.received_at <= r.closed_at <= NOW


def test_orders_follow_the_state_machine(opened):
    events = {}
    for e in OrderEvent.select().order_by(OrderEvent.at, OrderEvent.uuid):
        events.setdefault(e.order_uuid, []).append(e)
    callbacks = Counter(c.order_uuid for c in CallBack.select())
    orders = list(ServiceOrder.select())
    assert orders and len({o.number for o in orders}) == len(orders)
    per_need = {}
    for o in orders:
        need, offer = o.need, o.offer
        per_need.setdefault(need.uuid, []).append(o)
        rule = deadline(need.category, need.request.urgency)
        assert o.number.startswith(f"GD-{need.request.number}-")
        assert offer.category == need.category and offer.community_uuid == o.community_uuid == need.community_uuid
        assert offer.valid_from <= o.dispatched_at.date() and (offer.valid_to is None
                                                                or o.dispatched_at.date() <= offer.valid_to)
        assert o.respond_by == o.dispatched_at + HOURS * rule.respond_hours
        if o.redo_count == 0:
            assert o.complete_by == o.dispatched_at + HOURS * rule.complete_hours
        chain = events[o.uuid]
        assert (chain[0].action, chain[0].from_state, chain[0].to_state) == ("dispatch", None, "dispatched")
        assert chain[0].at == o.dispatched_at
        state = "dispatched"
        for e in chain[1:]:
            assert e.from_state == state and e.at <= NOW
            expected = state if e.action == "supervise" else TRANSITIONS[e.action][state]
            assert e.to_state == expected
            state = e.to_state
        assert state == o.state
        assert callbacks[o.uuid] == sum(e.action.startswith("callback") for e in chain)
        assert (o.completed_at is not None) == any(e.action == "complete" for e in chain)
        assert o.supervised == any(e.action == "supervise" for e in chain)
        assert (o.closed_at is not None) == (o.state == "closed")
    for uuid, chain in per_need.items():
        chain.sort(key=lambda o: o.number)
        assert [o.number[-1] for o in chain] == [str(k) for k in range(1, len(chain) + 1)]
        assert all(o.state == "returned" for o in chain[:-1])
        need = Need.get_by_id(uuid)
        last = chain[-1].state
        expected = {"closed": "closed", "returned": "open", "cancelled": ("open", "handled")}.get(last, "ordered")
        assert need.state in expected


def test_offers_come_from_the_same_community(opened):
    offers = list(Offer.select())
    assert offers
    for offer in offers:
        assert (offer.unit_uuid is None) != (offer.member_uuid is None)
        provider = Unit.get_by_id(offer.unit_uuid) if offer.unit_uuid else Member.get_by_id(offer.member_uuid)
        assert provider.community_uuid == offer.community_uuid
        assert provider.registered_on <= offer.valid_from
        assert offer.valid_to is None or offer.valid_to >= offer.valid_from
        assert len(offer.description) >= 4 and 1 <= offer.capacity <= 100


def test_review_scores_fit_their_session(opened):
    sessions = list(ReviewSession.select())
    assert sessions
    for session in sessions:
        start, end = month_range(session.month)
        assert session.held_on > start.date() and OrgUnit.get_by_id(session.community_uuid).level == 2
        people = json.loads(session.reviewers)
        assert people and all(p["name"] and p["kind"] in REVIEWER_KINDS for p in people)
        for score in ReviewScore.select().where(ReviewScore.session == session):
            assert 1 <= score.score <= 5 and score.order.community_uuid == session.community_uuid
            assert start <= score.order.completed_at < end


def dump(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in ORDER_TABLES:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[1] not in STAMPS]
            out[table] = con.execute(f'SELECT {", ".join(cols)} FROM "{table}" ORDER BY uuid').fetchall()
        return out
    finally:
        con.close()


def test_same_seed_same_orders(tmp_path, small):
    again, other = tmp_path / "again.sqlite3", tmp_path / "other.sqlite3"
    generate(again, scale="small", seed=1)
    generate(other, scale="small", seed=2)
    first = dump(small)
    assert first == dump(again)
    assert first["request"] != dump(other)["request"]


@pytest.mark.slow
def test_shangzhou_reproduces_the_four_orders(shangzhou):
    open_session(shangzhou)
    figures = stats.compute()
    assert figures["orders.requests"] == 43_000
    assert figures["orders.quick_completion_rate"] >= 0.98
    assert 8_300 <= figures["orders.needs"] < 8_400
    assert 4_200 <= figures["orders.offers"] < 4_300
    assert 2_800 <= figures["orders.services"] < 2_900
    assert figures["orders.service_completion_rate"] >= 0.95
    assert figures["orders.review_sessions"] == 52
    for key in ("response_rate", "resolution_rate", "satisfaction_rate", "on_time_rate"):
        assert 0.9 <= figures[f"orders.{key}"] < 1.0, key
    assert {s for (s,) in ServiceOrder.select(ServiceOrder.state).distinct().tuples()} == set(STATES)
    assert {s for (s,) in Need.select(Need.state).distinct().tuples()} == {"open", "ordered", "handled", "closed"}
    assert {s for (s,) in Request.select(Request.state).distinct().tuples()} == {
        "new", "transferred", "need", "closed", "merged"}
    sessions = list(ReviewSession.select())
    assert len({s.community_uuid for s in sessions}) == 26 and len({s.month for s in sessions}) >= 20

    def share(category, months):
        query = Request.select().where((Request.category == category) & (Request.state != "merged"))
        month = fn.strftime("%m", Request.received_at)
        return query.where(month.in_([f"{m:02d}" for m in months])).count() / query.count()

    assert share("utilities", (11, 12, 1, 2)) > 0.45  # 4 of 12 months: a third without seasons
    assert share("sanitation", (6, 7, 8)) > 0.35
    weekend = Request.select().where(fn.strftime("%w", Request.received_at).in_(("0", "6"))).count()
    assert weekend / Request.select().count() < 0.2  # 2 of 7 days, but quiet ones


BARE = {  # the figures as plain SQL, written independently of app/orders/kpis.py
    "orders.requests": "SELECT COUNT(*) FROM request WHERE deleted = 0 AND state != 'merged'",
    "orders.needs": "SELECT COUNT(*) FROM need WHERE deleted = 0",
    "orders.offers": "SELECT COUNT(*) FROM offer WHERE deleted = 0",
    "orders.services": "SELECT COUNT(*) FROM service_order WHERE deleted = 0 AND state NOT IN ('returned', 'cancelled')",
    "orders.review_sessions": "SELECT COUNT(*) FROM review_session WHERE deleted = 0",
}
BARE_RATES = {
    "orders.quick_completion_rate": ("request", "closed_at <= due_at",
                                     "state != 'merged' AND kind IN ('reply', 'transfer')"),
    "orders.service_completion_rate": ("service_order", "completed_at IS NOT NULL",
                                       "state NOT IN ('returned', 'cancelled')"),
    "orders.response_rate": ("service_order", "responded_at <= respond_by", "1"),
    "orders.resolution_rate": ("call_back", "resolved = 1", "1"),
    "orders.satisfaction_rate": ("call_back", "satisfaction IN ('satisfied', 'basic')", "1"),
    "orders.on_time_rate": ("service_order", "completed_at <= complete_by", "completed_at IS NOT NULL"),
}


def test_kpis_agree_with_plain_sql_and_use_the_covering_index(opened):
    from db.connection import database

    figures = stats.compute(None, list(BARE) + list(BARE_RATES))
    for key, sql in BARE.items():
        assert figures[key] == database.execute_sql(sql).fetchone()[0], key
    for key, (table, part, where) in BARE_RATES.items():
        sql = f"SELECT SUM({part}), COUNT(*) FROM {table} WHERE deleted = 0 AND {where}"
        hits, whole = database.execute_sql(sql).fetchone()
        assert figures[key] == round((hits or 0) / whole, 4), key
    community = OrgUnit.get(OrgUnit.level == 2)
    whole = stats.compute(None, ["orders.requests", "orders.needs", "orders.services"])
    parts = [stats.compute(c.path, list(whole)) for c in OrgUnit.select().where(OrgUnit.level == 2)]
    assert {k: sum(p[k] for p in parts) for k in whole} == whole
    assert stats.compute(community.path, ["orders.needs"])["orders.needs"] == Need.select().where(
        Need.community == community).count()
    plan = " ".join(r[3] for r in database.execute_sql(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM request WHERE deleted = ? AND state != ?", (False, "merged")))
    assert "COVERING INDEX request_" in plan
