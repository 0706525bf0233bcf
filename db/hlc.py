"""Hybrid logical clock: version stamps that sort, never repeat, and survive a
wall clock that goes backwards.

A stamp is 16 lowercase hex digits: 12 for milliseconds since the Unix epoch,
4 for a counter within that millisecond. Compared as strings they order like
(milliseconds, counter). See docs/architecture.md.
"""

import re
import threading
import time

_COUNTER_MAX = 0xFFFF
_STAMP_RE = re.compile(r"^[0-9a-f]{16}$")
ZERO = "0" * 16


def pack(ms: int, counter: int) -> str:
    return f"{ms:012x}{counter:04x}"


def unpack(stamp: str) -> tuple[int, int]:
    if not isinstance(stamp, str) or not _STAMP_RE.match(stamp):
        raise ValueError(f"not a version stamp: {stamp!r}")
    return int(stamp[:12], 16), int(stamp[12:], 16)


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
