"""Logging: one rotating file per process in the log folder (app/log_files.py names, prunes
and reads them back in time order). Never a resident's name or phone number in a log line:
log ids and counts, not people."""

import contextlib
import logging
import logging.handlers
import os
import sys
import time

from app.log_files import process_log_name, prune
from app.paths import log_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 2  # a process's own rolled-over files: .log.1, .log.2


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rolls over like its parent, but a rollover that cannot happen loses no records. Each
    process now writes its own log, but on Windows another program (a reader, a virus scanner)
    may still hold it open, so renaming it fails with PermissionError [WinError 32]; the parent would then drop
    this and every later record, and each attempt would still have shifted (and at the end
    deleted) the older files. Here the log is moved aside first: if that fails nothing else is
    touched, writing goes on in the current file, and the next try comes after another tenth
    of maxBytes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.retry_at = 0

    def shouldRollover(self, record: logging.LogRecord) -> int:
        if self.stream is not None and self.stream.seek(0, os.SEEK_END) < self.retry_at:
            return False
        return super().shouldRollover(record)

    def _open(self):
        """On Windows: an append-only handle, so that two processes' records never overwrite
        each other (the C runtime's append mode seeks to the end, then writes: a race), shared
        for delete, so that the other process may still roll the log over."""
        if sys.platform != "win32":
            return super()._open()
        import msvcrt

        handle = _append_handle(self.baseFilename)
        return open(msvcrt.open_osfhandle(handle, os.O_WRONLY), "a", encoding=self.encoding, errors=self.errors)

    def doRollover(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        moving = f"{self.baseFilename}.{os.getpid()}-{time.time_ns()}.rolling"
        try:
            os.replace(self.baseFilename, moving)  # the step another process's handle blocks
        except OSError:
            self.stream = self._open()
            self.retry_at = self.stream.tell() + self.maxBytes // 10
            return
        with contextlib.suppress(OSError):  # should a backup be in the way, the records stay in `moving`
            self._shift_backups()
            os.replace(moving, f"{self.baseFilename}.1")
        self.stream = self._open()

    def _shift_backups(self) -> None:
        for n in range(self.backupCount - 1, 0, -1):
            older = f"{self.baseFilename}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{n + 1}")


def _append_handle(path: str) -> int:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateFileW.restype = ctypes.c_void_p
    file_append_data, share_all, open_always = 0x0004 | 0x00100000, 0x1 | 0x2 | 0x4, 4
    handle = kernel32.CreateFileW(path, file_append_data, share_all, None, open_always, 0x80, None)
    if handle in (None, ctypes.c_void_p(-1).value):
        raise ctypes.WinError(ctypes.get_last_error())
    return handle


def setup_logging(level: int = logging.INFO, max_bytes: int = MAX_BYTES) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler = SharedRotatingFileHandler(log_dir() / process_log_name(), maxBytes=max_bytes, backupCount=BACKUPS,
                                            encoding="utf-8")
    except OSError:
        return  # a read-only data folder must not stop the program
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    with contextlib.suppress(OSError):
        prune()
