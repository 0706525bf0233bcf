"""When this process started (for the startup benchmark), on Linux and Windows."""

import os
import sys
import time

_IMPORTED_AT = time.time()


def process_start_epoch() -> float:
    try:
        if sys.platform.startswith("linux"):
            return _linux_start()
        if sys.platform == "win32":
            return _windows_start()
    except (OSError, ValueError, AttributeError):
        pass
    return _IMPORTED_AT


def _linux_start() -> float:
    with open(f"/proc/{os.getpid()}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    start_ticks = int(fields[19])  # field 22 overall: starttime in clock ticks since boot
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    ticks = os.sysconf("SC_CLK_TCK")
    return time.time() - uptime + start_ticks / ticks


def _windows_start() -> float:
    import ctypes
    from ctypes import wintypes

    creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
    handle = ctypes.windll.kernel32.GetCurrentProcess()
    ctypes.windll.kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in (creation, exit_, kernel, user)))
    value = (creation.dwHighDateTime << 32) | creation.dwLowDateTime
    return value / 10_000_000 - 11_644_473_600


def ms_since_start() -> int:
    return int((time.time() - process_start_epoch()) * 1000)
