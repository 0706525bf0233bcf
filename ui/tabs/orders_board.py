"""The service-order board: the states on the left with their counts, the orders
of the chosen state in the middle (lazy), and on the right the selected order,
the actions its state allows (and only those) and its history."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.orders import lists, service
from app.orders.lists import Filter
from app.orders.service import ACTIONS, STATES
from ui.models.order_models import Column, PagedModel, local_time
from ui.tabs.orders_actions import allowed
from ui.tabs.unit_pages import table_view


class BoardPage(QWidget):
    def __init__(self, tab, page_size: int = 200, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.states = QListWidget()
        self.states.setMaximumWidth(170)
        self.states.setSpacing(3)
        for key, name in STATES.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.states.addItem(item)
        self.states.setCurrentRow(0)
        self.states.currentRowChanged.connect(lambda _r: self._fill_orders())
        self.model = PagedModel([
            Column(self.tr("Number"), lambda o: o.number), Column(self.tr("Dispatched"), lambda o: o.dispatched_at),
            Column(self.tr("Community"), lambda o: o.community), Column(self.tr("Provider"), lambda o: o.provider),
            Column(self.tr("Category"), lambda o: o.category_name), Column(self.tr("Need"), lambda o: o.description)],
            self, page_size, flag=lambda o: ("warn", self.tr("Supervised")) if o.supervised else None)
        self.view = table_view()
        self.view.setSortingEnabled(False)
        self.view.setModel(self.model)
        for column, width in enumerate((176, 116, 80, 120, 70)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_order())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (action, text) in enumerate((
                ("accept", self.tr("Accept")), ("return", self.tr("Return…")), ("contact", self.tr("Contacted…")),
                ("complete", self.tr("Complete…")), ("callback", self.tr("Call back…")), ("restart", self.tr("Restart")),
                ("supervise", self.tr("Supervise…")), ("cancel", self.tr("Cancel order…")))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, a=action: tab.actions.order_action(self.current_uuid(), a))
            grid.addWidget(button, i // 4, i % 4)
            self.buttons[action] = button
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("By"), self.tr("Note")])
        self.history.verticalHeader().hide()
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column, width in enumerate((116, 90, 60)):
            self.history.setColumnWidth(column, width)
        side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(4, 0, 0, 0)
        right.addWidget(self.detail)
        right.addLayout(grid)
        right.addWidget(QLabel(self.tr("History")))
        right.addWidget(self.history, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.states, self.view, side):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 6, 0)
        layout.addWidget(self.splitter)
        self._filter = Filter()
        self.show_order()

    def refresh(self, f: Filter) -> None:
        self._filter = f
        counts = lists.order_state_counts(f)
        for row in range(self.states.count()):
            item = self.states.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{STATES[key]}（{counts.get(key, 0):,}）")
        self._fill_orders()

    def state(self) -> str:
        return self.states.currentItem().data(Qt.ItemDataRole.UserRole)

    def show_state(self, key: str) -> None:
        self.states.setCurrentRow(list(STATES).index(key))

    def _fill_orders(self) -> None:
        f, state = self._filter, self.state()
        keep = self.current_uuid()
        self.model.set_source(lambda after, n, _o, _d: lists.order_page(f, state, after or 0, n))
        row = self.model.row_of(keep) if keep else -1
        self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self.show_order()

    def select(self, uuid: str) -> None:
        """Show an order: its state's column, then the order in it."""
        self.show_state(service.get(uuid).state)
        while self.model.row_of(uuid) < 0 and self.model.canFetchMore():
            self.model.fetchMore()
        self.view.setCurrentIndex(self.model.index(self.model.row_of(uuid), 0))

    def current_uuid(self) -> str | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.uuid if row else None

    def show_order(self) -> None:
        uuid = self.current_uuid()
        order = service.get(uuid) if uuid else None
        offered = allowed(order.state, auth.can("approve")) if order and auth.can("write") else set()
        for action, button in self.buttons.items():
            button.setEnabled(action in offered)
        self.detail.setText(self._describe(order) if order else self.tr("No order selected."))
        events = service.history(uuid) if uuid else []
        self.history.setRowCount(len(events))
        for i, e in enumerate(events):
            for j, value in enumerate((local_time(e.at), ACTIONS.get(e.action, e.action), e.by or "", e.note or "")):
                self.history.setItem(i, j, QTableWidgetItem(value))
        self.history.resizeRowsToContents()

    def _describe(self, o) -> str:
        need = o.need
        supervised = "　<span style='color:#b3261e'>督办</span>" if o.supervised else ""
        lines = [f"<b>{o.number}</b>　{STATES[o.state]}{supervised}",
                 self.tr("Need: %1").replace("%1", need.description),
                 self.tr("Requester: %1").replace("%1", need.request.requester_name),
                 self.tr("Respond by %1, complete by %2").replace("%1", local_time(o.respond_by))
                 .replace("%2", local_time(o.complete_by))]
        for label, value in ((self.tr("Contact"), o.contact_note), (self.tr("Result"), o.result),
                             (self.tr("Feedback"), o.feedback), (self.tr("Return reason"), o.return_reason),
                             (self.tr("Matched because"), o.match_reason)):
            if value:
                lines.append(f"{label}：{value}")
        if o.redo_count:
            lines.append(self.tr("Redone %1 times").replace("%1", str(o.redo_count)))
        return "<br>".join(lines)
