"""A modal progress dialog over one runner task, with a working Cancel button."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.runner import Job, Runner, Task


@dataclass
class Outcome:
    status: str  # done | failed | cancelled
    value: Any = None
    error: BaseException | None = None


class ProgressDialog(QProgressDialog):
    def __init__(self, task: Task, title: str, label: str, parent: QWidget | None = None):
        super().__init__(label, self.tr("Cancel"), 0, 0, parent)
        self.task = task
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self.canceled.connect(self._cancel)
        task.progressed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.setMaximum(total)
            self.setValue(min(done, total))
        if message:
            self.setLabelText(message)

    def _cancel(self) -> None:
        self.task.cancel()
        self.setLabelText(self.tr("Cancelling, please wait…"))
        self.setCancelButtonText("")  # no second click while the job winds down


def run_with_progress(runner: Runner, job: Job, *, title: str, label: str,
                      parent: QWidget | None = None, name: str = "job") -> Outcome:
    """Run `job` on the runner, show progress, wait (GUI stays live), return the outcome."""
    task = runner.run(job, name)
    dialog = ProgressDialog(task, title, label, parent)
    loop = QEventLoop()
    task.ended.connect(loop.quit)
    dialog.show()
    if task.status == "running":
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    return Outcome(task.status, task.result, task.error)
