"""Writing and reading one bundle file (docs/bundle-format.md).

    receipt = write_bundle(folder, header_fields, parts, recipients, signer)
    with open_bundle(path, trusted, my_site_id, my_keys, max_schema) as bundle:
        for name, rows, records in bundle.iter_parts():
            ...

Reading checks in stages, each failure a BundleError with its code: container
(E_CORRUPT) -> signature of a known, unrevoked site (E_SIGNATURE) -> addressed
to this site (E_NOT_FOR_US) -> versions (E_TOO_NEW) -> payload hash, then a
full decrypting pass over every part (E_CORRUPT; E_NOT_FOR_US if encrypted to
another key). Only then are rows handed out; they are checked again as they
stream, so the caller applies them in one transaction and commits only when
`iter_parts()` has finished without an exception.
"""

import datetime as dt
import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pyrage
from pyrage import x25519

from app.exchange import agestream, container, header, minisig, payload
from app.exchange.errors import CORRUPT, HEADER, NOT_FOR_US, SIGNATURE, TOO_NEW, WRITE, BundleError
from app.exchange.header import FORMAT_VERSION, Header
from app.exchange.keys import PublicKeys, SiteKeys
from app.exchange.payload import PartInfo
from db.ids import new_uuid

logger = logging.getLogger(__name__)

SUFFIX, PART_SUFFIX = ".gdb", ".gdb.part"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_READ = 1024 * 1024

TrustedKeys = Mapping[str, PublicKeys] | Callable[[str], PublicKeys | None]


@dataclass(frozen=True)
class Receipt:
    path: Path
    size: int  # bytes of the whole file
    sha256: str  # of the whole file, as read back from the medium
    header: Header


class Part(NamedTuple):
    name: str
    rows: int
    records: Iterator[dict]


# ---------------------------------------------------------------- writing

def write_bundle(directory: Path | str, header_fields: Mapping, parts: Iterable[tuple[str, Iterable[dict]]],
                 recipients: Iterable, signer: SiteKeys, *, name: str | None = None, compression: int = 6,
                 progress: Callable[[int], None] | None = None) -> Receipt:
    """Write NAME.gdb.part, fsync, rename to NAME.gdb, read it back and check it.

    `header_fields`: kind, from_site (= signer.site_id), to_site, seq, since,
    until, schema_version, app_version, and optionally bundle_id, created_at.
    `parts`: (part name, iterable of JSON-able dict rows) pairs, streamed once.
    `recipients`: PublicKeys, "age1..." strings or pyrage recipients.
    `progress(rows_written)` may raise to cancel. On any failure nothing named
    *.gdb is left behind; OSError becomes BundleError(E_WRITE).
    """
    fields = _initial_fields(header_fields, signer)
    name = name if name is not None else f"griddesk-{fields['kind']}-{fields['seq']:06d}-{fields['bundle_id']}"
    if not _NAME.fullmatch(name):
        raise BundleError(HEADER, f"bad bundle file name {name!r}")
    folder = Path(directory)
    final, temp = folder / (name + SUFFIX), folder / (name + PART_SUFFIX)
    if final.exists():
        raise BundleError(WRITE, f"{final.name} already exists", hint="同名数据包已存在。")
    try:
        ages = [_recipient(r) for r in recipients]
    except (ValueError, pyrage.RecipientError) as exc:
        raise BundleError(HEADER, f"bad recipient: {exc}") from None
    if not ages:
        raise BundleError(HEADER, "no recipients")
    renamed = False
    try:
        head, signature, payload_sha = _write_temp(temp, fields, parts, ages, signer, compression, progress)
        os.rename(temp, final)
        renamed = True
        _sync_dir(folder)
    except BaseException as exc:
        _remove(final if renamed else temp)
        if isinstance(exc, OSError):
            raise BundleError(WRITE, f"writing {temp.name} failed: {exc}") from exc
        raise
    try:
        size, sha = _read_back(final, head.to_bytes(), signature, payload_sha, signer.public())
    except BaseException as exc:
        _remove(final)
        raise BundleError(WRITE, f"{final.name} did not read back correctly: {exc}",
                          hint="写入后读回校验失败，文件已删除。") from exc
    logger.info("bundle written: %s (%d bytes, %s)", final.name, size, head.kind)
    return Receipt(final, size, sha, head)


def _initial_fields(values: Mapping, signer: SiteKeys) -> dict:
    header.check_caller_fields(dict(values))
    fields = dict(values)
    if fields["from_site"] != signer.site_id:
        raise BundleError(HEADER, "from_site is not the signer's site")
    fields.setdefault("bundle_id", new_uuid())
    fields.setdefault("created_at", dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    public = signer.public()
    fields.update(format_version=FORMAT_VERSION, payload_sha256="0" * 64, payload_size=0,
                  signer={"key_id": public.key_id, "sign_key": public.sign_key,
                          "age_recipient": public.age_recipient})
    header.check_for_writing(fields)  # fail before writing anything
    return fields


def _write_temp(temp: Path, fields: dict, parts, ages, signer: SiteKeys, compression: int, progress):
    mtime = int(dt.datetime.strptime(fields["created_at"], "%Y-%m-%dT%H:%M:%SZ")
                .replace(tzinfo=dt.UTC).timestamp())
    _remove(temp)  # a leftover of an interrupted earlier attempt at this same bundle
    with open(temp, "xb") as f:
        out = container.ContainerWriter(f, mtime)
        out.begin_stream()
        sink = agestream.HashingWriter(f)
        agestream.encrypt(payload.PayloadSource(parts, compression, progress), sink, ages)
        out.end_stream(container.PAYLOAD, sink.size)
        head = header.check_for_writing({**fields, "payload_sha256": sink.digest.hexdigest(),
                                         "payload_size": sink.size})
        signature = signer.sign(head.to_bytes(), head.trusted_comment())
        out.add(container.HEADER, head.to_bytes())
        out.add(container.SIGNATURE, signature)
        out.finish()
        f.flush()
        os.fsync(f.fileno())
    return head, signature, head.payload_sha256


def _read_back(path: Path, head: bytes, signature: bytes, payload_sha: str, public: PublicKeys):
    with open(path, "rb") as f:
        if hasattr(os, "posix_fadvise"):  # drop the cached pages so the medium itself is read
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        members = container.read_index(f)
        if (container.read_member(f, members[container.HEADER]) != head
                or container.read_member(f, members[container.SIGNATURE]) != signature):
            raise BundleError(CORRUPT, "header or signature differ from what was written")
        key_id, raw = minisig.decode_public_key(public.sign_key)
        minisig.verify(raw, key_id, head, signature)
        f.seek(0)
        whole, part = hashlib.sha256(), hashlib.sha256()
        start, end, pos = members[container.PAYLOAD].offset, members[container.PAYLOAD].offset + \
            members[container.PAYLOAD].size, 0
        while data := f.read(_READ):
            whole.update(data)
            part.update(data[max(0, start - pos):max(0, end - pos)])
            pos += len(data)
    if part.hexdigest() != payload_sha:
        raise BundleError(CORRUPT, "payload.age differs from what was written")
    return pos, whole.hexdigest()


def _recipient(r):
    if isinstance(r, PublicKeys):
        return r.recipient
    if isinstance(r, str):
        return x25519.Recipient.from_str(r)
    return r


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        logger.warning("could not remove %s", path.name)


def _sync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class Peek:
    """What a bundle says about itself, NOT verified: for showing an unknown
    sender's fingerprint (enrolment) before anyone decides to trust it."""

    header: dict
    signer: PublicKeys | None


def peek_bundle(path: Path | str) -> Peek:
    try:
        with open(path, "rb") as f:
            members = container.read_index(f)
            values = header.loads(container.read_member(f, members[container.HEADER]))
    except OSError as exc:
        raise BundleError(CORRUPT, f"cannot read the bundle: {exc}", hint="无法读取这个文件。") from exc
    s = values.get("signer")
    try:
        signer = PublicKeys(str(values.get("from_site")), s["sign_key"], s["age_recipient"])
    except Exception:  # whatever it claims is malformed: show no fingerprint
        signer = None
    return Peek(values, signer)


def open_bundle(path: Path | str, trusted_keys: TrustedKeys, my_site_id: str, my_identity,
                max_schema: int, *, verify: bool = True,
                progress: Callable[[int, int], None] | None = None) -> "Bundle":
    """Check a bundle before anything in it is used (see the module docstring).

    `trusted_keys`: key id (PublicKeys.key_id) -> PublicKeys, a mapping or a
    function returning None for an unknown key; revoked keys have revoked=True.
    `my_identity`: this site's SiteKeys or a pyrage x25519 identity, or a list
    of them (e.g. the current and the previous keys while keys are replaced).
    `verify=True` decrypts the whole payload once and checks every part before
    returning; `progress(bytes_done, bytes_total)` reports that pass.
    """
    try:
        f = open(path, "rb")  # noqa: SIM115 - the Bundle owns and closes it
    except OSError as exc:
        raise BundleError(CORRUPT, f"cannot open the bundle: {exc}", hint="无法读取这个文件。") from exc
    try:
        bundle = Bundle(f, *_check_outside(f, trusted_keys, my_site_id, max_schema),
                        identities=_identities(my_identity))
        if verify:
            bundle.verify(progress)
        return bundle
    except OSError as exc:
        f.close()
        raise BundleError(CORRUPT, f"reading the bundle failed: {exc}") from exc
    except BaseException:
        f.close()
        raise


def _check_outside(f, trusted_keys: TrustedKeys, my_site_id: str, max_schema: int):
    members = container.read_index(f)
    head = container.read_member(f, members[container.HEADER])
    sig = container.read_member(f, members[container.SIGNATURE])
    signer, comment = _check_signature(head, sig, trusted_keys)
    values = header.loads(head)
    _check_signer_site(values, signer)
    if values.get("to_site") != my_site_id:
        raise BundleError(NOT_FOR_US, f"addressed to {values.get('to_site')!r}, not {my_site_id!r}")
    _check_versions(values, max_schema)
    parsed = header.build(values)
    if parsed.trusted_comment() != comment:
        raise BundleError(SIGNATURE, "the trusted comment does not name this bundle")
    member = members[container.PAYLOAD]
    if member.size != parsed.payload_size:
        raise BundleError(CORRUPT, "payload.age size differs from the signed header")
    reader = agestream.RegionReader(f, member.offset, member.size)
    reader.finish(parsed.payload_sha256)
    return parsed, signer, member


def _check_signature(head: bytes, sig: bytes, trusted_keys: TrustedKeys) -> tuple[PublicKeys, str]:
    try:
        key_id = minisig.key_id_hex(minisig.signer_key_id(sig))
    except minisig.MinisignError as exc:
        raise BundleError(SIGNATURE, f"header.json.minisig: {exc}") from None
    lookup = trusted_keys.get if isinstance(trusted_keys, Mapping) else trusted_keys
    known = lookup(key_id)
    if known is None:
        raise BundleError(SIGNATURE, f"unknown signing key {key_id}", hint="签名密钥未登记。")
    if known.revoked:
        raise BundleError(SIGNATURE, f"signing key {key_id} is revoked", hint="签名密钥已被吊销。")
    try:
        comment = minisig.verify(*_raw_key(known), head, sig)
    except minisig.MinisignError as exc:
        raise BundleError(SIGNATURE, f"header signature: {exc}", hint="签名校验失败，文件可能被篡改。") from None
    return known, comment


def _check_signer_site(values: dict, known: PublicKeys) -> None:
    key_id = known.key_id
    if values.get("from_site") != known.site_id:
        raise BundleError(SIGNATURE, f"key {key_id} belongs to another site than from_site")
    claimed = values.get("signer")
    if not isinstance(claimed, dict) or claimed.get("sign_key") != known.sign_key:
        raise BundleError(SIGNATURE, "the header names another signing key")


def _check_versions(values: dict, max_schema: int) -> None:
    fmt, schema = values.get("format_version"), values.get("schema_version")
    if type(fmt) is not int or type(schema) is not int:
        raise BundleError(CORRUPT, "header: format_version or schema_version missing")
    if fmt > FORMAT_VERSION:
        raise BundleError(TOO_NEW, f"format version {fmt} > {FORMAT_VERSION}")
    if schema > max_schema:
        raise BundleError(TOO_NEW, f"schema version {schema} > {max_schema}")


def _identities(value) -> list:
    items = value if isinstance(value, list | tuple) else [value]
    return [getattr(item, "identity", item) for item in items]


def _raw_key(keys: PublicKeys) -> tuple[bytes, bytes]:
    key_id, raw = minisig.decode_public_key(keys.sign_key)
    return raw, key_id


class Bundle:
    """An opened, checked bundle. Use as a context manager (it holds the file open)."""

    def __init__(self, f, head: Header, signer: PublicKeys, member: container.Member, *, identities: list):
        self._f, self.header, self.signer, self._member = f, head, signer, member
        self._identities = identities
        self.manifest: list[PartInfo] | None = None

    def __enter__(self) -> "Bundle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._f.close()

    def verify(self, progress: Callable[[int, int], None] | None = None) -> list[PartInfo]:
        """Decrypt the whole payload once, checking every part; sets `manifest`."""
        for kind, value in self._events(progress):
            if kind == "manifest":
                self.manifest = value
        return self.manifest

    def iter_parts(self) -> Iterator[Part]:
        """(part name, row count, iterator of dict rows) in file order. Each part
        is checked again as it streams: an exception may still come at its end."""
        if self.manifest is None:
            self.verify()
        events = self._events(None)
        expected = iter(self.manifest)
        for kind, value in events:
            if kind == "manifest":
                return
            info = next(expected, None)
            if info is None or info.name != value:
                raise BundleError(CORRUPT, "payload changed between the checking pass and reading")
            rows = _records(events, info)
            yield Part(value, info.rows, rows)
            for _ in rows:  # the caller may skip a part: it is still checked
                pass

    def _events(self, progress):
        reader = agestream.RegionReader(self._f, self._member.offset, self._member.size, progress)
        chunks = agestream.decrypt_chunks(reader, self._identities, self.header.payload_sha256)
        return payload.events(chunks)


def _records(events, info: PartInfo) -> Iterator[dict]:
    for kind, value in events:
        if kind == "end":
            if value != info:
                raise BundleError(CORRUPT, f"part {info.name!r} changed between the checking pass and reading")
            return
        yield payload.parse_row(value)
