"""Run a job the clerk waits for (an import, an export, joining a district) with a progress dialog."""

from PySide6.QtWidgets import QWidget

from ui.kit.progress import Outcome, run_with_progress
from ui.runner import Runner


def run_now(runner: Runner | None, job, title: str, label: str, parent: QWidget | None):
    """On the runner with a progress dialog; without a runner (some tests), here and now."""
    if runner is not None:
        return run_with_progress(runner, job, title=title, label=label, parent=parent, name="exchange")
    try:
        return Outcome("done", job(lambda *a: None, lambda: False))
    except Exception as exc:  # noqa: BLE001 - reported like the runner does
        return Outcome("failed", error=exc)
