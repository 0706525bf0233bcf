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
import logging
from dataclasses import dataclass, field
from pathlib import Path

from peewee import IntegrityError

from app import backups
from app.audit import write_event
from app.auth import require
from app.exchange import identity, meta, relay
from app.exchange.bundle import open_bundle
from app.exchange.checker import Checker, peer, row_error
from app.exchange.errors import BundleError
from app.exchange.outgoing import peer_state
from app.session import local_site
from db.base import utcnow
from db.connection import database, keep_statistics
from db.models import BundleLog, Site
from db.recovery_capture import recovery_capture
from db.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

OUTCOMES = ("new", "updated", "unchanged", "older", "conflicts")
# one safety copy per courier visit: the bundles imported since can be imported again from the sticks
SAFETY_MINUTES = 30


@dataclass
class Plan:
    bundle_id: str
    sender: str
    seq: int
    kind: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)  # bundles whose content is still missing here
    skipped: list[int] = field(default_factory=list)  # bundles never seen, whose content this one holds
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
                "counts": self.counts, "missing": self.missing, "skipped": self.skipped, "duplicate_of": self.duplicate_of,
                "older": self.older}


def plan(path: Path | str) -> Plan:
    """Check everything and say what an import would do; writes nothing."""
    try:
        return _run(Path(path), apply=False)
    except BundleError:
        keep_statistics()  # a refused bundle leaves the file byte for byte as it was
        raise


def apply(path: Path | str, db_path: Path | None = None) -> Plan:
    """Import (after a backup when db_path is given), in one transaction: every
    row is checked as it is applied, and any rejection rolls everything back."""
    require("write")
    path = Path(path)
    with _open(path) as bundle:
        early = _early(bundle.header)
    if early.nothing_to_do:
        return early
    if db_path is not None and backups.recent(db_path, "before-import", SAFETY_MINUTES) is None:
        backups.backup_now(database.obj, db_path, "before-import")
    try:
        with database.atomic():
            database.execute_sql("PRAGMA defer_foreign_keys = ON")
            logger.info("import: writing the rows")  # the phase markers tests/exchange/test_exchange_faults.py waits for
            done = _write(path, early.kind)
            _record(done)
            logger.info("import: rows written, committing")
    except IntegrityError as exc:  # a rule the checks above missed: still a coded refusal
        raise row_error("E_ROW", f"integrity: {exc}", "数据包中的记录与本站数据有冲突（约束不满足），已整体拒收。"
                         "请把数据包和日志交给技术支持。") from exc
    except BundleError:
        keep_statistics()  # a refused bundle leaves the file byte for byte as it was
        raise
    return done


def _write(path: Path, kind: str) -> Plan:
    """The rows, inside the caller's transaction. A recovery bundle's new records get no audit row
    each but one event for the bundle, and the search index after the rows (db/recovery_capture.py)."""
    if kind != "recovery":
        return _run(path, apply=True)
    with recovery_capture(database.obj):
        done = _run(path, apply=True)
    if not done.nothing_to_do:
        write_event("import", bundle=done.bundle_id, bundle_kind=done.kind, sender=done.sender, seq=done.seq,
                    counts={table: {k: n for k, n in row.items() if n} for table, row in done.counts.items()})
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
        relation = _relation(me, sender, head.kind)
        result = Plan(head.bundle_id, head.from_site, head.seq, head.kind)
        if _sequence(result, head):
            return result
        checker = Checker(sender, me, relation, result, apply)
        try:
            for part in bundle.iter_parts():
                checker.part(part.name, part.records)
        finally:
            checker.close()
        if not checker.had_meta:
            raise meta.bad("a payload without exchange_meta")
        return result


KINDS_FROM = {"above": ("down", "recovery"), "below": ("up",)}


def _relation(me: Site, sender: Site, kind: str) -> str:
    """'above' (the sender is a site above this one) or 'below'; refuses anything else."""
    mine, theirs = me.org_unit.path, sender.org_unit.path
    relation = ("above" if mine != theirs and mine.startswith(theirs)
                else "below" if mine != theirs and theirs.startswith(mine) else "none")
    if kind not in KINDS_FROM.get(relation, ()):
        raise BundleError("E_SCOPE", f"a bundle of kind {kind} from a site {relation} this one",
                          f"这个数据包（类型 {kind}）不应由“{sender.name}”发给本站，已整体拒收。"
                          "数据包只在本站和直接上级、下级站点之间往来。")
    return relation


MAX_GAP = 10_000  # bundles a site could have exported that never arrived here (decades of daily rounds)


def _sequence(result: Plan, head) -> bool:
    """True when there is nothing to import (duplicate or older bundle)."""
    before = BundleLog.get_or_none((BundleLog.bundle_id == head.bundle_id) & (BundleLog.direction == "in")
                                   & (BundleLog.status == "imported"))
    if before is not None:
        result.duplicate_of = f"该数据包已于 {before.created_at:%Y-%m-%d %H:%M}（UTC）导入过，本次无需再导入。"
        return True
    state = peer(head.from_site)
    if head.seq <= state.last_in_seq:
        result.older = True
        return True
    if head.seq - state.last_in_seq > MAX_GAP:  # each number of the gap is listed: never 2^53 of them
        raise BundleError("E_CORRUPT", f"bundle number {head.seq} is {head.seq - state.last_in_seq} past the last "
                          f"one imported ({state.last_in_seq})",
                          f"数据包编号 {head.seq} 与本站上次导入的编号 {state.last_in_seq} 相差过大，不是正常导出的数据包，"
                          "已整体拒收，本站数据未作任何改动。")
    result.skipped = list(range(state.last_in_seq + 1, head.seq))
    return False


def _record(done: Plan) -> None:
    state = peer_state(done.sender)
    state.last_in_seq = max(state.last_in_seq, done.seq)
    state.last_in_at = utcnow()
    state.held_change_seq = max(state.held_change_seq, done.meta["until_seq"])
    state.acked_change_seq = max(state.acked_change_seq, done.meta["ack_seq"])
    state.missing = json.dumps(done.missing)  # bundles are cumulative: only a bundle with a hole leaves one
    state.save()
    relay.record(done.sender, done.meta.get("relayed", []))
    BundleLog.create(direction="in", bundle_id=done.bundle_id, kind=done.kind, peer_site=done.sender, seq=done.seq,
                     since_seq=done.meta.get("since_seq"), until_seq=done.meta.get("until_seq"),
                     counts=json.dumps(done.counts, ensure_ascii=False), status="imported")


__all__ = ["Plan", "apply", "plan"]
