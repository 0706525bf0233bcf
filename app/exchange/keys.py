"""A site's key material for bundles, generated once and kept by the caller.

Each site holds
- an Ed25519 signing key in minisign form (8-byte key id, algorithm "Ed"):
  it signs the header of every bundle the site writes;
- an age X25519 identity ("AGE-SECRET-KEY-1..."): bundles for this site are
  encrypted to its recipient ("age1...").

`SiteKeys` (secret; this PC only) and `PublicKeys` (what other sites trust)
serialise to JSON for the caller to store, e.g. in the meta table. Protecting
the secret at rest is the caller's choice. Fingerprints are for two people to
compare on two screens (or read aloud) before a site's keys are trusted.
"""

import base64
import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from app.exchange import minisig

KEYS_FORMAT = 1
_KEY_ID_HEX = re.compile(r"^[0-9A-F]{16}$")
_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class PublicKeys:
    """What a site publishes and others trust: looked up by `key_id` when verifying."""

    site_id: str
    sign_key: str  # minisign public key, base64 "RW..."
    age_recipient: str  # "age1..."
    revoked: bool = False

    def __post_init__(self):
        minisig.decode_public_key(self.sign_key)
        x25519.Recipient.from_str(self.age_recipient)

    @property
    def key_id(self) -> str:
        """The minisign key id as minisign prints it (16 upper-case hex digits)."""
        return minisig.key_id_hex(minisig.decode_public_key(self.sign_key)[0])

    @property
    def recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)

    def fingerprint(self) -> str:
        """Key id, then six groups of five digits from the SHA-256 of both public keys."""
        digest = hashlib.sha256(
            f"griddesk-fingerprint-v1\n{self.sign_key}\n{self.age_recipient}\n".encode("ascii")).digest()
        groups = [f"{int.from_bytes(digest[i:i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5)]
        return f"{self.key_id} {' '.join(groups)}"

    def minisign_public_key_file(self) -> str:
        key_id, public = minisig.decode_public_key(self.sign_key)
        return minisig.public_key_file(key_id, public)

    def revoke(self) -> "PublicKeys":
        return replace(self, revoked=True)

    def to_json(self) -> str:
        return json.dumps({"format": KEYS_FORMAT, "site_id": self.site_id, "sign_key": self.sign_key,
                           "age_recipient": self.age_recipient, "revoked": self.revoked}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "PublicKeys":
        data = _load(text)
        return cls(site_id=data["site_id"], sign_key=data["sign_key"], age_recipient=data["age_recipient"],
                   revoked=bool(data.get("revoked", False)))


class SiteKeys:
    """This site's secret keys. Never written to a bundle; `public()` is."""

    def __init__(self, site_id: str, key_id: bytes, sign_seed: bytes, age_identity: str, created_at: str):
        if len(key_id) != minisig.KEY_ID_LEN or len(sign_seed) != 32:
            raise ValueError("bad key id or signing seed length")
        self.site_id = site_id
        self.key_id = key_id
        self.created_at = created_at
        self._seed = sign_seed
        self.signing_key = Ed25519PrivateKey.from_private_bytes(sign_seed)
        self.identity = x25519.Identity.from_str(age_identity)

    @classmethod
    def generate(cls, site_id: str) -> "SiteKeys":
        seed = Ed25519PrivateKey.generate().private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                                         serialization.NoEncryption())
        created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return cls(site_id, os.urandom(minisig.KEY_ID_LEN), seed, str(x25519.Identity.generate()), created)

    def public(self) -> PublicKeys:
        raw = self.signing_key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
        return PublicKeys(site_id=self.site_id, sign_key=minisig.encode_public_key(self.key_id, raw),
                          age_recipient=str(self.identity.to_public()))

    def age_identity_file(self) -> str:
        """The identity as a file `age -d -i FILE` reads."""
        return f"# GridDesk site {self.site_id}\n{self.identity}\n"

    def sign(self, message: bytes, trusted_comment: str) -> bytes:
        return minisig.sign(self.signing_key, self.key_id, message, trusted_comment)

    def to_json(self) -> str:
        """Contains the SECRET keys: store it only on this PC."""
        return json.dumps({"format": KEYS_FORMAT, "site_id": self.site_id, "key_id": self.key_id.hex(),
                           "sign_seed": base64.b64encode(self._seed).decode("ascii"),
                           "age_identity": str(self.identity), "created_at": self.created_at}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "SiteKeys":
        data = _load(text)
        return cls(data["site_id"], bytes.fromhex(data["key_id"]), base64.b64decode(data["sign_seed"]),
                   data["age_identity"], data["created_at"])

    def __repr__(self) -> str:  # never the secrets
        return f"SiteKeys(site_id={self.site_id!r}, key_id={minisig.key_id_hex(self.key_id)})"


def _load(text: str) -> dict:
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != KEYS_FORMAT:
        raise ValueError("not GridDesk key material of a known format")
    return data
