"""Figures read from the monthly roll-ups (db/rollup.py) instead of a scan of all history.

Any period [start, end) is answered exactly, whatever its boundaries: each end is moved to the
nearest start of a local month (the roll-up's bucket), the whole months in between are summed
from the roll-up, and the slice between a period's end and its nearest month start is counted
from the table itself (an indexed range of hours or days) and added or taken away. A period
whose ends are local month starts (or all time) reads the roll-up alone; one shorter than its
slices is counted directly. The roll-up is keyed by community: a subtree below a community
(a zone, a grid) is counted from the table as well; the whole tree reads its own roll-up where
there is one (requests: db.rollup.WHOLE_TREE), a few hundred rows a year.
"""

import datetime as dt
from dataclasses import dataclass

from app.scope import within
from app.stats import Period
from db.connection import database
from db.rollup import COMMUNITY, FACTS, WHOLE_TREE, Fact, month_key, month_start

FACT = {f.table: f for f in FACTS if not f.name}  # per community; the whole tree: WHOLE_TREE


@dataclass(frozen=True)
class Plan:
    first: str | None  # the first whole month summed from the roll-up (None: from the beginning)
    end: str | None  # the month after the last one (None: to the end)
    slices: list[tuple[int, tuple[dt.datetime, dt.datetime]]]  # (+1 | -1, [start, end)) counted directly


def _nearest(at: dt.datetime) -> tuple[str, dt.datetime]:
    key = month_key(at)
    start = month_start(key)
    following = month_start(_next(key))
    return (key, start) if at - start <= following - at else (_next(key), following)


def _next(key: str) -> str:
    year, month = int(key[:4]), int(key[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def plan(period: Period) -> Plan:
    if period is None:
        return Plan(None, None, [])
    start, end = period
    (first, low), (last, high) = _nearest(start), _nearest(end)
    slices = [(1 if low > start else -1, (min(low, start), max(low, start)))] if low != start else []
    if high != end:
        slices.append((1 if high < end else -1, (min(high, end), max(high, end))))
    if first >= last or sum((b - a for _, (a, b) in slices), dt.timedelta()) >= end - start:
        return Plan(first, first, [(1, (start, end))])
    return Plan(first, last, slices)


def _subtree(column: str, root: str | None) -> tuple[str, tuple]:
    if not root:
        return "", ()
    return (f" AND {column} IN (SELECT uuid FROM org_unit WHERE path >= ? AND path < ?)",
            (root, root + "\uffff"))


def _stamp(at: dt.datetime) -> str:
    return at.isoformat(" ")


def _from_rollup(fact: Fact, root: str | None, first: str | None, end: str | None, group: tuple[str, ...]):
    if root is None and "unit_uuid" not in group:
        fact = WHOLE_TREE.get(fact.table, fact)  # the same measures, summed over the whole tree already
    where, params = _subtree("unit_uuid", root)
    if first is not None:
        where, params = where + " AND month >= ? AND month < ?", (*params, first, end)
    columns = [*group, *(f'SUM("{m}")' for m in fact.measures)]
    by = f" GROUP BY {', '.join(group)}" if group else ""
    return database.execute_sql(f'SELECT {", ".join(columns)} FROM "{fact.rollup}" WHERE 1{where}{by}',
                                params).fetchall()


def _counted(fact: Fact, root: str | None, span, group: tuple[str, ...]):
    """The same sums counted from the table over [start, end) (None: all time)."""
    where, params = _subtree(f"r.{fact.org}", root) if fact.table != "call_back" else _subtree(
        "(SELECT o.community_uuid FROM service_order o WHERE o.uuid = r.order_uuid)", root)
    if span is not None:
        where, params = f" AND r.{fact.at} >= ? AND r.{fact.at} < ?{where}", (*map(_stamp, span), *params)
    names = {"unit_uuid": fact.key_values("r")[0], "month": fact.key_values("r")[1]}
    columns = [*(names.get(g, f"r.{g}") for g in group), *(f"SUM{m}" for m in fact.measure_values("r"))]
    by = f" GROUP BY {', '.join(str(i + 1) for i in range(len(group)))}" if group else ""
    return database.execute_sql(f'SELECT {", ".join(columns)} FROM "{fact.table}" r WHERE r.deleted = 0{where}{by}',
                                params).fetchall()


def _below_community(root: str | None) -> bool:
    """A zone's or a grid's subtree: the request roll-up, keyed by community, cannot answer it."""
    if not root:
        return False
    level = database.execute_sql("SELECT level FROM org_unit WHERE path = ?", (root,)).fetchone()
    return level is None or level[0] > COMMUNITY


def monthly(table: str, root: str | None, periods: list[tuple[dt.datetime, dt.datetime]],
            group: tuple[str, ...] = ()) -> list[dict[tuple, dict[str, int]]]:
    """sums() of each period (the trend charts' months) with one read of the roll-up for all of them."""
    root = within(root)
    plans = [plan(p) for p in periods]
    if (table == "request" and _below_community(root)) or any(p.end != _next(p.first) for p in plans):
        return [sums(table, root, p, group) for p in periods]
    fact, width = FACT[table], len(group) + 1
    found: dict[str, list] = {}
    for row in _from_rollup(fact, root, min(p.first for p in plans), max(p.end for p in plans), ("month", *group)):
        found.setdefault(row[0], []).append(row[1:])
    counted: dict[tuple, list] = {}  # a slice ends one month and begins the next: counted once
    out = []
    for p in plans:
        parts = [(1, found.get(p.first, []))]
        for sign, span in p.slices:
            if span not in counted:
                counted[span] = _counted(fact, root, span, group)
            parts.append((sign, counted[span]))
        out.append(_added(fact, parts, width - 1))
    return out


def _added(fact: Fact, parts, width: int) -> dict[tuple, dict[str, int]]:
    out: dict[tuple, dict[str, int]] = {}
    for sign, rows in parts:
        for row in rows:
            into = out.setdefault(tuple(row[:width]), dict.fromkeys(fact.measures, 0))
            for name, value in zip(fact.measures, row[width:], strict=True):
                into[name] += sign * (value or 0)
    return out


def sums(table: str, root: str | None, period: Period, group: tuple[str, ...] = ()) -> dict[tuple, dict[str, int]]:
    """{group values: {measure: sum}} over the subtree and the period, exactly as counted from the table."""
    root = within(root)
    fact = FACT[table]
    if fact.table == "request" and _below_community(root):
        parts = [(1, _counted(fact, root, period, group))]
    else:
        p = plan(period)
        parts = [(1, _from_rollup(fact, root, p.first, p.end, group))] if p.first != p.end or p.first is None else []
        parts += [(sign, _counted(fact, root, span, group)) for sign, span in p.slices]
    return _added(fact, parts, len(group))


def total(table: str, root: str | None, period: Period) -> dict[str, int]:
    """The measures' sums over the subtree and the period (zeros when nothing is counted)."""
    return sums(table, root, period).get((), dict.fromkeys(FACT[table].measures, 0))
