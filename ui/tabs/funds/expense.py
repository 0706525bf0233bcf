"""记支出: one expense of a fund (app.funds.ledger.post_expense), and the small
dialog in which a leader approves an overdraft with their own password
(app.auth.confirm_approver) without signing the clerk out."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app import auth
from app.funds import ledger, money, rules
from app.funds.ledger import ExpenseInput, OverdraftNeedsApproval
from app.funds.types import PURPOSES
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields
from ui.kit.widgets import hint_label
from ui.tabs.funds.fields import FundScanList, add_amount, date_edit, posting_day


def approve_overdraft(message: str, parent: QWidget):
    """The approving leader (a User), or None when nobody approved."""
    return FundApprovalDialog.ask(message, parent=parent)


class FundApprovalDialog(FormDialog):
    """透支审批: a leader or administrator types their own login and password."""

    def __init__(self, message: str, parent: QWidget | None = None):
        super().__init__(self.tr("Overdraft approval"), parent)
        self.form.addRow(hint_label(message))
        self.username = self.add_field(self.tr("Leader's login:"), QLineEdit(), "username")
        self.password = self.add_field(self.tr("Password:"), QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Approve"))

    def save(self):
        return auth.confirm_approver(self.username.text(), self.password.text())


class FundExpenseDialog(FormDialog):
    def __init__(self, fund_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Record an expense"), parent)
        self.setMinimumWidth(520)
        self.fund_uuid = fund_uuid
        fund = rules.fund(fund_uuid)
        self.add_field(self.tr("Fund:"), QLabel(rules.title(fund)))
        self.add_field(self.tr("Balance:"), QLabel(self.tr("%1 yuan").replace("%1", money.yuan(ledger.balance(fund)))))
        self.posted_on = self.add_field(self.tr("Date:"), date_edit(posting_day(fund.year)), "posted_on")
        self.amount = add_amount(self, self.tr("Amount (yuan):"))
        self.voucher = self.add_field(self.tr("Voucher no.:"), QLineEdit(), "voucher")
        self.voucher.setPlaceholderText(ledger.next_voucher(fund))
        self.voucher.setToolTip(self.tr("Leave blank for the next number of this fund."))
        self.payee = self.add_field(self.tr("Payee:"), QLineEdit(), "payee")
        self.purpose = self.add_field(self.tr("Purpose:"), QComboBox(), "purpose")
        self.purpose.addItem(self.tr("(choose)"), "")
        for key, name in PURPOSES.items():
            self.purpose.addItem(name, key)
        self.description = self.add_field(self.tr("Description:"), QLineEdit(), "description")
        self.approver = self.add_field(self.tr("Approved by:"), QLineEdit(), "approver")
        limit_fields(self, ExpenseInput)
        self.scans = self.add_field(self.tr("Invoices and receipts:"), FundScanList(), "attachments")
        self.approved_by = None  # the leader who approved an overdraft
        self.amount.edit.setFocus()

    def data(self) -> ExpenseInput:
        return ExpenseInput(
            posted_on=self.posted_on.date().toPython(), amount=self.amount.text(), voucher=self.voucher.text(),
            payee=self.payee.text(), purpose=self.purpose.currentData(), description=self.description.text(),
            approver=self.approver.text(), attachments=[Path(p) for p in self.scans.paths])

    def save(self) -> str:
        data = self.data()
        try:
            return ledger.post_expense(self.fund_uuid, data).uuid
        except OverdraftNeedsApproval as exc:
            self.approved_by = approve_overdraft(exc.message, self)
            if self.approved_by is None:
                raise
        return ledger.post_expense(self.fund_uuid, data, approval=self.approved_by).uuid
