"""One runner for background work (Anki's QueryOp/taskman, Orange's run(data, state)).

A job is a plain function `job(progress, cancelled)`: it calls
`progress(percent, message)` (as app.demo does) or `progress(done, total,
message)` now and then, and checks `cancelled()` between steps. Results come back
to the GUI thread as signals of the `Task`; nothing else crosses threads. SQLite
connections are per thread in peewee, so each worker has its own connection,
closed after each job.

Background work has priorities (docs/architecture.md, "Nothing slow on the
window's thread"): jobs run one at a time on the main worker, FRONT (the start
page, the visible tab) before NORMAL ones still waiting, in order within a
priority; LOW jobs (the daily backup, the integrity check) run on a worker of their
own at a lowered OS thread priority, so they never hold the worker the start page
needs and yield the processor to it. A task cancelled before it starts is skipped;
an `interruptible` read (a search, a count) is stopped mid-statement when cancelled.
"""

import contextlib
import itertools
import logging
import os
import queue
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

logger = logging.getLogger(__name__)

Job = Callable[[Callable[..., None], Callable[[], bool]], Any]
THROTTLE_S = 0.05
FRONT, NORMAL, LOW = 0, 1, 2  # priorities: what the clerk looks at, the rest, what can wait
INTERRUPT_OPS = 20_000  # SQLite virtual-machine steps between two looks at the cancel flag (well under 1 ms)


class Task(QObject):
    """One submitted job as seen from the GUI thread."""

    progressed = Signal(int, int, str)  # done, total (0 = unknown), message
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    ended = Signal()  # after any of the three above

    _w_progress = Signal(int, int, str)
    _w_end = Signal(str, object)

    def __init__(self, name: str, parent: QObject | None = None, interruptible: bool = False):
        super().__init__(parent)
        self.name = name
        self.status = "running"  # running | done | failed | cancelled
        self.result: Any = None
        self.error: BaseException | None = None
        self.interruptible = interruptible
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._connection: sqlite3.Connection | None = None  # the worker's, while an interruptible job runs
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

    def _attach(self, connection: sqlite3.Connection | None) -> None:
        """While the job runs, SQLite asks every INTERRUPT_OPS steps whether it was cancelled (a
        statement under way then fails as interrupted); None: the job ended, stop asking."""
        if self._connection is not None:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed: nothing to stop
                self._connection.set_progress_handler(None, 0)
        self._connection = connection
        if connection is not None:
            connection.set_progress_handler(lambda: 1 if self._cancel.is_set() else 0, INTERRUPT_OPS)

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
    """Submit jobs: FRONT and NORMAL ones run one at a time on the main worker, LOW ones beside it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self._worker = threading.Thread(target=self._serve, name="griddesk-job", daemon=True)
        self._worker.start()
        self._low = ThreadPoolExecutor(max_workers=1, thread_name_prefix="griddesk-low",
                                       initializer=lower_thread_priority)
        self._tasks: set[Task] = set()

    def run(self, job: Job, name: str = "job", priority: int = NORMAL, interruptible: bool = False) -> Task:
        task = Task(name, self, interruptible)
        self._tasks.add(task)
        task.ended.connect(lambda: self._tasks.discard(task))
        if priority >= LOW:
            self._low.submit(self._work, task, job)
        else:
            self._queue.put((priority, next(self._order), task, job))
        return task

    def busy(self) -> bool:
        return bool(self._tasks)

    def shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._queue.put((LOW + 1, next(self._order), None, None))  # after everything queued
        self._worker.join()
        self._low.shutdown(wait=True)

    def _serve(self) -> None:
        while True:
            _priority, _order, task, job = self._queue.get()
            if task is None:
                return
            self._work(task, job)

    @staticmethod
    def _work(task: Task, job: Job) -> None:
        if task.is_cancelled():  # superseded before it started: nothing to run
            task._w_end.emit("cancelled", None)
            return
        started = time.monotonic()
        try:
            if task.interruptible:
                task._attach(_thread_connection())
            value = job(task.report, task.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            status, payload = ("cancelled", None) if task.is_cancelled() else ("failed", exc)
        else:
            status, payload = ("cancelled", None) if task.is_cancelled() else ("done", value)
        finally:
            if task.interruptible:
                task._attach(None)
            _close_thread_connection()
        logger.info("job %s %s in %.0f ms", task.name, status, (time.monotonic() - started) * 1000)
        task._w_end.emit(status, payload)


def lower_thread_priority() -> None:
    """Let the scheduler prefer the window's thread and the main worker (best effort, per thread)."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel = ctypes.windll.kernel32
            kernel.SetThreadPriority(kernel.GetCurrentThread(), 0x00010000)  # THREAD_MODE_BACKGROUND_BEGIN: CPU, I/O
        elif hasattr(os, "setpriority"):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)  # Linux: a thread is a task
    except (OSError, AttributeError):
        logger.debug("could not lower the background thread's priority", exc_info=True)


def _thread_connection() -> sqlite3.Connection | None:
    """This worker thread's own SQLite connection, if a database is set (loaded late: the splash comes first)."""
    from app.session import thread_connection

    return thread_connection()


def _close_thread_connection() -> None:
    """Close this worker thread's own SQLite connection."""
    from app.session import close_thread_connection

    close_thread_connection()
