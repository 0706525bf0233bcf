"""Importing a bundle: every check first, a dry-run plan, then one transaction.

Stages: container, signature of a confirmed and unrevoked site, addressed to
this site, versions (app/exchange/bundle.py) -> sequence (the same bundle twice
is a no-op that says when; an older one is harmless; a gap names the missing
numbers and still imports, since bundles are cumulative) -> every row checked
(table and columns known, key and version well formed, no stamp from the
future, inside the sender's subtree, reference data only from the district,
parent records present) -> a plan per table (new, updated, unchanged, older
ignored, conflicts) -> the clerk confirms -> backup -> one transaction ->
receipt. Any rejected row rejects the whole bundle and changes nothing.

Merge rule: last writer wins on `version` (stamp + writing site; db/hlc.py),
never re-stamped; the local clock moves past what was imported. A local change
not yet acknowledged by the sender that loses to an incoming row is kept in the
conflict list for a leader.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app import backups
from app.auth import require
from app.exchange import identity, ledger_rules
from app.exchange.bundle import open_bundle
from app.exchange.errors import BundleError
from app.exchange.outgoing import peer_state
from app.exchange.rows import exists, local_version, path_of
from app.exchange.tables import SCOPE, columns, foreign_keys
from app.session import local_site
from db import context
from db.base import utcnow
from db.connection import database
from db.hlc import site_tag, unpack, wall_ms
from db.models import BundleLog, ChangeLog, Conflict, PeerState, Site
from db.schema import SCHEMA_VERSION

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
FUTURE_MS = 24 * 3600 * 1000
OUTCOMES = ("new", "updated", "unchanged", "older", "conflicts")


@dataclass
class Plan:
    bundle_id: str
    sender: str
    seq: int
    kind: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)
    duplicate_of: str | None = None  # "imported at ..." when the same bundle came before
    older: bool = False
    meta: dict = field(default_factory=dict)

    def count(self, table: str, outcome: str) -> None:
        row = self.counts.setdefault(table, dict.fromkeys(OUTCOMES, 0))
        row[outcome] += 1

    @property
    def nothing_to_do(self) -> bool:
        return self.duplicate_of is not None or self.older

    def as_dict(self) -> dict:
        return {"bundle_id": self.bundle_id, "sender": self.sender, "seq": self.seq, "kind": self.kind,
                "counts": self.counts, "missing": self.missing, "duplicate_of": self.duplicate_of,
                "older": self.older}


def plan(path: Path | str) -> Plan:
    """Check everything and say what an import would do; writes nothing."""
    return _run(Path(path), apply=False)


def apply(path: Path | str, db_path: Path | None = None) -> Plan:
    """Import (after a backup when db_path is given), in one transaction: every
    row is checked as it is applied, and any rejection rolls everything back."""
    require("write")
    path = Path(path)
    with _open(path) as bundle:
        early = _early(bundle.header)
    if early.nothing_to_do:
        return early
    if db_path is not None:
        backups.backup_now(database.obj, db_path, "before-import")
    with database.atomic():
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        done = _run(path, apply=True)
        _record(done)
    return done


def _early(head) -> Plan:
    result = Plan(head.bundle_id, head.from_site, head.seq, head.kind)
    _sequence(result, head)
    return result


def _open(path: Path):
    return open_bundle(path, identity.trusted, local_site().uuid, identity.my_keys(), SCHEMA_VERSION)


def _run(path: Path, *, apply: bool) -> Plan:
    me = local_site()
    with _open(path) as bundle:
        head = bundle.header
        sender = Site.get_or_none(Site.uuid == head.from_site)
        if sender is None:
            raise BundleError("E_SCOPE", "unknown sender site",
                              "发送方站点未在本站登记，不能导入。请先登记该站点并核对指纹。")
        result = Plan(head.bundle_id, head.from_site, head.seq, head.kind)
        if _sequence(result, head):
            return result
        checker = _Checker(sender, me, result, apply)
        for part in bundle.iter_parts():
            checker.part(part.name, part.records)
        return result


def _sequence(result: Plan, head) -> bool:
    """True when there is nothing to import (duplicate or older bundle)."""
    before = BundleLog.get_or_none((BundleLog.bundle_id == head.bundle_id) & (BundleLog.direction == "in")
                                   & (BundleLog.status == "imported"))
    if before is not None:
        result.duplicate_of = f"该数据包已于 {before.created_at:%Y-%m-%d %H:%M}（UTC）导入过，本次无需再导入。"
        return True
    state = _peer(head.from_site)
    if head.seq <= state.last_in_seq:
        result.older = True
        return True
    result.missing = list(range(state.last_in_seq + 1, head.seq))
    return False


class _Checker:
    def __init__(self, sender: Site, me: Site, result: Plan, apply: bool):
        self.sender, self.me, self.result, self.apply = sender, me, result, apply
        self.scope = sender.org_unit.path
        self.is_district = sender.level == "district"
        self.seen: dict[str, set[str]] = {}
        self.paths: dict[str, str] = {}
        self.acked = _peer(sender.uuid).acked_change_seq
        self.my_tag = site_tag(me.uuid)
        self.newest = None
        self.vouchers = ledger_rules.VoucherBook()

    def part(self, name: str, rows) -> None:
        if name == "exchange_meta":
            self.result.meta = next(iter(rows), {})
            for _ in rows:
                pass
            return
        if name not in SCOPE:
            raise _row_error("E_ROW", f"unknown table {name}", f"数据包含有本版本不认识的数据表“{name}”。请升级 GridDesk 后再导入。")
        known = set(columns(name))
        fks = foreign_keys(name)
        for row in rows:
            self._check(name, row, known, fks)
            self._merge(name, row)

    def _check(self, table: str, row: dict, known: set[str], fks: dict[str, str]) -> None:
        where = f"{table} {row.get('uuid')}"
        if not set(row) <= known or not {"uuid", "version", "origin_site", "deleted"} <= set(row):
            raise _row_error("E_ROW", f"{where}: unexpected columns", "数据包中的记录格式不对（字段不符），已整体拒收。请让对方升级到同一版本后重新导出。")
        if not isinstance(row["uuid"], str) or not _UUID.match(row["uuid"]):
            raise _row_error("E_ROW", f"{where}: bad key", "数据包中有编号格式错误的记录，已整体拒收。请让对方重新导出。")
        try:
            ms, _ = unpack(row["version"])
        except (ValueError, TypeError):
            raise _row_error("E_ROW", f"{where}: bad version", "数据包中有版本戳错误的记录，已整体拒收。请让对方重新导出。") from None
        if ms > wall_ms() + FUTURE_MS:
            raise _row_error("E_ROW", f"{where}: version in the future",
                             "数据包中有时间戳远在未来的记录（对方电脑时钟可能不准），已整体拒收。请对方校准时间后重新导出。")
        self._scope(table, row, where)
        for column, parent in fks.items():
            value = row.get(column)
            if value and value not in self.seen.get(parent, ()) and not exists(parent, value):
                raise _row_error("E_ROW", f"{where}: missing parent {parent} {value}",
                                 "数据包中有记录缺少其上级记录，已整体拒收。请让对方导出完整数据包（或恢复包）。")
        if not self.apply:  # applied rows are in the database already: memory stays flat
            self.seen.setdefault(table, set()).add(row["uuid"])
        if table == "org_unit":
            self.paths[row["uuid"]] = row["path"]
        elif SCOPE[table][0] == "org":
            self.paths[f"{table}:{row['uuid']}"] = row.get(SCOPE[table][1])

    def _scope(self, table: str, row: dict, where: str) -> None:
        rule = SCOPE[table][0]
        if rule == "reference":
            if not self.is_district:
                raise _row_error("E_SCOPE", f"{where}: reference data from a site",
                                 "类别目录等基础数据只能由区里下发，站点发来的已拒收。")
            return
        if self.is_district or rule == "owner":
            return
        path = path_of(table, row, self.paths)
        if path is None or not path.startswith(self.scope):
            raise _row_error("E_SCOPE", f"{where}: outside the sender's subtree",
                             "数据包中有不属于发送站点管辖范围的记录，已整体拒收。请核对发送站点后重新导出。")

    def _merge(self, table: str, row: dict) -> None:
        local = local_version(table, row["uuid"])
        if table == "ledger_entry":
            self.vouchers.check(row)
        imposed = ledger_rules.outcome(table, local, row["version"])
        if imposed is not None:
            outcome = imposed
        elif local is None:
            outcome = "new"
        elif row["version"] > local:
            outcome = "conflicts" if self._unacknowledged(table, row["uuid"], local) else "updated"
        else:
            outcome = "unchanged" if row["version"] == local else "older"
        self.result.count(table, outcome)
        if self.apply and outcome in ("new", "updated", "conflicts"):
            if outcome == "conflicts":
                self._keep_conflict(table, row, local)
            _write(table, row, insert=outcome == "new")
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


def _write(table: str, row: dict, *, insert: bool) -> None:
    names = list(row)
    if insert:
        sql = (f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
               f'VALUES ({", ".join("?" * len(names))})')
        database.execute_sql(sql, [row[n] for n in names])
    else:
        sets = ", ".join(f'"{n}" = ?' for n in names if n != "uuid")
        database.execute_sql(f'UPDATE "{table}" SET {sets} WHERE uuid = ?',
                             [row[n] for n in names if n != "uuid"] + [row["uuid"]])


def _peer(site_uuid: str) -> PeerState:
    """Read-only: a check must not write (an unsaved default when the peer is new)."""
    return PeerState.get_or_none(PeerState.site_uuid == site_uuid) or PeerState(site_uuid=site_uuid)


def _record(done: Plan) -> None:
    state = peer_state(done.sender)
    state.last_in_seq = max(state.last_in_seq, done.seq)
    state.last_in_at = utcnow()
    state.held_change_seq = max(state.held_change_seq, int(done.meta.get("until_seq") or 0))
    state.acked_change_seq = max(state.acked_change_seq, int(done.meta.get("ack_seq") or 0))
    gaps = set(json.loads(state.missing or "[]")) - {done.seq} | set(done.missing)
    state.missing = json.dumps(sorted(gaps))
    state.save()
    BundleLog.create(direction="in", bundle_id=done.bundle_id, kind=done.kind, peer_site=done.sender, seq=done.seq,
                     since_seq=done.meta.get("since_seq"), until_seq=done.meta.get("until_seq"),
                     counts=json.dumps(done.counts, ensure_ascii=False), status="imported")


def _row_error(code: str, detail: str, message: str) -> BundleError:
    return BundleError(code, detail, message)


__all__ = ["Plan", "apply", "plan"]
