"""Reading synced rows as plain dicts (raw column values), by change range and scope."""

from collections.abc import Iterator

from app.exchange.tables import MODELS, SCOPE
from db.connection import database

CHUNK = 2000


def _scope_join(table: str) -> tuple[str, str]:
    """(JOIN clause, path expression) that give a row's org path."""
    rule = SCOPE[table]
    if rule[0] == "path":
        return "", "t.path"
    if rule[0] == "org":
        return f'LEFT JOIN org_unit o ON o.uuid = t."{rule[1]}"', "o.path"
    if rule[0] == "parent":
        parent = SCOPE[rule[2]]
        return (f'LEFT JOIN "{rule[2]}" p ON p.uuid = t."{rule[1]}" '
                f'LEFT JOIN org_unit o ON o.uuid = p."{parent[1]}"', "o.path")
    return "", "NULL"  # reference and owner rows carry no path of their own


def changed_rows(table: str, since_seq: int, until_seq: int, scope: str | None,
                 with_reference: bool) -> Iterator[dict]:
    """Current rows of `table` changed in (since_seq, until_seq], inside `scope` (a path)."""
    rule = SCOPE[table][0]
    if rule == "reference" and not with_reference:
        return
    join, path = _scope_join(table)
    sql = (f'SELECT t.* FROM "{table}" t JOIN (SELECT DISTINCT row_uuid FROM change_log '
           f'WHERE "table" = ? AND seq > ? AND seq <= ?) c ON c.row_uuid = t.uuid {join}')
    params: list = [table, since_seq, until_seq]
    if scope and rule not in ("reference", "owner"):
        sql += f" WHERE {path} >= ? AND {path} < ?"
        params += [scope, scope + "\uffff"]
    if table == "org_unit":
        sql += " ORDER BY length(t.path), t.path"  # parents before children
    else:
        sql += " ORDER BY t.rowid"  # the order they were written: a row after any row of its table it points at
    yield from _fetch(sql, params)


def ancestors(path: str) -> Iterator[dict]:
    """The org units above a subtree's root (a site needs them for its tree)."""
    codes = path.strip("/").split("/")[:-1]
    if codes:
        marks = ", ".join("?" * len(codes))
        yield from _fetch(f"SELECT * FROM org_unit WHERE code IN ({marks}) ORDER BY length(path)", codes)


def _fetch(sql: str, params) -> Iterator[dict]:
    cursor = database.execute_sql(sql, params)
    names = [d[0] for d in cursor.description]
    while True:
        batch = cursor.fetchmany(CHUNK)
        if not batch:
            return
        for values in batch:
            yield dict(zip(names, values, strict=True))


def path_of(table: str, row: dict, seen_paths: dict[str, str]) -> str | None:
    """A row's org path, from the database or from org units earlier in the same bundle."""
    rule = SCOPE[table]
    if rule[0] == "path":
        return row.get("path")
    if rule[0] == "org":
        return _unit_path(row.get(rule[1]), seen_paths)
    if rule[0] == "parent":
        parent_uuid = row.get(rule[1])
        org_column = SCOPE[rule[2]][1]
        got = database.execute_sql(f'SELECT "{org_column}" FROM "{rule[2]}" WHERE uuid = ?', (parent_uuid,)).fetchone()
        unit = got[0] if got else seen_paths.get(f"{rule[2]}:{parent_uuid}")
        return _unit_path(unit, seen_paths)
    return None


def _unit_path(unit_uuid: str | None, seen_paths: dict[str, str]) -> str | None:
    if not unit_uuid:
        return None
    if unit_uuid in seen_paths:
        return seen_paths[unit_uuid]
    got = database.execute_sql("SELECT path FROM org_unit WHERE uuid = ?", (unit_uuid,)).fetchone()
    return got[0] if got else None


def exists(table: str, uuid: str) -> bool:
    return database.execute_sql(f'SELECT 1 FROM "{table}" WHERE uuid = ?', (uuid,)).fetchone() is not None


def local_version(table: str, uuid: str) -> str | None:
    got = database.execute_sql(f'SELECT version FROM "{table}" WHERE uuid = ?', (uuid,)).fetchone()
    return got[0] if got else None


assert set(MODELS) == set(SCOPE)
