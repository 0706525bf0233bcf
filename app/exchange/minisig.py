"""The minisign formats (https://jedisct1.github.io/minisign/), over
cryptography's Ed25519: a public key string and a detached signature file that
`minisign -V -P KEY -m FILE -x FILE.minisig` verifies.

Only what GridDesk needs: prehashed signatures ("ED": Ed25519 over the
BLAKE2b-512 of the file), a one-line trusted comment, strict parsing.
"""

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PK_ALG = b"Ed"
SIG_ALG = b"ED"  # prehashed: the signed message is BLAKE2b-512(file)
KEY_ID_LEN = 8
MAX_SIG_FILE = 2048
UNTRUSTED_PREFIX = b"untrusted comment: "
UNTRUSTED_COMMENT = "signature from GridDesk"  # the only one accepted: every byte of the file is checked
TRUSTED_PREFIX = b"trusted comment: "


class MinisignError(ValueError):
    """Malformed key or signature, or a signature that does not verify."""


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it: the 8 bytes as a little-endian number in upper-case hex."""
    return key_id[::-1].hex().upper()


def encode_public_key(key_id: bytes, public: bytes) -> str:
    return base64.b64encode(PK_ALG + key_id + public).decode("ascii")


def decode_public_key(text: str) -> tuple[bytes, bytes]:
    """(key id, 32-byte Ed25519 public key) from a minisign public key string."""
    raw = _b64(text.encode("ascii", "replace"), 42, "public key")
    if raw[:2] != PK_ALG:
        raise MinisignError("public key: not an Ed25519 minisign key")
    return raw[2:10], raw[10:]


def public_key_file(key_id: bytes, public: bytes) -> str:
    """A minisign.pub file (for `minisign -V -p FILE`)."""
    return f"untrusted comment: minisign public key {key_id_hex(key_id)}\n{encode_public_key(key_id, public)}\n"


def sign(secret: Ed25519PrivateKey, key_id: bytes, message: bytes, trusted_comment: str,
         untrusted_comment: str = UNTRUSTED_COMMENT) -> bytes:
    """The whole .minisig file for `message`."""
    _check_comment(trusted_comment)
    _check_comment(untrusted_comment)
    signature = secret.sign(hashlib.blake2b(message, digest_size=64).digest())
    trusted = trusted_comment.encode("utf-8")
    global_signature = secret.sign(signature + trusted)
    return b"".join([
        UNTRUSTED_PREFIX, untrusted_comment.encode("utf-8"), b"\n",
        base64.b64encode(SIG_ALG + key_id + signature), b"\n",
        TRUSTED_PREFIX, trusted, b"\n",
        base64.b64encode(global_signature), b"\n",
    ])


def signer_key_id(sig_file: bytes) -> bytes:
    """The key id a .minisig file names (before trusting anything in it)."""
    return _parse(sig_file)[1]


def verify(public: bytes, key_id: bytes, message: bytes, sig_file: bytes) -> str:
    """Check both signatures of a .minisig file; return its trusted comment."""
    _untrusted, sig_key_id, signature, trusted, global_signature = _parse(sig_file)
    if sig_key_id != key_id:
        raise MinisignError("signature made with another key")
    key = Ed25519PublicKey.from_public_bytes(public)
    try:
        key.verify(signature, hashlib.blake2b(message, digest_size=64).digest())
        key.verify(global_signature, signature + trusted)
    except InvalidSignature:
        raise MinisignError("signature does not verify") from None
    return trusted.decode("utf-8")


def _parse(sig_file: bytes) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    if len(sig_file) > MAX_SIG_FILE or not sig_file.endswith(b"\n"):
        raise MinisignError("signature file: bad size or no final newline")
    lines = sig_file[:-1].split(b"\n")
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED_PREFIX) or not lines[2].startswith(TRUSTED_PREFIX):
        raise MinisignError("signature file: not the four minisign lines")
    if lines[0] != UNTRUSTED_PREFIX + UNTRUSTED_COMMENT.encode("ascii"):
        raise MinisignError("signature file: unexpected untrusted comment")
    raw = _b64(lines[1], 74, "signature")
    if raw[:2] != SIG_ALG:
        raise MinisignError("signature: not a prehashed (ED) Ed25519 signature")
    trusted = lines[2][len(TRUSTED_PREFIX):]
    try:
        trusted.decode("utf-8")
    except UnicodeDecodeError:
        raise MinisignError("signature file: trusted comment is not UTF-8") from None
    return lines[0], raw[2:10], raw[10:], trusted, _b64(lines[3], 64, "global signature")


def _b64(data: bytes, length: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError(f"{what}: not base64") from None
    if len(raw) != length or base64.b64encode(raw) != data:
        raise MinisignError(f"{what}: wrong length")
    return raw


def _check_comment(text: str) -> None:
    if "\n" in text or "\r" in text or len(text.encode("utf-8")) > 512:
        raise ValueError("a minisign comment is one line of at most 512 bytes")
