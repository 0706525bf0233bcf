"""What the service-order board and the mediation-case board share: the states
down the left (their counts set by the board), the records of the chosen state in
the middle (a lazy TableModel, set_pages), and on the right the selected record, the action
buttons its state allows and its history. The counts and the pages are read on the
tab's runner (ui/latest.py): the board shows at once and fills when they are in."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.kit.page import table_view
from ui.kit.page_reads import read_failed
from ui.latest import Latest
from ui.runner import NORMAL


class StateBoard(QWidget):
    """Subclasses build their parts with the make_* helpers, then call lay_out(), and
    implement show_current() (detail, buttons, history) and fetch(state, after, n)."""

    def make_states(self, labels: dict[str, str], width: int) -> QListWidget:
        self.state_keys = list(labels)
        self.states = QListWidget()
        self.states.setMaximumWidth(width)
        self.states.setSpacing(3)
        for key, name in labels.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.states.addItem(item)
        self.states.setCurrentRow(0)
        self.states.currentRowChanged.connect(lambda _r: self.fill())
        self.counts = Latest(self, "board-counts", NORMAL)  # after the visible state's rows
        return self.states

    def count_later(self, count: Callable[[], dict], show: Callable[[dict], None]) -> None:
        """The counts of the states on the runner; `show(counts)` when they are in."""
        self.counts.submit(self.tab.runner, lambda progress, cancelled: count(), show,
                           lambda error: read_failed(self.tab, error))

    def make_view(self, model, widths: tuple[int, ...]) -> None:
        self.model = model
        model.set_runner(self.tab.runner)
        model.fetched.connect(self._place)
        model.failed.connect(lambda error: read_failed(self.tab, error))
        self._wanted: tuple[str | None, bool] | None = None
        self.view = table_view()
        self.view.setSortingEnabled(False)
        self.view.setModel(model)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_current())

    def make_buttons(self, actions: list[tuple[str, str]], per_row: int, run: Callable[[str], object]) -> QGridLayout:
        """One button per (action, text); a click runs `run(action)` on the selected record."""
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (action, text) in enumerate(actions):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, a=action: run(a))
            grid.addWidget(button, i // per_row, i % per_row)
            self.buttons[action] = button
        return grid

    def make_history(self, widths: tuple[int, ...]) -> QTableWidget:
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("By"), self.tr("Note")])
        self.history.verticalHeader().hide()
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column, width in enumerate(widths):
            self.history.setColumnWidth(column, width)
        return self.history

    def lay_out(self, detail: QWidget, grid: QGridLayout, sizes: list[int], *, stretch: tuple[int, int] = (0, 1),
                bar: QLayout | None = None) -> None:
        side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(4, 0, 0, 0)
        right.addWidget(detail, stretch[0])
        right.addLayout(grid)
        right.addWidget(QLabel(self.tr("History")))
        right.addWidget(self.history, stretch[1])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.states, self.view, side):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(sizes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 6, 0)
        if bar is not None:
            layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def show_history(self, rows: list[tuple[str, ...]]) -> None:
        self.history.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.history.setItem(i, j, QTableWidgetItem(value))

    # -- the chosen state and record --------------------------------------------------
    def state(self) -> str:
        return self.states.currentItem().data(Qt.ItemDataRole.UserRole)

    def show_state(self, key: str) -> None:
        self.states.setCurrentRow(self.state_keys.index(key))

    def fill(self, wanted: str | None = None, search: bool = False) -> None:
        """The records of the chosen state, keeping the selected one (or selecting `wanted`, read on
        to it when `search`) once its page is in."""
        state, self._wanted = self.state(), (wanted or self.current_uuid(), search)
        self.model.set_pages(lambda after, n, _o, _d: self.fetch(state, after or 0, n))
        if self.model.loading():
            self.show_current()  # nothing selected while the page is read
        self._place()

    def _place(self) -> None:
        """Select the wanted record when the rows are in (the first if it is not there)."""
        while self._wanted is not None and not self.model.loading():
            uuid, search = self._wanted
            row = self.model.row_of(uuid) if uuid else -1
            if row < 0 and search and self.model.canFetchMore():
                self.model.fetchMore()  # here and now, or on the runner: then `fetched` calls again
                continue
            self._wanted = None
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
            self.show_current()

    def select_in(self, state: str, uuid: str) -> None:
        """Show a record: its state's column, then the record in it."""
        self.states.blockSignals(True)
        try:
            self.show_state(state)
        finally:
            self.states.blockSignals(False)
        self.fill(uuid, search=True)

    def current_uuid(self) -> str | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.uuid if row else None

    def fetch(self, state: str, after: int, n: int) -> list:
        raise NotImplementedError

    def show_current(self) -> None:
        raise NotImplementedError
