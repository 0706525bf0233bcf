"""Sub-pages filled only when shown: a change or a new filter marks every page
stale, and a page is refreshed when it is (or becomes) the visible one. Shared by
the module tabs; a tab sets `page_keys` and has `pages`, `message_bar` and `filter()`."""

from app.errors import EXPECTED, user_message


class StalePages:
    page_keys: tuple[str, ...] = ()

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
