"""Hybrid logical clock: version stamps that sort, never repeat, and survive a
wall clock that goes backwards.

A stamp is 16 lowercase hex digits: 12 for milliseconds since the Unix epoch,
4 for a counter within that millisecond. Compared as strings they order like
(milliseconds, counter). A record's version is the stamp followed by "-" and
the writing site's 8-hex tag (`versioned()`), so two sites that write the same
record with the same stamp still have a total order: last-writer-wins converges.
See docs/architecture.md.
"""

import re
import threading
import time

_COUNTER_MAX = 0xFFFF
_STAMP_RE = re.compile(r"^[0-9a-f]{16}(-[0-9a-f]{8})?$")
ZERO = "0" * 16


def pack(ms: int, counter: int) -> str:
    return f"{ms:012x}{counter:04x}"


def unpack(stamp: str) -> tuple[int, int]:
    if not isinstance(stamp, str) or not _STAMP_RE.match(stamp):
        raise ValueError(f"not a version stamp: {stamp!r}")
    return int(stamp[:12], 16), int(stamp[12:16], 16)


def site_tag(site_id: str) -> str:
    """8 hex digits naming the writing site inside a version."""
    import hashlib

    return hashlib.sha256((site_id or "").encode()).hexdigest()[:8]


def versioned(stamp: str, site_id: str) -> str:
    return f"{stamp}-{site_tag(site_id)}"


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Thread-safe HLC. `tick()` for a local write, `observe()` for a received stamp."""

    def __init__(self, last: str = ZERO, wall=wall_ms):
        self._ms, self._counter = unpack(last)
        self._wall = wall
        self._lock = threading.Lock()

    @property
    def last(self) -> str:
        return pack(self._ms, self._counter)

    def tick(self) -> str:
        with self._lock:
            now = self._wall()
            if now > self._ms:
                self._ms, self._counter = now, 0
            else:
                self._advance_counter()
            return pack(self._ms, self._counter)

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen from another site (never re-stamps it)."""
        ms, counter = unpack(stamp)
        with self._lock:
            if (ms, counter) > (self._ms, self._counter):
                self._ms, self._counter = ms, counter

    def _advance_counter(self) -> None:
        if self._counter >= _COUNTER_MAX:
            self._ms, self._counter = self._ms + 1, 0
        else:
            self._counter += 1
