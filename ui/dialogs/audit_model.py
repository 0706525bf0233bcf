"""The audit log's table: read a page at a time until the log says there is no more
(it is never counted — at `city` scale a count alone would take seconds)."""

import sys

from ui.kit.table_model import TableModel


class OpenEndedRowsModel(TableModel):
    """TableModel for a source that gives (rows, cursor) and cursor None after the last page."""

    def set_open_source(self, fetch) -> None:
        self.set_source(fetch, sys.maxsize)

    def _take(self, result) -> list:
        rows, cursor = result
        self._cursor = cursor
        if cursor is None:
            self.total = len(self._rows) + len(rows)
        return list(rows)

    def ended(self) -> bool:
        return self.total != sys.maxsize
