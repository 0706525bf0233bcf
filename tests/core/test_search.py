"""Resident search: 2-character names, phone and ID fragments, addresses, scope."""

import pytest

from app.grid import residents
from app.grid.residents import ResidentInput
from app.search import search_residents
from db.search_index import bigrams, query_phrase
from tests.helpers import valid_id


@pytest.fixture
def people(grids):
    a, b = grids["grid_a"].uuid, grids["grid_b"].uuid
    made = {
        "张伟": residents.add(a, ResidentInput(name="张伟", phone="13812345678", id_number=valid_id("111"),
                                              address="北新街88号")),
        "王小明": residents.add(a, ResidentInput(name="王小明", phone="13900005678", address="东关街12号")),
        "张伟华": residents.add(b, ResidentInput(name="张伟华", phone="0914-2312345", address="北新街90号")),
        "李娜": residents.add(b, ResidentInput(name="李娜")),
    }
    return made


def names(hits):
    return sorted(h.name for h in hits)


def test_two_character_name(people):
    assert names(search_residents("张伟")) == ["张伟", "张伟华"]
    assert names(search_residents("小明")) == ["王小明"]


def test_phone_and_id_fragments(people):
    assert names(search_residents("5678")) == ["张伟", "王小明"]
    assert names(search_residents("2312345")) == ["张伟华"]
    assert names(search_residents(valid_id("111")[-6:])) == ["张伟"]


def test_address_and_several_words(people):
    assert names(search_residents("北新街")) == ["张伟", "张伟华"]
    assert names(search_residents("北新街 88")) == ["张伟"]


def test_single_character_falls_back_to_name_prefix(people):
    assert names(search_residents("张")) == ["张伟", "张伟华"]
    assert search_residents("") == []


def test_scope_limits_to_a_subtree(people, grids):
    assert names(search_residents("张伟", grids["grid_b"].path)) == ["张伟华"]


def test_results_are_masked(people):
    hit = search_residents("13812345678")[0]
    assert hit.phone_masked == "138****5678" and hit.id_masked.count("*") == 8


def test_index_follows_updates_and_retirement(people, grids):
    r = people["李娜"]
    residents.update(r.uuid, ResidentInput(name="李娜娜"))
    assert names(search_residents("娜娜")) == ["李娜娜"]
    residents.retire(r.uuid)
    assert search_residents("娜娜") == []
    residents.restore(r.uuid)
    assert names(search_residents("娜娜")) == ["李娜娜"]


def test_quotes_in_queries_are_harmless(people):
    assert search_residents('张"伟') == []


def test_bigram_helpers():
    assert bigrams("王小明") == "王小 小明"
    assert query_phrase("a") is None
    assert query_phrase("北新街 88") == '"北新 新街" AND "88"'
