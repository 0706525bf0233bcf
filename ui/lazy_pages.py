"""A tab's sub-pages, each built when it is first shown or first asked for (issue #19).

The tabs' own laziness (ui/lazy_tabs.py) one level down: a tab's QTabWidget of pages holds
placeholders, the visible page is built with the tab and every other page when it is first
selected, so opening a tab for the first time costs one page. Code that reaches a page
(`tab.members`, an action, a link from another tab) builds it first through `LazyPage`.

    class SupportTab(QWidget):
        units, members = LazyPage(), LazyPage()

        def __init__(self, ...):
            self.pages = lazy_pages(self, (("units", self.tr("Units"), lambda: UnitsPage(self)), ...))
"""

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.lazy_tabs import LazyTabs

PageSpec = tuple[str, str, Callable[[], QWidget]]  # attribute, title, maker


def lazy_pages(tab: QWidget, pages: Iterable[PageSpec]) -> QTabWidget:
    """A QTabWidget of `pages`, only the first built; `tab.lazy_pages` builds the others on need.
    Connect to the widget's `currentChanged` after this call: the page is built before such slots run."""
    widget = QTabWidget()
    tab.lazy_pages = LazyTabs(widget, "page")
    for name, title, make in pages:
        tab.lazy_pages.add(name, title, make)
    tab.lazy_pages.start()
    return widget


class LazyPage:
    """`tab.members`: the sub-page, built first if it was not yet (the tab holds `lazy_pages`)."""

    def __set_name__(self, owner, attribute: str):
        self.name = attribute

    def __get__(self, tab, owner=None):
        if tab is None:
            return self
        return tab.lazy_pages.get(self.name)
