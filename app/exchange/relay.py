"""What a site above learns of the sites that report through the one below it.

Going up, a bundle's exchange_meta lists, for every site below the sender, the
newest bundle the sender had received from it (`relayed`); the site above
keeps that in `relay_state`, so the district's list of sites shows a community
that reports through its subdistrict with its true last bundle, and whether
the subdistrict still misses content of it.
"""

import datetime as dt

from db.models import PeerState, RelayState, Site


def outgoing(me: Site) -> list[dict]:
    """For an up bundle: every site below this one, as this site last heard of it."""
    mine = me.org_unit.path
    below = {s.uuid for s in Site.live() if s.org_unit is not None and s.org_unit.path != mine
             and s.org_unit.path.startswith(mine)}
    items = {}
    for row in RelayState.select().where(RelayState.site_uuid.in_(below)):
        items[row.site_uuid] = _item(row.site_uuid, row.last_in_seq, row.last_in_at, row.gap)
    for state in PeerState.select().where(PeerState.site_uuid.in_(below) & (PeerState.last_in_seq > 0)):
        items[state.site_uuid] = _item(state.site_uuid, state.last_in_seq, state.last_in_at,
                                       int(state.missing not in (None, "", "[]")))
    return [items[k] for k in sorted(items)]


def _item(site: str, seq: int, at: dt.datetime | None, gap: int) -> dict:
    return {"site": site, "seq": seq, "at": f"{at:%Y-%m-%d %H:%M:%S}" if at else None, "gap": gap}


def record(via: str, items: list[dict]) -> None:
    """On import: remember what the sender reported of the sites below it."""
    for item in items:
        at = dt.datetime.fromisoformat(item["at"]) if item["at"] else None
        row = RelayState.get_or_none(RelayState.site_uuid == item["site"])
        if row is None:
            RelayState.create(site_uuid=item["site"], via_site=via, last_in_seq=item["seq"], last_in_at=at,
                              gap=item["gap"])
        else:  # the site in between says how things stand now (a rebuilt site starts again at 1)
            row.via_site, row.last_in_seq, row.last_in_at, row.gap = via, item["seq"], at, item["gap"]
            row.save()
