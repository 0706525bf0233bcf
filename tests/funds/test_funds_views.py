"""The ledger views on hand-built ledgers with figures checkable by hand: the running
ledger with its marks, the purpose × month summary, budget vs. actual, the audit
trail and closes, and their Excel workbooks. Entries are written directly with the
models, following the ledger conventions (signed amounts, reversals of the same
kind pointing at their original, both sides of a transfer sharing transfer_id)."""

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app import org
from app.errors import NotFound
from app.funds import export
from app.funds.budget import budget_vs_actual
from app.funds.running import running_ledger
from app.funds.summary import purpose_summary
from app.funds.trail import closes, trail
from app.funds.types import close_uuid, fund_uuid
from app.funds.views import local_time
from db import context
from db.ids import new_uuid
from db.models import Fund, LedgerEntry, PartyBranch, PeriodClose

D = dt.date


# -- writing ledgers the way the posting code does ------------------------------------------
def open_fund(holder, fund_type: str, year: int) -> Fund:
    branch = holder if isinstance(holder, PartyBranch) else None
    community = holder.community if branch else holder
    return Fund.create(uuid=fund_uuid(holder.uuid, fund_type, year), community=community, branch=branch,
                       fund_type=fund_type, year=year, keeper_site=context.current.site_id)


def allocate(fund: Fund, fen: int, day: dt.date, doc_no: str = "商街财〔2025〕1号") -> LedgerEntry:
    return LedgerEntry.create(fund=fund, kind="allocation", posted_on=day, amount_fen=fen, doc_no=doc_no,
                              description="按标准拨付")


def spend(fund: Fund, fen: int, day: dt.date, voucher: str, purpose: str = "office", **extra) -> LedgerEntry:
    extra.setdefault("payee", "文具店")
    extra.setdefault("approver", "张书记")
    return LedgerEntry.create(fund=fund, kind="expense", posted_on=day, amount_fen=-fen, voucher=voucher,
                              purpose=purpose, description="支出", **extra)


def move(source: Fund, target: Fund, fen: int, day: dt.date, voucher: str) -> tuple[LedgerEntry, LedgerEntry]:
    link = new_uuid()
    out = LedgerEntry.create(fund=source, kind="transfer_out", posted_on=day, amount_fen=-fen, voucher=voucher,
                             payee="调入账户", description="调剂", transfer_id=link)
    into = LedgerEntry.create(fund=target, kind="transfer_in", posted_on=day, amount_fen=fen, voucher=voucher,
                              payee="调出账户", description="调剂", transfer_id=link)
    return out, into


def reverse(entry: LedgerEntry, day: dt.date, reason: str, voucher: str | None = None) -> LedgerEntry:
    return LedgerEntry.create(fund=entry.fund, kind=entry.kind, posted_on=day, amount_fen=-entry.amount_fen,
                              voucher=voucher, doc_no=entry.doc_no, payee=entry.payee, purpose=entry.purpose,
                              description=f"冲销 {entry.voucher or entry.doc_no}", approver=entry.approver,
                              reverses=entry, reason=reason, transfer_id=entry.transfer_id)


@pytest.fixture
def ledgers(grids):
    """城关街道: 东关社区 (public, service, two branch funds), 西关社区 (public); 大赵峪街道: 北新街社区
    (public). Year 2025, plus one 2024 fund of 东关. Amounts in fen."""
    w = dict(grids)
    w["west"] = org.add_unit(w["sub"], "611002001002", "西关社区")
    w["sub2"] = org.add_unit(w["district"], "611002002", "大赵峪街道")
    w["north"] = org.add_unit(w["sub2"], "611002002001", "北新街社区")
    w["happy"] = PartyBranch.create(community=w["com"], name="幸福小区党支部")
    w["harmony"] = PartyBranch.create(community=w["com"], name="和谐小区党支部")
    pub = w["public"] = open_fund(w["com"], "public", 2025)
    svc = w["service"] = open_fund(w["com"], "service", 2025)
    allocate(pub, 5_000_000, D(2025, 1, 10))
    allocate(svc, 10_000_000, D(2025, 1, 10))
    w["office"] = spend(pub, 120_050, D(2025, 2, 15), "记2025-0001")
    w["twice"] = spend(pub, 300_000, D(2025, 3, 20), "记2025-0002", purpose="activity")
    w["red"] = reverse(w["twice"], D(2025, 4, 2), "重复报销", voucher="记2025-0003")
    w["out"], w["in"] = move(pub, svc, 1_000_000, D(2025, 5, 5), "记2025-0004")
    w["over"] = spend(pub, 4_500_000, D(2025, 6, 1), "记2025-0005", purpose="visits", overdraft_by="leader1")
    spend(svc, 200_000, D(2025, 7, 8), "记2025-0001", purpose="repairs")
    happy, harmony = open_fund(w["happy"], "compound_party", 2025), open_fund(w["harmony"], "compound_party", 2025)
    allocate(happy, 2_000_000, D(2025, 1, 12))
    allocate(harmony, 2_000_000, D(2025, 1, 12))
    spend(happy, 50_000, D(2025, 2, 15), "记2025-0001", purpose="activity")
    west = w["west_public"] = open_fund(w["west"], "public", 2025)
    allocate(west, 5_000_000, D(2025, 1, 10))
    spend(west, 80_000, D(2025, 2, 3), "记2025-0001")
    north = open_fund(w["north"], "public", 2025)
    allocate(north, 5_000_000, D(2025, 1, 10), doc_no="商街财〔2025〕9号")
    spend(north, 1_000_000, D(2025, 2, 10), "记2025-0001", purpose="training")
    old = w["old"] = open_fund(w["com"], "public", 2024)
    allocate(old, 5_000_000, D(2024, 1, 5))
    spend(old, 10_000, D(2024, 12, 30), "记2024-0001")
    return w


# -- running ledger -----------------------------------------------------------------------------
def test_running_ledger_balances_marks_and_totals(ledgers):
    ledger = running_ledger(ledgers["public"].uuid)
    assert ledger.fund.label == "东关社区 公用经费 2025年"
    assert [x.voucher for x in ledger.lines] == ["商街财〔2025〕1号", "记2025-0001", "记2025-0002", "记2025-0003",
                                                 "记2025-0004", "记2025-0005"]
    assert [x.balance_fen for x in ledger.lines] == [5_000_000, 4_879_950, 4_579_950, 4_879_950, 3_879_950,
                                                     -620_050]
    assert [(x.income_fen, x.expense_fen) for x in ledger.lines] == [
        (5_000_000, 0), (0, 120_050), (0, 300_000), (0, -300_000), (0, 1_000_000), (0, 4_500_000)]
    assert (ledger.opening_fen, ledger.income_fen, ledger.expense_fen, ledger.closing_fen) == (
        0, 5_000_000, 5_620_050, -620_050)
    first, twice, red, out, over = ledger.lines[1:]
    assert (first.kind_label, first.purpose_label, first.payee, first.approver, first.marks) == (
        "支出", "办公用品", "文具店", "张书记", ())
    assert twice.marks == ("已冲销（记2025-0003）",) and not twice.is_reversal
    assert red.marks == ("红字：冲销 记2025-0002（重复报销）",) and red.is_reversal
    assert (red.reverses_voucher, red.reason, red.purpose_label) == ("记2025-0002", "重复报销", "活动组织")
    assert out.kind_label == "调出" and out.transfer_id == ledgers["out"].transfer_id
    assert over.note == "透支审批：leader1"


def test_running_ledger_date_range_carries_the_opening_balance(ledgers):
    ledger = running_ledger(ledgers["public"].uuid, D(2025, 3, 1), D(2025, 6, 1))
    assert ledger.opening_fen == 5_000_000 - 120_050
    assert [x.voucher for x in ledger.lines] == ["记2025-0002", "记2025-0003", "记2025-0004"]  # 06-01 is the end
    assert ledger.closing_fen == 3_879_950 == ledger.lines[-1].balance_fen
    assert ledger.lines[0].marks == ("已冲销（记2025-0003）",)
    # the reversal in the range, its original before it: the mark still names the original
    later = running_ledger(ledgers["public"].uuid, D(2025, 4, 1))
    assert later.lines[0].marks == ("红字：冲销 记2025-0002（重复报销）",) and later.opening_fen == 4_579_950


def test_a_reversal_cancels_exactly_and_a_transfer_moves_money(ledgers):
    service = running_ledger(ledgers["service"].uuid)
    assert [(x.kind_label, x.income_fen) for x in service.lines][:2] == [("拨付", 10_000_000), ("调入", 1_000_000)]
    assert service.closing_fen == 10_000_000 + 1_000_000 - 200_000
    public = running_ledger(ledgers["public"].uuid)
    twice = next(x for x in public.lines if x.voucher == "记2025-0002")
    red = next(x for x in public.lines if x.voucher == "记2025-0003")
    assert twice.expense_fen + red.expense_fen == 0
    # the two funds together hold what was allocated less what was spent: the transfer nets out
    assert public.closing_fen + service.closing_fen == 15_000_000 - (120_050 + 4_500_000 + 200_000)


def test_an_allocation_reversal_is_marked_on_its_document_number(ledgers):
    harmony = Fund.get_by_id(fund_uuid(ledgers["harmony"].uuid, "compound_party", 2025))
    original = LedgerEntry.get((LedgerEntry.fund == harmony) & (LedgerEntry.kind == "allocation"))
    reverse(original, D(2025, 2, 1), "拨错支部")
    lines = running_ledger(harmony.uuid).lines
    assert lines[0].marks == ("已冲销（商街财〔2025〕1号）",)
    assert lines[1].marks == ("红字：冲销 商街财〔2025〕1号（拨错支部）",)
    assert (lines[1].income_fen, lines[1].balance_fen) == (-2_000_000, 0)
    assert running_ledger(harmony.uuid).fund.label == "东关社区·和谐小区党支部 小区党支部党建工作经费 2025年"


def test_unknown_fund(session):
    with pytest.raises(NotFound):
        running_ledger(new_uuid())


# -- summary by purpose and month ----------------------------------------------------------------
def cell(summary, purpose: str, month: int) -> int:
    return next(r for r in summary.rows if r.purpose == purpose).months[month - 1]


def test_summary_of_one_fund_nets_reversals_and_matches_the_ledger(ledgers):
    s = purpose_summary(fund_uuid=ledgers["public"].uuid)
    assert (s.year, s.title) == (2025, "东关社区 公用经费 2025年")
    assert cell(s, "office", 2) == 120_050
    assert (cell(s, "activity", 3), cell(s, "activity", 4)) == (300_000, -300_000)
    assert next(r for r in s.rows if r.purpose == "activity").total_fen == 0
    assert cell(s, "visits", 6) == 4_500_000
    assert s.month_totals[1] == 120_050 and sum(s.month_totals) == s.total_fen == 4_620_050
    ledger = running_ledger(ledgers["public"].uuid)
    assert s.total_fen == sum(x.expense_fen for x in ledger.lines if x.kind == "expense")
    assert [r.label for r in s.rows][:3] == ["办公用品", "活动组织", "宣传印刷"]  # every purpose has its row


def test_summary_of_a_subtree_and_a_type(ledgers):
    sub = purpose_summary(2025, root_path=ledgers["sub"].path)
    assert sub.title == "城关街道 全部经费 2025年"
    assert cell(sub, "office", 2) == 120_050 + 80_000
    assert cell(sub, "activity", 2) == 50_000  # the branch's
    assert cell(sub, "training", 2) == 0  # 北新街社区 is in another subdistrict
    assert sub.total_fen == 4_950_050
    assert purpose_summary(2025).total_fen == 4_950_050 + 1_000_000
    assert purpose_summary(2024).total_fen == 10_000
    assert purpose_summary(2025, root_path=ledgers["sub"].path, fund_type="service").total_fen == 200_000
    assert purpose_summary(2025, root_path=ledgers["com"].path, fund_type="compound_party").total_fen == 50_000


# -- budget vs actual ----------------------------------------------------------------------------
def row(rows, name: str, fund_type: str | None):
    return next(r for r in rows if r.name == name and r.fund_type == fund_type)


def test_budget_vs_actual_of_the_district(ledgers):
    report = budget_vs_actual(ledgers["district"].path, 2025)
    east = row(report.communities, "东关社区", "public")
    assert (east.funds, east.allocated_fen, east.spent_fen, east.transferred_fen, east.balance_fen, east.rate) == (
        1, 5_000_000, 4_620_050, -1_000_000, -620_050, 0.924)
    service = row(report.communities, "东关社区", "service")
    assert (service.spent_fen, service.transferred_fen, service.balance_fen, service.rate) == (
        200_000, 1_000_000, 10_800_000, 0.02)
    branches = row(report.communities, "东关社区", "compound_party")
    assert (branches.funds, branches.allocated_fen, branches.spent_fen, branches.rate) == (2, 4_000_000, 50_000,
                                                                                          0.0125)
    party = row(report.communities, "东关社区", "party")  # no fund: shown with zeros
    assert (party.funds, party.allocated_fen, party.rate) == (0, 0, 0.0)
    assert not any(r.name == "西关社区" and r.fund_type == "compound_party" for r in report.communities)
    sub = row(report.subtotals, "城关街道", None)
    assert (sub.allocated_fen, sub.spent_fen, sub.transferred_fen, sub.balance_fen) == (
        24_000_000, 4_950_050, 0, 19_049_950)
    assert sub.spent_fen == purpose_summary(2025, root_path=ledgers["sub"].path).total_fen
    assert row(report.subtotals, "大赵峪街道", None).spent_fen == 1_000_000
    assert (report.total.allocated_fen, report.total.spent_fen, report.total.balance_fen) == (
        29_000_000, 5_950_050, 23_049_950)
    assert row(report.totals, "合计", "public").allocated_fen == 15_000_000
    table = report.table()
    assert [(r.level, r.name, r.type_label) for r in table[:4]] == [
        ("community", "东关社区", "公用经费"), ("community", "东关社区", "服务群众专项经费"),
        ("community", "东关社区", "党建工作经费"), ("community", "东关社区", "小区党支部党建工作经费")]
    assert [r.level for r in table].count("subdistrict") == len(report.subtotals)
    assert table[-1] is report.total and table.index(sub) < table.index(row(report.subtotals, "大赵峪街道", None))


def test_budget_of_a_subdistrict_and_another_year(ledgers):
    report = budget_vs_actual(ledgers["sub"].path, 2025)
    assert {r.name for r in report.communities} == {"东关社区", "西关社区"}
    assert report.total.spent_fen == 4_950_050 and [r.name for r in report.subtotals][-1] == "城关街道"
    old = budget_vs_actual(ledgers["district"].path, 2024)
    assert (old.total.allocated_fen, old.total.spent_fen, old.total.rate) == (5_000_000, 10_000, 0.002)


# -- audit trail and closes --------------------------------------------------------------------
def test_trail_newest_first_with_reversals(ledgers):
    rows = trail(ledgers["sub"].path, 2025)
    entries = LedgerEntry.select().count()
    assert len(rows) == entries - 2 - 2  # not 北新街社区 (2), not 2024 (2)
    assert [r.created_at for r in rows] == sorted((r.created_at for r in rows), reverse=True)
    assert rows[0].voucher == "记2025-0001" and rows[0].holder == "西关社区"  # the last one written
    red = next(r for r in rows if r.uuid == ledgers["red"].uuid)
    assert (red.action, red.original_voucher, red.reason, red.amount_fen, red.kind_label) == (
        "红字冲销", "记2025-0002", "重复报销", 300_000, "支出")
    assert red.created_at == local_time(ledgers["red"].created_at) and red.created_by == "admin"
    assert red.site_name == "商州区测试站" and red.fund_label == "东关社区 公用经费 2025年"
    over = next(r for r in rows if r.uuid == ledgers["over"].uuid)
    assert (over.action, over.overdraft_by, over.original_voucher) == ("记账", "leader1", None)
    assert {r.holder for r in trail(ledgers["district"].path, 2025)} >= {"北新街社区", "东关社区·幸福小区党支部"}
    spring = trail(ledgers["com"].path, start=D(2025, 3, 1), end=D(2025, 5, 6))
    assert sorted(r.voucher for r in spring) == ["记2025-0002", "记2025-0003", "记2025-0004", "记2025-0004"]
    assert len(trail(None, 2024)) == 2 and len(trail(None, limit=3)) == 3


def test_local_time_is_the_utc_time_moved_to_this_pc(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    import time

    time.tzset()
    try:
        assert local_time(dt.datetime(2025, 12, 31, 16, 30, 5, 999)) == dt.datetime(2026, 1, 1, 0, 30, 5)
        assert local_time("2025-03-01 01:00:00") == dt.datetime(2025, 3, 1, 9, 0)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_closes_of_the_subtree_and_above(ledgers):
    w = ledgers
    for unit, year, month in ((w["sub"], 2025, 1), (w["district"], 2024, 0), (w["sub2"], 2025, 2)):
        PeriodClose.create(uuid=close_uuid(unit.uuid, year, month), org_unit=unit, year=year, month=month,
                           note="月末结账")
    mine = closes(w["com"].path)
    assert [(c.org_unit, c.period) for c in mine] == [("城关街道", "2025年1月"), (w["district"].name, "2024年全年")]
    assert mine[0].closed_by == "admin" and mine[0].note == "月末结账"
    assert {c.org_unit for c in closes(w["district"].path)} == {"城关街道", "大赵峪街道", w["district"].name}
    assert [c.period for c in closes(w["district"].path, 2025)] == ["2025年2月", "2025年1月"]
    assert closes(w["north"].path, 2025)[0].org_unit == "大赵峪街道"


# -- Excel --------------------------------------------------------------------------------------
def values(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_export_running_ledger_writes_exact_amounts(ledgers, tmp_path):
    path = tmp_path / "明细账.xlsx"
    assert export.export_running(path, ledgers["public"].uuid) == 8  # opening, six entries, totals
    assert not (tmp_path / "明细账.xlsx.part").exists()
    ws = load_workbook(path)["明细账"]
    rows = values(ws)
    assert rows[0] == export.RUNNING_HEADERS
    assert rows[1][5] == "期初余额（东关社区 公用经费 2025年）" and rows[1][9] == 0
    assert rows[3][:3] == [dt.datetime(2025, 2, 15), "记2025-0001", "支出"] and rows[3][7] is None
    assert (rows[3][8], rows[3][9]) == (1200.5, 48799.5)
    assert ws.cell(row=4, column=9).number_format == "#,##0.00"
    assert rows[5][8] == -3000 and rows[5][10] == "红字：冲销 记2025-0002（重复报销）"
    assert rows[-1][5:11] == ["合计", None, 50000, 56200.5, -6200.5, "6 笔"]


def test_yuan_number_is_exact():
    assert export.yuan_number(123456) == Decimal("1234.56")
    assert export.yuan_number(-1) == Decimal("-0.01")
    assert str(export.yuan_number(999_999_999_999)) == "9999999999.99"


def test_export_budget_summary_trail_and_year(ledgers, tmp_path):
    w = ledgers
    export.export_budget(tmp_path / "b.xlsx", w["district"].path, 2025)
    rows = values(load_workbook(tmp_path / "b.xlsx")["2025年预算执行"])
    assert rows[0] == export.BUDGET_HEADERS
    assert rows[1] == ["城关街道", "东关社区", "公用经费", 1, 50000, 46200.5, -10000, -6200.5, 0.924]
    assert rows[-1] == ["合计", None, "全部类型", 6, 290000, 59500.5, 0, 230499.5, 0.2052]
    assert ["城关街道", "小计", "全部类型", 5, 240000, 49500.5, 0, 190499.5, 0.2063] in rows
    export.export_summary(tmp_path / "s.xlsx", fund_uuid=w["public"].uuid)
    summary = values(load_workbook(tmp_path / "s.xlsx")["支出分类汇总"])
    assert summary[0][0] == "用途（东关社区 公用经费 2025年）" and summary[-1][0] == "合计"
    assert summary[-1][-1] == 46200.5 and summary[2][3:5] == [3000, -3000]
    assert export.export_trail(tmp_path / "t.xlsx", w["sub"].path, 2025) == len(trail(w["sub"].path, 2025))
    book = load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["记账记录", "结账记录"]
    assert values(book["记账记录"])[0] == export.TRAIL_HEADERS
    export.export_year(tmp_path / "y.xlsx", w["district"].path, 2025)
    assert load_workbook(tmp_path / "y.xlsx").sheetnames == ["2025年预算执行", "支出分类汇总", "记账记录", "结账记录"]


def test_fund_balances_to_pick_a_ledger_from(ledgers):
    from app.funds.running import fund_balances

    rows = fund_balances(ledgers["com"].path, 2025)
    assert [(b.fund.holder, b.fund.type_label) for b in rows] == [
        ("东关社区", "公用经费"), ("东关社区", "服务群众专项经费"),
        ("东关社区·和谐小区党支部", "小区党支部党建工作经费"), ("东关社区·幸福小区党支部", "小区党支部党建工作经费")]
    public = rows[0]
    assert (public.entries, public.allocated_fen, public.spent_fen, public.transferred_fen, public.balance_fen) == (
        6, 5_000_000, 4_620_050, -1_000_000, -620_050)
    assert public.balance_fen == running_ledger(public.fund.uuid).closing_fen
    assert len(fund_balances(ledgers["district"].path, 2025)) == 6 and len(fund_balances(None, 2024)) == 1
    assert sum(b.balance_fen for b in fund_balances(None, 2025)) == budget_vs_actual(None, 2025).total.balance_fen
