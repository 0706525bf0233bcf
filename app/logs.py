"""Logging: a rotating file in the log folder. Never a resident's name or phone
number in a log line: log ids and counts, not people."""

import logging
import logging.handlers

from app.paths import log_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler = logging.handlers.RotatingFileHandler(
            log_dir() / "griddesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return  # a read-only data folder must not stop the program
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
