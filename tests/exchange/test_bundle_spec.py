"""An independent reader written from docs/bundle-format.md alone (stdlib and
cryptography's primitives; no app.exchange code): if the document is wrong or
incomplete, this test fails."""

import base64
import gzip
import hashlib
import hmac
import json
import random

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tests.bundle_helpers import Keys, make_bundle, sample_parts

NAMES = ["payload.age", "header.json", "header.json.minisig"]


def read_container(data: bytes) -> dict:  # section 2
    out, offset = {}, 0
    for name in NAMES:
        block = data[offset:offset + 512]
        assert block[0:100].rstrip(b"\0") == name.encode() and block[156:157] == b"0"
        assert block[257:263] == b"ustar\0" and block[263:265] == b"00"
        check = block[:148] + b" " * 8 + block[156:]
        assert int(block[148:154], 8) == sum(check) and block[154:156] == b"\0 "
        size = int(block[124:135], 8)
        out[name] = data[offset + 512:offset + 512 + size]
        offset += 512 + (size + 511) // 512 * 512
    assert data[offset:] == bytes(1024)
    return out


def verify_minisig(sign_key: str, message: bytes, sig_file: bytes) -> str:  # section 4
    pk = base64.b64decode(sign_key)
    assert pk[:2] == b"Ed"
    lines = sig_file.split(b"\n")
    assert lines[0] == b"untrusted comment: signature from GridDesk" and lines[4] == b""
    raw = base64.b64decode(lines[1])
    assert raw[:2] == b"ED" and raw[2:10] == pk[2:10]
    key = Ed25519PublicKey.from_public_bytes(pk[10:])
    key.verify(raw[10:], hashlib.blake2b(message, digest_size=64).digest())
    trusted = lines[2].removeprefix(b"trusted comment: ")
    key.verify(base64.b64decode(lines[3]), raw[10:] + trusted)
    return trusted.decode()


def bech32_data(text: str) -> bytes:
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    values = [charset.index(c) for c in text.lower()[text.rfind("1") + 1:-6]]
    bits, acc, out = 0, 0, bytearray()
    for v in values:
        acc, bits = (acc << 5) | v, bits + 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    return bytes(out)


def hkdf(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(hashes.SHA256(), length, salt, info).derive(ikm)


def b64(text: bytes) -> bytes:
    return base64.b64decode(text + b"=" * (-len(text) % 4))


def age_decrypt(data: bytes, identity: str) -> bytes:  # section 5
    secret = X25519PrivateKey.from_private_bytes(bech32_data(identity))
    recipient = secret.public_key().public_bytes_raw()
    end = data.index(b"\n--- ")
    mac_end = data.index(b"\n", end + 1)
    lines = data[:end].split(b"\n")
    assert lines[0] == b"age-encryption.org/v1"
    file_key, i = None, 1
    while i < len(lines):
        args = lines[i][3:].split(b" ")
        body, i = b"", i + 1
        while True:
            body += lines[i]
            i += 1
            if len(lines[i - 1]) < 64:
                break
        if args[0] == b"X25519" and file_key is None:
            share = b64(args[1])
            shared = secret.exchange(X25519PublicKey.from_public_bytes(share))
            wrap = hkdf(shared, share + recipient, b"age-encryption.org/v1/X25519")
            file_key = ChaCha20Poly1305(wrap).decrypt(bytes(12), b64(body), None)
    mac = hmac.new(hkdf(file_key, b"", b"header"), data[:end + 4], "sha256").digest()
    assert mac == b64(data[end + 5:mac_end])
    nonce, rest = data[mac_end + 1:mac_end + 17], data[mac_end + 17:]
    key, out = ChaCha20Poly1305(hkdf(file_key, nonce, b"payload")), []
    chunks = [rest[k:k + 65552] for k in range(0, len(rest), 65552)]
    for n, chunk in enumerate(chunks):
        last = b"\x01" if n == len(chunks) - 1 else b"\x00"
        out.append(key.decrypt(n.to_bytes(11, "big") + last, chunk, None))
    return b"".join(out)


def test_a_reader_written_from_the_document(tmp_path):
    rng = random.Random(7)
    rows = [{"i": i, "noise": f"{rng.getrandbits(1024):0256x}"} for i in range(2500)]
    parts = [*sample_parts(), ("noise", rows)]  # > 64 KiB compressed: several age chunks
    receipt = make_bundle(tmp_path, parts=parts)
    members = read_container(receipt.path.read_bytes())
    head = json.loads(members["header.json"])
    public = Keys.site.public()
    assert head["signer"]["sign_key"] == public.sign_key and head["signer"]["key_id"] == public.key_id
    key_id = base64.b64decode(public.sign_key)[2:10]
    assert key_id[::-1].hex().upper() == public.key_id
    assert verify_minisig(public.sign_key, members["header.json"], members["header.json.minisig"]) == \
        f"GridDesk bundle {head['bundle_id']}"
    assert hashlib.sha256(members["payload.age"]).hexdigest() == head["payload_sha256"]
    assert len(members["payload.age"]) == head["payload_size"] > 3 * 65552
    text = gzip.decompress(age_decrypt(members["payload.age"], str(Keys.district.identity)))
    lines = text.split(b"\n")
    assert lines.pop() == b"" and json.loads(lines[0]) == ["GridDesk payload", 1]
    got, current, manifest = {}, None, None
    for line in lines[1:]:
        if line[:1] == b"{":
            got[current].append(line + b"\n")
            continue
        item = json.loads(line)
        if item[0] == "part":
            current = item[1]
            got[current] = []
        elif item[0] == "end":
            data = b"".join(got[current])
            assert item == ["end", current, len(got[current]), len(data), hashlib.sha256(data).hexdigest()]
        else:
            manifest = item
    assert [p["name"] for p in manifest[1]] == [name for name, _rows in parts]
    assert {k: [json.loads(r) for r in v] for k, v in got.items()} == {k: list(v) for k, v in parts}


def test_fingerprint_as_documented():
    public = Keys.site.public()
    d = hashlib.sha256(f"griddesk-fingerprint-v1\n{public.sign_key}\n{public.age_recipient}\n".encode()).digest()
    groups = [f"{int.from_bytes(d[5 * i:5 * i + 5], 'big') % 100000:05d}" for i in range(6)]
    assert public.fingerprint() == " ".join([public.key_id, *groups])
    assert bech32_data(public.age_recipient) == X25519PrivateKey.from_private_bytes(
        bech32_data(str(Keys.site.identity))).public_key().public_bytes_raw()
