"""The runner: progress reaches the GUI thread, cancel is honoured, failures come back."""

import threading

import pytest

from ui.kit.progress import run_with_progress
from ui.runner import Runner


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def test_progress_and_result(qtbot, runner):
    seen, threads = [], []

    def job(progress, cancelled):
        threads.append(threading.current_thread())
        for step in range(0, 101, 50):
            progress(step, f"第 {step} 步")
        return "ok"

    task = runner.run(job, "test")
    task.progressed.connect(lambda done, total, message: seen.append((done, total, message)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["ok"]
    assert threads[0] is not threading.main_thread()
    assert seen[-1] == (100, 100, "第 100 步")
    assert task.status == "done"


def test_done_total_form(qtbot, runner):
    seen = []
    task = runner.run(lambda progress, cancelled: progress(3, 3, "done"))
    task.progressed.connect(lambda *args: seen.append(args))
    qtbot.waitSignal(task.ended, timeout=5000).wait()
    assert seen == [(3, 3, "done")]


def test_cancel_is_honoured(qtbot, runner):
    started = threading.Event()

    def job(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise RuntimeError("stopped")  # how a job stops is its business: the task says cancelled

    task = runner.run(job)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.status == "cancelled"


def test_failure_comes_back(qtbot, runner):
    def job(progress, cancelled):
        raise ValueError("boom")

    task = runner.run(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)


def test_progress_dialog_cancel_button(qtbot, runner):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    def job(progress, cancelled):
        for i in range(1000):
            if cancelled():
                return None
            progress(i // 10, "working")
            threading.Event().wait(0.01)
        return "finished"

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, press_cancel)
            return
        dialogs[0].canceled.emit()

    QTimer.singleShot(100, press_cancel)
    outcome = run_with_progress(runner, job, title="t", label="l")
    assert outcome.status == "cancelled"
