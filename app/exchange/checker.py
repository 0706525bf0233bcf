"""The rows of one bundle, checked and merged one by one (app/exchange/incoming.py opens
the bundle and the transaction): form, keys, stamps and parents (rowcheck), the merge
outcome (last writer wins; ledger rules), whether the sender owns what it would write
(docs/bundle-format.md, section 11.4), unique values, then the write.

Memory stays bounded whatever the bundle's size: what was met earlier in the bundle
is in a temporary table (app/exchange/seen.py), and writes go in batches
(app/exchange/writes.py), flushed together with the records met.
"""

import itertools
import json

from app import owners
from app.exchange import ledger_rules, meta, rowcheck
from app.exchange.errors import BundleError
from app.exchange.rows import exists, local_states, path_of, stored_path, unit_path
from app.exchange.seen import Seen
from app.exchange.tables import ACTOR, SCOPE, foreign_keys
from app.exchange.writes import Writes
from db import context
from db.base import utcnow
from db.connection import database
from db.hlc import site_tag, unpack, wall_ms
from db.models import ChangeLog, Conflict, PeerState, Site

FUTURE_MS = 24 * 3600 * 1000
PARENT_CACHE = 100_000  # referenced records already found, per import
LOOKUP = 100  # rows whose stored state is read in one query (a row is at most 1 MiB)
WRITES = ("new", "updated", "conflicts")


def peer(site_uuid: str) -> PeerState:
    """Read-only: a check must not write (an unsaved default when the peer is new)."""
    return PeerState.get_or_none(PeerState.site_uuid == site_uuid) or PeerState(site_uuid=site_uuid)


def row_error(code: str, detail: str, message: str) -> BundleError:
    return BundleError(code, detail, message)


class Checker:
    def __init__(self, sender: Site, me: Site, relation: str, result, apply: bool):
        """`result`: the incoming.Plan the outcomes are counted in."""
        self.sender, self.me, self.result, self.apply = sender, me, result, apply
        self.scope = sender.org_unit.path
        self.relation = relation
        self.is_district = sender.level == "district"
        self.seen = Seen()  # the records met so far, and their paths (the rows' path cache)
        self.writes = Writes()
        self.acked = peer(sender.uuid).acked_change_seq
        self.my_tag = site_tag(me.uuid)
        self.known = {uuid for (uuid,) in database.execute_sql("SELECT uuid FROM site").fetchall()}
        self.tags = {site_tag(uuid) for uuid in self.known}
        self.now = utcnow()
        self.vouchers = ledger_rules.VoucherBook()
        self.uniques = _Uniques()
        self.had_meta = False
        self.parents: set[str] = set()

    def close(self) -> None:
        """Drop the temporary tables (the transaction, if any, is the caller's)."""
        self.seen.close()
        self.vouchers.close()

    def part(self, name: str, rows) -> None:
        if name == "exchange_meta" and not self.had_meta and not self.result.counts:
            self.result.meta = meta.check(list(itertools.islice(rows, 2)), self.result.kind, self.sender.uuid,
                                          self.scope)
            state = peer(self.sender.uuid)
            if self.result.meta["since_seq"] > state.held_change_seq:  # changes we never received
                self.result.missing = list(range(state.last_in_seq + 1, self.result.seq)) or [self.result.seq]
            self.had_meta = True
            return
        if not self.had_meta or name == "exchange_meta":
            raise meta.bad("exchange_meta must be the payload's first part, and its only one")
        if name not in SCOPE:
            raise row_error("E_ROW", f"unknown table {name}", f"数据包含有本版本不认识的数据表“{name}”。请升级 GridDesk 后再导入。")
        fks = foreign_keys(name)
        for chunk in _chunks(rows):
            held = local_states(name, [r["uuid"] for r in chunk if isinstance(r.get("uuid"), str)])
            for row in chunk:
                self._row(name, row, fks, held)
        self.flush()

    def _row(self, name: str, row, fks: dict[str, str], held: dict[str, tuple]) -> None:
        stored = self._check(name, row, fks, held)
        outcome = self._outcome(name, row, stored)
        path = None
        if outcome in WRITES:
            path = path_of(name, row, self.seen)
            self._authorize(name, row, stored, path)
        self._remember(name, row, path)
        self._apply(name, row, stored, outcome)
        if self.seen.full or self.writes.full:
            self.flush()

    def flush(self) -> None:
        """The records met go to the temporary table (a uuid met twice refuses the bundle), then the writes."""
        self.seen.flush()
        self.writes.flush()

    def _check(self, table: str, row: dict, fks: dict[str, str], held: dict[str, tuple]) -> tuple | None:
        """Form, keys, stamps, parents; returns the stored (version, origin_site) or None."""
        where = f"{table} {row.get('uuid')}"
        if not isinstance(row, dict) or not {"uuid", "version", "origin_site", "deleted"} <= set(row):
            raise row_error("E_ROW", f"{where}: missing key columns", "数据包中的记录格式不对（字段不符），已整体拒收。请让对方升级到同一版本后重新导出。")
        stored = held.get(row["uuid"]) if isinstance(row["uuid"], str) else None
        rowcheck.check_row(table, row, new=stored is None, now=self.now)
        ms, _ = unpack(row["version"][:16])
        if ms > wall_ms() + FUTURE_MS:
            raise row_error("E_ROW", f"{where}: version in the future",
                             "数据包中有时间戳远在未来的记录（对方电脑时钟可能不准），已整体拒收。请对方校准时间后重新导出。")
        if table == "site":
            self.tags.add(site_tag(row["uuid"]))
        if row["version"][17:] not in self.tags:
            raise row_error("E_ROW", f"{where}: version written by an unknown site",
                             "数据包中有记录的版本戳不属于任何已登记的站点，已整体拒收。")
        for column, parent in fks.items():
            value = row.get(column)
            if value and not self._held(parent, value):
                raise row_error("E_ROW", f"{where}: missing parent {parent} {value}",
                                 "数据包中有记录缺少其上级记录，已整体拒收。请让对方导出完整数据包（或恢复包）。")
        return stored

    def _held(self, table: str, uuid: str) -> bool:
        """A referenced record is held here or came earlier in the bundle (a bounded cache of
        the ones already found: many rows point at the same grid or resident)."""
        if uuid in self.parents:
            return True
        if not (self.seen.has(table, uuid) or exists(table, uuid)):
            return False
        if len(self.parents) >= PARENT_CACHE:
            self.parents.clear()
        self.parents.add(uuid)
        return True

    def _outcome(self, table: str, row: dict, stored: tuple | None) -> str:
        local = stored[0] if stored else None
        imposed = ledger_rules.outcome(table, local, row["version"])
        if imposed is not None:
            return imposed
        if local is None:
            return "new"
        if row["version"] > local:
            return "conflicts" if self._unacknowledged(table, row["uuid"], local) else "updated"
        return "unchanged" if row["version"] == local else "older"

    def _authorize(self, table: str, row: dict, stored: tuple | None, path: str | None) -> None:
        """A row that would be written (arriving at `path`): does the sender own it, as it arrives and
        as it is stored?"""
        where = f"{table} {row['uuid']}"
        if stored is not None and row["origin_site"] != stored[1]:
            raise row_error("E_ROW", f"{where}: origin_site changed", "数据包试图改动记录的来源站点，已整体拒收。")
        if stored is None and row["origin_site"] not in self.known:
            raise row_error("E_ROW", f"{where}: origin_site is no known site", "数据包中有记录的来源站点未登记，已整体拒收。")
        if self.is_district:
            return
        if owners.district_owned(table, row) or owners.district_owned(table, _stored_org(table, row, stored)):
            if self.relation == "above":
                return  # the district's data, relayed down by the site above this one
            raise row_error("E_SCOPE", f"{where}: district-owned data from a site below",
                             "组织架构、站点、类别目录等基础数据只能由区里维护，下级站点发来的已整体拒收。")
        paths = [path]
        if stored is not None:
            paths.append(stored_path(table, row["uuid"]))
        if table in ACTOR and self.relation == "below":  # the unit that acted (linkage) is the sender's too
            paths.append(unit_path(row.get(ACTOR[table]), self.seen))
        if not all(owners.inside(p, self.scope) for p in paths):
            raise row_error("E_SCOPE", f"{where}: outside the sender's subtree",
                             "数据包中有不属于发送站点管辖范围的记录，已整体拒收。请核对发送站点后重新导出。")

    def _remember(self, table: str, row: dict, path: str | None) -> None:
        """Met: later rows may point at it, and find it where it arrives when it is written."""
        if table == "site":
            self.known.add(row["uuid"])  # sites are few: a known origin from here on
        self.seen.add(table, row["uuid"], path)

    def _apply(self, table: str, row: dict, stored: tuple | None, outcome: str) -> None:
        if table == "ledger_entry":
            self.vouchers.check(row)
        if outcome in WRITES:
            self.uniques.check(table, row)
        self.result.count(table, outcome)
        if self.apply and outcome in WRITES:
            if outcome == "conflicts":
                self._keep_conflict(table, row, stored[0])
            self.writes.add(table, row, insert=outcome == "new")
            context.current.observe(row["version"][:16])

    def _unacknowledged(self, table: str, uuid: str, local: str) -> bool:
        """Our own change the sender had not seen when it wrote."""
        if not local.endswith(self.my_tag):
            return False
        seq = ChangeLog.select(ChangeLog.seq).where((ChangeLog.table == table) & (ChangeLog.row_uuid == uuid)
                                                    & (ChangeLog.version == local)).scalar()
        return seq is not None and seq > self.acked

    def _keep_conflict(self, table: str, row: dict, local: str) -> None:
        current = database.execute_sql(f'SELECT * FROM "{table}" WHERE uuid = ?', (row["uuid"],))
        names = [d[0] for d in current.description]
        Conflict.create(table=table, row_uuid=row["uuid"], local_version=local, incoming_version=row["version"],
                        local_row=json.dumps(dict(zip(names, current.fetchone(), strict=True)), ensure_ascii=False),
                        bundle_id=self.result.bundle_id)


def _chunks(rows):
    rows = iter(rows)
    while chunk := list(itertools.islice(rows, LOOKUP)):
        yield chunk


def _stored_org(table: str, row: dict, stored: tuple | None) -> dict | None:
    """The stored org unit's level (an org unit may not be moved out of the district's hands)."""
    if table != "org_unit" or stored is None:
        return None
    got = database.execute_sql("SELECT level FROM org_unit WHERE uuid = ?", (row["uuid"],)).fetchone()
    return {"level": got[0]} if got else None


class _Uniques:
    """Unique indexes of a table (but partial ones, which have rules of their own): a
    written row may not take values another record already holds."""

    def __init__(self):
        self.by_table: dict[str, list[list[str]]] = {}

    def check(self, table: str, row: dict) -> None:
        for columns in self._indexes(table):
            if not all(c in row for c in columns) or any(row[c] is None for c in columns):
                continue
            where = " AND ".join(f'"{c}" = ?' for c in columns)
            other = database.execute_sql(f'SELECT uuid FROM "{table}" WHERE {where} AND uuid != ?',
                                         [row[c] for c in columns] + [row["uuid"]]).fetchone()
            if other is not None:
                raise row_error("E_ROW", f"{table} {row['uuid']}: {', '.join(columns)} taken by {other[0]}",
                                 f"数据包中的记录（{table} 表）与本站另一条记录的编码重复，已整体拒收。"
                                 "请联系区级管理员核对编码。")

    def _indexes(self, table: str) -> list[list[str]]:
        if table not in self.by_table:
            found = []
            for _, name, unique, origin, partial in database.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
                if unique and not partial and origin != "pk":
                    found.append([r[2] for r in database.execute_sql(f'PRAGMA index_info("{name}")').fetchall()])
            found = [columns for columns in found if columns != ["uuid"]]  # the row's own key: never another's
            self.by_table[table] = found
        return self.by_table[table]
