"""Posting: allocations, expenses, transfers between funds and red reversals 红字冲销.

Every posting is one transaction (taken with an IMMEDIATE lock, so the balance
checked is the balance written against). A posted entry is never edited or
deleted; a correction is a reversal — the same kind with the opposite amount,
pointing at the original, with the reason — plus a new entry. An expense or
transfer that would take a fund below zero needs a leader's approval
(app.auth.confirm_approver), recorded on the entry.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from app import attachments
from app.auth import User, current_user, require
from app.errors import Conflict, NotFound, ValidationError
from app.funds import money, rules
from app.funds.types import PURPOSES
from app.validators import check_input, check_text, text_field
from db.connection import database
from db.ids import new_uuid
from db.models import Fund, LedgerEntry

VOUCHER = re.compile(r"[\w\-－—/（）()〔〕]{1,30}")


class OverdraftNeedsApproval(ValidationError):
    """The posting would take the fund below zero: ask a leader, then post again with `approval`."""

    code = "E_OVERDRAFT"

    def __init__(self, message: str, balance_after: int):
        super().__init__(message, field="amount")
        self.balance_after = balance_after


@dataclass
class ExpenseInput:
    posted_on: dt.date | str | None = text_field(20, "支出日期", default=None)
    amount: str | int = text_field(20, "金额")
    voucher: str = text_field(30, "凭证号")  # blank: the next number of the fund (记2026-0001)
    payee: str = text_field(60, "收款单位或个人")
    purpose: str = text_field(30, "用途")
    description: str = text_field(200, "摘要", multiline=True)
    approver: str = text_field(30, "审批人")
    attachments: list[Path] = field(default_factory=list)  # invoice / receipt scans


def balance(fund: Fund | str) -> int:
    return LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.amount_fen), 0)).where(
        (LedgerEntry.fund == fund) & (LedgerEntry.deleted == False)).scalar()  # noqa: E712


def net(fund: Fund | str, kind: str) -> int:
    return LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.amount_fen), 0)).where(
        (LedgerEntry.fund == fund) & (LedgerEntry.kind == kind) & (LedgerEntry.deleted == False)).scalar()  # noqa: E712


def entry(uuid: str) -> LedgerEntry:
    """One posted entry, to reverse, with its fund read in the same query."""
    return LedgerEntry.select(LedgerEntry, Fund).join(Fund).where(LedgerEntry.uuid == uuid).get()


def next_voucher(fund: Fund) -> str:
    prefix = f"记{fund.year}-"
    used = (LedgerEntry.select(LedgerEntry.voucher)
            .where((LedgerEntry.fund == fund) & LedgerEntry.voucher.startswith(prefix)))
    numbers = [int(v[len(prefix):]) for (v,) in used.tuples() if v[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def _amount(raw) -> int:
    fen = raw if isinstance(raw, int) and not isinstance(raw, bool) else money.parse(raw)
    if fen <= 0:
        raise ValidationError("金额必须大于零。", field="amount")
    if fen > money.MAX_FEN:
        raise ValidationError("金额过大，请核对后重填。", field="amount")
    return fen


def _voucher(raw: str, fund: Fund) -> str:
    voucher = (raw or "").strip()
    if not voucher:
        return next_voucher(fund)
    if not VOUCHER.fullmatch(voucher):
        raise ValidationError(f"凭证号“{voucher}”格式不对：请用不超过 30 个字的字母、数字、汉字和“-”，"
                              "例如 记2026-0012。", field="voucher")
    if LedgerEntry.select().where((LedgerEntry.fund == fund) & (LedgerEntry.voucher == voucher)).exists():
        raise Conflict(f"凭证号“{voucher}”在“{rules.title(fund)}”中已经用过：同一账户同一年度凭证号不能重复，"
                       f"请核对纸质凭证（下一个可用的是 {next_voucher(fund)}）。", field="voucher")
    return voucher


def _text(raw, field: str, label: str, *, required: bool = True) -> str | None:
    value = (raw or "").strip()
    if required and not value:
        raise ValidationError(f"请填写{label}。", field=field)
    return value or None


def _overdraft(fund: Fund, fen: int, approval: User | None) -> str | None:
    after = balance(fund) - fen
    if after >= 0:
        return None
    if approval is None:
        raise OverdraftNeedsApproval(
            f"这笔支出会让“{rules.title(fund)}”余额变为 {money.yuan(after)} 元（透支）。"
            "透支须经领导审批：请领导输入自己的账号和密码确认后再记账，或改小金额。", after)
    if approval.role not in ("admin", "leader"):
        raise ValidationError("透支须由领导或管理员审批。", field="approval")
    return approval.username


def post_allocation(fund_uuid: str, amount, posted_on, doc_no: str, description: str = "") -> LedgerEntry:
    """拨付 into a fund; allowed at the keeping site or any site above the fund (no voucher)."""
    require("approve")
    check_text(doc_no or "", label="拨付文号", limit=40, field="doc_no")
    check_text(description or "", label="摘要", limit=200, field="description", multiline=True)
    fund = rules.fund(fund_uuid)
    rules.in_scope(fund.community)
    fen = _amount(amount)
    day = rules.day(posted_on, fund, "拨付日期")
    doc_no = _text(doc_no, "doc_no", "拨款文号")
    with database.atomic(lock_type="IMMEDIATE"):
        return LedgerEntry.create(fund=fund, kind="allocation", posted_on=day, amount_fen=fen, doc_no=doc_no,
                                  description=_text(description, "description", "说明", required=False))


def post_expense(fund_uuid: str, data: ExpenseInput, approval: User | None = None) -> LedgerEntry:
    require("write")
    check_input(data)
    fund = rules.fund(fund_uuid)
    rules.kept_here(fund)
    fen = _amount(data.amount)
    day = rules.day(data.posted_on, fund)
    if data.purpose not in PURPOSES:
        raise ValidationError(f"请选择支出用途：{'、'.join(PURPOSES.values())}。", field="purpose")
    payee = _text(data.payee, "payee", "收款单位或个人")
    approver = _text(data.approver, "approver", "审批人")
    files = [attachments.check(p) for p in data.attachments]
    with database.atomic(lock_type="IMMEDIATE"):
        entry = LedgerEntry.create(
            fund=fund, kind="expense", posted_on=day, amount_fen=-fen, voucher=_voucher(data.voucher, fund),
            payee=payee, purpose=data.purpose, approver=approver, overdraft_by=_overdraft(fund, fen, approval),
            description=_text(data.description, "description", "摘要"))
        for path in files:
            attachments.store("ledger_entry", entry.uuid, path)
    return entry


def transfer(from_uuid: str, to_uuid: str, amount, posted_on, voucher: str, description: str,
             approval: User | None = None) -> tuple[LedgerEntry, LedgerEntry]:
    """调剂: out of one fund into another, both sides under one voucher number and transfer id."""
    require("approve")
    check_text(voucher or "", label="凭证号", limit=30, field="voucher")
    check_text(description or "", label="调剂原因", limit=200, field="description", multiline=True)
    source, target = rules.fund(from_uuid), rules.fund(to_uuid)
    if source.uuid == target.uuid:
        raise ValidationError("调出和调入不能是同一个账户。", field="to_fund")
    rules.kept_here(source)
    rules.kept_here(target)
    fen = _amount(amount)
    day = rules.day(posted_on, source, "调剂日期")
    rules.day(day, target, "调剂日期")
    description = _text(description, "description", "调剂原因")
    link = new_uuid()
    with database.atomic(lock_type="IMMEDIATE"):
        number = _voucher(voucher or max(next_voucher(source), next_voucher(target)), source)
        _voucher(number, target)  # free in the target fund too
        by = _overdraft(source, fen, approval)
        out = LedgerEntry.create(fund=source, kind="transfer_out", posted_on=day, amount_fen=-fen, voucher=number,
                                 payee=rules.title(target), description=description, transfer_id=link,
                                 overdraft_by=by)
        into = LedgerEntry.create(fund=target, kind="transfer_in", posted_on=day, amount_fen=fen, voucher=number,
                                  payee=rules.title(source), description=description, transfer_id=link)
    return out, into


def reverse(entry_uuid: str, reason: str, posted_on=None, voucher: str = "") -> list[LedgerEntry]:
    """红字冲销: cancel a posted entry (both sides of a transfer) by entries of the opposite amount."""
    require("approve")
    check_text(reason or "", label="冲销原因", limit=200, field="reason", multiline=True)
    check_text(voucher or "", label="凭证号", limit=30, field="voucher")
    original = LedgerEntry.live_by_id(entry_uuid)
    if original is None:
        raise NotFound("找不到这条分录，请刷新后再试。")
    if original.reverses_uuid:
        raise ValidationError("这是一条红字冲销分录，不能再冲销；如需更正请重新记一笔。", field="entry")
    reason = _text(reason, "reason", "冲销原因")
    group = [original]
    if original.transfer_id:
        group = list(LedgerEntry.live().where((LedgerEntry.transfer_id == original.transfer_id)
                                              & LedgerEntry.reverses.is_null()))
    made = []
    with database.atomic(lock_type="IMMEDIATE"):
        for row in group:
            made.append(_reverse_one(row, reason, posted_on, voucher))
    return made


def _reverse_one(row: LedgerEntry, reason: str, posted_on, voucher: str) -> LedgerEntry:
    fund = row.fund
    if LedgerEntry.select().where(LedgerEntry.reverses == row).exists():
        raise Conflict(f"凭证 {row.voucher or row.doc_no} 已经冲销过，不能重复冲销。", field="entry")
    if row.kind == "allocation":
        rules.in_scope(fund.community)
    else:
        rules.kept_here(fund)
    default = min(dt.date.today(), dt.date(fund.year, 12, 31))
    day = rules.day(posted_on or default, fund, "冲销日期")
    if day < row.posted_on:
        raise ValidationError("冲销日期不能早于原分录的日期。", field="posted_on")
    number = None if row.kind == "allocation" else _voucher(voucher if row.kind == "expense" else "", fund)
    # taking back money (an allocation or a transfer in) may leave the fund below zero: the
    # reversing leader's approval is recorded, as for an overdraft
    by = current_user().username if balance(fund) - row.amount_fen < 0 else None
    return LedgerEntry.create(
        fund=fund, kind=row.kind, posted_on=day, amount_fen=-row.amount_fen, voucher=number, doc_no=row.doc_no,
        payee=row.payee, purpose=row.purpose, description=f"冲销 {row.voucher or row.doc_no}：{row.description or ''}",
        approver=row.approver, reverses=row, reason=reason, transfer_id=row.transfer_id, overdraft_by=by)
