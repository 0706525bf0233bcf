"""The plaintext header (header.json): what a bundle is, never what it holds.

Fields, types and limits: docs/bundle-format.md, "header.json". The header is
written once as canonical JSON (sorted keys, two-space indent, ASCII, final
newline) and signed as those exact bytes; readers never re-encode it.
"""

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, fields

from app.exchange import minisig
from app.exchange.errors import CORRUPT, HEADER, BundleError
from app.exchange.payload import unique_keys

FORMAT_VERSION = 1
KINDS = ("up", "down", "recovery", "enrolment", "ack")
MAX_HEADER = 16 * 1024
_SITE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_STAMP = re.compile(r"^[0-9a-f]{16}$")
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_AGE = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_MAX_INT = 2 ** 53 - 1

# The fields a writer's caller supplies; the rest are filled in by write_bundle.
CALLER_FIELDS = ("kind", "from_site", "to_site", "seq", "since", "until", "schema_version", "app_version")
OPTIONAL_FIELDS = ("bundle_id", "created_at")


@dataclass(frozen=True)
class Header:
    format_version: int
    bundle_id: str
    kind: str
    from_site: str
    to_site: str
    seq: int
    since: str | None  # change range: HLC stamps (db/hlc.py) or null; meaning is the sync layer's
    until: str | None
    created_at: str  # UTC, YYYY-MM-DDTHH:MM:SSZ
    schema_version: int
    app_version: str
    payload_sha256: str  # of payload.age, the encrypted member
    payload_size: int
    signer: dict  # {"key_id", "sign_key", "age_recipient"}: the writer's public keys

    def to_bytes(self) -> bytes:
        return (json.dumps(asdict(self), sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.strptime(self.created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)

    def trusted_comment(self) -> str:
        return trusted_comment(self.bundle_id)


def trusted_comment(bundle_id: str) -> str:
    return f"GridDesk bundle {bundle_id}"


NAMES = tuple(f.name for f in fields(Header))


def loads(data: bytes) -> dict:
    """header.json as a JSON object (checked only for shape: it is not trusted yet)."""
    if len(data) > MAX_HEADER:
        raise BundleError(CORRUPT, "header.json too large")
    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=unique_keys)
    except (UnicodeDecodeError, ValueError):
        raise BundleError(CORRUPT, "header.json is not JSON") from None
    if not isinstance(value, dict):
        raise BundleError(CORRUPT, "header.json is not a JSON object")
    return value


def build(values: dict) -> Header:
    """A complete, checked Header (raises E_CORRUPT naming the first bad field)."""
    return _check(values, CORRUPT)


def check_caller_fields(values: dict) -> None:
    unknown = set(values) - set(CALLER_FIELDS) - set(OPTIONAL_FIELDS)
    missing = set(CALLER_FIELDS) - set(values)
    if unknown or missing:
        raise BundleError(HEADER, f"header fields: unknown {sorted(unknown)}, missing {sorted(missing)}")


def _check(v: dict, code: str) -> Header:
    if set(v) != set(NAMES):
        raise BundleError(code, f"header fields differ: extra {sorted(set(v) - set(NAMES))}, "
                                f"missing {sorted(set(NAMES) - set(v))}")
    rules = {
        "format_version": lambda x: _int(x) and x >= 1, "bundle_id": _re(_UUID), "kind": lambda x: x in KINDS,
        "from_site": _re(_SITE), "to_site": _re(_SITE), "seq": _int, "since": _stamp_or_none,
        "until": _stamp_or_none, "created_at": _time, "schema_version": _int, "app_version": _re(_VERSION),
        "payload_sha256": _re(_SHA256), "payload_size": _int, "signer": _signer,
    }
    for name, ok in rules.items():
        if not ok(v[name]):
            raise BundleError(code, f"header field {name} is invalid")
    if v["since"] is not None and v["until"] is not None and v["since"] > v["until"]:
        raise BundleError(code, "header field since is after until")
    return Header(**v)


def _int(x) -> bool:
    return type(x) is int and 0 <= x <= _MAX_INT


def _re(pattern):
    return lambda x: isinstance(x, str) and pattern.fullmatch(x) is not None


def _stamp_or_none(x) -> bool:
    return x is None or (isinstance(x, str) and _STAMP.fullmatch(x) is not None)


def _time(x) -> bool:
    if not (isinstance(x, str) and _TIME.fullmatch(x)):
        return False
    try:
        dt.datetime.strptime(x, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def _signer(x) -> bool:
    if not isinstance(x, dict) or set(x) != {"key_id", "sign_key", "age_recipient"}:
        return False
    if not (isinstance(x["sign_key"], str) and isinstance(x["age_recipient"], str)) or not _AGE.fullmatch(
            x["age_recipient"]):
        return False
    try:
        key_id, _public = minisig.decode_public_key(x["sign_key"])
    except minisig.MinisignError:
        return False
    return x["key_id"] == minisig.key_id_hex(key_id)


def check_for_writing(values: dict) -> Header:
    return _check(values, HEADER)
