"""Trusting a sender's keys from one of its bundles (the trust bootstrap).

A bundle carries its writer's public keys in its header. Before anyone is asked
to compare a fingerprint, the bundle must prove it was signed with the key it
claims (`verified_signer`): a header naming site C with someone else's key, or
C's key with someone else's signature, shows no fingerprint at all. Trusting
(`trust`) then registers and confirms that key, but never swaps a key the
operators already confirmed for that site: the old one must be revoked first
(`identity.revoke`, `keys --revoke`; a district's reissue does it), as when a
PC was rebuilt. An unconfirmed (never compared) key may be replaced.
"""

from dataclasses import dataclass
from pathlib import Path

from app.auth import require
from app.errors import Conflict
from app.exchange import container, header, identity, minisig
from app.exchange.errors import CORRUPT, SIGNATURE, BundleError
from app.exchange.keys import PublicKeys
from db.models import Site, SiteKey

NOT_SIGNED = "数据包的签名与它自带的密钥不符（可能被伪造或改动），不能据此信任发送方。"


@dataclass(frozen=True)
class Sender:
    keys: PublicKeys  # verified: the bundle's header is signed with them
    name: str  # "" when this site has never heard of the site
    state: str  # new / same / replaces (a revoked or never-confirmed key) / contradicts / revoked (this key)

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint()


def verified_signer(path: Path | str) -> PublicKeys:
    """The keys a bundle's header claims, after checking its signature with them."""
    head, sig = _header_and_signature(path)
    values = header.loads(head)
    s = values.get("signer")
    try:
        keys = PublicKeys(str(values.get("from_site")), s["sign_key"], s["age_recipient"])
        key_id, raw = minisig.decode_public_key(keys.sign_key)
        if minisig.signer_key_id(sig) != key_id:
            raise ValueError("signed with another key than the header names")
        comment = minisig.verify(raw, key_id, head, sig)
        if comment != header.build(values).trusted_comment():
            raise ValueError("the trusted comment does not name this bundle")
    except Exception as exc:  # any claim that does not hold: no fingerprint to show
        raise BundleError(SIGNATURE, f"self-signature: {exc}", hint=NOT_SIGNED) from None
    return keys


def _header_and_signature(path: Path | str) -> tuple[bytes, bytes]:
    try:
        with open(path, "rb") as f:
            members = container.read_index(f)
            return (container.read_member(f, members[container.HEADER]),
                    container.read_member(f, members[container.SIGNATURE]))
    except OSError as exc:
        raise BundleError(CORRUPT, f"cannot read the bundle: {exc}", hint="无法读取这个文件。") from exc


def sender(path: Path | str) -> Sender:
    """Who signed this bundle (verified) and what trusting it would do here."""
    keys = verified_signer(path)
    site = Site.get_or_none(Site.uuid == keys.site_id)
    return Sender(keys, site.name if site else "", _state(keys))


def _state(keys: PublicKeys) -> str:
    row = SiteKey.get_or_none(SiteKey.site_uuid == keys.site_id)
    if row is None:
        return "new"
    if row.key_id == keys.key_id:
        return "same" if row.revoked_at is None else "revoked"
    if row.revoked_at is not None or row.confirmed_at is None:
        return "replaces"
    return "contradicts"


def check(found: Sender) -> None:
    """Refuse before asking anyone: a key contradicting one the operators confirmed."""
    who = found.name or found.keys.site_id
    if found.state == "revoked":
        raise Conflict(f"{who}的这把密钥已被撤销，不能再信任。请让该站点按重建流程用新的登记文件生成新密钥。")
    if found.state == "contradicts":
        raise Conflict(f"本站已核对过{who}的另一把密钥，这个数据包的密钥与它不符，不能信任。"
                       f"如果该站点的电脑确已重建，请先撤销旧密钥（keys --revoke {found.keys.site_id}，"
                       "或由区级重新生成登记文件），再核对并信任新密钥。")


def trust(path: Path | str) -> Sender:
    """The operators compared the verified fingerprint: trust the signer's keys (admin)."""
    require("admin")
    found = sender(path)
    check(found)
    identity.register(found.keys, replace=found.state == "replaces")
    identity.confirm(found.keys.site_id)
    return found
