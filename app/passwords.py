"""Password hashing with scrypt (memory-hard, in the standard library).

Stored form: scrypt$<log2 n>$<r>$<p>$<salt b64>$<hash b64>. Parameters are kept
with the hash so they can be raised later without breaking old accounts.
"""

import base64
import binascii
import hashlib
import hmac
import os

LOG2_N, R, P = 14, 8, 1  # 16 MiB of memory per hash, ~50 ms on an office PC
MIN_LENGTH = 6


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _scrypt(password, salt, LOG2_N, R, P)
    return "$".join(["scrypt", str(LOG2_N), str(R), str(P), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, log2_n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    try:
        got = _scrypt(password, base64.b64decode(salt), int(log2_n), int(r), int(p))
        return hmac.compare_digest(got, base64.b64decode(digest))
    except (ValueError, binascii.Error):  # a damaged stored hash never signs anyone in
        return False


def _scrypt(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    n = 1 << log2_n
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=32)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
