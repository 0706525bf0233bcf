"""The first part of every payload, `exchange_meta`: one row saying which range of
the sender's change log the bundle holds, what the sender acknowledges of ours,
and (going up) what it last received from the sites that report through it.

Every field is checked before anything is applied, in the dry run and the real
run alike (docs/bundle-format.md, "exchange_meta"):
- exactly the keys `kind`, `since_seq`, `until_seq`, `ack_seq` and, optionally,
  `relayed`;
- `kind` equals the header's kind;
- sequence numbers are JSON integers in 0 … 2^53−1, `since_seq` ≤ `until_seq`;
- `ack_seq` never exceeds the newest change this site has sent the sender;
- `relayed` is a list of at most 10,000 objects {site, seq, at, gap} naming
  known sites inside the sender's subtree.
"""

import datetime as dt

from app.exchange.errors import BundleError
from app.exchange.rowcheck import TIME, UUID
from db.connection import database

KEYS = {"kind", "since_seq", "until_seq", "ack_seq"}
MAX_SEQ = 2 ** 53 - 1
MAX_RELAYED = 10_000


def check(rows: list, kind: str, sender_uuid: str, sender_scope: str) -> dict:
    """The validated meta row, or E_ROW naming what is wrong."""
    if len(rows) != 1 or not isinstance(rows[0], dict):
        raise bad("exchange_meta must hold exactly one row")
    meta = rows[0]
    if not KEYS <= set(meta) <= KEYS | {"relayed"}:
        raise bad(f"exchange_meta keys {sorted(meta)}")
    if meta["kind"] != kind:
        raise bad(f"exchange_meta kind {meta['kind']!r} differs from the header's {kind!r}")
    for key in ("since_seq", "until_seq", "ack_seq"):
        if not _seq(meta[key]):
            raise bad(f"exchange_meta {key} is not a sequence number")
    if meta["since_seq"] > meta["until_seq"]:
        raise bad("exchange_meta since_seq is after until_seq")
    sent = database.execute_sql("SELECT coalesce(max(until_seq), 0) FROM bundle_log WHERE direction = 'out' "
                                "AND peer_site = ?", (sender_uuid,)).fetchone()[0]
    if meta["ack_seq"] > sent:
        raise bad(f"exchange_meta ack_seq {meta['ack_seq']} exceeds what was sent ({sent})")
    _check_relayed(meta.get("relayed", []), sender_scope)
    return meta


def _seq(value) -> bool:
    return type(value) is int and 0 <= value <= MAX_SEQ


def _check_relayed(items, scope: str) -> None:
    if not isinstance(items, list) or len(items) > MAX_RELAYED:
        raise bad("exchange_meta relayed is not a list of at most 10,000 items")
    for item in items:
        if not (isinstance(item, dict) and set(item) == {"site", "seq", "at", "gap"} and _seq(item["seq"])
                and item["gap"] in (0, 1) and type(item["gap"]) is int and _time_or_none(item["at"])
                and isinstance(item["site"], str) and UUID.fullmatch(item["site"])):
            raise bad("exchange_meta relayed holds a malformed item")
        got = database.execute_sql("SELECT o.path FROM site s JOIN org_unit o ON o.uuid = s.org_unit_uuid "
                                   "WHERE s.uuid = ?", (item["site"],)).fetchone()
        if got is None or not got[0].startswith(scope) or got[0] == scope:
            raise BundleError("E_SCOPE", "exchange_meta relayed names a site outside the sender's subtree",
                              "数据包中转报的站点不在发送站点的管辖范围内，已整体拒收。")


def _time_or_none(value) -> bool:
    if value is None:
        return True
    if not (isinstance(value, str) and TIME.fullmatch(value)):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def bad(detail: str) -> BundleError:
    return BundleError("E_ROW", detail, "数据包的交换信息（exchange_meta）不符合格式，已整体拒收。请让对方升级到同一版本后重新导出。")
