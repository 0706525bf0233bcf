"""The front page of the four-orders tab: the KPI cards for the filter's subtree
and period (computed on the runner: a million requests take a moment) and the
overdue orders 督办 (response or completion late), read on the runner too: the page
shows at once and fills when they are in; a newer filter drops an older answer."""

import datetime as dt

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app import stats
from app.orders import lists
from app.orders.lists import Filter
from app.orders.service import STATES
from ui.kit.page import TablePage
from ui.kit.table_model import Column, TableModel, local_time
from ui.latest import Latest
from ui.runner import NORMAL

KPI_KEYS = ("orders.requests", "orders.quick_completion_rate", "orders.needs", "orders.offers", "orders.services",
            "orders.service_completion_rate", "orders.review_sessions", "orders.response_rate",
            "orders.resolution_rate", "orders.satisfaction_rate")


def kpi_job(root_path: str | None, period):
    def job(progress, cancelled):
        return stats.compute(root_path, list(KPI_KEYS), period)
    return job


class Card(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setStyleSheet("#kpiCard { background: #ffffff; border: 1px solid #dadce0; border-radius: 6px; }")
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 20px; font-weight: 600; color: #1a73e8;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class OverviewPage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        stats._load_modules()
        self.cards = {key: Card(stats.REGISTRY[key].label) for key in KPI_KEYS}
        cards = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, i // 5, i % 5)
        self.kpi_task = self.overdue_task = None
        self.kpi_reads, self.overdue_reads = Latest(self, "orders-kpis", NORMAL), Latest(self, "orders-overdue")
        self.overdue = TablePage(TableModel([
            Column(self.tr("Late"), lambda o: o.late), Column(self.tr("Number"), lambda o: o.number),
            Column(self.tr("State"), lambda o: lists_state(o.state)), Column(self.tr("Community"), lambda o: o.community),
            Column(self.tr("Provider"), lambda o: o.provider), Column(self.tr("Deadline"), lambda o: _deadline(o)),
            Column(self.tr("Supervised"), lambda o: o.supervised), Column(self.tr("Need"), lambda o: o.description)],
            flag=lambda o: None if o.supervised else ("warn", self.tr("Not yet supervised"))),
            (70, 176, 80, 80, 120, 116, 50))
        self.supervise_button = self.overdue.button(self.tr("Supervise…"), lambda: self._on_order("supervise"))
        self.overdue.button(self.tr("Show on the board"), self.show_on_board)
        self.overdue.finish_bar(with_filter=True)
        self.overdue.activated.connect(self.show_on_board)
        title = QLabel(self.tr("Overdue orders (督办)"))
        title.setStyleSheet("font-weight: 600; margin-top: 6px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 6, 0)
        layout.addLayout(cards)
        layout.addWidget(title)
        layout.addWidget(self.overdue, 1)

    def refresh(self, f: Filter) -> None:
        self.overdue.set_rows([], self.tr("Looking for overdue orders…"))
        self.overdue_task = self.overdue_reads.submit(self.tab.runner, lambda progress, cancelled: lists.overdue_orders(f),
                                                      self.show_overdue, self.tab._job_failed)
        self.refresh_kpis(f)

    def show_overdue(self, rows: list) -> None:
        self.overdue.set_rows(rows, self.tr("%1 overdue").replace("%1", f"{len(rows):,}"))

    def refresh_kpis(self, f: Filter) -> None:
        for card in self.cards.values():
            card.value.setText("…")
        period = (f.start, f.end) if f.start or f.end else None
        if period and (period[0] is None or period[1] is None):
            period = (period[0] or dt.datetime(1900, 1, 1), period[1] or dt.datetime(9999, 1, 1))
        self.kpi_task = self.kpi_reads.submit(self.tab.runner, kpi_job(f.root_path, period), self.show_kpis,
                                              self.tab._job_failed)

    def show_kpis(self, values: dict) -> None:
        for key, value in values.items():
            self.cards[key].value.setText(stats.format_value(key, value))

    def _on_order(self, action: str) -> None:
        row = self.overdue.current()
        if row is not None:
            self.tab.actions.order_action(row.uuid, action)

    def show_on_board(self) -> None:
        row = self.overdue.current()
        if row is not None:
            self.tab.show_order(row.uuid)


def lists_state(state: str) -> str:
    return STATES.get(state, state)


def _deadline(o) -> str:
    return local_time(o.respond_by if o.state == "dispatched" else o.complete_by)
