"""How the four-orders lists find a keyword in the requests' text (no Qt here).

Two characters or more: the phrase of their bigrams in `request_fts`. One character:
`request_chars`, the index of single characters (db/search_index.py), unless it is in
so many requests (more than LIKE_FROM) that testing each row with LIKE while walking the
date index is cheaper than reading all its row ids; both give the rows `LIKE '%c%'` gives.

A page of one character's requests, newest (or oldest) first, is read one of two ways,
whichever costs less (measured at 1m: reading and sorting a match costs about 13 µs, a
step of the date index about 1.4 µs, so walking wins above sqrt(page x requests / 9)):
- few matches: sort the matches' keys, then read the page's rows (`deferred`);
- many: walk the date index and keep the rows whose row id is a match (`INDEXED BY`).
"""

import math
import time
from dataclasses import dataclass

from app.validators import search_text
from db.connection import database
from db.search_index import char_query, query_phrase

LIKE_FROM = 25_000  # one character in more requests than this: a LIKE test on each row walked
PLAN_FRESH_S = 60.0  # a character's count chooses the way only: reused this long (every way finds the same rows)
_planned: dict[str, tuple[float, int]] = {}


@dataclass(frozen=True)
class Keyword:
    sql: str  # " AND ..." on the request aliased r
    params: tuple
    hits: int | None = None  # one character: its requests, counted to LIKE_FROM + 1


def keyword(text: str | None) -> Keyword | None:
    """The condition a keyword puts on the requests, or None for an empty keyword."""
    text = search_text(text)
    if not text:
        return None
    match = char_query(text)
    if match is None:
        return _bigrams(text)
    hits = _hits_for_plan(match)
    if hits > LIKE_FROM:
        return Keyword(" AND r.content LIKE ? ESCAPE '\\'", (f"%{_escaped(text)}%",), hits)
    return Keyword(" AND r.rowid IN (SELECT rowid FROM request_chars WHERE request_chars MATCH ?)", (match,), hits)


def _bigrams(text: str) -> Keyword:
    phrase = query_phrase(text)
    if phrase is None:  # a lone character between blanks and punctuation: no bigram, LIKE it
        return Keyword(" AND r.content LIKE ? ESCAPE '\\'", (f"%{_escaped(text)}%",))
    return Keyword(" AND r.rowid IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?)", (phrase,))


def _hits_for_plan(match: str) -> int:
    """How many requests hold the character, to LIKE_FROM + 1, counted at most once a minute
    (a page asks for its condition and its way; counting 25,000 takes some milliseconds)."""
    now = time.monotonic()
    at, hits = _planned.get(match, (-PLAN_FRESH_S, 0))
    if now - at >= PLAN_FRESH_S:
        hits = index_hits("request_chars", match, LIKE_FROM + 1)
        if len(_planned) > 500:
            _planned.clear()
        _planned[match] = (now, hits)
    return hits


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def index_hits(index: str, match: str, bound: int) -> int:
    """How many rows of `index` match, counted no further than `bound` (the index alone)."""
    sql = f'SELECT COUNT(*) FROM (SELECT rowid FROM "{index}" WHERE "{index}" MATCH ? LIMIT ?)'
    return database.execute_sql(sql, (match, bound)).fetchone()[0]


def char_hits(text: str, bound: int) -> int | None:
    """A one-character keyword's requests from `request_chars` alone, to `bound`; None otherwise."""
    match = char_query(search_text(text))
    return None if match is None else index_hits("request_chars", match, bound)


def walk_one_character(kw: Keyword, limit: int) -> bool:
    """Walk the date index for this one-character keyword (else sort its matches)?"""
    if kw.hits > LIKE_FROM:
        return True
    requests = database.execute_sql("SELECT max(rowid) FROM request").fetchone()[0] or 0
    return kw.hits > math.sqrt(max(limit, 1) * requests / 9)
