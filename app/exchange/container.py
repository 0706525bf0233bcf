"""The outer file: a strict subset of a POSIX ustar archive with exactly three
regular files, in this order: payload.age, header.json, header.json.minisig,
then two zero blocks and the end of the file. `tar -xf` (GNU tar, bsdtar,
Windows' tar.exe) extracts it; this module reads nothing else.
Layout and checks: docs/bundle-format.md, "The container".
"""

import io
import os
from dataclasses import dataclass

from app.exchange.errors import CORRUPT, BundleError

BLOCK = 512
PAYLOAD, HEADER, SIGNATURE = "payload.age", "header.json", "header.json.minisig"
MEMBERS = (PAYLOAD, HEADER, SIGNATURE)
MAX_SIZE = {PAYLOAD: 4 * 1024 ** 3, HEADER: 16 * 1024, SIGNATURE: 2048}
_MAGIC = b"ustar\x0000"


@dataclass(frozen=True)
class Member:
    name: str
    offset: int  # of the data, in the file
    size: int


def padded(size: int) -> int:
    return -(-size // BLOCK) * BLOCK


def member_header(name: str, size: int, mtime: int) -> bytes:
    """One 512-byte ustar header for a regular file."""
    block = bytearray(BLOCK)
    block[0:100] = name.encode("ascii").ljust(100, b"\0")
    block[100:108] = b"0000644\0"
    block[108:116] = b"0000000\0"
    block[116:124] = b"0000000\0"
    block[124:136] = b"%011o\0" % size
    block[136:148] = b"%011o\0" % max(0, min(mtime, 0o77777777777))
    block[148:156] = b" " * 8
    block[156:157] = b"0"
    block[257:265] = _MAGIC
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


class ContainerWriter:
    """Writes the members in order; the payload is streamed and its header filled in afterwards."""

    def __init__(self, fileobj, mtime: int):
        self.f, self.mtime = fileobj, mtime
        self._start = None

    def begin_stream(self) -> None:
        self._start = self.f.tell()
        self.f.write(bytes(BLOCK))  # placeholder, see end_stream

    def end_stream(self, name: str, size: int) -> None:
        if size > MAX_SIZE[name]:
            raise ValueError(f"{name} is larger than the format allows")
        self.f.write(bytes(padded(size) - size))
        end = self.f.tell()
        self.f.seek(self._start)
        self.f.write(member_header(name, size, self.mtime))
        self.f.seek(end)

    def add(self, name: str, data: bytes) -> None:
        self.f.write(member_header(name, len(data), self.mtime))
        self.f.write(data + bytes(padded(len(data)) - len(data)))

    def finish(self) -> None:
        self.f.write(bytes(2 * BLOCK))


def read_index(f) -> dict[str, Member]:
    """Check the whole layout of an open bundle file; return its members."""
    file_size = os.fstat(f.fileno()).st_size
    members, offset = {}, 0
    for name in MEMBERS:
        size = _parse_header(_read_at(f, offset, BLOCK, file_size), name)
        if size > MAX_SIZE[name]:
            raise BundleError(CORRUPT, f"{name}: declared size {size} exceeds the limit {MAX_SIZE[name]}")
        if offset + BLOCK + padded(size) > file_size:
            raise BundleError(CORRUPT, f"{name}: truncated (declares {size} bytes past the end of the file)")
        members[name] = Member(name, offset + BLOCK, size)
        tail = padded(size) - size
        if tail and _read_at(f, offset + BLOCK + size, tail, file_size).count(0) != tail:
            raise BundleError(CORRUPT, f"{name}: padding is not zero")
        offset += BLOCK + padded(size)
    end = _read_at(f, offset, min(2 * BLOCK, file_size - offset), file_size)
    if end[257:265] == _MAGIC:
        raise BundleError(CORRUPT, f"unexpected extra member {end[:100].rstrip(bytes(1))[:100]!r}")
    if file_size != offset + 2 * BLOCK or end.count(0) != 2 * BLOCK:
        raise BundleError(CORRUPT, "the archive does not end with exactly two zero blocks")
    return members


def read_member(f, member: Member) -> bytes:
    f.seek(member.offset)
    data = f.read(member.size)
    if len(data) != member.size:
        raise BundleError(CORRUPT, f"{member.name}: truncated")
    return data


def _parse_header(block: bytes, expected: str) -> int:
    if block.count(0) == BLOCK:
        raise BundleError(CORRUPT, f"archive ends before {expected}")
    if block[257:265] != _MAGIC:
        raise BundleError(CORRUPT, "not a GridDesk bundle (no ustar header)")
    check = bytearray(block)
    check[148:156] = b" " * 8
    if block[154:156] != b"\0 " or _octal(block[148:154], "checksum") != sum(check):
        raise BundleError(CORRUPT, "tar header checksum mismatch")
    name = block[0:100].rstrip(b"\0")
    if b"\0" in name or name.decode("latin-1") != expected or block[345:500].count(0) != 155:
        raise BundleError(CORRUPT, f"unexpected member {name[:100]!r} (expected {expected!r})")
    if block[156:157] != b"0" or block[157:257].count(0) != 100:
        raise BundleError(CORRUPT, f"{expected}: not a regular file")
    if block[135] != 0:
        raise BundleError(CORRUPT, f"{expected}: bad size field")
    return _octal(block[124:135], "size")


def _octal(field: bytes, what: str) -> int:
    if not field or field.strip(b"01234567"):
        raise BundleError(CORRUPT, f"tar header: bad {what} field")
    return int(field, 8)


def _read_at(f, offset: int, size: int, file_size: int) -> bytes:
    if offset + size > file_size:
        raise BundleError(CORRUPT, f"truncated at byte {file_size}")
    f.seek(offset, io.SEEK_SET)
    return f.read(size)
