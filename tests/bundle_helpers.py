"""Shared pieces for the bundle tests: keys, a standard bundle, and a forger that
rebuilds a bundle from altered members (re-signed with any key), so each later
check stage can be reached on purpose."""

import gzip
import hashlib
import json
import shutil
from pathlib import Path

import pyrage
import pytest

from app.exchange import SiteKeys, open_bundle, write_bundle
from app.exchange import container as ct
from app.exchange.header import FORMAT_VERSION

SITE, DISTRICT, OTHER = "site-a", "district", "site-b"
SCHEMA = 5
FIELDS = dict(kind="up", from_site=SITE, to_site=DISTRICT, seq=7, since="0000000000010000",
              until="0000000000020000", schema_version=SCHEMA, app_version="0.1.0")


class Keys:
    """One set of keys per test session (generation is cheap, but reuse keeps fixtures simple)."""

    site = SiteKeys.generate(SITE)
    district = SiteKeys.generate(DISTRICT)
    other = SiteKeys.generate(OTHER)

    @classmethod
    def trusted(cls, *keys):
        return {k.public().key_id: k.public() for k in (keys or (cls.site, cls.other))}


def sample_parts(n: int = 50):
    return [
        ("residents", [{"uuid": f"r{i}", "name": "张三丰", "phone": "13912345678", "i": i,
                        "tags": ["独居老人"], "deleted": False, "note": None} for i in range(n)]),
        ("empty", []),
        ("requests", [{"uuid": f"q{i}", "content": "楼道漏水\n需要维修", "amount_fen": 12345} for i in range(3)]),
    ]


def make_bundle(folder: Path, parts=None, fields=None, signer=None, recipients=None, **kw):
    folder.mkdir(parents=True, exist_ok=True)
    return write_bundle(folder, {**FIELDS, **(fields or {})}, sample_parts() if parts is None else parts,
                        recipients or [Keys.district.public()], signer or Keys.site, **kw)


def open_as_district(path, trusted=None, site=DISTRICT, identity=None, max_schema=SCHEMA, **kw):
    return open_bundle(path, Keys.trusted() if trusted is None else trusted, site,
                       identity or Keys.district, max_schema, **kw)


def read_all(path, **kw):
    with open_as_district(path, **kw) as bundle:
        return bundle.header, {name: (count, list(rows)) for name, count, rows in bundle.iter_parts()}


def members(path) -> dict[str, bytes]:
    with open(path, "rb") as f:
        index = ct.read_index(f)
        return {name: ct.read_member(f, m) for name, m in index.items()}


def forge(path: Path, out: Path, *, payload: bytes | None = None, header_edit=None, signer=None,
          raw_header: bytes | None = None) -> Path:
    """Rebuild `path` into `out` with a replaced payload and/or edited header,
    the header hash/size updated and signed again by `signer` (default: the site)."""
    m = members(path)
    values = json.loads(m[ct.HEADER])
    if payload is not None:
        values.update(payload_sha256=hashlib.sha256(payload).hexdigest(), payload_size=len(payload))
    else:
        payload = m[ct.PAYLOAD]
    if header_edit:
        header_edit(values)
    head = raw_header or (json.dumps(values, sort_keys=True, indent=2) + "\n").encode()
    sig = (signer or Keys.site).sign(head, f"GridDesk bundle {values.get('bundle_id')}")
    write_container(out, [(ct.PAYLOAD, payload), (ct.HEADER, head), (ct.SIGNATURE, sig)])
    return out


def write_container(out: Path, items, tail: bytes = bytes(1024)) -> Path:
    with open(out, "wb") as f:
        for name, data in items:
            f.write(ct.member_header(name, len(data), 0))
            f.write(data + bytes(ct.padded(len(data)) - len(data)))
        f.write(tail)
    return out


def plaintext(lines: list, *, raw: bytes | None = None) -> bytes:
    """An age payload (to the district) whose plaintext is the given lines."""
    body = raw if raw is not None else b"".join(
        (line if isinstance(line, bytes) else json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode())
        + b"\n" for line in lines)
    return pyrage.encrypt(gzip.compress(body), [Keys.district.public().recipient])


def part_lines(name: str, rows: list[dict]) -> list:
    encoded = [json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() for r in rows]
    data = b"".join(line + b"\n" for line in encoded)
    info = {"name": name, "rows": len(rows), "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return [["part", name], *encoded, ["end", name, info["rows"], info["size"], info["sha256"]]], info


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"the command-line tool {name!r} is missing: run ./test.sh (it installs the Debian "
                    f"packages age and minisign) or `apt-get install -y age minisign`")
    return path


FORMAT = FORMAT_VERSION
