"""Hostile text in the text parameters of the write functions that take no input dataclass
(reasons, notes, answers, names of groups, units, categories, people): refused like the fields
of the input dataclasses (tests/core/test_hostile_input.py), before anything is looked up or written."""

import datetime as dt

import pytest

from app import org
from app.errors import ValidationError
from app.funds import funds, ledger, periods
from app.grid import buildings, roles
from app.grid import units as grid_units
from app.mediation import activities, agreements, cases, law, meetings
from app.orders import catalogue, requests, reviews, service
from app.support import proxy
from tests.core.test_hostile_input import BAD, world, world_file  # noqa: F401 - the shared small tree

D = dt.date(2026, 3, 10)
# (where, field, maximum, call with the text)
CALLS = [
    ("buildings.appoint_leader", "name", 30, lambda t: buildings.appoint_leader("x", t)),
    ("buildings.appoint_leader", "phone", 30, lambda t: buildings.appoint_leader("x", "王", t)),
    ("funds.add_branch", "name", 60, lambda t: funds.add_branch("x", t)),
    ("funds.allocate", "doc_no", 40, lambda t: funds.allocate("x", 2026, D, t)),
    ("ledger.post_allocation", "doc_no", 40, lambda t: ledger.post_allocation("x", 1, D, t)),
    ("ledger.post_allocation", "description", 200, lambda t: ledger.post_allocation("x", 1, D, "文1", t)),
    ("ledger.transfer", "voucher", 30, lambda t: ledger.transfer("x", "y", 1, D, t, "调剂")),
    ("ledger.transfer", "description", 200, lambda t: ledger.transfer("x", "y", 1, D, "", t)),
    ("ledger.reverse", "reason", 200, lambda t: ledger.reverse("x", t)),
    ("ledger.reverse", "voucher", 30, lambda t: ledger.reverse("x", "重复", voucher=t)),
    ("periods.close", "note", 200, lambda t: periods.close("x", 2026, 1, t)),
    ("grid_units.add_group", "name", 30, lambda t: grid_units.add_group("x", t)),
    ("grid_units.make_central_household", "name", 30, lambda t: grid_units.make_central_household("x", [], t)),
    ("activities.add_kind", "name", 20, lambda t: activities.add_kind("elder_feast", t)),
    ("agreements.follow_up", "notes", 1000, lambda t: agreements.follow_up("x", True, t)),
    ("cases.transition", "note", 500, lambda t: cases.transition("x", "accept", note=t)),
    ("cases.record_session", "attendees", 200, lambda t: cases.record_session("x", t, "")),
    ("cases.record_session", "notes", 2000, lambda t: cases.record_session("x", "", t)),
    ("cases.record_session", "place", 100, lambda t: cases.record_session("x", "", "", place=t)),
    ("law.record_event", "notes", 1000, lambda t: law.record_event("x", "petition", D, t)),
    ("meetings.set_outcome", "follow_up", 500, lambda t: meetings.set_outcome("x", "open", t)),
    ("catalogue.add_category", "name", 20, lambda t: catalogue.add_category("elder_care", t)),
    ("requests.classify", "answer", 1000, lambda t: requests.classify("x", "reply", answer=t)),
    ("requests.classify", "department", 60, lambda t: requests.classify("x", "transfer", department=t)),
    ("requests.classify", "need_text", 1000, lambda t: requests.classify("x", "handle", need_text=t)),
    ("requests.record_feedback", "feedback", 1000, lambda t: requests.record_feedback("x", t)),
    ("requests.handle_need", "answer", 1000, lambda t: requests.handle_need("x", t)),
    ("reviews.create_session", "place", 100, lambda t: reviews.create_session("x", "2026-03", D, [], t)),
    ("reviews.create_session", "notes", 1000, lambda t: reviews.create_session("x", "2026-03", D, [], "", t)),
    ("reviews.score", "comment", 500, lambda t: reviews.score("x", "y", 5, t)),
    ("service.dispatch", "reason", 500, lambda t: service.dispatch("x", "y", t)),
    ("service.call_back", "comment", 500, lambda t: service.call_back("x", "satisfied", True, t)),
    ("service.cancel", "reason", 500, lambda t: service.cancel("x", t)),
    ("service.supervise", "note", 500, lambda t: service.supervise("x", t)),
    ("org.add_unit", "name", 60, lambda t: org.add_unit(org.by_code("611002"), "611002099", t)),
    ("org.rename", "name", 60, lambda t: org.rename(org.by_code("611002"), t)),
    ("roles.add_person", "name", 30, lambda t: roles.add_person(t)),
    ("roles.add_person", "phone", 30, lambda t: roles.add_person("王", t)),
    ("roles.appoint", "name", 30, lambda t: roles.appoint(org.by_code("611002"), "grid_leader", t)),
    ("roles.appoint", "phone", 30, lambda t: roles.appoint(org.by_code("611002"), "grid_leader", "王", t)),
    ("proxy.log", "for_whom", 30, lambda t: proxy.log("x", D, "other", "proxy", t)),
    ("proxy.log", "notes", 500, lambda t: proxy.log("x", D, "other", "proxy", "", None, t)),
    ("proxy.void", "reason", 200, lambda t: proxy.void("x", t)),
]


@pytest.mark.usefixtures("world")
@pytest.mark.parametrize(("where", "field", "limit", "call"), CALLS, ids=[f"{c[0]}.{c[1]}" for c in CALLS])
def test_text_parameters_refuse_invisible_characters_and_overlong_text(where, field, limit, call):
    for char, code in BAD.items():
        with pytest.raises(ValidationError, match=f"U[+]{code[2:]}") as caught:
            call(f"东关{char}1号")
        assert caught.value.field == field, (where, char)
    with pytest.raises(ValidationError, match=f"最多 {limit} 个字") as caught:
        call("字" * (limit + 1))
    assert caught.value.field == field
