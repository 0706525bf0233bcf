"""The plaintext inside payload.age: a gzip stream of newline-terminated lines.

    ["GridDesk payload",1]
    ["part","<name>"]
    {row}            one JSON object per line, any number
    ["end","<name>",<rows>,<size>,"<sha256>"]
    ... more parts ...
    ["manifest",[{"name":..,"rows":..,"size":..,"sha256":..}, ...]]

Rows start with "{", control lines with "[". A part's size and SHA-256 are of
its row lines exactly as stored (UTF-8, each with its "\\n"). The manifest is
last so a writer can stream; each part's "end" line lets a reader check the
part as soon as it ends. Byte-level rules: docs/bundle-format.md, "The payload".
"""

import hashlib
import io
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass

from app.exchange.errors import CORRUPT, BundleError

MAGIC = ["GridDesk payload", 1]
MAX_LINE = 1024 * 1024  # bytes, including the newline
MAX_PARTS = 1000
_PART_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_BATCH = 512  # rows hashed and compressed together
_OUT_CHUNK = 256 * 1024  # most bytes one decompress call returns
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _no_constants(name: str):
    raise ValueError(f"{name} is not JSON")


def unique_keys(pairs: list) -> dict:
    """object_pairs_hook: a JSON object that names a key twice is refused (the last one would win)."""
    value = dict(pairs)
    if len(value) != len(pairs):
        raise ValueError("a key appears twice in one object")
    return value


_DECODER = json.JSONDecoder(parse_constant=_no_constants, object_pairs_hook=unique_keys)


@dataclass(frozen=True)
class PartInfo:
    name: str
    rows: int
    size: int
    sha256: str


def _control(*items) -> bytes:
    return json.dumps(list(items), ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"


def encode_row(row: dict) -> bytes:
    if not isinstance(row, dict):
        raise TypeError(f"a bundle row must be a dict, not {type(row).__name__}")
    line = _ENCODER.encode(row).encode("utf-8") + b"\n"
    if len(line) > MAX_LINE:
        raise ValueError(f"a bundle row is longer than {MAX_LINE} bytes")
    return line


class PayloadSource(io.RawIOBase):
    """The compressed plaintext, produced on demand from the caller's parts as
    pyrage reads it (so writing streams). An exception from the parts is kept in
    `error` and raised again by the writer."""

    def __init__(self, parts: Iterable[tuple[str, Iterable[dict]]], level: int = 6,
                 progress: Callable[[int], None] | None = None):
        self._chunks = self._generate(parts, level, progress)
        self._buf = bytearray()
        self._done = False
        self.error: BaseException | None = None
        self.manifest: list[PartInfo] = []

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        try:
            while len(self._buf) < len(b) and not self._done:
                chunk = next(self._chunks, None)
                if chunk is None:
                    self._done = True
                else:
                    self._buf += chunk
        except BaseException as exc:
            self.error = exc
            raise
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        del self._buf[:n]
        return n

    def _generate(self, parts, level, progress) -> Iterator[bytes]:
        z = zlib.compressobj(level, zlib.DEFLATED, 31)
        yield z.compress(_control(*MAGIC))
        done = 0
        for name, rows in parts:
            self._check_part(name)
            yield z.compress(_control("part", name))
            digest, size, count = hashlib.sha256(), 0, 0
            batch: list[bytes] = []
            for row in rows:
                batch.append(encode_row(row))
                if len(batch) >= _BATCH:
                    data = b"".join(batch)
                    digest.update(data)
                    size, count, batch = size + len(data), count + len(batch), []
                    yield z.compress(data)
                    if progress:
                        progress(done + count)
            data = b"".join(batch)
            digest.update(data)
            size, count = size + len(data), count + len(batch)
            info = PartInfo(name, count, size, digest.hexdigest())
            self.manifest.append(info)
            done += count
            yield z.compress(data + _control("end", name, count, size, info.sha256))
            if progress:
                progress(done)
        yield z.compress(_control("manifest", [asdict(p) for p in self.manifest]))
        yield z.flush()

    def _check_part(self, name) -> None:
        if not isinstance(name, str) or not _PART_NAME.fullmatch(name):
            raise ValueError(f"bad part name {name!r}: lower-case letters, digits and _ only")
        if any(p.name == name for p in self.manifest) or len(self.manifest) >= MAX_PARTS:
            raise ValueError(f"part {name!r} repeated, or more than {MAX_PARTS} parts")


def decompressed(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Inflate one gzip member; nothing may follow it."""
    z = zlib.decompressobj(31)
    try:
        for chunk in chunks:
            if z.eof:
                if chunk:
                    raise BundleError(CORRUPT, "data after the end of the compressed payload")
                continue
            data = chunk
            while data and not z.eof:
                out = z.decompress(data, _OUT_CHUNK)
                data = z.unconsumed_tail
                if out:
                    yield out
            if z.eof and (z.unused_data or data):
                raise BundleError(CORRUPT, "data after the end of the compressed payload")
        if not z.eof:
            raise BundleError(CORRUPT, "the compressed payload is cut short")
    except zlib.error as exc:
        raise BundleError(CORRUPT, f"the compressed payload is damaged ({exc})") from None


def lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Newline-terminated lines (each with its newline), none longer than MAX_LINE."""
    pending = b""
    for chunk in chunks:
        data = pending + chunk if pending else chunk
        start = 0
        while (end := data.find(b"\n", start)) >= 0:
            if end + 1 - start > MAX_LINE:
                break
            yield data[start:end + 1]
            start = end + 1
        pending = data[start:]
        if len(pending) > MAX_LINE:
            raise BundleError(CORRUPT, f"a payload line is longer than {MAX_LINE} bytes")
    if pending:
        raise BundleError(CORRUPT, "the payload does not end with a newline")


def events(chunks: Iterable[bytes]) -> Iterator[tuple[str, object]]:
    """Check the payload's structure and every part; yield ("part", name),
    ("row", line bytes), ("end", PartInfo) and finally ("manifest", [PartInfo])."""
    it = lines(decompressed(chunks))
    magic = _parse_control(next(it, b""))
    if magic != MAGIC or [type(x) for x in magic] != [str, int]:  # true == 1 in Python: not here
        raise BundleError(CORRUPT, "payload: not a GridDesk payload of a known version")
    seen: list[PartInfo] = []
    for line in it:
        item = _parse_control(line)
        if item[0] == "manifest" and len(item) == 2:
            if not isinstance(item[1], list) or [_part_info(p) for p in item[1]] != seen:
                raise BundleError(CORRUPT, "payload: manifest does not match the parts")
            if next(it, None) is not None:
                raise BundleError(CORRUPT, "payload: lines after the manifest")
            yield "manifest", seen
            return
        if item[0] != "part" or len(item) != 2 or not isinstance(item[1], str) or not _PART_NAME.fullmatch(item[1]):
            raise BundleError(CORRUPT, "payload: expected a part or the manifest")
        name = item[1]
        if any(p.name == name for p in seen) or len(seen) >= MAX_PARTS:
            raise BundleError(CORRUPT, f"payload: part {name!r} repeated or too many parts")
        yield "part", name
        info = yield from _part_rows(it, name)
        seen.append(info)
        yield "end", info
    raise BundleError(CORRUPT, "payload: no manifest (cut short)")


def _part_rows(it: Iterator[bytes], name: str):
    digest, size, count = hashlib.sha256(), 0, 0
    for line in it:
        if line[:1] == b"{":
            digest.update(line)
            size, count = size + len(line), count + 1
            yield "row", line
            continue
        item = _parse_control(line)
        if item[:2] != ["end", name] or len(item) != 5:
            raise BundleError(CORRUPT, f"payload: part {name!r} does not end properly")
        info = PartInfo(name, count, size, digest.hexdigest())
        if _part_info({"name": name, "rows": item[2], "size": item[3], "sha256": item[4]}) != info:
            raise BundleError(CORRUPT, f"payload: part {name!r} fails its hash, size or row count")
        return info
    raise BundleError(CORRUPT, f"payload: part {name!r} cut short")


def _parse_control(line: bytes) -> list:
    if line[:1] != b"[":
        raise BundleError(CORRUPT, "payload: a row outside a part, or a bad line")
    try:
        item = _DECODER.decode(line.decode("utf-8"))
    except ValueError:
        raise BundleError(CORRUPT, "payload: a control line is not JSON") from None
    if not isinstance(item, list) or not item or not isinstance(item[0], str):
        raise BundleError(CORRUPT, "payload: a bad control line")
    return item


def _part_info(p) -> PartInfo | None:
    if not isinstance(p, dict) or set(p) != {"name", "rows", "size", "sha256"}:
        return None
    if not (type(p["rows"]) is int and type(p["size"]) is int and isinstance(p["sha256"], str)
            and _SHA256.fullmatch(p["sha256"]) and isinstance(p["name"], str)):
        return None
    return PartInfo(p["name"], p["rows"], p["size"], p["sha256"])


def parse_row(line: bytes) -> dict:
    try:
        text = line.decode("utf-8")
        row, end = _DECODER.raw_decode(text)
    except ValueError:
        raise BundleError(CORRUPT, "payload: a row is not valid JSON") from None
    if not isinstance(row, dict) or end != len(text) - 1:
        raise BundleError(CORRUPT, "payload: a row is not a JSON object")
    return row
