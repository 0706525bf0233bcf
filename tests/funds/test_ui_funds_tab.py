"""The funds tab driven like a clerk: real SQLite, real dialogs (answered through
their ask() classmethods), the real runner for Excel."""

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from app import auth
from app.funds import ledger
from db.models import Attachment, Fund, LedgerEntry, PeriodClose
from tests.funds_helpers import YEAR, allocate_world
from tests.helpers import answer
from ui import ask
from ui.hub import Hub
from ui.kit.table_model import FLAG_COLOURS
from ui.runner import Runner
from ui.tabs.funds.close import FundCloseDialog
from ui.tabs.funds.expense import FundApprovalDialog, FundExpenseDialog
from ui.tabs.funds.reversal import FundReversalDialog
from ui.tabs.funds.tab import FundsTab

BALANCE = 4  # column of the fund list


@pytest.fixture
def world(grids):
    return {**grids, **allocate_world(grids)}


def make_tab(qtbot, world, runner=None):
    t = FundsTab(Hub(), runner)
    qtbot.addWidget(t)
    t.resize(1366, 700)
    t.year.setValue(YEAR)
    t.choose_unit(world["com"].path)
    t.show()
    return t


@pytest.fixture
def tab(world, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    return make_tab(qtbot, world)


def choose_fund(tab, fund_type):
    row = next(i for i, r in enumerate(tab.fund_list()) if r.fund_type == fund_type)
    tab.funds.select_row(row)
    assert tab.current_fund().fund_type == fund_type


def fill_expense(d, amount="1,234.56", day=dt.date(YEAR, 3, 10)):
    d.posted_on.setDate(QDate(day))
    d.amount.setText(amount)
    d.payee.setText("商州区文印店")
    d.purpose.setCurrentIndex(d.purpose.findData("publicity"))
    d.description.setText("宣传单印刷")
    d.approver.setText("张主任")


def colour(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)


def test_post_reverse_close_and_the_closed_month_refuses(tab, world, monkeypatch, qtbot, tmp_path):
    funds = tab.fund_list()
    assert {r.fund_type for r in funds} == {"public", "service", "party", "compound_party"}
    assert any(r.holder == "东关社区·阳光小区党支部" for r in funds)
    choose_fund(tab, "public")
    assert tab.ledger.model.rowCount() == 1 and tab.ledger.model.row_at(0).kind == "allocation"

    scan = tmp_path / "发票.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    monkeypatch.setattr(ask, "open_paths", lambda *a, **k: [str(scan)])
    monkeypatch.setattr(FundExpenseDialog, "ask", answer(FundExpenseDialog, lambda d: (
        fill_expense(d), d.scans.add_files())))
    uuid = tab.actions.record_expense()
    entry = LedgerEntry.get_by_id(uuid)
    assert Attachment.get(Attachment.owner_uuid == uuid).file_name == "发票.jpg"
    assert entry.amount_fen == -123_456 and entry.voucher == f"记{YEAR}-0001"
    assert tab.current_fund().balance_fen == 5_000_000 - 123_456
    assert tab.ledger.current().uuid == uuid and "48,765.44" in tab.ledger.info.text()

    monkeypatch.setattr(FundReversalDialog, "ask", answer(FundReversalDialog, lambda d: (
        d.reason.setPlainText("金额录错，应为 1,243.56"), d.posted_on.setDate(QDate(YEAR, 3, 12)))))
    tab.ledger.reverse_button.click()
    model = tab.ledger.model
    assert model.rowCount() == 3 and tab.current_fund().balance_fen == 5_000_000
    reversal = model.row_at(2)
    assert reversal.is_reversal and reversal.reverses_voucher == f"记{YEAR}-0001"
    assert colour(model, 2, 0) == FLAG_COLOURS["warn"]
    assert "金额录错" in model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole)
    assert colour(model, 1, 0) == FLAG_COLOURS["muted"] and "已冲销" in model.row_at(1).note
    assert not tab.ledger.reverse_button.isEnabled()  # the reversal itself is selected

    def close_march(d):
        d.year.setValue(YEAR)
        d.month.setCurrentIndex(d.month.findData(3))
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(FundCloseDialog, "ask", answer(FundCloseDialog, close_march))
    tab.unit_buttons["close"].click()
    assert f"东关社区 {YEAR}-03" in asked[0] and "cannot be undone" in asked[0]
    assert PeriodClose.select().count() == 1 and "东关社区" in tab.message_bar.text.text()
    tab.show_page("trail")
    assert tab.trail.closes.rowCount() == 1 and tab.trail.closes.row_at(0).period == f"{YEAR}年3月"
    assert tab.trail.model.rowCount() == 5 + 1  # 4 allocations, the expense, its reversal

    tab.show_page("ledger")
    dialog = FundExpenseDialog(tab.current_fund().uuid, parent=tab)
    qtbot.addWidget(dialog)
    fill_expense(dialog, "300", dt.date(YEAR, 3, 20))
    dialog.accept()
    assert "已结账" in dialog.error_text("posted_on") and dialog.result_value is None
    assert LedgerEntry.select().count() == 6
    dialog.posted_on.setDate(QDate(YEAR, 4, 2))
    dialog.accept()
    assert dialog.result_value and LedgerEntry.select().count() == 7


def test_an_overdraft_needs_a_leaders_password(world, qtbot, as_role, monkeypatch):
    auth.create_user("leader1", "王书记", "leader", "leader-pass-1")
    as_role("staff")
    tab = make_tab(qtbot, world)
    choose_fund(tab, "party")
    assert tab.ledger.transfer_button.isHidden() and not tab.ledger.expense_button.isHidden()
    tries = []

    def approve(klass, message, parent=None):
        dialog = klass(message, parent=parent)
        assert "透支" in message
        dialog.username.setText("leader1")
        dialog.password.setText("wrong-one")
        dialog.accept()
        tries.append(dialog.error_text())
        dialog.password.setText("leader-pass-1")
        dialog.accept()
        return dialog.result_value
    monkeypatch.setattr(FundApprovalDialog, "ask", classmethod(approve))
    monkeypatch.setattr(FundExpenseDialog, "ask", answer(FundExpenseDialog, lambda d: fill_expense(d, "6,000")))
    uuid = tab.actions.record_expense()
    assert "用户名或密码不对" in tries[0]
    assert LedgerEntry.get_by_id(uuid).overdraft_by == "leader1"
    assert tab.current_fund().balance_fen == -100_000
    row = next(i for i, r in enumerate(tab.fund_list()) if r.fund_type == "party")
    assert colour(tab.funds.model, row, BALANCE) == FLAG_COLOURS["warn"]
    assert tab.funds.model.data(tab.funds.model.index(row, BALANCE)) == "-1,000.00"
    assert "透支审批：leader1" in tab.ledger.current().note


def test_no_approval_no_overdraft(world, qtbot, monkeypatch):
    fund = world["party"]
    dialog = FundExpenseDialog(fund.uuid)
    qtbot.addWidget(dialog)
    fill_expense(dialog, "5,000.01")
    monkeypatch.setattr(FundApprovalDialog, "ask", classmethod(lambda *a, **k: None))
    dialog.accept()
    assert "透支" in dialog.error_text("amount") and dialog.result_value is None
    assert ledger.balance(fund) == 500_000


def test_the_capital_amount_follows_the_typing(world, qtbot):
    dialog = FundExpenseDialog(world["public"].uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.voucher.placeholderText() == f"记{YEAR}-0001"
    qtbot.keyClicks(dialog.amount.edit, "1234.5")
    assert dialog.amount.capital.text().endswith("壹仟贰佰叁拾肆元伍角")
    qtbot.keyClicks(dialog.amount.edit, "6")
    assert dialog.amount.capital.text().endswith("壹仟贰佰叁拾肆元伍角陆分") and dialog.error_text("amount") == ""
    qtbot.keyClicks(dialog.amount.edit, "7")
    assert "两位小数" in dialog.error_text("amount") and "—" in dialog.amount.capital.text()
    dialog.amount.setText("1,23")
    assert "看不懂" in dialog.error_text("amount")
    dialog.amount.setText("80元")
    assert dialog.error_text("amount") == "" and dialog.amount.capital.text().endswith("捌拾元整")


def test_ledger_exports_to_excel_on_the_runner(world, qtbot, monkeypatch, tmp_path):
    runner = Runner()
    try:
        tab = make_tab(qtbot, world, runner)
        qtbot.waitUntil(lambda: bool(tab.fund_list()), timeout=5000)  # read on the runner
        choose_fund(tab, "public")
        ledger.post_expense(world["public"].uuid, ledger.ExpenseInput(
            posted_on=dt.date(YEAR, 2, 3), amount="1,234.56", payee="文印店", purpose="publicity",
            description="宣传单", approver="张主任"))
        tab.filters_changed()
        qtbot.waitUntil(lambda: tab.ledger.ledger is not None and len(tab.ledger.ledger.lines) > 1, timeout=5000)
        out = tmp_path / "台账.xlsx"
        monkeypatch.setattr(ask, "save_path", lambda *a: str(out))
        assert tab.ledger.export() is not None and out.exists()
        rows = list(load_workbook(out).active.values)
        assert rows[0][:2] == ("日期", "凭证号/文号")
        spent = next(r for r in rows if r[1] == f"记{YEAR}-0001")
        assert Decimal(str(spent[8])) == Decimal("1234.56") and Decimal(str(spent[9])) == Decimal("48765.44")
        assert str(out) in tab.message_bar.text.text()
        for key, page in (("summary", tab.summary), ("budget", tab.budget), ("trail", tab.trail)):
            tab.show_page(key)
            target = tmp_path / f"{key}.xlsx"
            monkeypatch.setattr(ask, "save_path", lambda *a, t=target: str(t))
            assert page.export() is not None and load_workbook(target).active.max_row > 1
    finally:
        runner.shutdown()


def test_a_viewer_sees_no_write_buttons(world, qtbot, as_role, monkeypatch):
    as_role("viewer")
    tab = make_tab(qtbot, world)
    buttons = [*tab.unit_buttons.values(), *tab.ledger.write_buttons]
    assert buttons and all(b.isHidden() for b in buttons)
    assert not tab.ledger.export_button.isHidden()
    monkeypatch.setattr(FundExpenseDialog, "ask", classmethod(lambda *a, **k: pytest.fail("no dialog for a viewer")))
    assert tab.actions.record_expense() is None and "权限" in tab.message_bar.text.text()
    assert tab.ledger.model.rowCount() == 1  # reading is allowed


def test_a_fund_kept_at_another_site_is_read_only_here(world, qtbot):
    Fund.update(keeper_site="0190c0de-0000-7000-8000-000000000001").where(
        Fund.uuid == world["public"].uuid).execute()
    tab = make_tab(qtbot, world)
    choose_fund(tab, "public")
    assert not tab.ledger.expense_button.isEnabled() and "只能查看" in tab.ledger.expense_button.toolTip()
    choose_fund(tab, "service")
    assert tab.ledger.expense_button.isEnabled()


def test_models_pass_the_model_tester(tab, world, qtmodeltester):
    choose_fund(tab, "public")
    ledger.post_expense(world["public"].uuid, ledger.ExpenseInput(
        posted_on=dt.date(YEAR, 2, 3), amount="10", payee="文印店", purpose="office", description="纸",
        approver="张主任"))
    tab.filters_changed()
    qtmodeltester.check(tab.funds.model)
    qtmodeltester.check(tab.ledger.model)
    for key, page in (("summary", tab.summary), ("budget", tab.budget), ("trail", tab.trail)):
        tab.show_page(key)
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model)
    qtmodeltester.check(tab.trail.closes)


def test_transfer_moves_money_between_two_funds(tab, world, monkeypatch):
    from ui.tabs.funds.transfer import FundTransferDialog

    choose_fund(tab, "public")

    def fill(d):
        d.target.setCurrentIndex(d.target.findData(world["service"].uuid))
        d.posted_on.setDate(QDate(YEAR, 5, 6))
        d.amount.setText("2,000")
        d.description.setText("服务群众专项经费不足，调剂补充")
    monkeypatch.setattr(FundTransferDialog, "ask", answer(FundTransferDialog, fill))
    uuid = tab.actions.transfer()
    assert LedgerEntry.get_by_id(uuid).kind == "transfer_out" and tab.ledger.current().uuid == uuid
    balances = {r.fund_type: r.balance_fen for r in tab.fund_list()}
    assert balances["public"] == 4_800_000 and balances["service"] == 10_200_000
    assert "Transfer recorded" in tab.message_bar.text.text()


def test_standards_allocation_preview_and_a_new_branch(tab, world, monkeypatch):
    from ui.tabs.funds.allocation import FundAllocationDialog
    from ui.tabs.funds.reference import FundBranchDialog, FundStandardsDialog

    monkeypatch.setattr(FundBranchDialog, "ask", answer(FundBranchDialog, lambda d: (
        d.name.setText("幸福小区党支部"), d.compound.setText("幸福小区"))))
    tab.unit_buttons["branch"].click()
    assert "branch added" in tab.message_bar.text.text()

    def standards(d):
        d.year.setValue(YEAR - 1)
        assert d.amounts["public"].text() == "50,000.00"  # the district's usual amount, to check
        d.amounts["party"].setText("6,000")
    monkeypatch.setattr(FundStandardsDialog, "ask", answer(FundStandardsDialog, standards))
    assert tab.unit_buttons["standards"].isVisible()
    tab.unit_buttons["standards"].click()

    previews = []

    def allocate(d):
        d.year.setValue(YEAR - 1)
        d.posted_on.setDate(QDate(YEAR - 1, 1, 20))
        d.doc_no.setText("商街财〔2025〕1号")
        previews.append(d.preview.text())
    monkeypatch.setattr(FundAllocationDialog, "ask", answer(FundAllocationDialog, allocate))
    tab.year.setValue(YEAR - 1)
    assert "No funds" in tab.funds.hint.text() and tab.funds.stack.currentWidget() is tab.funds.hint
    tab.unit_buttons["allocate"].click()
    assert "1 communities × 156,000.00 yuan; 2 compound party branches × 20,000.00 yuan" in previews[0]
    assert "Total 196,000.00" in previews[0]
    assert len(tab.fund_list()) == 5 and sum(r.allocated_fen for r in tab.fund_list()) == 19_600_000
    assert "Allocated: 5 entries" in tab.message_bar.text.text()
