"""评单: hold a monthly review session 评议会 (community, month, who reviewed) and
score the month's completed orders 1-5."""

import datetime as dt
import re

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.errors import ValidationError
from app.orders import lists, reviews
from ui.kit.fields import text_box
from ui.kit.form_dialog import FormDialog
from ui.kit.table_model import local_time
from ui.kit.widgets import hint_label
from ui.tabs.orders.offer_dialog import date_edit

NAMES = re.compile(r"[、,，;；\s]+")


class SessionDialog(FormDialog):
    def __init__(self, root_path: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("New review session"), parent)
        self.setMinimumWidth(520)
        self.community = self.add_field(self.tr("Community:"), QComboBox(), "community")
        for unit in lists.units(root_path, 2):
            if unit.level == 2:
                self.community.addItem(unit.name, unit.uuid)
        self.month = self.add_field(self.tr("Month reviewed:"), QLineEdit(dt.date.today().strftime("%Y-%m")), "month")
        self.held_on = self.add_field(self.tr("Held on:"), date_edit(dt.date.today()))
        self.place = self.add_field(self.tr("Place:"), QLineEdit())
        self.reviewers = {}
        for kind, label in (("requester", self.tr("Requesting residents:")),
                            ("deputy", self.tr("Deputies and CPPCC members:")),
                            ("representative", self.tr("Resident representatives:"))):
            self.reviewers[kind] = self.add_field(label, QLineEdit(), "reviewers" if kind == "representative" else None)
            self.reviewers[kind].setPlaceholderText(self.tr("Names separated by 、"))
        self.notes = self.add_field(self.tr("Notes:"), text_box(50))

    def people(self) -> list[dict]:
        return [{"name": name, "kind": kind} for kind, edit in self.reviewers.items()
                for name in NAMES.split(edit.text()) if name]

    def save(self) -> str:
        return reviews.create_session(self.community.currentData() or "", self.month.text().strip(),
                                      self.held_on.date().toPython(), self.people(), self.place.text(),
                                      self.notes.toPlainText()).uuid


class ScoreDialog(FormDialog):
    """The session's community's orders completed in its month; a score of 1-5 for each reviewed."""

    def __init__(self, session_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Score the month's orders"), parent)
        self.setMinimumWidth(860)
        self.session_uuid = session_uuid
        self.rows = lists.scorable_orders(session_uuid)
        self.table = QTableWidget(len(self.rows), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Order"), self.tr("Provider"), self.tr("Completed"),
                                              self.tr("Need"), self.tr("Score")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(260)
        self.spins: list[QSpinBox] = []
        for i, row in enumerate(self.rows):
            for j, value in enumerate((row.number, row.provider, local_time(row.completed_at), row.description)):
                self.table.setItem(i, j, QTableWidgetItem(value))
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setValue(row.score or 0)
            spin.setEnabled(row.score is None)
            self.table.setCellWidget(i, 4, spin)
            self.spins.append(spin)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()  # the whole order number and date
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 150))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the need takes what is left:
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)  # the score is never off-screen
        self.table.setColumnWidth(4, 72)
        self.add_field(self.tr("Orders:"), self.table, "order")
        if not self.rows:
            self.add_field("", hint_label(self.tr("No order of this community was completed in this month.")))

    def set_score(self, number: str, value: int) -> None:
        for row, spin in zip(self.rows, self.spins, strict=True):
            if row.number == number:
                spin.setValue(value)

    def save(self) -> int:
        new = [(row, spin.value()) for row, spin in zip(self.rows, self.spins, strict=True)
               if row.score is None and spin.value()]
        if not new:
            raise ValidationError(self.tr("Give at least one order a score from 1 to 5."), field="order")
        for row, value in new:
            reviews.score(self.session_uuid, row.uuid, value)
        return len(new)
