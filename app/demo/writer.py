"""Buffered bulk writes with progress and cancel.

Rows are collected per model and flushed in dependency order (`SYNC_MODELS`),
so a row is always written after the rows it refers to. The caller holds the
transaction.

Each chunk is stamped by the model's own `insert_many` (keys, version, origin
site, who/when: the one stamping code path), then written with one prepared
statement and sqlite3's `executemany`. Profiling showed peewee rendering the
multi-row VALUES SQL (one Python call chain per value) was 60% of the run;
the triggers still capture every row into change_log and audit_log.
"""

from collections.abc import Callable

from app.errors import GridDeskError
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
        stamped = model.insert_many(rows)._insert  # stamped by the model, not executed
        fields = list(stamped[0]) + [f for f in model._meta.defaults if f not in stamped[0]]
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join("?" * len(fields))})'
        model._meta.database.connection().executemany(sql, _values(stamped, fields))
        name = model._meta.table_name
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        self.written += len(rows)


def _values(stamped: list[dict], fields: list):
    """Each row's parameters in `fields` order (the first row's fields, then the
    defaults of the rest), converted as peewee would (db_value). Positions are
    found by id(): peewee fields hash in Python, the slowest part of this loop."""
    head = len(stamped[0])
    position = {id(f): i for i, f in enumerate(fields[:head])}
    convert = [f.db_value for f in fields]
    tail = fields[head:]
    for row in stamped:
        if len(row) != head:
            raise ValueError("demo rows of one table must all name the same fields")
        values = [None] * head + [f.default() if callable(f.default) else f.default for f in tail]
        for field, value in row.items():
            values[position[id(field)]] = value
        yield tuple(c(v) for c, v in zip(convert, values, strict=True))
