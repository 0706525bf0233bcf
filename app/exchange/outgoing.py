"""Writing a bundle for another site: everything changed since that site last
acknowledged it (cumulative, so a lost stick costs nothing), inside the scope
the recipient may hold, plus what we acknowledge of theirs.

- up (to the level above): our own subtree's changes, including what our
  children sent us (relaying is automatic: imported rows are in our change log);
- down (to a site below): the recipient's subtree and the district's
  reference data; recovery: the same from the beginning, for a rebuilt PC.

The first part, `exchange_meta`, holds the change-log range and the acknowledgement.
"""

import json
from collections.abc import Iterator
from pathlib import Path

from app import __version__, files
from app.auth import require
from app.errors import NotFound
from app.exchange import identity, relay
from app.exchange.bundle import Receipt, write_bundle
from app.exchange.rows import ancestor_sites, ancestors, changed_rows
from app.exchange.tables import ORDER
from app.session import local_site
from db.connection import database
from db.hlc import site_tag
from db.models import BundleLog, OrgUnit, PeerState, Site
from db.schema import SCHEMA_VERSION

LEVEL_RANK = {"district": 0, "subdistrict": 1, "community": 2}


def peer_state(site_uuid: str) -> PeerState:
    state = PeerState.get_or_none(PeerState.site_uuid == site_uuid)
    return state or PeerState.create(site_uuid=site_uuid)


def direction(me: Site, peer: Site) -> str:
    return "down" if LEVEL_RANK[me.level] < LEVEL_RANK[peer.level] else "up"


def export(peer_uuid: str, out_dir: Path | str, *, recovery: bool = False, progress=None) -> Receipt:
    require("write")
    files.existing_folder(out_dir)
    me, peer = local_site(), Site.get_or_none(Site.uuid == peer_uuid)
    if peer is None:
        raise NotFound("没有这个站点：请先在“站点”中登记，或导入它的登记文件。")
    recipient = identity.public_of(peer_uuid)
    state = peer_state(peer_uuid)
    kind = "recovery" if recovery else direction(me, peer)
    since = 0 if recovery else state.acked_change_seq
    until = database.execute_sql("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    scope = (me if kind == "up" else peer).org_unit.path
    stamps = _stamp_range(since, until)
    parts = _parts(me, kind, scope, since, until, state)
    receipt = write_bundle(out_dir, {
        "kind": kind, "from_site": me.uuid, "to_site": peer_uuid, "seq": state.last_out_seq + 1,
        "since": stamps[0], "until": stamps[1], "schema_version": SCHEMA_VERSION, "app_version": __version__,
    }, parts, [recipient], identity.my_keys(), progress=progress)
    with database.atomic():
        state.last_out_seq += 1
        state.save()
        BundleLog.create(direction="out", bundle_id=receipt.header.bundle_id, kind=kind, peer_site=peer_uuid,
                         seq=state.last_out_seq, since_seq=since, until_seq=until, file_name=receipt.path.name,
                         sha256=receipt.sha256, size=receipt.size, status="written")
    return receipt


def _stamp_range(since: int, until: int) -> tuple[str | None, str | None]:
    low, high = database.execute_sql(
        "SELECT min(version), max(version) FROM change_log WHERE seq > ? AND seq <= ?", (since, until)).fetchone()
    return (low[:16] if low else None), (high[:16] if high else None)


def _parts(me: Site, kind: str, scope: str, since: int, until: int,
           state: PeerState) -> Iterator[tuple[str, Iterator]]:
    meta = {"since_seq": since, "until_seq": until, "ack_seq": state.held_change_seq, "kind": kind}
    if kind == "up":
        meta["relayed"] = relay.outgoing(me)
    yield "exchange_meta", iter([meta])
    up = kind == "up"
    # no echo: going up, only what this subtree wrote (the rest came from above); going down,
    # nothing the recipient's subtree wrote itself (a recovery bundle sends everything)
    tags = writers_in(scope)
    writers = ("only", tags) if up else ("skip", tags) if kind == "down" else None
    for table in ORDER:
        rows = changed_rows(table, since, until, scope, not up, up=up, writers=writers)
        if table == "org_unit" and not up:
            rows = _chain(ancestors(scope), rows)
        if table == "site" and not up:
            rows = _chain(ancestor_sites(scope), rows)
        yield table, rows


def writers_in(path: str) -> list[str]:
    """The version tags (db/hlc.py) of the sites whose org unit lies in `path`'s subtree."""
    sites = Site.select(Site.uuid).join(OrgUnit, on=(Site.org_unit == OrgUnit.uuid)).where(OrgUnit.under(path))
    return sorted(site_tag(s.uuid) for s in sites)


def _chain(*iterators):
    for it in iterators:
        yield from it


def describe(receipt: Receipt) -> str:
    return json.dumps({"file": str(receipt.path), "size": receipt.size, "sha256": receipt.sha256},
                      ensure_ascii=False)
