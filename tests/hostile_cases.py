"""The stolen-key corpus: bundles signed with a community's real keys that try to touch
what it does not own (issue: the sync layer against a stolen key). Shared by
tests/exchange/test_exchange_hostile.py (a community reporting to the district) and the district
rehearsal (a community reporting to its subdistrict).

`Attack` names the attacking community A, a sibling community B under the same site
above, and that site (the victim). `cases()` builds every case from the victim's own
rows; `forge()` signs a bundle with A's keys; `refused()` checks that the dry run and the
real import both refuse it with its code and that the victim's file is byte for byte
as it was."""

import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.exchange import identity, incoming, outgoing
from app.exchange.bundle import write_bundle
from app.exchange.errors import BundleError
from app.session import close_session
from db.hlc import pack, site_tag, wall_ms
from db.ids import new_uuid
from db.schema import SCHEMA_VERSION


@dataclass
class Attack:
    a_code: str  # the attacking community
    b_code: str  # a sibling community the attacker does not own
    a_uuid: str  # the attacker's site
    victim_uuid: str  # the site above, that imports
    victim_db: Path
    b_resident: str  # one of B's residents
    folder: Path
    at_attacker: object  # () -> context manager opening A's database
    at_victim: object  # () -> context manager opening the victim's database

    def row(self, table: str, uuid: str) -> dict:
        con = sqlite3.connect(f"{self.victim_db.as_uri()}?mode=ro", uri=True)
        con.row_factory = sqlite3.Row
        try:
            return dict(con.execute(f'SELECT * FROM "{table}" WHERE uuid = ?', (uuid,)).fetchone())
        finally:
            con.close()

    def uuid_of(self, table: str, where: str = "1", params=()) -> str:
        con = sqlite3.connect(f"{self.victim_db.as_uri()}?mode=ro", uri=True)
        try:
            return con.execute(f'SELECT uuid FROM "{table}" WHERE {where} LIMIT 1', params).fetchone()[0]
        finally:
            con.close()

    def unit(self, code: str) -> dict:
        return self.row("org_unit", self.uuid_of("org_unit", "code = ?", (code,)))

    def stamp(self, row: dict, **changes) -> dict:
        """A newer version of a row, written "by A"."""
        return {**row, **changes, "version": pack(wall_ms(), 1) + "-" + site_tag(self.a_uuid)}


def _first_grid(attack: Attack, code: str) -> dict:
    return attack.row("org_unit", attack.uuid_of("org_unit", "path LIKE ? AND level = 4 ORDER BY code",
                                                 (f"%{code}/%",)))


def cases(attack: Attack) -> dict[str, tuple[str, list]]:
    """name -> (expected code, parts)."""
    s = attack.stamp
    a_com, a_grid, b_grid = attack.unit(attack.a_code), _first_grid(attack, attack.a_code), _first_grid(attack, attack.b_code)
    a_zone = attack.row("org_unit", a_grid["parent_uuid"])
    person = attack.row("resident", attack.b_resident)
    a_site = attack.row("site", attack.a_uuid)
    mine = {**person, "uuid": new_uuid(), "grid_uuid": a_grid["uuid"], "created_at": "2026-01-01 00:00:00",
            "origin_site": attack.a_uuid, "building_uuid": None, "group_uuid": None}
    attachment = {"uuid": new_uuid(), "origin_site": attack.a_uuid, "deleted": 0, "created_at": "2026-01-01 00:00:00",
                  "updated_at": "2026-01-01 00:00:00", "created_by": "x", "updated_by": "x",
                  "owner_table": "resident", "owner_uuid": attack.b_resident, "file_name": "a.jpg",
                  "sha256": hashlib.sha256(b"x").hexdigest(), "size": 1}
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S")
    category = attack.row("category", attack.uuid_of("category"))
    return {
        # scope is checked on the stored row as well as the incoming one
        "move B's grid under A": ("E_SCOPE", [("org_unit", [s(b_grid, parent_uuid=a_zone["uuid"],
                                                              path=a_zone["path"] + b_grid["code"] + "/")])]),
        "rename B's resident": ("E_SCOPE", [("resident", [s(person, name="改名", grid_uuid=a_grid["uuid"])])]),
        "tombstone B's resident": ("E_SCOPE", [("resident", [s(person, deleted=1, grid_uuid=a_grid["uuid"])])]),
        # district-owned records
        "add a site": ("E_SCOPE", [("site", [s({**a_site, "uuid": new_uuid(), "name": "假站点"})])]),
        "promote its site": ("E_SCOPE", [("site", [s(a_site, level="district")])]),
        "rename its community": ("E_SCOPE", [("org_unit", [s(a_com, name="独立王国")])]),
        "tombstone its community": ("E_SCOPE", [("org_unit", [s(a_com, deleted=1)])]),
        "reference data": ("E_SCOPE", [("category", [s(category, name="宠物")])]),
        # every column against the schema
        "deleted is text": ("E_ROW", [("resident", [s(mine, deleted="yes")])]),
        "gender is a number": ("E_ROW", [("resident", [s(mine, gender=5)])]),
        "name with a bidi override": ("E_ROW", [("resident", [s(mine, name="王\u202e三")])]),
        "address with a control character": ("E_ROW", [("resident", [s(mine, address="1号\x07楼")])]),
        "version without its site": ("E_ROW", [("resident", [{**mine, "version": pack(wall_ms(), 1)}])]),
        "version with a newline": ("E_ROW", [("resident", [{**s(mine)} | {"version": s(mine)["version"] + "\n"}])]),
        "updated in the future": ("E_ROW", [("resident", [s(mine, updated_at=future)])]),
        "origin_site changed": ("E_ROW", [("resident", [s(person, origin_site=attack.a_uuid)])]),
        "attachment path in sha256": ("E_ROW", [("attachment", [s(attachment, sha256="../../etc/passwd")])]),
        "attachment on B's record": ("E_SCOPE", [("attachment", [s(attachment)])]),
        "NOT NULL column missing": ("E_ROW", [("resident", [{k: v for k, v in s(mine).items() if k != "name"}])]),
        "org code of another unit": ("E_ROW", [("org_unit", [s({**b_grid, "uuid": new_uuid(), "code": b_grid["code"],
                                                                 "parent_uuid": a_zone["uuid"],
                                                                 "path": a_zone["path"] + "99/"})])]),
    }


def meta_cases(relayed_site: str) -> dict[str, tuple[str, dict]]:
    base = {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": "up"}
    return {
        "ack beyond what was sent": ("E_ROW", {**base, "ack_seq": 10 ** 12}),
        "ack is text": ("E_ROW", {**base, "ack_seq": "abc"}),
        "kind differs from the header": ("E_ROW", {**base, "kind": "down"}),
        "extra key": ("E_ROW", {**base, "x": 1}),
        "since after until": ("E_ROW", {**base, "since_seq": 5}),
        "bool as a number": ("E_ROW", {**base, "until_seq": True}),
        "relayed site outside": ("E_SCOPE", {**base, "relayed": [{"site": relayed_site, "seq": 1, "at": None,
                                                                  "gap": 0}]}),
    }


def forge(attack: Attack, parts: list, *, meta: dict | None = None, kind: str = "up", seq: int | None = None) -> Path:
    """A bundle signed with A's real keys, addressed to the victim, holding what we choose."""
    with attack.at_attacker():
        keys = identity.my_keys()
        state = outgoing.peer_state(attack.victim_uuid)
        base = {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": kind}
        rows = [("exchange_meta", [meta if meta is not None else base]), *parts]
        return write_bundle(attack.folder, {
            "kind": kind, "from_site": attack.a_uuid, "to_site": attack.victim_uuid, "seq": seq or state.last_out_seq + 1,
            "since": None, "until": None, "schema_version": SCHEMA_VERSION, "app_version": __version__},
            rows, [identity.public_of(attack.victim_uuid)], keys).path


def refused(attack: Attack, bundle: Path, code: str) -> BundleError:
    """Both the dry run and the import refuse it with `code`; the victim's file is unchanged."""
    close_session()
    before = attack.victim_db.read_bytes()
    error = None
    for run in (incoming.plan, incoming.apply):
        with attack.at_victim():
            try:
                run(bundle)
            except BundleError as exc:
                error = exc
            else:
                raise AssertionError(f"{run.__name__} accepted {bundle.name}")
        assert error.code == code, (run.__name__, error.detail)
        assert "本站数据未作任何改动" in error.message
    close_session()
    assert attack.victim_db.read_bytes() == before, "the refused bundle changed the file"
    return error
