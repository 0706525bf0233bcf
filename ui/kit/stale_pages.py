"""Sub-pages filled only when shown: a change or a new filter marks every page
stale, and a page is refreshed when it is (or becomes) the visible one. Shared by
the module tabs; a tab sets `page_keys` and has `pages`, `message_bar` and `filter()`."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.errors import EXPECTED, user_message
from ui.lazy_pages import lazy_pages


class StalePages:
    page_keys: tuple[str, ...] = ()

    def lay_out_pages(self, hub, pages) -> None:
        """The filter bar, the message bar and the sub-pages (widget, title) below them, all stale
        at first; the pages follow the hub's changes through the tab's `on_changed`."""
        self.pages = QTabWidget()
        for widget, title in pages:
            self.pages.addTab(widget, title)
        self._lay_out(hub)

    def lay_out_lazy_pages(self, hub, pages) -> None:
        """As `lay_out_pages`, the pages given as (attribute, title, maker) and each built when first
        shown (ui/lazy_pages.py): the tab declares them as `LazyPage()` class attributes."""
        self.pages = lazy_pages(self, pages)
        self._lay_out(hub)

    def _lay_out(self, hub) -> None:
        self.pages.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self._stale = set(self.page_keys)
        hub.changed.connect(self.on_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_current()

    def mark_all_stale(self) -> None:
        self._stale = set(self.page_keys)
        self._refresh_current()

    filters_changed = mark_all_stale

    def _refresh_current(self) -> None:
        key = self.page_keys[self.pages.currentIndex()]
        if key in self._stale and self.isVisible():
            self._stale.discard(key)
            self.refresh_page(self.pages.currentWidget())

    def refresh_page(self, page) -> None:
        try:
            page.refresh(self.filter())
        except EXPECTED as exc:
            self.message_bar.show_message(user_message(exc), error=True)

    def show_page(self, key: str) -> None:
        self.pages.setCurrentIndex(self.page_keys.index(key))
        self._refresh_current()
