"""The other tabs' modules and the dialogs are imported on a background thread once the window
is shown and idle (issue #19): the window keeps answering meanwhile, a tab opened before its
module is in still opens, and no module under ui/ makes a Qt object when it is imported."""

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from ui import preload as preload_module
from ui import settings
from ui.lazy_tabs import LazyTabs, maker
from ui.main_window import MainWindow
from ui.preload import Preload
from ui.runner import Runner

ROOT = Path(__file__).resolve().parents[2]
SLOW = """
import time

started = time.perf_counter()
while time.perf_counter() - started < {seconds}:  # busy in Python, as a heavy import is
    sum(range(1000))

from PySide6.QtWidgets import QWidget


class SlowTab(QWidget):
    pass
"""


@pytest.fixture
def slow_module(tmp_path, monkeypatch):
    """A module that takes `seconds` of interpreter time to import, in a folder named like a clerk's."""
    folder = tmp_path / "模块 #1 100%"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    made = []

    def make(name: str, seconds: float) -> str:
        (folder / f"{name}.py").write_text(textwrap.dedent(SLOW.format(seconds=seconds)), encoding="utf-8")
        made.append(name)
        return name

    yield make
    for name in made:
        sys.modules.pop(name, None)


def test_the_window_keeps_answering_while_modules_are_imported(slow_module, qtbot):
    name = slow_module("griddesk_slow_usable", 1.0)
    button, clicks, ticks = QPushButton("ok"), [], []
    qtbot.addWidget(button)
    button.clicked.connect(lambda: clicks.append(time.perf_counter()))
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    preload = Preload([name])
    preload.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    button.click()
    assert preload.thread.is_alive() and clicks  # answered while the import was still running
    assert preload.done.wait(10) and name in sys.modules
    timer.stop()


def test_a_tab_opened_before_its_import_finished_still_opens(slow_module, qtbot):
    name = slow_module("griddesk_slow_tab", 1.0)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    lazy = LazyTabs(tabs)
    lazy.add("home", "Home", QWidget)
    lazy.add("slow", "Slow", maker(name, "SlowTab"))
    lazy.start()
    preload = Preload(lazy.modules())
    assert preload.modules == [name]
    preload.start()
    qtbot.waitUntil(lambda: name in sys.modules, timeout=5000)  # under way on the thread
    assert not preload.done.is_set()
    tabs.setCurrentIndex(1)  # waits for that one module, then builds the tab
    assert type(lazy.built("slow")).__name__ == "SlowTab" and tabs.currentWidget() is lazy.built("slow")
    assert preload.done.wait(10)


def test_the_window_preloads_the_tabs_not_built_and_the_dialogs_once_shown(session, qtbot, monkeypatch):
    monkeypatch.setattr(preload_module, "DELAY_MS", 0)
    runner = Runner()
    window = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(window)
    assert window.preload.thread is None  # nothing before the window is shown
    window.show()
    qtbot.waitUntil(lambda: window.preload.done.is_set(), timeout=30000)
    modules = window.preload.modules
    assert "ui.tabs.support.tab" in modules and "ui.tabs.dashboard.tab" not in modules  # built at start
    assert "ui.tabs.support.unit_dialogs" in modules and all(m in sys.modules for m in modules)
    runner.shutdown()


def test_no_ui_module_makes_a_qt_object_when_imported():
    """Imported on a thread with no QApplication: a QWidget or QPixmap made at import aborts the process."""
    script = textwrap.dedent("""
        import importlib, pkgutil, sys, threading
        import ui
        names = [m.name for m in pkgutil.walk_packages(ui.__path__, "ui.")]
        def run():
            for name in names:
                importlib.import_module(name)
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
        from PySide6.QtCore import QCoreApplication
        assert QCoreApplication.instance() is None, "a module made the application"
        print(len(names))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) > 100
