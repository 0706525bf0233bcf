"""结账: close a month (or a whole year) of every fund under an org unit
(app.funds.periods.close). Asked once more before it is done: a closing is
never undone, and nothing dated inside the period can be posted afterwards."""

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.funds import periods
from ui import ask
from ui.kit.form_dialog import FormDialog
from ui.kit.widgets import hint_label


def last_month(today: dt.date | None = None) -> tuple[int, int]:
    today = today or dt.date.today()
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


class FundCloseDialog(FormDialog):
    def __init__(self, org_uuid: str, org_name: str, parent: QWidget | None = None):
        super().__init__(self.tr("Close a period"), parent)
        self.org_uuid, self.org_name = org_uuid, org_name
        self.add_field(self.tr("Unit:"), QLabel(org_name))
        year, month = last_month()
        self.year = self.add_field(self.tr("Year:"), QSpinBox(), "year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.month = self.add_field(self.tr("Period:"), QComboBox(), "month")
        self.month.addItem(self.tr("Whole year"), 0)
        for m in range(1, 13):
            self.month.addItem(self.tr("Month %1").replace("%1", str(m)), m)
        self.month.setCurrentIndex(self.month.findData(month))
        self.note = self.add_field(self.tr("Note:"), QLineEdit(), "note")
        self.form.addRow(hint_label(self.tr("Every fund of this unit and of the units below it is closed for the "
                                            "period: nothing dated inside it can be posted afterwards.")))
        self.confirmed = False

    def period_text(self) -> str:
        month = self.month.currentData()
        text = self.tr("%1 %2, whole year") if month == 0 else self.tr("%1 %2-%3")
        return (text.replace("%1", self.org_name).replace("%2", str(self.year.value()))
                .replace("%3", f"{month:02d}"))

    def accept(self) -> None:
        question = self.tr("Close %1? This cannot be undone: nothing dated inside the period can be posted "
                           "afterwards, corrections are made as red reversals in an open period.")
        if not ask.confirm(self, self.tr("Close a period"), question.replace("%1", self.period_text())):
            return
        self.confirmed = True
        super().accept()

    def save(self) -> str:
        row = periods.close(self.org_uuid, self.year.value(), self.month.currentData(), self.note.text())
        return periods.describe(row)
