"""The service-order board: the states on the left with their counts, the orders
of the chosen state in the middle (lazy), and on the right the selected order,
the actions its state allows (and only those) and its history."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from app.orders import lists, service
from app.orders.lists import Filter
from app.orders.service import ACTIONS, STATES
from ui.kit.state_board import StateBoard
from ui.kit.table_model import Column, TableModel, local_time
from ui.tabs.orders.actions import offered_buttons


class BoardPage(StateBoard):
    def __init__(self, tab, page_size: int = 200, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.make_states(STATES, 170)
        self.make_view(TableModel([
            Column(self.tr("Number"), lambda o: o.number), Column(self.tr("Dispatched"), lambda o: o.dispatched_at),
            Column(self.tr("Community"), lambda o: o.community), Column(self.tr("Provider"), lambda o: o.provider),
            Column(self.tr("Category"), lambda o: o.category_name), Column(self.tr("Need"), lambda o: o.description)],
            lambda o: ("warn", self.tr("Supervised")) if o.supervised else None, self, page_size=page_size,
            local_times=True),
            (176, 116, 80, 120, 70))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = self.make_buttons([
            ("accept", self.tr("Accept")), ("return", self.tr("Return…")), ("contact", self.tr("Contacted…")),
            ("complete", self.tr("Complete…")), ("callback", self.tr("Call back…")), ("restart", self.tr("Restart")),
            ("supervise", self.tr("Supervise…")), ("cancel", self.tr("Cancel order…"))], 4,
            lambda action: tab.actions.order_action(self.current_uuid(), action))
        self.make_history((116, 90, 60))
        self.lay_out(self.detail, grid, [150, 640, 420])
        self._filter = Filter()
        self.show_order()

    def refresh(self, f: Filter) -> None:
        self._filter = f
        self.count_later(lambda: lists.order_state_counts(f), self._show_counts)
        self.fill()

    def _show_counts(self, counts: dict) -> None:
        for row in range(self.states.count()):
            item = self.states.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{STATES[key]}（{counts.get(key, 0):,}）")

    def fetch(self, state: str, after: int, n: int) -> list:
        return lists.order_page(self._filter, state, after, n)

    def select(self, uuid: str) -> None:
        """Show an order: its state's column, then the order in it."""
        self.select_in(service.get(uuid).state, uuid)

    def show_current(self) -> None:
        uuid = self.current_uuid()
        order = service.get_with_need(uuid) if uuid else None
        offered = offered_buttons(order) if order else set()
        for action, button in self.buttons.items():
            button.setEnabled(action in offered)
        self.detail.setText(self._describe(order) if order else self.tr("No order selected."))
        self.show_history([(local_time(e.at), ACTIONS.get(e.action, e.action), e.by or "", e.note or "")
                           for e in (service.history(uuid) if uuid else [])])
        self.history.resizeRowsToContents()

    show_order = show_current

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
