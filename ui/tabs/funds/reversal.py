"""红字冲销: cancel a posted entry by an entry of the opposite amount, with the
reason (app.funds.ledger.reverse). Both sides of a transfer are reversed together.
Nothing is ever edited or deleted: a correction is a reversal plus a new entry."""

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.funds import ledger, money, rules
from app.funds.types import KINDS
from ui.kit.form_dialog import FormDialog
from ui.kit.widgets import hint_label
from ui.tabs.funds.fields import date_edit, posting_day


class FundReversalDialog(FormDialog):
    def __init__(self, entry_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Red reversal"), parent)
        self.setMinimumWidth(520)
        self.entry_uuid = entry_uuid
        entry = ledger.entry(entry_uuid)
        fund = entry.fund  # read with the entry
        self.add_field(self.tr("Fund:"), QLabel(rules.title(fund)))
        summary = (f"{entry.posted_on}　{entry.voucher or entry.doc_no or ''}　{KINDS.get(entry.kind, entry.kind)}　"
                   f"{money.yuan(entry.amount_fen)}　{entry.description or ''}")
        self.add_field(self.tr("Entry:"), QLabel(summary), "entry")
        if entry.transfer_id:
            self.form.addRow(hint_label(self.tr("Both sides of the transfer are reversed together.")))
        self.form.addRow(hint_label(self.tr("A reversal is an entry of the opposite amount; the original stays in "
                                            "the ledger, marked as reversed. It cannot be undone.")))
        self.reason = self.add_field(self.tr("Reason:"), QPlainTextEdit(), "reason")
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        self.posted_on = self.add_field(self.tr("Date:"), date_edit(posting_day(fund.year)), "posted_on")
        self.voucher = QLineEdit()
        if entry.kind == "expense":
            self.add_field(self.tr("Voucher no.:"), self.voucher, "voucher")
            self.voucher.setPlaceholderText(ledger.next_voucher(fund))
            self.voucher.setToolTip(self.tr("Leave blank for the next number of this fund."))
        self.reason.setFocus()

    def save(self) -> list[str]:
        made = ledger.reverse(self.entry_uuid, self.reason.toPlainText(), self.posted_on.date().toPython(),
                              self.voucher.text())
        return [e.uuid for e in made]
