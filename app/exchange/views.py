"""Read-only views of the data exchange for the window: whom this site may send
to, the bundle history, every site's state, the open conflicts (masked) and an
unknown sender's keys. Plain Python over db/models/exchange.py; app/exchange/
stays the engine that writes."""

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from app.exchange import identity, trust
from app.exchange.conflicts import open_conflicts
from app.exchange.errors import SIGNATURE, BundleError
from app.exchange.incoming import OUTCOMES
from app.privacy import mask_id_number, mask_phone
from app.session import local_site
from db.hlc import unpack
from db.models import BundleLog, OrgUnit, PeerState, RelayState, Site, SiteKey

DEFAULT_STALE_DAYS = 30
HIDDEN_FIELDS = {"uuid", "version", "origin_site", "deleted", "created_at", "created_by", "updated_at", "updated_by"}


@dataclass(frozen=True)
class Peer:
    uuid: str
    name: str
    level: str
    above: bool  # the site this one reports to


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    direction: str  # in / out
    peer: str
    seq: int
    kind: str
    totals: dict[str, int]
    status: str
    file_name: str


@dataclass(frozen=True)
class SiteState:
    uuid: str
    name: str
    level: str
    last_in_at: dt.datetime | None
    last_in_seq: int
    last_out_seq: int
    missing: list[int]
    days_since: int | None  # None: never reported
    key_state: str  # none / unconfirmed / confirmed / revoked / relayed (checked by the site in between)
    fingerprint: str
    stale: bool
    via: str = ""  # the site it reports through ("" when it sends to this site itself)


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    row_uuid: str
    label: str
    local_version: str
    incoming_version: str
    values: dict[str, str] = field(default_factory=dict)  # the kept local values, masked


@dataclass(frozen=True)
class Sender:
    site_uuid: str
    name: str  # "" when this site never heard of it
    fingerprint: str
    key_state: str
    trustable: bool = False  # its keys may be compared and trusted (new, or replacing revoked ones)


def stamp_ms(version: str) -> int:
    """When a record version was written: its clock stamp's milliseconds since the epoch
    (ValueError or TypeError for something that is no stamp)."""
    ms, _ = unpack(version)
    return ms


def my_fingerprint() -> str:
    return identity.my_public().fingerprint()


def site_name(uuid: str) -> str:
    site = Site.get_or_none(Site.uuid == uuid)
    return site.name if site else uuid[:8]


def _key_state(row: SiteKey | None) -> str:
    if row is None:
        return "none"
    if row.revoked_at is not None:
        return "revoked"
    return "confirmed" if row.confirmed_at is not None else "unconfirmed"


def _usable(uuid: str) -> bool:
    return _key_state(SiteKey.get_or_none(SiteKey.site_uuid == uuid)) in ("confirmed", "unconfirmed")


def export_peers() -> list[Peer]:
    """District: every enrolled site with keys; a site below: the nearest site above it."""
    me = local_site()
    others = [s for s in Site.live() if s.uuid != me.uuid and s.org_unit is not None and _usable(s.uuid)]
    if me.level == "district":
        return [Peer(s.uuid, s.name, s.level, False) for s in sorted(others, key=lambda s: (s.level, s.name))]
    mine = me.org_unit.path
    above = [s for s in others if mine.startswith(s.org_unit.path) and mine != s.org_unit.path]
    above.sort(key=lambda s: -len(s.org_unit.path))
    return [Peer(s.uuid, s.name, s.level, True) for s in above[:1]]


@dataclass(frozen=True)
class OpenUnit:
    code: str
    level: int  # 1 subdistrict, 2 community
    name: str


def enrolable_units() -> list[OpenUnit]:
    """District: the subdistricts and communities that have no site yet, in tree order."""
    taken = {uuid for (uuid,) in Site.live().select(Site.org_unit).tuples()}
    units = OrgUnit.select().where(OrgUnit.level.in_([1, 2]) & (OrgUnit.deleted == False))  # noqa: E712
    return [OpenUnit(u.code, u.level, u.name) for u in units.order_by(OrgUnit.path) if u.uuid not in taken]


def totals(counts: dict | str | None) -> dict[str, int]:
    if isinstance(counts, str):
        counts = json.loads(counts or "{}")
    counts = counts or {}
    return {k: sum(int(c.get(k, 0)) for c in counts.values()) for k in OUTCOMES}


def history(limit: int = 1000) -> list[HistoryRow]:
    names = {s.uuid: s.name for s in Site.select(Site.uuid, Site.name)}
    rows = BundleLog.select().order_by(BundleLog.id.desc()).limit(limit)
    return [HistoryRow(r.created_at, r.direction, names.get(r.peer_site, r.peer_site[:8]), r.seq, r.kind,
                       totals(r.counts), r.status, r.file_name or "") for r in rows]


def site_states(now: dt.datetime | None = None, stale_days: int = DEFAULT_STALE_DAYS) -> list[SiteState]:
    """District: every enrolled site; others: the sites whose keys this site holds, and the
    sites below that report through them (with what the site in between last received)."""
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    me = local_site()
    keys = {k.site_uuid: k for k in SiteKey.select()}
    states = {p.site_uuid: p for p in PeerState.select()}
    relayed = {r.site_uuid: r for r in RelayState.select()}
    names = {s.uuid: s.name for s in Site.select(Site.uuid, Site.name)}
    sites = [s for s in Site.live().order_by(Site.level, Site.name) if s.uuid != me.uuid
             and (me.level == "district" or s.uuid in keys or s.uuid in relayed)]
    return [_site_state(site, states.get(site.uuid), relayed.get(site.uuid), keys.get(site.uuid), names, now,
                        stale_days) for site in sites]


def _site_state(site, state, relay, key, names, now, stale_days) -> SiteState:
    direct = state is not None and state.last_in_seq > 0
    last = state.last_in_at if direct else relay.last_in_at if relay else None
    seq = state.last_in_seq if direct else relay.last_in_seq if relay else 0
    missing = json.loads(state.missing or "[]") if direct else ([seq] if relay and relay.gap else [])
    days = (now - last).days if last else None
    via = "" if direct or relay is None else names.get(relay.via_site, relay.via_site[:8])
    keys = "relayed" if key is None and via else _key_state(key)  # its keys are the site in between's to check
    return SiteState(site.uuid, site.name, site.level, last, seq, state.last_out_seq if state else 0, missing,
                     days, keys, key.fingerprint if key else "", days is None or days > stale_days, via)


def mask(name: str, value) -> str:
    text = "" if value is None else str(value)
    if "id_number" in name:
        return mask_id_number(text)
    if "phone" in name:
        return mask_phone(text)
    return text


def conflicts() -> list[ConflictRow]:
    result = []
    for c in open_conflicts():
        local = json.loads(c.local_row or "{}")
        values = {k: mask(k, v) for k, v in local.items() if k not in HIDDEN_FIELDS and v not in (None, "")}
        label = str(local.get("name") or local.get("title") or local.get("content") or c.row_uuid[:8])
        result.append(ConflictRow(c.id, c.table, c.row_uuid, mask("name", label)[:40], c.local_version,
                                  c.incoming_version, values))
    return result


def sender_of(path: Path | str) -> Sender | None:
    """Who signed a bundle (its signature checked against the keys it carries), for
    comparing fingerprints before trusting it; None when that check fails (a damaged file raises)."""
    try:
        found = trust.sender(path)
    except BundleError as exc:
        if exc.code != SIGNATURE:
            raise
        return None
    uuid = found.keys.site_id
    return Sender(uuid, found.name, found.fingerprint, _key_state(SiteKey.get_or_none(SiteKey.site_uuid == uuid)),
                  found.state in ("new", "replaces"))


def trust_sender(path: Path | str) -> str:
    """The operators compared the fingerprints: register the signer's keys and confirm them (admin)."""
    return trust.trust(path).keys.site_id
