"""双报到 (2): the in-service party members, a page at a time (a district at `1m` has
44,000 of them): each page and the count are read on the runner, a newer search
supersedes the read under way, and the selected member's service record is beside them."""

from app.support import members
from ui.kit.count_line import read_apart_line
from ui.kit.page_reads import read_failed, read_later
from ui.latest import Latest
from ui.runner import NORMAL
from ui.tabs.support.models import MembersModel, member_page, member_rows
from ui.tabs.support.pages import RegisteredPage


class MembersPage(RegisteredPage):
    app_module = members

    def __init__(self, tab):
        super().__init__(tab, MembersModel(), (110, 90, 50, 180, 110))
        self.model.set_runner(tab.runner)
        self.write_button(self.tr("Register a member…"), tab.actions.register_member)
        self.write_button(self.tr("Edit…"), lambda: tab.actions.edit_member(self.current()))
        self.write_button(self.tr("Retire"), lambda: tab.actions.retire_member(self.current()))
        self.activated.connect(lambda: tab.actions.edit_member(self.current()))
        self.finish()
        self.counter = Latest(self, "members-count", NORMAL)  # after the visible page's rows
        self.total: int | None = None
        self._keep: str | None = None
        self._first = False  # the next page in is the first of a fill
        self.model.fetched.connect(self._page_in)
        self.counts = self.count_line(self.model, lambda: read_apart_line(self._count_text, self.model, self.total))
        self.model.failed.connect(lambda error: read_failed(tab, error))

    def fill(self) -> None:
        root, name = self._filter.root_path, self.search.text()
        self._keep, self.total, self._first = getattr(self.current(), "uuid", None), None, True
        self.model.set_pages(lambda offset, n, _order, _desc: member_page(root, name, offset or 0, n))
        read_later(self.tab, self.counter, lambda: members.member_count(root, name), self._counted)
        if self.model.loading():
            self.show_loading()
        else:  # without a runner the first page is in already
            self._page_in()

    def loading(self) -> bool:
        return self.model.loading()

    def export(self):
        """Every member of the list, not only the pages loaded."""
        root, name = self._filter.root_path, self.search.text()
        return self.tab.actions.export_all(self.title(), self.model.columns, lambda: member_rows(root, name))

    def _page_in(self) -> None:
        if self._first:  # select the row saved or kept (or the first), show its record
            self._first, keep, self._wanted = False, self._wanted or self._keep, None
            self.show_table(self._empty(), keep)
            self.show_record()
        self.counts.show()

    def _empty(self) -> str:
        if self.search.text().strip():
            return self.tr("No party member matches “%1”.").replace("%1", self.search.text().strip())
        return self.empty_text(self.tr("No in-service party members have registered here yet."),
                               self.tr("Click “Register a member…” to add the first one."))

    def _counted(self, total: int) -> None:
        self.total = total
        self.counts.show()

    def _count_text(self, total: int) -> str:
        return self.tr("%1 party members").replace("%1", f"{total:,}")
