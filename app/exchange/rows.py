"""Reading synced rows as plain dicts (raw column values), by change range and scope."""

from collections.abc import Iterator

from app.exchange.tables import MODELS, REFERENCE_ORG, SCOPE, UP_NEVER
from db.connection import database
from db.models import Level

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
    if table in REFERENCE_ORG:
        return f'LEFT JOIN org_unit o ON o.uuid = t."{REFERENCE_ORG[table]}"', "NULL"
    return "", "NULL"  # reference and owner rows carry no path of their own


def changed_rows(table: str, since_seq: int, until_seq: int, scope: str | None,
                 with_reference: bool, *, up: bool = False, writers: tuple[str, list[str]] | None = None
                 ) -> Iterator[dict]:
    """Current rows of `table` changed in (since_seq, until_seq], inside `scope` (a path).
    Reference rows that name an org unit go only where that unit is held (inside the
    scope or above it); `up` leaves out what only the district may send (sites, and
    org units down to the communities); `writers` keeps only, or skips, the rows whose
    version was written by the given sites."""
    rule = SCOPE[table][0]
    if (rule == "reference" and not with_reference) or (up and table in UP_NEVER):
        return
    join, path = _scope_join(table)
    sql, params = _changed_since(table, since_seq, until_seq)
    sql += f" {join}"
    where = []
    if scope and rule not in ("reference", "owner"):
        where.append(f"{path} >= ? AND {path} < ?")
        params += [scope, scope + "\uffff"]
    if scope and table in REFERENCE_ORG:
        where.append("((o.path >= ? AND o.path < ?) OR substr(?, 1, length(o.path)) = o.path)")
        params += [scope, scope + "\uffff", scope]
    if up and table == "org_unit":
        where.append(f"t.level > {int(Level.COMMUNITY)}")
    if writers is not None:  # ("only" | "skip", version tags of the writing sites)
        marks = ", ".join("?" * len(writers[1])) or "NULL"
        where.append(f"substr(t.version, 18) {'NOT ' if writers[0] == 'skip' else ''}IN ({marks})")
        params += writers[1]
    if where:
        sql += " WHERE " + " AND ".join(where)
    if rule == "owner" and scope:  # attachments: where the record they belong to goes
        rows = _fetch(sql + " ORDER BY t.rowid", params)
        yield from (r for r in rows if (stored_path(table, r["uuid"]) or "").startswith(scope))
        return
    if table == "org_unit":
        sql += " ORDER BY length(t.path), t.path"  # parents before children
    else:
        sql += " ORDER BY t.rowid"  # the order they were written: a row after any row of its table it points at
    yield from _fetch(sql, params)


def _changed_since(table: str, since_seq: int, until_seq: int) -> tuple[str, list]:
    """The rows of `table` the change log holds in (since_seq, until_seq]. From the beginning that is
    every row (each write is captured), read by scope: a subdistrict's recovery bundle no longer makes a
    pass over the whole district's change log per table (docs/benchmarks.md, "Recovery import")."""
    if since_seq == 0:
        return f'SELECT t.* FROM "{table}" t', []
    return (f'SELECT t.* FROM "{table}" t JOIN (SELECT DISTINCT row_uuid FROM change_log '
            f'WHERE "table" = ? AND seq > ? AND seq <= ?) c ON c.row_uuid = t.uuid', [table, since_seq, until_seq])


def ancestor_sites(path: str) -> Iterator[dict]:
    """The sites whose org unit lies above `path` (a site needs those it exchanges with)."""
    yield from _fetch("SELECT s.* FROM site s JOIN org_unit o ON o.uuid = s.org_unit_uuid "
                      "WHERE substr(?, 1, length(o.path)) = o.path AND o.path != ? ORDER BY length(o.path)",
                      [path, path])


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


def path_of(table: str, row: dict, cache: dict[str, str]) -> str | None:
    """A row's org path as the incoming values place it: from rows met earlier in the
    same bundle (`cache`, "table:uuid" -> path, and org unit uuid -> path) or the database."""
    rule = SCOPE[table]
    if rule[0] == "path":
        return row.get("path")
    if rule[0] == "org":
        return unit_path(row.get(rule[1]), cache)
    if rule[0] == "parent":
        return _record_path(rule[2], row.get(rule[1]), cache)
    if rule[0] == "owner":
        owner = row.get("owner_table")
        if owner not in SCOPE or SCOPE[owner][0] in ("reference", "owner"):
            return None
        return _record_path(owner, row.get("owner_uuid"), cache)
    return None


def _record_path(table: str, uuid, cache: dict[str, str]) -> str | None:
    if not isinstance(uuid, str):
        return None
    return cache.get(f"{table}:{uuid}") or stored_path(table, uuid)


def stored_path(table: str, uuid: str) -> str | None:
    """The org path of the record as this database holds it now (None: not held)."""
    if SCOPE[table][0] == "owner":
        got = database.execute_sql(f'SELECT owner_table, owner_uuid FROM "{table}" WHERE uuid = ?',
                                   (uuid,)).fetchone()
        return path_of(table, {"owner_table": got[0], "owner_uuid": got[1]}, {}) if got else None
    join, path = _scope_join(table)
    got = database.execute_sql(f'SELECT {path} FROM "{table}" t {join} WHERE t.uuid = ?', (uuid,)).fetchone()
    return got[0] if got else None


def unit_path(unit_uuid: str | None, cache: dict[str, str]) -> str | None:
    if not isinstance(unit_uuid, str):
        return None
    if unit_uuid in cache:
        return cache[unit_uuid]
    got = database.execute_sql("SELECT path FROM org_unit WHERE uuid = ?", (unit_uuid,)).fetchone()
    if got is not None:
        cache[unit_uuid] = got[0]  # org units are few: the rows of one bundle share them
    return got[0] if got else None


def exists(table: str, uuid: str) -> bool:
    return database.execute_sql(f'SELECT 1 FROM "{table}" WHERE uuid = ?', (uuid,)).fetchone() is not None


def local_states(table: str, uuids: list[str]) -> dict[str, tuple[str, str]]:
    """uuid -> (version, origin_site) of the stored records among `uuids` (one query)."""
    if not uuids:
        return {}
    marks = ", ".join("?" * len(uuids))
    got = database.execute_sql(f'SELECT uuid, version, origin_site FROM "{table}" WHERE uuid IN ({marks})', uuids)
    return {uuid: (version, origin) for uuid, version, origin in got.fetchall()}


assert set(MODELS) == set(SCOPE)
