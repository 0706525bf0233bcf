"""This site's bundle keys (kept in the meta table) and the keys it trusts.

A peer's keys arrive with its first bundle (or in an enrolment file) and are
registered unconfirmed; only after the two operators compared the fingerprints
on their screens (`confirm()`) are bundles signed with them accepted.
"""

from app.auth import require
from app.errors import NotFound
from app.exchange.keys import PublicKeys, SiteKeys
from app.session import get_value, local_site, set_value
from db.base import utcnow
from db.connection import database
from db.models import SiteKey

KEYS = "site_keys"


def my_keys() -> SiteKeys:
    """This site's keys, made on first use (one transaction)."""
    stored = get_value(KEYS)
    if stored:
        return SiteKeys.from_json(stored)
    with database.atomic():
        keys = SiteKeys.generate(local_site().uuid)
        set_value(KEYS, keys.to_json())
    return keys


def register(public: PublicKeys, *, confirmed: bool = False, replace: bool = False) -> SiteKey:
    """Remember a peer's public keys (unconfirmed unless said so). Known keys are
    never swapped silently: new keys for a known site replace the old ones only
    when asked (`replace`, e.g. a rebuilt PC) or when the old ones were revoked;
    they then need confirming again, and the exchange with that site starts over."""
    from db.models import PeerState

    with database.atomic():
        row = SiteKey.get_or_none(SiteKey.site_uuid == public.site_id)
        fields = {"key_id": public.key_id, "sign_public_key": public.sign_key, "age_recipient": public.age_recipient,
                  "fingerprint": public.fingerprint(), "confirmed_at": utcnow() if confirmed else None,
                  "revoked_at": None}
        if row is None:
            return SiteKey.create(site_uuid=public.site_id, **fields)
        if row.key_id != public.key_id and (replace or row.revoked_at is not None):
            SiteKey.update(fields).where(SiteKey.site_uuid == public.site_id).execute()
            PeerState.update(last_in_seq=0, held_change_seq=0, acked_change_seq=0, missing=None).where(
                PeerState.site_uuid == public.site_id).execute()
            return SiteKey.get_by_id(public.site_id)
        return row


def confirm(site_uuid: str) -> SiteKey:
    """The operators compared the fingerprints: trust this site's bundles from now on."""
    require("admin")
    row = SiteKey.get_or_none(SiteKey.site_uuid == site_uuid)
    if row is None:
        raise NotFound("还没有这个站点的密钥：请先导入它的数据包或登记文件。")
    with database.atomic():
        row.confirmed_at = utcnow()
        row.save()
    return row


def revoke(site_uuid: str) -> None:
    require("admin")
    with database.atomic():
        SiteKey.update(revoked_at=utcnow()).where(SiteKey.site_uuid == site_uuid).execute()


def public_of(site_uuid: str) -> PublicKeys:
    row = SiteKey.get_or_none(SiteKey.site_uuid == site_uuid)
    if row is None:
        raise NotFound("没有这个站点的公钥：请先完成站点登记并核对指纹。")
    return _public(row)


def trusted(key_id: str) -> PublicKeys | None:
    """For open_bundle: confirmed keys; revoked ones come back marked revoked."""
    row = SiteKey.get_or_none((SiteKey.key_id == key_id) & SiteKey.confirmed_at.is_null(False))
    return _public(row) if row else None


def _public(row: SiteKey) -> PublicKeys:
    return PublicKeys(row.site_uuid, row.sign_public_key, row.age_recipient, revoked=row.revoked_at is not None)
