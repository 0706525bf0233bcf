"""Enrolment: the district registers a site and writes a file the new site's
first-run wizard (or `init --join`) starts from.

The file is JSON: {"payload": <the enrolment as a JSON string>, "signature":
<minisign signature of the payload's UTF-8 bytes>}. The payload holds no
personal data: the district's public keys and site, the new site's identity
(uuid, name, level, org unit), the org tree it needs (its subtree and the units
above it) and the reference data (categories, deadline rules, tags). The new
site shows the district's fingerprint for the operators to compare; the
district trusts the new site's keys only after comparing the fingerprint its
first bundle shows.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from app import files, org
from app.auth import create_user, require, set_current_user
from app.errors import Conflict, ValidationError
from app.exchange import identity, minisig
from app.exchange.errors import BundleError
from app.exchange.keys import PublicKeys
from app.exchange.rows import ancestors, changed_rows
from app.exchange.tables import REFERENCE
from app.session import SITE_KEY, local_site, open_session, set_value
from app.sites import LEVEL_LABELS
from db import context
from db.connection import database
from db.models import Site, SiteKey, User

FORMAT = "griddesk-enrolment"
LEVEL_OF = {"subdistrict": 1, "community": 2}


@dataclass
class Enrolment:
    district: PublicKeys
    district_site: dict
    site: dict
    rows: dict[str, list[dict]]
    peers: list[PublicKeys]


def enroll(name: str, level: str, org_code: str, out: Path | str) -> Site:
    """District only: register a site below and write its enrolment file."""
    require("admin")
    me = local_site()
    if me.level != "district":
        raise ValidationError("只有区级站点可以登记下级站点。")
    if level not in LEVEL_OF:
        raise ValidationError("下级站点的级别只能是 subdistrict（街道）或 community（社区）。", field="level")
    unit = org.by_code(org_code)
    if unit.level != LEVEL_OF[level]:
        raise ValidationError(f"编码 {org_code} 是{org.LEVEL_NAMES[org.Level(unit.level)]}，与站点级别“{LEVEL_LABELS[level]}”不符。")
    if Site.live().where(Site.org_unit == unit).exists():
        raise Conflict(f"{unit.name} 已经登记过站点。如需重建，请用恢复包。")
    files.existing_folder(Path(out).parent)
    with database.atomic():  # registered only if its file is written: a failed enrolment can be retried
        site = Site.create(name=org.validate_name(name), level=level, org_unit=unit)
        _write_file(me, site, out)
    return site


def reissue(site_uuid: str, out: Path | str) -> Site:
    """District only: a new enrolment file for a known site whose PC must be rebuilt
    (same site identity; the new PC makes new keys; then send it a recovery bundle)."""
    require("admin")
    me = local_site()
    site = Site.get_or_none((Site.uuid == site_uuid) & (Site.deleted == False))  # noqa: E712
    if me.level != "district" or site is None:
        raise ValidationError("只有区级站点可以为已登记的站点重新生成登记文件。")
    files.existing_folder(Path(out).parent)
    _write_file(me, site, out)
    if SiteKey.get_or_none(SiteKey.site_uuid == site.uuid) is not None:
        identity.revoke(site.uuid)  # the old PC is gone: its keys sign nothing more
    return site


def _write_file(me: Site, site: Site, out: Path | str) -> None:
    unit = site.org_unit
    above = _sites_above(unit.path, me)
    payload = {"format": FORMAT, "version": 1, "district": json.loads(identity.my_keys().public().to_json()),
               "district_site": _site_dict(me), "site": _site_dict(site), "rows": _rows(unit.path, [me, site, *above]),
               "peers": [json.loads(identity.public_of(s.uuid).to_json()) for s in above]}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    signature = identity.my_keys().sign(text.encode("utf-8"), f"GridDesk enrolment {site.uuid}")
    data = json.dumps({"payload": text, "signature": signature.decode("ascii")}).encode("utf-8")
    files.write_verified(out, data, what=f"登记文件 {out}", field="file",
                         advice="U盘可能已满或已被拔出。站点没有登记，插好U盘（或换一个文件夹）后可以重新登记。")


def _sites_above(path: str, me: Site) -> list[Site]:
    """Enrolled sites between the district and the new site (a subdistrict above a
    community): the new site sends its bundles to the nearest one."""
    from db.models import SiteKey

    found = []
    for site in Site.live().where(Site.uuid != me.uuid):
        key = SiteKey.get_or_none((SiteKey.site_uuid == site.uuid) & SiteKey.confirmed_at.is_null(False))
        if key and path.startswith(site.org_unit.path) and path != site.org_unit.path:
            found.append(site)
    return found


def _site_dict(site: Site) -> dict:
    return {"uuid": site.uuid, "name": site.name, "level": site.level, "org_code": site.org_unit.code}


def _rows(path: str, sites: list[Site]) -> dict[str, list[dict]]:
    top = 1 << 62
    rows = {"org_unit": list(ancestors(path)) + list(changed_rows("org_unit", 0, top, path, False))}
    for table in sorted(REFERENCE):
        rows[table] = list(changed_rows(table, 0, top, path, True))  # posts: only of units the site holds
    rows["site"] = [r for s in sites for r in changed_rows("site", 0, top, None, False) if r["uuid"] == s.uuid]
    return rows


def read(path: Path | str) -> Enrolment:
    """Parse and verify an enrolment file (signed by the district key it carries)."""
    try:
        outer = json.loads(Path(path).read_text(encoding="utf-8"))
        payload = json.loads(outer["payload"])
        district = PublicKeys.from_json(json.dumps(payload["district"]))
        key_id, public = minisig.decode_public_key(district.sign_key)
        minisig.verify(public, key_id, outer["payload"].encode("utf-8"), outer["signature"].encode("ascii"))
        if payload.get("format") != FORMAT:
            raise ValueError("not an enrolment file")
    except BundleError:
        raise
    except Exception as exc:  # any damage: one clear message
        raise BundleError("E_CORRUPT", f"enrolment file unreadable: {exc}",
                          "登记文件无法读取或已被改动。请向区级管理员重新索取登记文件。") from exc
    peers = [PublicKeys.from_json(json.dumps(p)) for p in payload.get("peers", [])]
    return Enrolment(district, payload["district_site"], payload["site"], payload["rows"], peers)


def join(db_path: Path | str, enrolment: Enrolment, admin_name: str, password: str) -> Site:
    """Create this site's database from an enrolment: identity, tree, reference data, trust in the district."""
    open_session(db_path, create=True)
    site_uuid = enrolment.site["uuid"]
    with database.atomic():
        if local_site_exists():
            raise Conflict("这个数据库已经创建过站点。")
        set_value(SITE_KEY, site_uuid)
        context.set_writer(site_id=site_uuid, user=admin_name)
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        for table in ("org_unit", "site", *sorted(REFERENCE)):
            for row in enrolment.rows.get(table, []):
                _insert(table, row)
                context.current.observe(row["version"][:16])
        for keys in (enrolment.district, *enrolment.peers):  # vouched for by the district's signature
            identity.register(keys, confirmed=True)
        admin = create_user(admin_name, admin_name, "admin", password)
    set_current_user(User.get_by_id(admin.id))
    identity.my_keys()
    return Site.get_by_id(site_uuid)


def local_site_exists() -> bool:
    from app.session import has_site
    return has_site()


def _insert(table: str, row: dict) -> None:
    names = list(row)
    quoted = ", ".join(f'"{n}"' for n in names)
    database.execute_sql(f'INSERT OR IGNORE INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(names))})',
                         [row[n] for n in names])
