"""age v1 encryption and decryption (pyrage) as streams over the bundle file.

pyrage pushes decrypted bytes into a writer; readers of a bundle want to pull.
`decrypt_chunks` runs pyrage in a worker thread that hands chunks over a small
bounded queue, so memory stays bounded and an abandoned iterator stops the
worker. Every byte of payload.age is hashed as pyrage reads it, and the hash is
compared with the signed header when the stream ends.
"""

import hashlib
import io
import queue
import threading
from collections.abc import Iterator

import pyrage

from app.exchange.errors import CORRUPT, NOT_FOR_US, BundleError

_BATCH = 256 * 1024
_QUEUE_DEPTH = 8


class HashingWriter(io.RawIOBase):
    """Where pyrage writes payload.age: the bundle file, hashed and counted."""

    def __init__(self, f):
        self.f, self.size, self.digest, self.error = f, 0, hashlib.sha256(), None

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        try:
            self.f.write(b)
        except BaseException as exc:
            self.error = exc
            raise
        self.digest.update(b)
        self.size += len(b)
        return len(b)


def encrypt(source, sink: HashingWriter, recipients: list) -> None:
    """Encrypt everything `source` yields into `sink`; the source's or sink's own
    exception is raised again as itself, not as pyrage's wrapper."""
    try:
        pyrage.encrypt_io(source, sink, recipients)
    except BaseException:
        for error in (getattr(source, "error", None), sink.error):
            if error is not None:
                raise error from None
        raise


class RegionReader(io.RawIOBase):
    """Reads payload.age out of the bundle file, hashing as it goes."""

    def __init__(self, f, offset: int, size: int, progress=None):
        self.f, self.pos, self.end, self.progress = f, offset, offset + size, progress
        self.start, self.digest = offset, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), self.end - self.pos)
        if n <= 0:
            return 0
        self.f.seek(self.pos)
        data = self.f.read(n)
        b[:len(data)] = data
        self.digest.update(data)
        self.pos += len(data)
        if self.progress:
            self.progress(self.pos - self.start, self.end - self.start)
        return len(data)

    def finish(self, expected_sha256: str) -> None:
        while self.readinto(bytearray(_BATCH)):
            pass
        if self.pos != self.end or self.digest.hexdigest() != expected_sha256:
            raise BundleError(CORRUPT, "payload.age changed or was cut short while it was read")


class _Cancelled(Exception):
    pass


class _QueueWriter(io.RawIOBase):
    def __init__(self, q: queue.Queue, cancel: threading.Event):
        self.q, self.cancel, self.buf = q, cancel, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.buf += b
        if len(self.buf) >= _BATCH:
            self.send()
        return len(b)

    def send(self) -> None:
        data, self.buf = bytes(self.buf), bytearray()
        while not self.cancel.is_set():
            try:
                self.q.put(data, timeout=0.1)
                return
            except queue.Full:
                continue
        raise _Cancelled


AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_AGE_HEADER = 16 * 1024  # a header with a few X25519 stanzas is a few hundred bytes


def check_age_header(reader: RegionReader) -> None:
    """payload.age must be binary age v1 whose header ends ("\n--- ") within 16 KiB:
    checked before pyrage sees it, so a payload that is no age file costs no memory
    (and ASCII-armoured age, which the format forbids, is refused)."""
    reader.f.seek(reader.start)
    head = reader.f.read(min(MAX_AGE_HEADER, reader.end - reader.start))
    if not head.startswith(AGE_MAGIC) or b"\n--- " not in head:
        raise BundleError(CORRUPT, "payload.age is not binary age v1 with a header under 16 KiB")


def decrypt_chunks(reader: RegionReader, identities: list, expected_sha256: str) -> Iterator[bytes]:
    """Plaintext chunks of payload.age, decrypted in a worker thread."""
    check_age_header(reader)
    q: queue.Queue = queue.Queue(maxsize=_QUEUE_DEPTH)
    cancel = threading.Event()
    done = object()

    def work():
        sink = _QueueWriter(q, cancel)
        try:
            pyrage.decrypt_io(reader, sink, identities)
            if sink.buf:
                sink.send()
            item = done
        except _Cancelled:
            return
        except BaseException as exc:  # handed to the reading thread
            item = exc
        while not cancel.is_set():
            try:
                q.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    worker = threading.Thread(target=work, name="bundle-decrypt", daemon=True)
    worker.start()
    try:
        while (item := q.get()) is not done:
            if isinstance(item, BaseException):
                raise translate(item)
            yield item
        reader.finish(expected_sha256)
    finally:
        cancel.set()
        worker.join()


def translate(exc: BaseException) -> BaseException:
    """pyrage's errors as bundle errors (others unchanged)."""
    if isinstance(exc, BundleError):
        return exc
    text = str(exc)
    if isinstance(exc, pyrage.DecryptError) and "No matching keys" in text:
        return BundleError(NOT_FOR_US, "payload is encrypted to a key this site does not hold",
                           hint="数据包不是用本站当前的密钥加密的。")
    if isinstance(exc, pyrage.DecryptError | OSError):
        if "truncated" in text:
            return BundleError(CORRUPT, "payload.age is truncated (its final chunk is missing)")
        return BundleError(CORRUPT, f"payload.age does not decrypt ({text})")
    return exc
