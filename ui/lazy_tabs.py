"""The main window's tabs, each built when it is first shown or first asked for (issue #19).

At start only the visible tab is built; the others hold an empty placeholder under their title
and their modules are not even imported (ui/preload.py imports them on a thread once the window
is idle). Selecting a tab (a click, Ctrl+Tab, `setCurrentIndex`) builds it before it is shown; code that reaches a tab (`window.orders_tab`, a menu action, a
dashboard link) builds it first through `LazyTab`, so nothing depends on the tabs being eager.
"""

import importlib
import logging
import time
from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

logger = logging.getLogger(__name__)


class LazyTabs:
    """Placeholders in a QTabWidget replaced by the real tab on first need."""

    def __init__(self, tabs: QTabWidget, what: str = "tab"):
        self.tabs, self.what = tabs, what
        self._makers: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}

    def add(self, name: str, title: str, make: Callable[[], QWidget]) -> None:
        placeholder = QWidget()
        placeholder.setObjectName(f"lazy-{name}")
        self._makers[name], self._placeholders[name] = make, placeholder
        self.tabs.addTab(placeholder, title)

    def start(self) -> None:
        """Build the tab on show, then every tab selected later."""
        self.tabs.currentChanged.connect(self._selected)
        self._selected(self.tabs.currentIndex())

    def modules(self) -> list[str]:
        """The modules of the tabs not yet built, in the tabs' order (for ui/preload.py)."""
        return [make.module for name, make in self._makers.items() if name not in self._built and hasattr(make, "module")]

    def built(self, name: str) -> QWidget | None:
        return self._built.get(name)

    def get(self, name: str) -> QWidget:
        """The tab `name`, built now if it was not yet."""
        if name not in self._built:
            self._build(name)
        return self._built[name]

    def _selected(self, index: int) -> None:
        for name, placeholder in self._placeholders.items():
            if self.tabs.widget(index) is placeholder:
                self._build(name)
                return

    def _build(self, name: str) -> None:
        started = time.perf_counter()
        tab = self._makers[name]()
        self._built[name] = tab
        placeholder = self._placeholders.pop(name)
        self._swap(self.tabs.indexOf(placeholder), tab)
        placeholder.deleteLater()
        logger.info("%s %s built in %.0f ms", self.what, name, (time.perf_counter() - started) * 1000)

    def _swap(self, index: int, tab: QWidget) -> None:
        """Put `tab` where its placeholder was, under the same title, the same tab current (hidden if it was)."""
        current, title, visible = self.tabs.currentIndex(), self.tabs.tabText(index), self.tabs.isTabVisible(index)
        was_blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, title)
            self.tabs.setTabVisible(index, visible)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(was_blocked)


def maker(module: str, name: str, *args) -> Callable[[], QWidget]:
    """`module.name(*args)`, imported only when the tab is built (or preloaded: `make.module`)."""
    def make() -> QWidget:
        return getattr(importlib.import_module(module), name)(*args)

    make.module = module
    return make


class LazyTab:
    """`window.orders_tab`: the tab, built first if it was not yet (the window holds `lazy_tabs`)."""

    def __set_name__(self, owner, attribute: str):
        self.name = attribute.removesuffix("_tab")

    def __get__(self, window, owner=None):
        if window is None:
            return self
        return window.lazy_tabs.get(self.name)
