"""This site's bundle keys and the keys it trusts.

The secret keys live outside the database, in this PC's key store
(keystore.py); the database keeps only their public half (meta
`site_public_keys`), so a copy or a backup opened elsewhere has none
(KeysMissing) and the district's reissue is the way back. Old databases kept
the secret keys in meta `site_keys`: key_move.py moves them out on open.

A peer's keys arrive with its first bundle (or in an enrolment file) and are
registered unconfirmed; only after the two operators compared the fingerprints
on their screens (`confirm()`) are bundles signed with them accepted.
"""

from app.auth import require
from app.errors import KeysMissing, NotFound
from app.exchange import keystore
from app.exchange.keys import PublicKeys, SiteKeys
from app.session import get_value, local_site, set_value
from db.base import utcnow
from db.connection import database
from db.models import SiteKey

PUBLIC = "site_public_keys"
MISSING = ("这台电脑上没有本站的私钥：数据库可能是从别的电脑复制来的，或是在另一台电脑上从备份恢复的"
           "（私钥只保存在原来那台电脑上，不随数据库和备份走），所以不能导出或导入数据包。"
           "请联系区级管理员为本站重新生成登记文件（site reissue），用它重建本站后再接收恢复包。")


def my_keys() -> SiteKeys:
    """This site's secret keys from this PC's key store, made on first use."""
    site = local_site().uuid
    public = get_value(PUBLIC)
    if public is None:
        return _generate(site)
    text = keystore.load(site)
    keys = SiteKeys.from_json(text) if text else None
    if keys is None or keys.public() != PublicKeys.from_json(public):
        raise KeysMissing(MISSING)
    return keys


def my_public() -> PublicKeys:
    """This site's public keys (from the database; no secret needed)."""
    stored = get_value(PUBLIC)
    return PublicKeys.from_json(stored) if stored else my_keys().public()


def _generate(site: str) -> SiteKeys:
    keys = SiteKeys.generate(site)
    keystore.save(site, keys.to_json())
    with database.atomic():
        set_value(PUBLIC, keys.public().to_json())
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
