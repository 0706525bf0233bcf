"""One runner for background work (Anki's QueryOp/taskman, Orange's run(data, state)).

A job is a plain function `job(progress, cancelled)`: it calls
`progress(percent, message)` (as app.demo does) or `progress(done, total,
message)` now and then, and checks `cancelled()` between steps. Jobs run one at a time on a single worker thread (SQLite
connections are per thread in peewee, so the worker has its own connection,
closed after each job). Results come back to the GUI thread as signals of the
`Task`; nothing else crosses threads.
"""

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

logger = logging.getLogger(__name__)

Job = Callable[[Callable[..., None], Callable[[], bool]], Any]
THROTTLE_S = 0.05


class Task(QObject):
    """One submitted job as seen from the GUI thread."""

    progressed = Signal(int, int, str)  # done, total (0 = unknown), message
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    ended = Signal()  # after any of the three above

    _w_progress = Signal(int, int, str)
    _w_end = Signal(str, object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.status = "running"  # running | done | failed | cancelled
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._w_progress.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._w_end.connect(self._on_end, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done=0, total=0, message: str = "") -> None:
        """The progress callback handed to the job (worker thread)."""
        if isinstance(total, str):  # progress(percent, message)
            done, total, message = done, 100, total
        now = time.monotonic()
        if now - self._last_emit < THROTTLE_S and done < total:
            return
        self._last_emit = now
        self._w_progress.emit(int(done), int(total or 0), str(message or ""))

    @Slot(str, object)
    def _on_end(self, status: str, payload: object) -> None:
        self.status = status
        if status == "done":
            self.result = payload
            self.finished.emit(payload)
        elif status == "failed":
            self.error = payload
            self.failed.emit(payload)
        else:
            self.cancelled.emit()
        self.ended.emit()


class Runner(QObject):
    """Submit jobs; they run in order on one worker thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="griddesk-job")
        self._tasks: set[Task] = set()

    def run(self, job: Job, name: str = "job") -> Task:
        task = Task(name, self)
        self._tasks.add(task)
        task.ended.connect(lambda: self._tasks.discard(task))
        self._pool.submit(self._work, task, job)
        return task

    def busy(self) -> bool:
        return bool(self._tasks)

    def shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._pool.shutdown(wait=True)

    @staticmethod
    def _work(task: Task, job: Job) -> None:
        started = time.monotonic()
        try:
            value = job(task.report, task.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            status, payload = ("cancelled", None) if task.is_cancelled() else ("failed", exc)
        else:
            status, payload = ("cancelled", None) if task.is_cancelled() else ("done", value)
        finally:
            _close_thread_connection()
        logger.info("job %s %s in %.0f ms", task.name, status, (time.monotonic() - started) * 1000)
        task._w_end.emit(status, payload)


def _close_thread_connection() -> None:
    """Close this worker thread's own SQLite connection (peewee keeps one per thread)."""
    from db.connection import database

    obj = database.obj
    if obj is not None:
        try:
            obj.close()
        except Exception:  # noqa: BLE001 - nothing to close or already gone
            logger.debug("worker connection close failed", exc_info=True)
