"""Logging: a rotating file in the log folder. Never a resident's name or phone
number in a log line: log ids and counts, not people."""

import logging
import logging.handlers

from app.paths import log_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rolls over like its parent, but a rollover that fails never loses records. On Windows
    a second GridDesk process (a second window, a CLI command) holds the same log open, so
    renaming it fails with PermissionError [WinError 32]; the parent would then drop this and
    every later record. This one keeps writing to the current file and tries again after
    another tenth of maxBytes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.retry_at = 0

    def shouldRollover(self, record: logging.LogRecord) -> int:
        if self.stream is not None and self.stream.tell() < self.retry_at:
            return False
        return super().shouldRollover(record)

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()
            self.retry_at = self.stream.tell() + self.maxBytes // 10


def setup_logging(level: int = logging.INFO, max_bytes: int = MAX_BYTES) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler = SharedRotatingFileHandler(log_dir() / "griddesk.log", maxBytes=max_bytes, backupCount=5,
                                            encoding="utf-8")
    except OSError:
        return  # a read-only data folder must not stop the program
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
