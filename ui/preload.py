"""The modules of the tabs not yet opened, and the dialogs, imported in the background (issue #19).

Opening a tab for the first time used to import its modules on the window's thread (about half
of the 0.5-1.1 s the window stood still). Once the window has been shown for a moment and the
runner has finished the start page's figures, a plain thread imports them one module at a time,
pausing between two so the window's thread keeps getting the interpreter. A tab opened before
its module is in still opens: Python's import lock makes the window wait for that one module.

No module under ui/ may create a QObject, QPixmap, QIcon or QFont when it is imported (those
belong to the window's thread): such things are made in functions, when a widget is built.
"""

import importlib
import logging
import pkgutil
import threading
import time

from PySide6.QtCore import QObject, QTimer

logger = logging.getLogger(__name__)

DELAY_MS = 1500  # after the window is shown
RETRY_MS = 250  # while the runner is still busy (the start page's figures)
MAX_WAIT_MS = 6000  # then start anyway (a long daily backup keeps the runner busy)
PAUSE_S = 0.02  # between two modules: the window's thread gets the interpreter


def dialog_modules() -> list[str]:
    """Every module of ui/dialogs (the window's own dialogs: sign-in, settings, users, audit …)."""
    import ui.dialogs

    return [f"ui.dialogs.{info.name}" for info in pkgutil.iter_modules(ui.dialogs.__path__)]


def folder_modules(tab_modules: list[str]) -> list[str]:
    """Each tab's module first, then the rest of its folder (pages, actions, dialogs; a tab imports its
    dialogs when one is first used)."""
    out = []
    for name in tab_modules:
        package = importlib.import_module(name.rpartition(".")[0])
        out += [name] + [f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)
                         if f"{package.__name__}.{info.name}" != name]
    return out


class Preload:
    """Imports `modules` in order on a background thread, once started."""

    def __init__(self, modules: list[str]):
        self.modules = modules
        self.done = threading.Event()
        self.thread: threading.Thread | None = None
        self._scheduled, self._waited_ms = False, 0

    def schedule(self, parent: QObject, runner) -> None:
        """Start DELAY_MS after now, when `runner` is idle (or at most MAX_WAIT_MS later)."""
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(DELAY_MS, parent, lambda: self._when_idle(parent, runner))

    def _when_idle(self, parent: QObject, runner) -> None:
        if runner.busy() and self._waited_ms < MAX_WAIT_MS:
            self._waited_ms += RETRY_MS
            QTimer.singleShot(RETRY_MS, parent, lambda: self._when_idle(parent, runner))
        else:
            self.start()

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="griddesk-preload", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        for name in self.modules:
            try:
                importlib.import_module(name)
            except Exception:  # a broken module fails again, with its dialog, when the tab imports it
                logger.exception("preloading %s failed", name)
            time.sleep(PAUSE_S)
        logger.info("%d modules preloaded in %.0f ms", len(self.modules), (time.perf_counter() - started) * 1000)
        self.done.set()
