"""The other pages of the mediation tab: deliberation meetings with their matters
(a matter can become a mediation case), virtue activities, and the three-zero
table of a year. Each is filled for the tab's filter by `refresh(f)`: its rows are
read on the tab's runner (`RowsPage.load`, ui/latest.py: a newer read drops an older
one), the page says 正在加载… until they are in."""

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget

from app import auth
from app.mediation import activities, lists, meetings
from app.mediation.lists import Filter
from ui.kit.count_line import read_apart_line
from ui.kit.page import Page
from ui.kit.page_reads import read_failed, read_later
from ui.kit.table_model import Column, TableModel
from ui.latest import Latest
from ui.runner import NORMAL
from ui.tabs.linkage.standing import standing_short

PAGE_SIZE = 200  # rows of a long list read at a time


class RowsPage(Page):
    """A table of a few hundred rows with its buttons and a kind filter."""

    def __init__(self, tab, columns: list[Column], widths=(), flag=None, kinds: dict | None = None,
                 parent: QWidget | None = None, model=None):
        super().__init__(parent)
        self.tab = tab
        self.model = TableModel(columns, flag, self) if model is None else model
        self.model.setParent(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self.write_buttons: list[QPushButton] = []
        self.kind = QComboBox()
        if kinds is not None:
            self.kind.addItem(self.tr("All kinds"), None)
            for key, name in kinds.items():
                self.kind.addItem(name, key)
        self._filter = Filter()
        self.reads = Latest(self, "page-rows")

    def load(self, read, show) -> None:
        """`read()` on the tab's runner, then `show(rows)` here; 正在加载… until the rows are in."""
        self.model.set_rows([])
        self.info.setText(self.tr("Loading…"))
        self.reads.submit(getattr(self.tab, "runner", None), lambda progress, cancelled: read(), show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.info.setText("")
        read_failed(self.tab, error)

    def write_button(self, text: str, slot) -> QPushButton:
        button = self.button(text, slot)
        self.write_buttons.append(button)
        button.setEnabled(auth.can("write"))
        return button

    def finish(self, title: str) -> None:
        if self.kind.count():
            self.bar.addWidget(self.kind)
            self.kind.currentIndexChanged.connect(lambda _i: self.refresh(self._filter))
        self.finish_bar()
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(lambda: self.export(title))
        self.bar.addWidget(export)

    def filter(self, f: Filter) -> Filter:
        return dataclasses.replace(f, kind=self.kind.currentData())

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def export(self, title: str) -> int | None:
        headers, rows = self.model.table()
        return self.tab.actions.export(title, headers, lambda: rows)


class PagedRowsPage(RowsPage):
    """A long list (thousands of meetings or activities at `1m`) read a page at a time on the tab's
    runner (ui/kit/table_model.TableModel.set_pages), its count after the first page; the export reads
    every row of the list on the runner, not only the pages loaded."""

    def __init__(self, tab, columns: list[Column], widths=(), kinds: dict | None = None):
        super().__init__(tab, [], widths, kinds=kinds, model=TableModel(columns, page_size=PAGE_SIZE, local_times=True))
        self.model.set_runner(getattr(tab, "runner", None))
        self.counter = Latest(self, "page-count", NORMAL)  # after the visible page's rows
        self.total: int | None = None
        self._first = False  # the next page in is the first of a fill
        self.model.fetched.connect(self._page_in)
        self.counts = self.count_line(self.model, lambda: read_apart_line(self.count_text, self.model, self.total))
        self.model.failed.connect(self._failed)

    def fill(self, page, count) -> None:
        """`page(offset, limit)` on the runner as the view scrolls, `count()` after the first page."""
        self.total, self._first = None, True
        self.info.setText(self.tr("Loading…"))
        self.model.set_pages(lambda offset, limit, _order, _descending: page(offset or 0, limit))
        read_later(self.tab, self.counter, count, self._counted)
        if not self.model.loading():  # without a runner the first page is in already
            self._page_in()

    def first_page_in(self) -> None:
        """The first page of a fill is in (a page selects a row here)."""

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def export_every_row(self, title: str, read) -> int | None:
        return self.tab.actions.export_all(title, self.model.columns, read)

    def _page_in(self) -> None:
        if self._first:
            self._first = False
            self.first_page_in()
        self.counts.show()

    def _counted(self, total: int) -> None:
        self.total = total
        self.counts.show()


class MeetingsPage(PagedRowsPage):
    def __init__(self, tab):
        columns = [Column(self.tr("Date"), lambda m: m.held_on), Column(self.tr("Kind"), lambda m: m.kind_name),
                   Column(self.tr("Unit"), lambda m: m.unit), Column(self.tr("Place"), lambda m: m.place),
                   Column(self.tr("Host"), lambda m: m.host),
                   Column(self.tr("Attendance"), lambda m: m.attendance, right=True),
                   Column(self.tr("Matters"), lambda m: m.matters, right=True)]
        super().__init__(tab, columns, (90, 110, 120, 120, 90, 70), kinds=meetings.KINDS)
        self.write_button(self.tr("New meeting…"), tab.actions.new_meeting)
        self.to_case = self.write_button(self.tr("Make a mediation case…"),
                                         lambda: tab.actions.matter_to_case(self.current_matter()))
        self.write_button(self.tr("Escalate the matter…"), lambda: tab.actions.escalate_matter(self.current_matter()))
        self.write_button(self.tr("Decide on the escalation…"),
                          lambda: tab.actions.decide_matter(self.current_matter()))
        self.finish(self.tr("Deliberation meetings"))
        self.matters = TableModel([Column(self.tr("Topic"), lambda m: m.topic),
                                   Column(self.tr("Category"), lambda m: m.category_name),
                                   Column(self.tr("Outcome"), lambda m: m.outcome_name),
                                   Column(self.tr("Follow-up"), lambda m: m.follow_up),
                                   Column(self.tr("Mediation cases"), lambda m: m.cases),
                                   Column(self.tr("Escalation"), lambda m: standing_short(m.uuid))],
                                  lambda m: ("warn", self.tr("Not settled yet")) if m.outcome == "open" else None, self)
        from ui.kit.page import table_view
        self.matter_view = table_view()
        self.matter_view.setSortingEnabled(False)
        self.matter_view.setModel(self.matters)
        for column, width in enumerate((220, 80, 90, 200)):
            self.matter_view.setColumnWidth(column, width)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Matters of the selected meeting")))
        box.addWidget(self.matter_view, 1)
        layout = self.layout()
        layout.removeWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(holder)
        layout.addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._fill_matters())

    def refresh(self, f: Filter) -> None:
        self._filter, self._keep, chosen = f, self.current(), self.filter(f)
        self.fill(lambda offset, limit: lists.meeting_page(chosen, offset, limit),
                  lambda: lists.meeting_count(chosen))

    def first_page_in(self) -> None:
        keep = self._keep.uuid if self._keep else None
        self.select_row(max(self.model.row_of(keep), 0) if keep else 0)
        self._fill_matters()

    def count_text(self, total: int) -> str:
        return self.tr("%1 meetings").replace("%1", f"{total:,}")

    def export(self, title: str) -> int | None:
        chosen = self.filter(self._filter)
        return self.export_every_row(title, lambda: lists.meeting_rows(chosen))

    def _fill_matters(self) -> None:
        meeting = self.current()
        self.matters.set_rows(lists.matter_rows(meeting.uuid) if meeting else [])
        if self.matters.rowCount():
            self.matter_view.setCurrentIndex(self.matters.index(0, 0))

    def current_matter(self):
        index = self.matter_view.currentIndex()
        return self.matters.row_at(index.row()) if index.isValid() else None

    def select_matter(self, row: int) -> None:
        self.matter_view.setCurrentIndex(self.matters.index(row, 0))


class ActivitiesPage(PagedRowsPage):
    def __init__(self, tab):
        columns = [Column(self.tr("Date"), lambda a: a.held_on), Column(self.tr("Kind"), lambda a: a.kind_name),
                   Column(self.tr("Title"), lambda a: a.title), Column(self.tr("Unit"), lambda a: a.unit),
                   Column(self.tr("Place"), lambda a: a.place), Column(self.tr("Organiser"), lambda a: a.organiser),
                   Column(self.tr("Audience"), lambda a: a.audience, right=True),
                   Column(self.tr("Photos"), lambda a: a.photos, right=True)]
        super().__init__(tab, columns, (90, 100, 160, 110, 110, 100, 60), kinds=activities.kinds())
        self.write_button(self.tr("New activity…"), tab.actions.new_activity)
        kind_button = self.button(self.tr("New kind…"), tab.actions.new_activity_kind)
        kind_button.setEnabled(auth.can("admin"))
        self.finish(self.tr("Virtue activities"))

    def refresh(self, f: Filter) -> None:
        self._filter, chosen = f, self.filter(f)
        self.fill(lambda offset, limit: lists.activity_page(chosen, offset, limit),
                  lambda: lists.activity_count(chosen))

    def count_text(self, total: int) -> str:
        return self.tr("%1 activities").replace("%1", f"{total:,}")

    def export(self, title: str) -> int | None:
        chosen = self.filter(self._filter)
        return self.export_every_row(title, lambda: lists.activity_rows(chosen))


class ZerosPage(RowsPage):
    def __init__(self, tab):
        columns = [Column(self.tr("Community"), lambda z: z.community),
                   Column(self.tr("Zero petitions"), lambda z: not z.petitions),
                   Column(self.tr("Petitions"), lambda z: z.petitions, right=True),
                   Column(self.tr("Zero accidents"), lambda z: not z.accidents),
                   Column(self.tr("Accidents"), lambda z: z.accidents, right=True),
                   Column(self.tr("Zero crimes"), lambda z: not z.crimes),
                   Column(self.tr("Crimes"), lambda z: z.crimes, right=True)]
        super().__init__(tab, columns, (160, 90, 70, 90, 70, 90, 70),
                         flag=lambda z: None if z.all_zero else ("warn", self.tr("Not all three zeros")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setPrefix(self.tr("Year "))
        self.year.valueChanged.connect(lambda _v: self.refresh(self._filter))
        self.bar.addWidget(self.year)
        self.write_button(self.tr("Record an event…"), tab.actions.new_event)
        self.write_button(self.tr("Log a visit or talk…"), tab.actions.new_visit)
        self.finish(self.tr("Three zeros"))

    def refresh(self, f: Filter) -> None:
        self._filter, year = f, self.year.value()
        self.load(lambda: lists.zero_rows(year, f.root_path), self._show)

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        zero = sum(1 for i in range(self.model.rowCount()) if self.model.row_at(i).all_zero)
        self.info.setText(self.tr("%1 of %2 communities with all three zeros").replace("%1", str(zero))
                          .replace("%2", str(self.model.rowCount())))

    def export(self, title: str) -> int | None:
        return super().export(f"{title}{self.year.value()}")


class CoveragePage(RowsPage):
    """The building-leader system 楼长制 and model buildings, per community."""

    def __init__(self, tab):
        from app.grid.coverage import coverage_by_community

        self._rows_of = coverage_by_community
        columns = [Column(self.tr("Community"), lambda c: c.community_name),
                   Column(self.tr("Buildings"), lambda c: c.buildings, right=True),
                   Column(self.tr("With a building leader"), lambda c: c.with_leader, right=True),
                   Column(self.tr("Coverage"), lambda c: f"{c.rate:.1%}", right=True),
                   Column(self.tr("Civilized buildings"), lambda c: c.civilized, right=True),
                   Column(self.tr("Model buildings"), lambda c: c.model, right=True)]
        super().__init__(tab, columns, (160, 80, 110, 80, 90, 90),
                         flag=lambda c: None if c.rate >= 0.9 else ("warn", self.tr("Below 90%")))
        self.finish(self.tr("Building leaders"))

    def refresh(self, f: Filter) -> None:
        self._filter = f
        self.load(lambda: self._rows_of(f.root_path), self._show)

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        total = sum(self.model.row_at(i).buildings for i in range(self.model.rowCount()))
        led = sum(self.model.row_at(i).with_leader for i in range(self.model.rowCount()))
        self.info.setText(self.tr("Building-leader coverage %1").replace("%1", f"{led / total:.1%}" if total else "—"))
