"""操作日志: reading the audit log newest first, a page at a time, filtered by user, kind of
record, one record, an org subtree and a period; and its export to Excel.

The log is the largest table (every write of every record), so a page is read by keyset
on (at, id) through the indexes of migration 0016 — page 1,000 costs what page 1 costs —
and nothing is counted. The org filter keeps rows of records that name an org unit
(its own org column, or its parent record's, or an org unit's path); events and accounts
have none.
"""

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from app.audit import EVENT_OP, EVENT_TABLE, EVENTS
from app.audit_labels import column_label, kind_label, record_labels
from app.auth import require
from app.orders.lists import is_whole_tree
from app.scope import within
from db.connection import database

PAGE = 100
BY_RECORD = " INDEXED BY audit_log_record_at"  # (table, row_key, at), from migration 0017
OPS = {"I": "新增", "U": "修改", "D": "删除", EVENT_OP: "事件"}
Cursor = tuple


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    table: str | None = None
    row_key: str | None = None
    org_path: str | None = None
    start: dt.datetime | None = None  # UTC, [start, end)
    end: dt.datetime | None = None


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str
    table: str
    row_key: str
    op: str
    record: str  # what record, in words
    changes: tuple[Change, ...]

    @property
    def kind(self) -> str:
        return EVENTS.get(self.row_key, self.row_key) if self.table == EVENT_TABLE else kind_label(self.table)

    @property
    def op_name(self) -> str:
        return OPS.get(self.op, self.op)


def page(f: AuditFilter, after: Cursor | None = None, limit: int = PAGE) -> tuple[list[AuditRow], Cursor | None]:
    """The `limit` rows after `after` (newest first) and the cursor of the next page (None at the end)."""
    require("approve")
    where, params, by_record = _where(f)
    if after is not None:
        where, params = where + " AND (a.at, a.id) < (?, ?)", (*params, *after)
    source = f"audit_log a{BY_RECORD if by_record else ''}"
    sql = (f'SELECT a.id, a.at, a.user, a."table", a.row_key, a.op, a.changes FROM {source} WHERE {where} '
           "ORDER BY a.at DESC, a.id DESC LIMIT ?")
    raw = database.execute_sql(sql, (*params, limit + 1)).fetchall()
    more = len(raw) > limit
    raw = raw[:limit]
    rows = _rows(raw)
    return rows, ((raw[-1][1], raw[-1][0]) if more else None)


def _where(f: AuditFilter) -> tuple[str, tuple, bool]:
    """The condition, its parameters, and whether to read by record: one record's rows, or a
    subtree's records looked up one by one and sorted (measured at city scale: 38 ms for a
    community's residents where walking the newest-first index took 2.4 s, its rows being the oldest)."""
    parts, params = ["1"], []
    by_record = bool(f.table and f.row_key)
    for column, value in (("a.user", f.user), ('a."table"', f.table), ("a.row_key", f.row_key)):
        if value:
            parts.append(f"{column} = ?")
            params.append(value)
    for op, value in ((">=", f.start), ("<", f.end)):
        if value:
            parts.append(f"a.at {op} ?")
            params.append(value.isoformat(" "))
    root = within(f.org_path)  # a scoped leader reads the records of its subtree only
    if root and not is_whole_tree(root):  # the top of the tree: every record, no subtree join
        sql, more = _org_condition(root, f.table)
        parts.append(sql)
        params.extend(more)
        by_record = bool(more)
    return " AND ".join(parts), tuple(params), by_record


def _in_subtree(table: str) -> str | None:
    """SQL for the uuids of `table` under the subtree (two ? for its bounds), found as a bundle
    finds a row's unit (app/exchange/tables.SCOPE): its org column or its parent's; None if neither."""
    from app.exchange.tables import SCOPE

    rule = SCOPE.get(table, ("reference",))
    subtree = "SELECT uuid FROM org_unit WHERE path >= ? AND path < ?"
    if rule[0] == "path":
        return subtree
    if rule[0] == "org":
        return f'SELECT uuid FROM "{table}" WHERE "{rule[1]}" IN ({subtree})'
    parent = _in_subtree(rule[2]) if rule[0] == "parent" else None
    return f'SELECT uuid FROM "{table}" WHERE "{rule[1]}" IN ({parent})' if parent else None


def _org_condition(root: str, table: str | None) -> tuple[str, list]:
    from app.exchange.tables import ORDER

    parts = []
    for name in [table] if table else ORDER:
        inner = _in_subtree(name)
        if inner:
            parts.append(f"(a.\"table\" = '{name}' AND a.row_key IN ({inner}))")
    if not parts:
        return "0", []
    return "(" + " OR ".join(parts) + ")", [root, root + "\uffff"] * len(parts)


def _rows(raw: list[tuple]) -> list[AuditRow]:
    labels = record_labels([(r[3], r[4]) for r in raw if r[3] != EVENT_TABLE])
    return [AuditRow(id_, _when(at), user or "", table, key, op, _record(labels, table, key),
                     _changes(table, changes)) for id_, at, user, table, key, op, changes in raw]


def _record(labels: dict, table: str, key: str) -> str:
    """What record, in words; an event names none (its kind says what happened)."""
    return "" if table == EVENT_TABLE else labels.get((table, key), key)


def _when(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _changes(table: str, text: str | None) -> tuple[Change, ...]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return (Change("", "", text or ""),)
    if table == EVENT_TABLE:
        return tuple(Change(column_label(k), "", _text(v)) for k, v in data.items())
    return tuple(Change(column_label(k), _text(v[0]), _text(v[1])) for k, v in data.items()
                 if isinstance(v, list) and len(v) == 2)


def _text(value) -> str:
    return "" if value is None else str(value)


def users() -> list[str]:
    """The accounts of this site, for the filter's list (the log also names cli:… writers)."""
    require("approve")
    from db.models import User

    return [u for (u,) in User.select(User.username).order_by(User.username).tuples()]


EXPORT_HEADERS = ("时间（本地）", "用户", "操作", "记录类别", "记录", "字段", "原值", "新值")
EXPORT_LIMIT = 100_000


def export(f: AuditFilter, path: Path | str, *, limit: int = EXPORT_LIMIT) -> int:
    """The filtered log (newest first, at most `limit` rows) to Excel; one line per changed field
    (app.excel records the export itself in the log)."""
    from app.excel import write_table

    lines, after, done = [], None, 0
    while done < limit:
        rows, after = page(f, after, min(PAGE * 10, limit - done))
        done += len(rows)
        lines.extend(_lines(row) for row in rows)
        if after is None:
            break
    return write_table(path, "操作日志", EXPORT_HEADERS, [line for group in lines for line in group])


def _lines(row: AuditRow) -> list[list[str]]:
    when = row.at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    head = [when, row.user, row.op_name, row.kind, row.record]
    return [head + [c.field, c.old, c.new] for c in row.changes] or [head + ["", "", ""]]
