"""Fields the fund dialogs share: an amount in yuan with its capital-Chinese form
under it, updated as the clerk types (checked against the paper voucher), and
the parse error shown next to it at once; a posting date inside the fund's year;
the list of invoice and receipt scans."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import ValidationError, user_message
from app.funds import money
from ui.kit.widgets import date_edit as date_edit  # the one date field, re-exported for the fund dialogs
from ui.kit.widgets import error_label, set_error


def posting_day(year: int, today: dt.date | None = None) -> dt.date:
    """Today, or the last day of a past year's fund."""
    today = today or dt.date.today()
    return min(today, dt.date(year, 12, 31)) if year <= today.year else dt.date(year, 1, 1)


class FundAmountField(QWidget):
    """元 typed as 1,234.56 or 1234.5元; `fen()` is None while it cannot be read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error_label()  # add_amount() puts the dialog's label for the field here
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 1,234.56"))
        self.capital = QLabel()
        self.capital.setObjectName("capital")
        self.capital.setStyleSheet("color: #1a5fb4;")
        self.capital.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edit)
        box.addWidget(self.capital)
        self.edit.textChanged.connect(self._typed)
        self._typed("")

    def _typed(self, text: str) -> None:
        fen = None
        if text.strip():
            try:
                fen = money.parse(text)
            except ValidationError as exc:
                set_error(self.error, user_message(exc))
            else:
                set_error(self.error, "")
        else:
            set_error(self.error, "")
        self.capital.setText(self.tr("In capitals: %1").replace("%1", money.capital(fen)) if fen is not None
                             else self.tr("In capitals: —"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def fen(self) -> int | None:
        try:
            return money.parse(self.edit.text())
        except ValidationError:
            return None


def add_amount(dialog, label: str, key: str = "amount") -> FundAmountField:
    """An FundAmountField on a FormDialog whose parse errors use the dialog's red label of `key`."""
    field = FundAmountField()
    dialog.add_field(label, field, key)
    field.error = dialog.errors[key]
    return field


class FundScanList(QWidget):
    """Invoice and receipt scans to keep with an entry (chosen through ui.ask.open_paths)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths: list[str] = []
        self.label = QLabel(self.tr("(none)"))
        self.label.setWordWrap(True)
        add = QPushButton(self.tr("Add scans…"))
        add.clicked.connect(self.add_files)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.clear)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.label, 1)
        line.addWidget(add)
        line.addWidget(clear)

    def add_files(self) -> None:
        from ui import ask

        chosen = ask.open_paths(self, self.tr("Invoice or receipt scans"),
                                self.tr("Scans (*.jpg *.jpeg *.png *.pdf)"))
        self.paths += [p for p in chosen if p not in self.paths]
        self._show()

    def clear(self) -> None:
        self.paths = []
        self._show()

    def _show(self) -> None:
        self.label.setText("、".join(Path(p).name for p in self.paths) or self.tr("(none)"))
