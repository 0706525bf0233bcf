"""The list pages of the four-orders tab: requests (lazy by keyset, sortable, with a
keyword search), the need list (open first) and the supply list. Each is filled
for the tab's filter by `refresh(f)`; counts come off the UI thread, and so do the
requests' pages (a one-character search reads every request at 1m): a newer search
supersedes the one under way (ui/latest.py), and its hits are counted up to 1,000."""

import dataclasses
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from app import auth
from app.orders import lists
from app.orders.lists import REQUEST_STATES, Filter
from ui.kit.count_line import with_loaded
from ui.kit.page import Page
from ui.kit.table_model import Column, TableModel, local_time
from ui.latest import Latest
from ui.runner import NORMAL
from ui.tabs.linkage.standing import standing_html

SEARCH_DELAY_MS = 250


class ListPage(Page):
    def __init__(self, tab, columns: list[Column], widths=(), flag=None, page_size: int = 200,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.model = TableModel(columns, flag, self, page_size=page_size, local_times=True)
        self.model.set_runner(tab.runner)  # a page may read every request or sort every need: never here
        self.view.setModel(self.model)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self.write_buttons: list[QPushButton] = []
        self.count_task = None
        self.counter = Latest(self, "orders-count", NORMAL)  # after the visible page's rows
        self._count_text = ""
        self.counts = self.count_line(self.model, self._line)
        self.model.failed.connect(tab._job_failed)

    def write_button(self, text: str, slot) -> QPushButton:
        button = self.button(text, slot)
        self.write_buttons.append(button)
        button.setEnabled(auth.can("write"))
        return button

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def count_later(self, count, text: str, bound: int | None = None) -> None:
        """Count the rows on the runner (a million requests take a moment) and show `text` with it;
        a count beyond `bound` shows as "1,000+". A newer count supersedes one under way."""
        self._count_text = ""
        self.count_task = self.counter.submit(self.tab.runner, lambda progress, cancelled: count(),
                                              lambda n: self._counted(n, text, bound), self.tab._job_failed)

    def _counted(self, n: int, text: str, bound: int | None = None) -> None:
        shown = f"{bound:,}+" if bound is not None and n > bound else f"{n:,}"
        self._count_text = text.replace("%1", shown)
        self.counts.show()

    def _line(self) -> str:
        if self.model.loading() and not self.model.loaded():
            return self.tr("Reading…")
        return with_loaded(self._count_text, self.model.loaded(), self.model.canFetchMore())


class RequestsPage(ListPage):
    RECEIVED, NUMBER, CATEGORY, STATE = 0, 1, 3, 4

    def __init__(self, tab, page_size: int = 200):
        columns = [Column(self.tr("Received"), lambda r: r.received_at, sort_key="received"),
                   Column(self.tr("Number"), lambda r: r.number, sort_key="number"),
                   Column(self.tr("Grid"), lambda r: r.grid_name),
                   Column(self.tr("Category"), lambda r: r.category_name, sort_key="category"),
                   Column(self.tr("State"), lambda r: r.state_name, sort_key="state"),
                   Column(self.tr("Requester"), lambda r: r.requester),
                   Column(self.tr("Urgency"), lambda r: r.urgency_name),
                   Column(self.tr("Content"), lambda r: r.content)]
        super().__init__(tab, columns, (116, 150, 136, 74, 76, 64, 62), page_size=page_size,
                         flag=lambda r: ("warn", self.tr("Past its deadline")) if r.overdue else None)
        actions = tab.actions
        self.write_button(self.tr("New request…"), actions.new_request)
        self.write_button(self.tr("Classify…"), lambda: actions.classify(self.current()))
        self.write_button(self.tr("Department feedback…"), lambda: actions.feedback(self.current()))
        self.write_button(self.tr("Escalate…"), lambda: actions.escalate(self.current()))
        self.write_button(self.tr("Decide on the escalation…"),
                          lambda: actions.decide_escalation(getattr(self.current(), "uuid", None)))
        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        self.state.addItem(self.tr("All but merged duplicates"), lists.COUNTED)  # as the start page counts
        for key, name in REQUEST_STATES.items():
            self.state.addItem(name, key)
        self.state.currentIndexChanged.connect(lambda _i: tab.refresh_page(self))
        self.bar.addWidget(self.state)
        self.search = SearchBox(self.tr("Search the content, e.g. 停车"), lambda: tab.refresh_page(self))
        self.bar.addWidget(self.search)
        self.finish_bar()
        self.detail = detail_label()
        self.layout().addWidget(self.detail)
        self.view.horizontalHeader().setSortIndicator(self.RECEIVED, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.activated.connect(lambda: actions.classify(self.current()))

    def filter(self, f: Filter) -> Filter:
        return dataclasses.replace(f, state=self.state.currentData(), keyword=self.search.text().strip())

    def show_state(self, key: str | None) -> None:
        self.state.setCurrentIndex(max(0, self.state.findData(key)))

    def refresh(self, f: Filter) -> None:
        self.search.settle()
        f = self.filter(f)
        self.model.set_pages(lambda after, n, order, desc: lists.request_page(f, after, n, order or "received",
                                                                              desc))
        if f.keyword:
            self.count_later(lambda: lists.request_hits(f), self.tr("%1 requests found"), lists.HIT_BOUND)
        else:
            self.count_later(lambda: lists.request_count(f), self.tr("%1 requests"))
        self._show_detail()

    def _show_detail(self) -> None:
        r = self.current()
        if r is None:
            self.detail.setText(self.tr("Select a request to see it in full."))
            return
        lines = [f"<b>{r.number}</b>　{r.grid_name}　{r.requester} {r.phone_masked}　{r.channel_name}　"
                 + self.tr("due %1").replace("%1", local_time(r.due_at)), r.content.replace("<", "&lt;")]
        if r.kind:
            extra = r.kind_name + (f"（{r.department}）" if r.department else "")
            lines.append(f"{extra}：{r.answer}" if r.answer else extra)
        lines.append(standing_html(r.uuid))
        self.detail.setText("<br>".join(line for line in lines if line))


class NeedsPage(ListPage):
    def __init__(self, tab, page_size: int = 200):
        columns = [Column(self.tr("State"), lambda n: n.state_name, sort_key="state"),
                   Column(self.tr("Request"), lambda n: n.request_number, sort_key="number"),
                   Column(self.tr("Received"), lambda n: n.received_at, sort_key="received"),
                   Column(self.tr("Community"), lambda n: n.community, sort_key="community"),
                   Column(self.tr("Category"), lambda n: n.category_name, sort_key="category"),
                   Column(self.tr("Requester"), lambda n: n.requester, sort_key="requester"),
                   Column(self.tr("Need"), lambda n: n.description)]
        super().__init__(tab, columns, (60, 150, 116, 90, 74, 64), page_size=page_size,
                         flag=lambda n: None if n.state == "open" else ("muted", self.tr("Dispatched or done")))
        self.write_button(self.tr("Dispatch…"), lambda: tab.actions.dispatch(self.current()))
        self.write_button(self.tr("Escalate…"), lambda: tab.actions.escalate(self.current(), "need"))
        self.write_button(self.tr("Decide on the escalation…"),
                          lambda: tab.actions.decide_escalation(getattr(self.current(), "uuid", None)))
        self.search = SearchBox(self.tr("Search the need, or a request number"), lambda: tab.refresh_page(self))
        self.bar.addWidget(self.search)
        self.finish_bar()
        self.detail = detail_label()
        self.layout().addWidget(self.detail)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # open first until a click
        self.activated.connect(lambda: tab.actions.dispatch(self.current()))

    def refresh(self, f: Filter) -> None:
        self.search.settle()
        f = dataclasses.replace(f, keyword=self.search.text().strip())
        self.model.set_pages(lambda after, n, order, desc: lists.need_page(f, after or 0, n, order, desc))
        self.count_later(lambda: lists.need_count(f), self.tr("%1 needs"))
        self._show_detail()

    def _show_detail(self) -> None:
        n = self.current()
        if n is None:
            self.detail.setText(self.tr("Select a need to see it in full."))
            return
        lines = [f"<b>{n.request_number}</b>　{n.community}　{n.state_name}", escape(n.description),
                 standing_html(n.uuid)]
        self.detail.setText("<br>".join(line for line in lines if line))


def detail_label() -> QLabel:
    """The box under a list that shows the selected row in full."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("background: #f8f9fa; padding: 6px; border: 1px solid #dadce0;")
    label.setMinimumHeight(64)
    return label


class SearchBox(QLineEdit):
    """A keyword box that searches a moment after typing stops, or at once on Enter; `refresh()`
    of its page calls `settle()` so that a search still pending does not run again later."""

    def __init__(self, placeholder: str, search):
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(190)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(search)
        self.textChanged.connect(lambda _t: self.timer.start())
        self.returnPressed.connect(search)

    def settle(self) -> None:
        self.timer.stop()


class OffersPage(ListPage):
    def __init__(self, tab, page_size: int = 200):
        columns = [Column(self.tr("Community"), lambda o: o.community), Column(self.tr("Provider"), lambda o: o.provider),
                   Column(self.tr("Category"), lambda o: o.category_name),
                   Column(self.tr("Load"), lambda o: f"{o.load}/{o.capacity}", right=True),
                   Column(self.tr("Available"), lambda o: o.availability), Column(self.tr("Valid from"), lambda o: o.valid_from),
                   Column(self.tr("Until"), lambda o: o.valid_to or ""), Column(self.tr("Offer"), lambda o: o.description)]
        super().__init__(tab, columns, (90, 150, 74, 50, 90, 84, 84), page_size=page_size,
                         flag=lambda o: ("warn", self.tr("At capacity")) if o.load >= o.capacity else None)
        self.write_button(self.tr("Add offer…"), tab.actions.add_offer)
        self.write_button(self.tr("Retire…"), lambda: tab.actions.retire_offer(self.current()))
        self.finish_bar()
        self.view.setSortingEnabled(False)

    def refresh(self, f: Filter) -> None:
        self.model.set_pages(lambda after, n, _o, _d: lists.offer_page(f, after or 0, n))
        self.count_later(lambda: lists.offer_count(f), self.tr("%1 offers"))
