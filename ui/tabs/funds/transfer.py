"""调剂: money out of one fund into another of the same year, both sides under
one voucher number (app.funds.ledger.transfer); an overdraft of the source
needs a leader's approval, as for an expense."""

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.funds import ledger, money, rules
from app.funds.ledger import OverdraftNeedsApproval
from ui.kit.form_dialog import FormDialog
from ui.tabs.funds.expense import approve_overdraft
from ui.tabs.funds.fields import add_amount, date_edit, posting_day


class FundTransferDialog(FormDialog):
    def __init__(self, from_uuid: str, targets: list[tuple[str, str]], parent: QWidget | None = None):
        """targets: (fund uuid, title) of the funds money may go to."""
        super().__init__(self.tr("Transfer between funds"), parent)
        self.setMinimumWidth(520)
        self.from_uuid = from_uuid
        fund = rules.fund(from_uuid)
        self.add_field(self.tr("From:"), QLabel(rules.title(fund)))
        self.add_field(self.tr("Balance:"), QLabel(self.tr("%1 yuan").replace("%1", money.yuan(ledger.balance(fund)))))
        self.target = self.add_field(self.tr("To:"), QComboBox(), "to_fund")
        for uuid, title in targets:
            if uuid != from_uuid:
                self.target.addItem(title, uuid)
        self.posted_on = self.add_field(self.tr("Date:"), date_edit(posting_day(fund.year)), "posted_on")
        self.amount = add_amount(self, self.tr("Amount (yuan):"))
        self.voucher = self.add_field(self.tr("Voucher no.:"), QLineEdit(), "voucher")
        self.voucher.setPlaceholderText(ledger.next_voucher(fund))
        self.voucher.setToolTip(self.tr("Leave blank for the next number of this fund."))
        self.description = self.add_field(self.tr("Reason:"), QLineEdit(), "description")
        self.approved_by = None
        self.amount.edit.setFocus()

    def _post(self, approval=None):
        out, _into = ledger.transfer(self.from_uuid, self.target.currentData(), self.amount.text(),
                                     self.posted_on.date().toPython(), self.voucher.text(),
                                     self.description.text(), approval=approval)
        return out.uuid

    def save(self) -> str:
        try:
            return self._post()
        except OverdraftNeedsApproval as exc:
            self.approved_by = approve_overdraft(exc.message, self)
            if self.approved_by is None:
                raise
        return self._post(self.approved_by)
