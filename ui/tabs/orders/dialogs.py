"""派单 and the steps of a service order: the dispatch proposals (each with its score
and reasons) and one small form per action (return, contact, complete, call back,
cancel, supervise)."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.errors import ValidationError
from app.orders import offers, requests, service
from app.orders.service import SATISFACTION
from ui.kit.fields import combo, text_box
from ui.kit.form_dialog import FormDialog
from ui.kit.widgets import hint_label


class DispatchDialog(FormDialog):
    """Result: the new service order's uuid."""

    def __init__(self, need_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Dispatch"), parent)
        self.setMinimumWidth(880)
        shown = requests.need_to_dispatch(need_uuid)
        self.need = shown.need
        need = QLabel(f"{shown.request_number}：{shown.description}")
        need.setWordWrap(True)
        self.add_field(self.tr("Need:"), need)
        self.proposals = offers.propose(self.need)
        self.table = QTableWidget(len(self.proposals), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Provider"), self.tr("Score"), self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(220)
        for i, p in enumerate(self.proposals):
            for j, value in enumerate((p.provider, f"{p.score:.0f}", "；".join(p.reasons))):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 50)
        self.table.setWordWrap(True)  # every reason readable
        self.table.resizeRowsToContents()
        self.table.itemSelectionChanged.connect(self._picked)
        self.add_field(self.tr("Proposals:"), self.table, "offer")
        if not self.proposals:
            self.add_field("", hint_label(self.tr("No valid offer of this category yet: add one to the supply "
                                                  "list first.")))
        self.reason = self.add_field(self.tr("Reason:"), QLineEdit(), "reason")
        if self.proposals:
            self.pick(0)

    def pick(self, row: int) -> None:
        self.table.selectRow(row)
        self._picked()

    def _picked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.proposals):
            self.reason.setText("；".join(self.proposals[row].reasons))

    def save(self) -> str:
        row = self.table.currentRow()
        if not 0 <= row < len(self.proposals):
            raise ValidationError(self.tr("Please choose who will serve."), field="offer")
        return service.dispatch(self.need.uuid, self.proposals[row].offer.uuid, self.reason.text().strip()).uuid


class OrderActionDialog(FormDialog):
    """One step of an order that needs words: return, contact, complete, callback, cancel, supervise."""

    def __init__(self, order_uuid: str, action: str, parent: QWidget | None = None):
        titles = {"return": self.tr("Return the order"), "contact": self.tr("Resident contacted"),
                  "complete": self.tr("Complete the order"), "callback": self.tr("Call-back"),
                  "cancel": self.tr("Cancel the order"), "supervise": self.tr("Supervise")}
        super().__init__(titles[action], parent)
        self.order, self.action = service.get_with_need(order_uuid), action
        self.add_field(self.tr("Order:"), QLabel(f"{self.order.number}  {self.order.need.description}"))
        if action in ("return", "cancel"):
            self.note = self.add_field(self.tr("Reason:"), text_box(), "reason")
        elif action in ("contact", "supervise"):
            self.note = self.add_field(self.tr("Note:"), text_box(), "note")
        elif action == "complete":
            self.result = self.add_field(self.tr("Result:"), text_box(), "result")
            self.feedback = self.add_field(self.tr("Feedback to the resident:"), text_box(), "feedback")
        else:
            self.satisfaction = self.add_field(self.tr("Satisfaction:"), combo(SATISFACTION), "satisfaction")
            self.resolved = self.add_field("", QCheckBox(self.tr("The problem is solved")))
            self.resolved.setChecked(True)
            self.comment = self.add_field(self.tr("Comment:"), text_box())

    def save(self) -> str:
        uuid, action = self.order.uuid, self.action
        if action == "return":
            order = service.return_order(uuid, self.note.toPlainText())
        elif action == "cancel":
            order = service.cancel(uuid, self.note.toPlainText())
        elif action == "contact":
            order = service.contact(uuid, self.note.toPlainText())
        elif action == "supervise":
            order = service.supervise(uuid, self.note.toPlainText())
        elif action == "complete":
            order = service.complete(uuid, self.result.toPlainText(), self.feedback.toPlainText())
        else:
            order = service.call_back(uuid, self.satisfaction.currentData(), self.resolved.isChecked(),
                                      self.comment.toPlainText())
        return order.state
