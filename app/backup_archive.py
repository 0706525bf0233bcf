"""The compressed form of a local backup (issue 19: the documented depth within 3× the database).

A backup is `<name>.sqlite3.gz`: a standard gzip stream (RFC 1952; gunzip or 7-Zip opens it)
of the SQLite file the online backup API wrote, with one extra header field (subfield `GD`)
holding JSON: the copy's size and SHA-256, its site and migrations (so a listing or a restore
can refuse another site's or a newer build's backup without unpacking it). docs/architecture.md.

Writing: the plain copy passed `quick_check` before it is packed; the packed part file is
fsynced, then read back whole — its SHA-256 must equal the copy's — and only then renamed.
Reading (restore, check): unpacked through a part file, the SHA-256 checked on the way.
"""

import hashlib
import json
import os
import struct
import time
import zlib
from pathlib import Path

from app.backup_folders import part_path
from db.backup import describe, online_backup

MAGIC = b"\x1f\x8b"
SUFFIX = ".gz"
LEVEL = 1  # zlib level: the ratio of level 6 within 10 %, 3× faster (docs/benchmarks.md)
CHUNK = 1 << 20
SLOT = 16384  # bytes reserved for the JSON, patched in once the SHA-256 is known


class Damaged(Exception):
    """The packed file is not whole (cut short, a flipped byte, not a GridDesk backup)."""


def is_packed(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == MAGIC


def pack(plain: Path, part: Path, info: dict) -> dict:
    """Write `plain` packed into `part`, fsynced; returns the header written (size, sha256)."""
    digest, crc, size = hashlib.sha256(), 0, 0
    squeeze = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    with open(plain, "rb") as src, open(part, "wb") as dst:
        dst.write(_header(b" " * SLOT))
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
            dst.write(squeeze.compress(chunk))
        dst.write(squeeze.flush() + struct.pack("<II", crc, size & 0xFFFFFFFF))
        header = {**info, "format": 1, "size": size, "sha256": digest.hexdigest()}
        field = json.dumps(header, ensure_ascii=False).encode()
        if len(field) > SLOT:
            raise ValueError("backup header too long")
        dst.seek(0)
        dst.write(_header(field.ljust(SLOT)))
        dst.flush()
        os.fsync(dst.fileno())
    return header


def _header(field: bytes) -> bytes:
    extra = b"GD" + struct.pack("<H", len(field)) + field
    return MAGIC + bytes([8, 4]) + struct.pack("<I", int(time.time())) + b"\x00\xff" + \
        struct.pack("<H", len(extra)) + extra


def header(path: Path) -> dict:
    """The JSON of a packed backup's header; Damaged if it has none."""
    with open(path, "rb") as f:
        start = f.read(12)
        if len(start) < 12 or start[:4] != MAGIC + bytes([8, 4]):
            raise Damaged("no GridDesk header")
        extra = f.read(struct.unpack("<H", start[10:12])[0])
    if extra[:2] != b"GD":
        raise Damaged("no GridDesk header")
    try:
        return json.loads(extra[4:4 + struct.unpack("<H", extra[2:4])[0]])
    except (ValueError, struct.error) as exc:
        raise Damaged("unreadable header") from exc


def unpack(path: Path, out=None, cancelled=None) -> dict:
    """Stream the content out (into the open file `out`, or nowhere: a verify); Damaged unless
    the stream is whole and its SHA-256 and size are the header's."""
    expected, digest, size = header(path), hashlib.sha256(), 0
    widen = zlib.decompressobj(31)  # gzip: zlib checks the header, the CRC-32 and the length
    try:
        with open(path, "rb") as src:
            while (chunk := src.read(CHUNK)) and not widen.eof:
                data = widen.decompress(chunk)
                digest.update(data)
                size += len(data)
                if out is not None:
                    out.write(data)
                if cancelled is not None and cancelled():
                    raise Damaged("interrupted")
    except zlib.error as exc:
        raise Damaged(str(exc)) from exc
    if not widen.eof or size != expected.get("size") or digest.hexdigest() != expected.get("sha256"):
        raise Damaged("the content does not match its recorded SHA-256")
    return expected


def verify(path: Path, cancelled=None) -> str:
    """'ok' or why not (like db.connection.quick_check for a plain file)."""
    try:
        unpack(path, cancelled=cancelled)
    except (Damaged, OSError) as exc:
        return str(exc)
    return "ok"


def unpack_to(path: Path, dest: Path) -> dict:
    """Unpack into `dest` (a part file), fsynced; removed again when anything fails."""
    try:
        with open(dest, "wb") as out:
            found = unpack(path, out)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return found


def write(db, dest: Path) -> dict:
    """Back up the open database packed to `dest`: a checked plain copy (a part file), then sealed."""
    plain = part_path(dest.with_name(dest.name.removesuffix(SUFFIX)))
    try:
        online_backup(db, plain, part_path(plain))
        return seal(plain, dest, describe(plain))
    finally:
        plain.unlink(missing_ok=True)


def seal(plain: Path, dest: Path, info: dict) -> dict:
    """Pack a checked plain copy into a part file, fsynced, read back and checked, renamed to
    `dest`; the plain copy is removed. Nothing half-written stays."""
    part = part_path(dest)
    try:
        written = pack(plain, part, info)
        plain.unlink()
        verdict = verify(part)
        if verdict != "ok":
            raise OSError(f"backup failed its check after packing: {verdict}")
        part.replace(dest)
        _sync_folder(dest.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return written


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut (POSIX; Windows has no directory handles)."""
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
