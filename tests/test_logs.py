"""The log file: a rollover that cannot rename the file (on Windows: a second GridDesk
process holds it open, PermissionError [WinError 32]) loses no records. Here the rename is
made to fail by folders standing where the rolled-over files must go; tests/windows/ does it
with two real processes."""

import logging
import logging.handlers

import pytest

from app.logs import setup_logging
from app.paths import log_dir


@pytest.fixture
def root_logger():
    """The root logger without the log file an earlier in-process CLI run may have set up
    (setup_logging adds one only once per process); put back afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
    yield root
    for handler in list(root.handlers):
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


def test_a_rollover_that_fails_keeps_every_record(root_logger):
    for n in range(1, 6):  # folders where the rolled-over files must go: the rollover cannot happen
        (log_dir() / f"griddesk.log.{n}").mkdir()
    setup_logging(max_bytes=2_000)
    for n in range(300):
        logging.getLogger("griddesk.test").info("record %04d", n)
    text = "".join(p.read_text(encoding="utf-8") for p in log_dir().glob("griddesk.log*") if p.is_file())
    assert all(f"record {n:04d}" in text for n in range(300))


def test_a_rollover_that_can_rename_still_rolls_over(root_logger):
    setup_logging(max_bytes=2_000)
    for n in range(300):
        logging.getLogger("griddesk.test").info("record %04d", n)
    assert (log_dir() / "griddesk.log.1").is_file()
    assert (log_dir() / "griddesk.log").stat().st_size <= 2_000
