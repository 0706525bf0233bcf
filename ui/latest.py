"""The newest of a series of background reads for one widget (a search, a page of a
list, a count, the overdue list): each `submit` supersedes the one before — its task
is cancelled (skipped if it has not started, interrupted mid-statement if it has) and
its result, should it still arrive, is dropped. A result arriving after the widget is
gone is dropped too. Without a runner (some tests) the job runs here and now."""

import logging
import sys

from PySide6.QtCore import QObject
from shiboken6 import isValid

from ui.runner import FRONT, Runner, Task

logger = logging.getLogger(__name__)


class Latest(QObject):
    def __init__(self, owner: QObject, name: str, priority: int = FRONT):
        super().__init__(owner)
        self.name, self.priority = name, priority
        self.task: Task | None = None
        self.generation = 0

    def submit(self, runner: Runner | None, job, done, failed=None) -> Task | None:
        """Run `job(progress, cancelled)`; `done(result)` (or `failed(error)`) only if still the newest."""
        self.supersede()
        generation = self.generation
        if runner is None:
            return self._here(job, done)
        task = self.task = runner.run(job, self.name, self.priority, interruptible=True)
        task.finished.connect(lambda value: self._deliver(generation, done, value))
        task.failed.connect(lambda error: self._deliver(generation, failed or _report, error))
        return task

    def supersede(self) -> None:
        """Whatever is under way is no longer wanted."""
        self.generation += 1
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def pending(self) -> bool:
        return self.task is not None and self.task.status == "running"

    def _deliver(self, generation: int, handler, value) -> None:
        if not isValid(self) or generation != self.generation:
            logger.debug("late result dropped")
            return
        self.task = None
        handler(value)

    @staticmethod
    def _here(job, done):
        done(job(lambda *a: None, lambda: False))  # a failure raises here, as any direct call would
        return None


def _report(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)
