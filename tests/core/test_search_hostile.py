"""Hostile text in the 8 search boxes: NUL characters, quotes, FTS5 operators and a lone
character never reach SQL or FTS syntax — each search answers (possibly nothing) without an
error, and a LIKE wildcard typed by the clerk is matched literally."""

import pytest

from app import search
from app.notices import records
from app.orders import lists, requests
from app.support import members, units

HOSTILE = ["\x00\x00", "\x00", '"', "'", '""', "AND", "OR", "NOT", "NEAR", "*", "^", "停车 OR 漏水", '"停车',
           "NEAR(停车 漏水)", "停车*", "^停车", "-停车", "停车 NOT 漏水", "(", ")", ":", "{", "content:停车", "%", "_",
           "\\", "王", "\u202e", "\ud800", "字" * 10_000, " ", ""]


def search_functions(world) -> dict:
    path = world["district"].path
    return {
        "residents": lambda q: search.search_residents(q, path),
        "request_page": lambda q: lists.request_page(lists.Filter(root_path=path, keyword=q))[0],
        "request_count": lambda q: lists.request_count(lists.Filter(root_path=path, keyword=q)),
        "agreements": lambda q: records.records("mediation_agreement", path, q),
        "meetings": lambda q: records.records("deliberation_minutes", path, q),
        "orders": lambda q: records.records("order_slip", path, q),
        "units": lambda q: units.units(path, q),
        "members": lambda q: members.members(path, name_like=q),
    }


@pytest.fixture
def world(orders_world):
    requests.log(requests.RequestInput(grid_uuid=orders_world["grid_a"].uuid, content="小区停车难，晚上车位不够",
                                       category=_category(), requester_name="王大妈"))
    return orders_world


def _category() -> str:
    from app.orders.catalogue import categories

    return next(iter(categories()))


@pytest.mark.parametrize("name", ["residents", "request_page", "request_count", "agreements", "meetings", "orders",
                                  "units", "members"])
def test_every_search_answers_hostile_text_without_an_error(world, name):
    run = search_functions(world)[name]
    for query in HOSTILE:
        run(query)  # no OperationalError, no UnicodeEncodeError


def test_hostile_text_finds_nothing_it_should_not(world):
    run = search_functions(world)
    assert [h.name for h in run["residents"]("王")] == ["王大妈"]
    assert run["request_count"]("停车") == 1 and run["request_count"]("停车 NOT 漏水") == 0
    assert run["request_count"]("\x00停车\x00") == 1
    assert run["units"]("%") == [] and run["members"]("_") == []  # wildcards match themselves only
    assert [u.name for u in run["units"]("住建")] == ["区住建局"]
