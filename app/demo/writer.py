"""Buffered bulk writes with progress and cancel.

Rows are collected per model and flushed in dependency order (`SYNC_MODELS`),
so a row is always written after the rows it refers to. The caller holds the
transaction.

Each chunk goes through db.bulk.insert_rows (stamped by the model, written
with sqlite3's executemany; the triggers still capture every row).
"""

from collections.abc import Callable

from app.errors import GridDeskError
from db.bulk import insert_rows
from db.models import SYNC_MODELS

FLUSH_ROWS = 2000


class Cancelled(GridDeskError):
    """The user stopped the demo generator; nothing was kept."""

    code = "E_CANCELLED"


Progress = Callable[[int, str], None]


class Writer:
    def __init__(self, planned: int, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, *, start: int = 3, end: int = 99):
        self.planned = max(planned, 1)
        self.written = 0
        self.counts: dict[str, int] = {}
        self.phase = ""
        self._progress, self._cancelled = progress, cancelled
        self._start, self._end = start, end
        self._buffers: dict[type, list[dict]] = {model: [] for model in SYNC_MODELS}
        self._buffered = 0

    def add(self, model: type, row: dict) -> None:
        self._buffers[model].append(row)
        self._buffered += 1
        if self._buffered >= FLUSH_ROWS:
            self.flush()

    def set_phase(self, message: str) -> None:
        """Name what is being written now (shown with the next progress report)."""
        self.check_cancel()
        self.phase = message
        self.report()

    def flush(self) -> None:
        for model, rows in self._buffers.items():
            if rows:
                self._insert(model, rows)
                rows.clear()
        self._buffered = 0
        self.report()
        self.check_cancel()

    def check_cancel(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled("已取消生成演示数据，未保留任何文件。")

    def report(self) -> None:
        if self._progress is not None:
            share = min(self.written / self.planned, 1.0)
            self._progress(self._start + int((self._end - self._start) * share), self.phase)

    def _insert(self, model: type, rows: list[dict]) -> None:
        insert_rows(model, rows)
        name = model._meta.table_name
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        self.written += len(rows)
