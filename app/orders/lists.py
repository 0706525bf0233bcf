"""The lists of the four-orders tab, read a page at a time for one org subtree,
category and period (no Qt here).

Requests (a million at the 1m scale) come by keyset: a page is asked for after
the sort key of the last row shown, and every order is an index order with the
rowid as tie-breaker (received_at, number, category or state, each indexed with
its rowid), so page 3,000 costs what page 1 costs and nothing is sorted in a
temporary table. The keyword search finds 2-character Chinese words through the
bigram index `request_fts` (db/search_index.py), one character through the index
of single characters `request_chars` (app/orders/keyword.py). Needs, offers,
orders and sessions are far fewer and come by OFFSET.
Names are shown, phone numbers masked, as in every list.
"""

import datetime as dt
from dataclasses import dataclass, field

from app.orders.catalogue import CHANNELS, KINDS, URGENCIES, categories
from app.orders.keyword import char_hits, index_hits, keyword, walk_one_character
from app.orders.offers import OPEN_ORDER_STATES
from app.privacy import mask_phone
from app.scope import check_unit, within
from app.validators import search_text
from db.connection import database
from db.search_index import query_phrase

REQUEST_STATES = {"new": "待分类", "transferred": "转交办理中", "need": "已转需求", "closed": "已办结",
                  "merged": "已合并", "escalated": "已上报"}
COUNTED = "counted"  # a request state filter: every state but merged duplicates, as orders.requests counts
NEED_STATES = {"open": "待派单", "ordered": "已派单", "handled": "已办理", "closed": "已办结", "escalated": "已上报"}
Cursor = tuple


@dataclass
class Filter:
    """What every list of the tab is narrowed to: [start, end) in UTC on the record's own date."""

    root_path: str | None = None  # None = everything this site holds
    category: str | None = None
    state: str | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    keyword: str = ""
    whole_tree: bool = field(default=False, repr=False)  # root is the top of the tree: no scope join


def _ts(value: dt.datetime) -> str:
    return value.isoformat(" ")


def _scope(column: str, f: Filter) -> tuple[str, tuple]:
    root = within(f.root_path)  # the signed-in user's scope narrows the whole tree
    if not root or (f.whole_tree and root == f.root_path):
        return "", ()
    return (f" AND {column} IN (SELECT uuid FROM org_unit WHERE path >= ? AND path < ?)",
            (root, root + "\uffff"))


def _period(column: str, f: Filter) -> tuple[str, tuple]:
    sql, params = "", ()
    if f.start:
        sql, params = f" AND {column} >= ?", (_ts(f.start),)
    if f.end:
        sql, params = sql + f" AND {column} < ?", (*params, _ts(f.end))
    return sql, params


def is_whole_tree(root_path: str | None) -> bool:
    if not root_path:
        return True
    tops = [p for (p,) in database.execute_sql(
        "SELECT path FROM org_unit WHERE parent_uuid IS NULL AND deleted = 0").fetchall()]
    return tops == [root_path]


# -- requests -----------------------------------------------------------------
REQUEST_ORDERS = {"received": "r.received_at", "number": "r.number", "category": "r.category", "state": "r.state"}
REQUEST_COLUMNS = ("r.uuid, r.number, r.received_at, g.name, r.requester_name, r.requester_phone, r.channel, "
                   "r.category, r.urgency, r.kind, r.state, r.content, r.due_at, r.closed_at, r.department, "
                   "r.answer, r.grid_uuid")


@dataclass(frozen=True)
class RequestRow:
    uuid: str
    number: str
    received_at: dt.datetime
    grid_name: str
    requester: str
    phone_masked: str
    channel: str
    category: str
    category_name: str
    urgency: str
    kind: str | None
    state: str
    content: str
    due_at: dt.datetime
    closed_at: dt.datetime | None
    department: str
    answer: str
    grid_uuid: str

    @property
    def overdue(self) -> bool:
        return self.state in ("new", "transferred", "need") and self.due_at < dt.datetime.now(dt.UTC).replace(
            tzinfo=None)

    @property
    def state_name(self) -> str:
        return REQUEST_STATES.get(self.state, self.state)

    @property
    def channel_name(self) -> str:
        return CHANNELS.get(self.channel, self.channel)

    @property
    def urgency_name(self) -> str:
        return URGENCIES.get(self.urgency, self.urgency)

    @property
    def kind_name(self) -> str:
        return KINDS.get(self.kind or "", "")


def _request_where(f: Filter) -> tuple[str, tuple]:
    where, params = "r.deleted = 0", []
    for sql, values in (_scope("r.grid_uuid", f), _period("r.received_at", f)):
        where += sql
        params += values
    if f.category:
        where, params = where + " AND r.category = ?", [*params, f.category]
    if f.state == COUNTED:
        where += " AND r.state != 'merged'"
    elif f.state:
        where, params = where + " AND r.state = ?", [*params, f.state]
    sql, values = _keyword(f.keyword)
    return where + sql, (*params, *values)


def _keyword(text: str) -> tuple[str, tuple]:
    """` AND` the request's text holds the keyword (app/orders/keyword.py: bigrams, one character)."""
    kw = keyword(text)
    return ("", ()) if kw is None else (kw.sql, kw.params)


def request_count(f: Filter) -> int:
    where, params = _request_where(f)
    return database.execute_sql(f"SELECT COUNT(*) FROM request r WHERE {where}", params).fetchone()[0]


HIT_BOUND = 1000  # keyword hits are counted up to here, then shown as "1000+"


def request_hits(f: Filter, bound: int = HIT_BOUND) -> int:
    """How many requests a keyword search finds, counted no further than `bound` + 1 (more: "1000+").
    The whole tree without other filters counts in the bigram index alone (no request row read)."""
    if _index_alone(f):
        phrase = query_phrase(search_text(f.keyword))
        if phrase is not None:
            return index_hits("request_fts", phrase, bound + 1)
        hits = char_hits(f.keyword, bound + 1)
        if hits is not None:
            return hits
    where, params = _request_where(f)
    sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM request r WHERE {where} LIMIT ?)"
    return database.execute_sql(sql, (*params, bound + 1)).fetchone()[0]


def _index_alone(f: Filter) -> bool:
    """The index holds exactly the live requests: enough when nothing but the keyword narrows."""
    return not (f.category or f.state or f.start or f.end or _scope("r.grid_uuid", f)[0])


WALK_MIN_HITS = 2000  # keyword matches from which walking the date index beats sorting the matches


def _plan(f: Filter, order: str, limit: int) -> str:
    """Newest first with a common word (停车: 43,000 of a million): walk the date index and keep
    the matches (7 ms) rather than read every match and sort them (170 ms). A rare word is
    cheaper the other way round (a walk that finds nothing reads the whole index: 66 ms).
    One character: app/orders/keyword.py. Returns the INDEXED BY clause, "sort" or ""."""
    kw = keyword(f.keyword) if order == "received" else None
    if kw is None:
        return ""
    if kw.hits is not None:
        return " INDEXED BY request_received_at" if walk_one_character(kw, limit) else "sort"
    phrase = query_phrase(search_text(f.keyword))
    if phrase is None:
        return ""
    hits = index_hits("request_fts", phrase, WALK_MIN_HITS + 1)
    return " INDEXED BY request_received_at" if hits > WALK_MIN_HITS else "sort"


def request_page(f: Filter, after: Cursor | None = None, limit: int = 200, order: str = "received",
                 descending: bool = True) -> tuple[list[RequestRow], Cursor | None]:
    """The `limit` requests following `after` in the order; returns (rows, cursor of the last row)."""
    order = order if order in REQUEST_ORDERS else "received"
    key = REQUEST_ORDERS[order]
    where, params = _request_where(f)
    if after is not None:
        where += f" AND ({key}, r.rowid) {'<' if descending else '>'} (?, ?)"
        params = (*params, *after)
    direction = " DESC" if descending else ""
    by, plan = f"ORDER BY {key}{direction}, r.rowid{direction}", _plan(f, order, limit)
    if plan == "sort":  # sort the matches' keys only, then read the page's rows
        where = f"r.rowid IN (SELECT r.rowid FROM request r WHERE {where} {by} LIMIT ?)"
        params, plan = (*params, int(limit)), ""
    sql = (f"SELECT {REQUEST_COLUMNS}, {key}, r.rowid FROM request r{plan} "
           f"JOIN org_unit g ON g.uuid = r.grid_uuid WHERE {where} {by} LIMIT ?")
    raw = database.execute_sql(sql, (*params, int(limit))).fetchall()
    names = categories()
    return [_request(row[:17], names) for row in raw], (tuple(raw[-1][17:]) if raw else after)


def _dt(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _request(row, names: dict[str, str]) -> RequestRow:
    (uuid, number, received, grid, name, phone, channel, category, urgency, kind, state, content, due, closed,
     department, answer, grid_uuid) = row
    return RequestRow(uuid, number, _dt(received), grid, name, mask_phone(phone) if phone else "", channel,
                      category, names.get(category, category), urgency, kind, state, content, _dt(due),
                      _dt(closed), department or "", answer or "", grid_uuid)


# -- needs ----------------------------------------------------------------------
@dataclass(frozen=True)
class NeedRow:
    uuid: str
    request_number: str
    received_at: dt.datetime
    community: str
    category: str
    category_name: str
    description: str
    state: str
    requester: str

    @property
    def state_name(self) -> str:
        return NEED_STATES.get(self.state, self.state)


def _need_where(f: Filter) -> tuple[str, tuple]:
    where, params = "n.deleted = 0", []
    for sql, values in (_scope("n.community_uuid", f), _period("r.received_at", f)):
        where += sql
        params += values
    if f.category:
        where, params = where + " AND n.category = ?", [*params, f.category]
    keyword = (f.keyword or "").strip()
    if keyword and keyword.isascii() and any(ch.isdigit() for ch in keyword):  # a request number
        return where + " AND r.number LIKE ?", (*params, f"%{keyword}%")
    sql, values = _keyword(keyword)
    return where + sql, (*params, *values)


NEED_ORDERS = {"state": "n.state", "number": "r.number", "received": "r.received_at", "community": "c.name",
               "category": "n.category", "requester": "r.requester_name"}


def need_count(f: Filter) -> int:
    where, params = _need_where(f)
    sql = f"SELECT COUNT(*) FROM need n JOIN request r ON r.uuid = n.request_uuid WHERE {where}"
    return database.execute_sql(sql, params).fetchone()[0]


def need_page(f: Filter, offset: int = 0, limit: int = 200, order: str | None = None,
              descending: bool = False) -> tuple[list[NeedRow], int]:
    """Open needs first (oldest waiting first), then the others newest first; or by a column
    of NEED_ORDERS (a click on its header)."""
    where, params = _need_where(f)
    if order in NEED_ORDERS:
        by = f"{NEED_ORDERS[order]} {'DESC' if descending else 'ASC'}, n.rowid DESC"
    else:
        by = ("n.state != 'open', CASE n.state WHEN 'open' THEN r.received_at END, r.received_at DESC, "
              "n.rowid DESC")
    sql = ("SELECT n.uuid, r.number, r.received_at, c.name, n.category, n.description, n.state, r.requester_name "
           "FROM need n JOIN request r ON r.uuid = n.request_uuid JOIN org_unit c ON c.uuid = n.community_uuid "
           f"WHERE {where} ORDER BY {by} LIMIT ? OFFSET ?")
    raw = database.execute_sql(sql, (*params, int(limit), int(offset))).fetchall()
    names = categories()
    rows = [NeedRow(u, num, _dt(at), com, cat, names.get(cat, cat), desc, state, who)
            for u, num, at, com, cat, desc, state, who in raw]
    return rows, offset + len(rows)


# -- offers ---------------------------------------------------------------------
@dataclass(frozen=True)
class OfferRow:
    uuid: str
    community: str
    provider: str
    category: str
    category_name: str
    description: str
    capacity: int
    load: int
    availability: str
    willingness: str
    valid_from: dt.date
    valid_to: dt.date | None


def _offer_where(f: Filter) -> tuple[str, tuple]:
    where, params = "o.deleted = 0", []
    sql, values = _scope("o.community_uuid", f)
    where, params = where + sql, [*params, *values]
    if f.category:
        where, params = where + " AND o.category = ?", [*params, f.category]
    if f.start:
        where, params = where + " AND (o.valid_to IS NULL OR o.valid_to >= ?)", [*params, f.start.date().isoformat()]
    if f.end:
        where, params = where + " AND o.valid_from < ?", [*params, f.end.date().isoformat()]
    return where, tuple(params)


def offer_count(f: Filter) -> int:
    where, params = _offer_where(f)
    return database.execute_sql(f"SELECT COUNT(*) FROM offer o WHERE {where}", params).fetchone()[0]


def offer_page(f: Filter, offset: int = 0, limit: int = 200) -> tuple[list[OfferRow], int]:
    where, params = _offer_where(f)
    states = ", ".join(f"'{s}'" for s in OPEN_ORDER_STATES)
    sql = ("SELECT o.uuid, c.name, coalesce(u.name, m.name || '（在职党员）', ''), o.category, o.description, "
           f"o.capacity, (SELECT COUNT(*) FROM service_order s WHERE s.offer_uuid = o.uuid AND s.deleted = 0 "
           f"AND s.state IN ({states})), o.availability, o.willingness, o.valid_from, o.valid_to "
           "FROM offer o JOIN org_unit c ON c.uuid = o.community_uuid LEFT JOIN unit u ON u.uuid = o.unit_uuid "
           f"LEFT JOIN member m ON m.uuid = o.member_uuid WHERE {where} "
           "ORDER BY c.path, o.category, o.rowid LIMIT ? OFFSET ?")
    raw = database.execute_sql(sql, (*params, int(limit), int(offset))).fetchall()
    names = categories()
    rows = [OfferRow(u, com, who, cat, names.get(cat, cat), desc, cap, load, avail or "", will or "",
                     _date(start), _date(end))
            for u, com, who, cat, desc, cap, load, avail, will, start, end in raw]
    return rows, offset + len(rows)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# -- service orders -------------------------------------------------------------
@dataclass(frozen=True)
class OrderRow:
    uuid: str
    number: str
    state: str
    community: str
    provider: str
    category_name: str
    description: str
    requester: str
    dispatched_at: dt.datetime
    respond_by: dt.datetime
    complete_by: dt.datetime
    completed_at: dt.datetime | None
    supervised: bool
    redo_count: int
    late: str = ""  # 响应超时 / 办结超时 for the overdue list


def _order_where(f: Filter, state: str | None) -> tuple[str, tuple]:
    where, params = "s.deleted = 0", []
    for sql, values in (_scope("s.community_uuid", f), _period("s.dispatched_at", f)):
        where += sql
        params += values
    if f.category:
        where, params = where + " AND s.offer_uuid IN (SELECT uuid FROM offer WHERE category = ?)", \
            [*params, f.category]
    if state:
        where, params = where + " AND s.state = ?", [*params, state]
    return where, tuple(params)


def order_state_counts(f: Filter) -> dict[str, int]:
    where, params = _order_where(f, None)
    sql = f"SELECT s.state, COUNT(*) FROM service_order s WHERE {where} GROUP BY s.state"
    return dict(database.execute_sql(sql, params).fetchall())


ORDER_SELECT = (
    "SELECT s.uuid, s.number, s.state, c.name, coalesce(u.name, m.name || '（在职党员）', ''), n.category, "
    "n.description, r.requester_name, s.dispatched_at, s.respond_by, s.complete_by, s.completed_at, s.supervised, "
    "s.redo_count FROM service_order s JOIN org_unit c ON c.uuid = s.community_uuid "
    "JOIN need n ON n.uuid = s.need_uuid JOIN request r ON r.uuid = n.request_uuid "
    "JOIN offer o ON o.uuid = s.offer_uuid LEFT JOIN unit u ON u.uuid = o.unit_uuid "
    "LEFT JOIN member m ON m.uuid = o.member_uuid ")


def order_page(f: Filter, state: str | None, offset: int = 0, limit: int = 200) -> tuple[list[OrderRow], int]:
    where, params = _order_where(f, state)
    sql = ORDER_SELECT + f"WHERE {where} ORDER BY s.dispatched_at DESC, s.rowid DESC LIMIT ? OFFSET ?"
    names = categories()
    rows = [_order(row, names) for row in database.execute_sql(sql, (*params, int(limit), int(offset))).fetchall()]
    return rows, offset + len(rows)


def _order(row, names: dict[str, str], late: str = "") -> OrderRow:
    (uuid, number, state, community, provider, category, desc, who, dispatched, respond_by, complete_by,
     completed, supervised, redo) = row
    return OrderRow(uuid, number, state, community, provider, names.get(category, category), desc, who,
                    _dt(dispatched), _dt(respond_by), _dt(complete_by), _dt(completed), bool(supervised),
                    redo, late)


def overdue_orders(f: Filter, now: dt.datetime | None = None, limit: int = 1000) -> list[OrderRow]:
    """Open orders past a deadline (the rule of app.orders.service.overdue), oldest first."""
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    where, params = _order_where(f, None)
    late = ("((s.state = 'dispatched' AND s.respond_by < ?) "
            "OR (s.state IN ('accepted', 'in_progress', 'redo') AND s.complete_by < ?))")
    sql = ORDER_SELECT + f"WHERE {where} AND {late} ORDER BY s.dispatched_at LIMIT ?"
    raw = database.execute_sql(sql, (*params, _ts(now), _ts(now), int(limit))).fetchall()
    names = categories()
    return [_order(row, names, "响应超时" if row[2] == "dispatched" else "办结超时") for row in raw]


# -- review sessions ------------------------------------------------------------
@dataclass(frozen=True)
class SessionRow:
    uuid: str
    community_uuid: str
    community: str
    month: str
    held_on: dt.date
    place: str
    reviewers: int
    scored: int


def sessions(f: Filter) -> list[SessionRow]:
    where, params = "v.deleted = 0", ()
    sql, values = _scope("v.community_uuid", f)
    where, params = where + sql, values
    query = ("SELECT v.uuid, v.community_uuid, c.name, v.month, v.held_on, v.place, json_array_length(v.reviewers), "
             "(SELECT COUNT(*) FROM review_score x WHERE x.session_uuid = v.uuid AND x.deleted = 0) "
             "FROM review_session v JOIN org_unit c ON c.uuid = v.community_uuid "
             f"WHERE {where} ORDER BY v.month DESC, c.path LIMIT 2000")
    return [SessionRow(u, cu, c, m, _date(d), p or "", n, s)
            for u, cu, c, m, d, p, n, s in database.execute_sql(query, params).fetchall()]


@dataclass(frozen=True)
class ScorableRow:
    uuid: str
    number: str
    provider: str
    description: str
    completed_at: dt.datetime
    score: int | None


def scorable_orders(session_uuid: str) -> list[ScorableRow]:
    """The orders completed in the session's community and month, with the score already given."""
    session = database.execute_sql("SELECT community_uuid, month FROM review_session WHERE uuid = ?",
                                   (session_uuid,)).fetchone()
    if session is None:
        return []
    community, month = session
    start = dt.datetime.strptime(month, "%Y-%m")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    sql = ("SELECT s.uuid, s.number, coalesce(u.name, m.name || '（在职党员）', ''), n.description, s.completed_at, "
           "(SELECT x.score FROM review_score x WHERE x.session_uuid = ? AND x.order_uuid = s.uuid "
           "AND x.deleted = 0) FROM service_order s JOIN need n ON n.uuid = s.need_uuid "
           "JOIN offer o ON o.uuid = s.offer_uuid LEFT JOIN unit u ON u.uuid = o.unit_uuid "
           "LEFT JOIN member m ON m.uuid = o.member_uuid WHERE s.deleted = 0 AND s.community_uuid = ? "
           "AND s.completed_at >= ? AND s.completed_at < ? ORDER BY s.completed_at LIMIT 2000")
    raw = database.execute_sql(sql, (session_uuid, community, _ts(start), _ts(end))).fetchall()
    return [ScorableRow(u, num, who, desc, _dt(done), score) for u, num, who, desc, done, score in raw]


# -- choices for the filters and dialogs ----------------------------------------
@dataclass(frozen=True)
class Unit:
    uuid: str
    name: str
    level: int
    path: str


def units(root_path: str | None, max_level: int) -> list[Unit]:
    """The units of the subtree down to `max_level` (2 = communities, 4 = grids), in tree order."""
    root_path = within(root_path)
    where, params = "deleted = 0 AND level <= ?", [max_level]
    if root_path:
        where, params = where + " AND path >= ? AND path < ?", [*params, root_path, root_path + "\uffff"]
    sql = f"SELECT uuid, name, level, path FROM org_unit WHERE {where} ORDER BY path"
    return [Unit(*row) for row in database.execute_sql(sql, params).fetchall()]


def providers(community_uuid: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The registered units and in-service members of a community: ([(uuid, name)], [(uuid, name)])."""
    check_unit(community_uuid)
    unit_rows = database.execute_sql("SELECT uuid, name FROM unit WHERE community_uuid = ? AND deleted = 0 "
                                     "ORDER BY name", (community_uuid,)).fetchall()
    member_rows = database.execute_sql("SELECT uuid, name FROM member WHERE community_uuid = ? AND deleted = 0 "
                                       "ORDER BY name", (community_uuid,)).fetchall()
    return [tuple(r) for r in unit_rows], [tuple(r) for r in member_rows]
