"""The base of the four-supports pages (a table with its buttons, a hint that says
what to do in place of an empty table, write buttons only for those who may
write) and the two 双报到 pages: registered units and in-service party members,
each searchable, with the selected one's service record for a year beside it."""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import auth
from app.errors import EXPECTED
from app.support import service_record, units
from ui.kit.page import Page
from ui.kit.page_reads import read_later
from ui.latest import Latest
from ui.tabs.support.models import UnitsModel, unit_rows


@dataclass(frozen=True)
class SupportFilter:
    root_path: str | None = None
    start: dt.date | None = None  # [start, end) local days; None = all time
    end: dt.date | None = None


class SupportPage(Page):
    """A table with buttons above it and a hint in its place when it is empty."""

    def __init__(self, tab, model, widths=(), parent: QWidget | None = None):
        super().__init__(parent)
        self.tab, self.model = tab, model
        model.setParent(self)
        self.view.setModel(model)
        self.view.setSortingEnabled(False)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368; font-size: 14px; padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.hint)
        self.layout().removeWidget(self.view)
        self.layout().addWidget(self.stack, 1)
        self.write_buttons: list[QPushButton] = []
        self._filter = SupportFilter()
        self.reads = Latest(self, "support-page")
        self._wanted: str | None = None  # a row to select once the read under way is in (one just saved)

    def finish_bar(self, with_filter: bool = False) -> None:
        """Every page ends its buttons with an Excel export of what the table shows."""
        self.button(self.tr("Export to Excel…"), lambda: self.export())
        super().finish_bar(with_filter)

    def export(self):
        return self.tab.actions.export_page(self.title(), self.model)

    def title(self) -> str:
        """The page's title in the tab (the workbook's title and file name)."""
        index = self.tab.pages.indexOf(self)
        return self.tab.pages.tabText(index) if index >= 0 else self.tr("List")

    def write_button(self, text: str, slot, permission: str = "write") -> QPushButton:
        """Shown only to a user who holds `permission`: a viewer sees no write buttons."""
        button = self.button(text, slot)
        button.setVisible(auth.can(permission))
        self.write_buttons.append(button)
        return button

    def show_rows(self, rows: list, empty: str, keep: str | None = None) -> None:
        """Fill the table (keeping the selected row), or show `empty` — what to do — in its place."""
        keep = keep or self._wanted or getattr(self.current(), "uuid", None)
        self._wanted = None
        self.model.set_rows(rows)
        self.show_table(empty, keep)

    def show_table(self, empty: str, keep: str | None) -> None:
        """The table with `keep` (or the first row) selected, or `empty` in its place."""
        rows = self.model.rowCount() > 0
        self.hint.setText(empty if not rows else "")
        self.stack.setCurrentWidget(self.view if rows else self.hint)
        if rows:
            self.select_uuid(keep)

    def empty_text(self, nothing: str, todo: str) -> str:
        """What an empty list says: how to add the first one, or that this user cannot."""
        return nothing + "\n" + (todo if auth.can("write") else self.tr("Your account can only view."))

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_uuid(self, uuid: str | None) -> None:
        if self.loading():  # the rows on screen are about to be replaced: select it among the new ones
            self._wanted = uuid or self._wanted
            return
        rows = [self.model.row_at(i).uuid for i in range(self.model.rowCount())]
        if rows:
            self.view.setCurrentIndex(self.model.index(rows.index(uuid) if uuid in rows else 0, 0))

    def loading(self) -> bool:
        return self.reads.pending()

    def refresh(self, f: SupportFilter) -> None:
        self._filter = f
        self.fill()

    def fill(self) -> None:
        """Read the rows on the runner (a newer fill supersedes one under way) and show them when in."""
        self.show_loading()
        read_later(self.tab, self.reads, self.reader(), self.show)

    def show_loading(self) -> None:
        """正在加载… in the count, and in place of the table while it is still empty."""
        self.info.setText(self.tr("Loading…"))
        if not self.model.rowCount():
            self.hint.setText(self.tr("Loading…"))
            self.stack.setCurrentWidget(self.hint)

    def reader(self):
        """The read, made here from the widgets' state: a call of app/ functions for the runner."""
        raise NotImplementedError

    def show(self, rows) -> None:
        raise NotImplementedError


class RecordPanel(QGroupBox):
    """The service record of one unit or member for a year (offers, orders, completion, score)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Service record"))
        self.year = QSpinBox()
        self.year.setRange(2000, dt.date.today().year)
        self.year.setValue(dt.date.today().year)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.values = {key: QLabel() for key in ("offers", "dispatched", "completed", "returned", "rate", "score")}
        form = QFormLayout(self)
        form.addRow(self.who)
        form.addRow(self.tr("Year:"), self.year)
        for key, label in (("offers", self.tr("Offers on the supply list:")),
                           ("dispatched", self.tr("Orders dispatched:")), ("completed", self.tr("Orders completed:")),
                           ("returned", self.tr("Orders returned:")), ("rate", self.tr("Completion rate:")),
                           ("score", self.tr("Average review score:"))):
            form.addRow(label, self.values[key])
        self.setMinimumWidth(240)

    def show_record(self, name: str, record) -> None:
        self.who.setText(f"<b>{name}</b>" if record else self.tr("Select a row to see its service record."))
        if record is None:
            for label in self.values.values():
                label.setText("—")
            return
        self.values["offers"].setText(str(record.offers))
        self.values["dispatched"].setText(str(record.dispatched))
        self.values["completed"].setText(str(record.completed))
        self.values["returned"].setText(str(record.returned))
        self.values["rate"].setText(f"{record.completion_rate:.1%}" if record.dispatched else "—")
        self.values["score"].setText(self.tr("not reviewed yet") if record.average_score is None
                                     else f"{record.average_score:.2f}")


class RegisteredPage(SupportPage):
    """Registered units or in-service members: search, register, edit, retire, service record."""

    app_module = units

    def __init__(self, tab, model, widths):
        super().__init__(tab, model, widths)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(200)
        self.search.textChanged.connect(lambda _t: self.fill())
        self.record = RecordPanel()
        self.record.year.valueChanged.connect(lambda _v: self.show_record())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.layout().removeWidget(self.stack)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.record)
        splitter.setStretchFactor(0, 1)
        self.layout().addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_record())
        self.record_reads = Latest(self, "service-record")

    def finish(self) -> None:
        self.finish_bar()
        self.bar.addWidget(self.search)

    def show_record(self) -> None:
        """The selected row's service record for the year, read on the runner."""
        row, year, module = self.current(), self.record.year.value(), self.app_module
        if row is None:
            self.record_reads.supersede()
            self.record.show_record("", None)
            return
        read_later(self.tab, self.record_reads, lambda: record_of(module, row.uuid, year),
                   lambda record: self.record.show_record(row.name if record else "", record))


def record_of(module, uuid: str, year: int):
    """The service record of a unit or member (worker), None if it was retired meanwhile (another PC,
    a bundle): the next refresh drops the row."""
    try:
        return service_record.service_record(module.get(uuid), year)
    except EXPECTED:
        return None


class UnitsPage(RegisteredPage):
    def __init__(self, tab):
        super().__init__(tab, UnitsModel(), (110, 180, 80, 70, 80, 110))
        self.write_button(self.tr("Register a unit…"), tab.actions.register_unit)
        self.write_button(self.tr("Edit…"), lambda: tab.actions.edit_unit(self.current()))
        self.write_button(self.tr("Retire"), lambda: tab.actions.retire_unit(self.current()))
        self.activated.connect(lambda: tab.actions.edit_unit(self.current()))
        self.finish()

    def reader(self):
        root, name = self._filter.root_path, self.search.text()
        return lambda: unit_rows(root, name)

    def show(self, rows: list) -> None:
        if self.search.text().strip():
            empty = self.tr("No registered unit matches “%1”.").replace("%1", self.search.text().strip())
        else:
            empty = self.empty_text(self.tr("No units have registered with a community here yet."),
                                    self.tr("Click “Register a unit…” to add the first one."))
        self.show_rows(rows, empty)
        self.info.setText(self.tr("%1 units").replace("%1", str(len(rows))))
        self.show_record()
