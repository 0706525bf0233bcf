"""The running ledger 明细账 of one fund: every entry in (posted_on, uuid) order with
its income or expense, the balance after it and its marks, then the totals; and
the funds of a year with their sums (fund_balances), to choose a ledger from.

Columns follow the entry's kind, as on a paper ledger: allocations and transfers
in are income 收入, expenses and transfers out are expense 支出. A red reversal
红字 stays in its original's column with a negative figure, so each column's
total is net of reversals (the expense total is what was really spent, plus
transfers out). A date range [start, end) carries the balance before `start`
in as the opening balance 期初余额.
"""

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from app.funds.types import FUND_TYPES, KINDS, PURPOSES
from app.funds.views import (
    LIVE_ENTRY,
    LIVE_FUND,
    FundInfo,
    day_range,
    fund_columns,
    fund_info,
    sum_columns,
    under,
    with_holders,
)
from app.scope import within
from db.models import Fund, LedgerEntry, OrgUnit, PartyBranch

INCOME_KINDS = ("allocation", "transfer_in")


@dataclass(frozen=True)
class LedgerLine:
    uuid: str
    posted_on: dt.date
    voucher: str  # 凭证号, or an allocation's document number 拨款文号
    kind: str
    purpose: str | None
    payee: str | None
    description: str | None
    approver: str | None
    income_fen: int  # this entry's figure in the income column (negative for a red reversal)
    expense_fen: int  # in the expense column (negative for a red reversal)
    balance_fen: int  # after this entry
    reverses_voucher: str | None  # a reversal: the voucher (or document number) of the original
    reason: str | None  # a reversal: why
    reversed_by: str | None  # an original that has been reversed: the reversal's voucher ("" if none)
    overdraft_by: str | None
    transfer_id: str | None

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def purpose_label(self) -> str:
        return PURPOSES.get(self.purpose, self.purpose or "") if self.purpose else ""

    @property
    def is_reversal(self) -> bool:
        return self.reverses_voucher is not None

    @property
    def marks(self) -> tuple[str, ...]:
        """红字 (with the original and the reason), 已冲销, 透支审批：<user>."""
        out = []
        if self.is_reversal:
            out.append(f"红字：冲销 {self.reverses_voucher}（{self.reason or '未填原因'}）")
        if self.reversed_by is not None:
            out.append(f"已冲销（{self.reversed_by}）" if self.reversed_by else "已冲销")
        if self.overdraft_by:
            out.append(f"透支审批：{self.overdraft_by}")
        return tuple(out)

    @property
    def note(self) -> str:
        return "；".join(self.marks)


@dataclass(frozen=True)
class RunningLedger:
    fund: FundInfo
    start: dt.date | None
    end: dt.date | None  # exclusive
    opening_fen: int
    lines: list[LedgerLine]

    @property
    def income_fen(self) -> int:
        return sum(line.income_fen for line in self.lines)

    @property
    def expense_fen(self) -> int:
        return sum(line.expense_fen for line in self.lines)

    @property
    def closing_fen(self) -> int:
        return self.opening_fen + self.income_fen - self.expense_fen


@dataclass(frozen=True)
class FundBalance:
    fund: FundInfo
    entries: int
    allocated_fen: int
    spent_fen: int
    transferred_fen: int  # transfers in − transfers out
    balance_fen: int


def fund_balances(root_path: str | None, year: int) -> list[FundBalance]:
    """Every fund of the year under root_path (None = all held here) with its sums — the list to
    pick a running ledger from — in tree order, a community's own funds (in FUND_TYPES order)
    before its branches'. One grouped query."""
    root_path = within(root_path)
    rank = Case(Fund.fund_type, [(t, i) for i, t in enumerate(FUND_TYPES)], len(FUND_TYPES))
    query = (with_holders(Fund.select(*fund_columns(), fn.COUNT(LedgerEntry.uuid), *sum_columns()))
             .switch(Fund).join(LedgerEntry, JOIN.LEFT_OUTER, on=((LedgerEntry.fund == Fund.uuid) & LIVE_ENTRY))
             .where((Fund.year == year) & LIVE_FUND)
             .group_by(Fund.uuid)
             .order_by(OrgUnit.path, fn.COALESCE(PartyBranch.name, ""), rank))
    return [FundBalance(FundInfo(*r[:6]), *r[6:]) for r in under(query, root_path).tuples()]


def running_ledger(fund_uuid: str, start: dt.date | None = None, end: dt.date | None = None) -> RunningLedger:
    """The fund's entries dated in [start, end) (both optional) with the running balance."""
    info = fund_info(fund_uuid)
    opening = 0
    if start:
        opening = (LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.amount_fen), 0))
                   .where((LedgerEntry.fund == fund_uuid) & LIVE_ENTRY & (LedgerEntry.posted_on < start)).scalar())
    balance, lines = opening, []
    for row in day_range(_entries(fund_uuid), start, end).tuples().iterator():
        line = _line(row, balance)
        balance = line.balance_fen
        lines.append(line)
    return RunningLedger(info, start, end, opening, lines)


def _entries(fund_uuid: str):
    original, reversal = LedgerEntry.alias("original"), LedgerEntry.alias("reversal")
    e = LedgerEntry
    return (e.select(e.uuid, e.posted_on, fn.COALESCE(e.voucher, e.doc_no, ""), e.kind, e.purpose, e.payee,
                     e.description, e.approver, e.amount_fen, e.reverses,
                     fn.COALESCE(original.voucher, original.doc_no, ""), e.reason,
                     reversal.uuid, fn.COALESCE(reversal.voucher, reversal.doc_no, ""), e.overdraft_by, e.transfer_id)
            .join(original, JOIN.LEFT_OUTER, on=(e.reverses == original.uuid))
            .switch(e).join(reversal, JOIN.LEFT_OUTER,
                            on=((reversal.reverses == e.uuid) & (reversal.deleted == False)))  # noqa: E712
            .where((e.fund == fund_uuid) & LIVE_ENTRY)
            .order_by(e.posted_on, e.uuid))


def _line(row: tuple, balance: int) -> LedgerLine:
    (uuid, posted_on, voucher, kind, purpose, payee, description, approver, amount, reverses, original_voucher,
     reason, reversal_uuid, reversal_voucher, overdraft_by, transfer_id) = row
    income = amount if kind in INCOME_KINDS else 0
    expense = 0 if kind in INCOME_KINDS else -amount
    if isinstance(posted_on, str):
        posted_on = dt.date.fromisoformat(posted_on)
    return LedgerLine(uuid, posted_on, voucher, kind, purpose, payee, description, approver, income, expense,
                      balance + amount, original_voucher if reverses else None, reason if reverses else None,
                      reversal_voucher if reversal_uuid else None, overdraft_by, transfer_id)
