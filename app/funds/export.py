"""Excel workbooks of the ledger views, Chinese headers, one sheet per view (saved
through app.excel: a .part file renamed when complete).

Amounts are written as numbers in yuan made exactly from the fen —
Decimal(fen).scaleb(-2), never float arithmetic — with the number format
"#,##0.00", so Excel sums them and shows two decimals. Rates are numbers with
the format "0.00%"; dates are Excel dates; times are local.
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from app.excel import append, new_sheet, save
from app.funds.budget import budget_vs_actual
from app.funds.running import INCOME_KINDS, running_ledger
from app.funds.summary import purpose_summary
from app.funds.trail import closes, trail
from app.funds.types import type_label
from app.scope import within

MONEY, RATE = "#,##0.00", "0.00%"


def yuan_number(fen: int) -> Decimal:
    """123456 fen -> Decimal('1234.56'), exact."""
    return Decimal(fen).scaleb(-2)


class Money(int):
    """A cell value written as yuan with the money format."""


class Rate(float):
    """A cell value written with the percent format."""


def _sheet(wb: Workbook, title: str, headers: Sequence[str], rows: Iterable[Sequence], *, first: bool) -> int:
    ws = new_sheet(wb, title, headers, first=first)
    count = 0
    for count, row in enumerate(rows, start=1):
        append(ws, [yuan_number(v) if isinstance(v, Money) else v for v in row])
        for column, value in enumerate(row, start=1):
            if isinstance(value, Money | Rate):
                ws.cell(row=count + 1, column=column).number_format = MONEY if isinstance(value, Money) else RATE
    return count


def _write(path: Path | str, sheets: list[tuple[str, Sequence[str], Iterable[Sequence]]]) -> int:
    wb = Workbook()
    count = sum(_sheet(wb, title, headers, rows, first=(i == 0)) for i, (title, headers, rows) in enumerate(sheets))
    save(wb, path)
    return count


RUNNING_HEADERS = ["日期", "凭证号/文号", "类型", "用途", "收款方/来源", "摘要", "审批人", "收入", "支出", "余额", "备注"]


def running_rows(fund_uuid: str, start: dt.date | None = None, end: dt.date | None = None) -> list[list]:
    ledger = running_ledger(fund_uuid, start, end)
    rows = [[start, "", "", "", "", f"期初余额（{ledger.fund.label}）", "", None, None, Money(ledger.opening_fen), ""]]
    rows += [[x.posted_on, x.voucher, x.kind_label, x.purpose_label, x.payee or "", x.description or "",
              x.approver or "", *_columns(x), Money(x.balance_fen), x.note]
             for x in ledger.lines]
    rows.append([None, "", "", "", "", "合计", "", Money(ledger.income_fen), Money(ledger.expense_fen),
                 Money(ledger.closing_fen), f"{len(ledger.lines)} 笔"])
    return rows


def _columns(line) -> list:
    """The entry's figure in its own column (income or expense), the other left blank."""
    income = line.kind in INCOME_KINDS
    return [Money(line.income_fen) if income else None, None if income else Money(line.expense_fen)]


def export_running(path: Path | str, fund_uuid: str, start: dt.date | None = None,
                   end: dt.date | None = None) -> int:
    return _write(path, [("明细账", RUNNING_HEADERS, running_rows(fund_uuid, start, end))])


def summary_sheet(year: int | None = None, **scope) -> tuple[str, list[str], list[list]]:
    s = purpose_summary(year, **scope)
    headers = [f"用途（{s.title}）"] + [f"{m}月" for m in range(1, 13)] + ["合计"]
    rows = [[r.label, *map(Money, r.months), Money(r.total_fen)] for r in s.rows]
    rows.append(["合计", *map(Money, s.month_totals), Money(s.total_fen)])
    return "支出分类汇总", headers, rows


def export_summary(path: Path | str, year: int | None = None, **scope) -> int:
    """scope: root_path=, fund_type= or fund_uuid= as in purpose_summary."""
    return _write(path, [summary_sheet(year, **scope)])


BUDGET_HEADERS = ["街道", "社区", "经费类型", "账户数", "拨付", "支出", "调剂（净调入）", "余额", "执行率"]


def budget_sheet(root_path: str | None, year: int) -> tuple[str, list[str], list[list]]:
    root_path = within(root_path)
    rows = []
    for r in budget_vs_actual(root_path, year).table():
        unit = {"community": r.name, "subdistrict": "小计"}.get(r.level, "")
        sub = "合计" if r.level == "total" else r.subdistrict
        rows.append([sub, unit, r.type_label, r.funds, Money(r.allocated_fen), Money(r.spent_fen),
                     Money(r.transferred_fen), Money(r.balance_fen), Rate(r.rate)])
    return f"{year}年预算执行", BUDGET_HEADERS, rows


def export_budget(path: Path | str, root_path: str | None, year: int) -> int:
    root_path = within(root_path)
    return _write(path, [budget_sheet(root_path, year)])


TRAIL_HEADERS = ["记账时间", "记账人", "站点", "账户", "经费类型", "年度", "操作", "类型", "日期", "凭证号/文号",
                 "金额", "冲销的凭证", "冲销原因", "透支审批"]
CLOSE_HEADERS = ["单位", "代码", "结账期间", "结账人", "结账时间", "备注"]


def trail_sheets(root_path: str | None, year: int | None = None, start: dt.date | None = None,
                 end: dt.date | None = None) -> list[tuple[str, list[str], list[list]]]:
    root_path = within(root_path)
    rows = [[t.created_at, t.created_by or "", t.site_name, t.holder, type_label(t.fund_type), t.year, t.action,
             t.kind_label, t.posted_on, t.voucher, Money(t.amount_fen), t.original_voucher or "", t.reason or "",
             t.overdraft_by or ""] for t in trail(root_path, year, start, end)]
    close_rows = [[c.org_unit, c.code, c.period, c.closed_by or "", c.closed_at, c.note or ""]
                  for c in closes(root_path, year)]
    return [("记账记录", TRAIL_HEADERS, rows), ("结账记录", CLOSE_HEADERS, close_rows)]


def export_trail(path: Path | str, root_path: str | None, year: int | None = None, start: dt.date | None = None,
                 end: dt.date | None = None) -> int:
    root_path = within(root_path)
    return _write(path, trail_sheets(root_path, year, start, end))


def export_year(path: Path | str, root_path: str | None, year: int) -> int:
    """The year's budget execution, expense summary, trail and closes in one workbook."""
    root_path = within(root_path)
    sheets = [budget_sheet(root_path, year), summary_sheet(year, root_path=root_path), *trail_sheets(root_path, year)]
    return _write(path, sheets)
