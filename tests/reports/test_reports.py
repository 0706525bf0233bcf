"""The report builder: every figure of a report is app.stats.compute's for the same subtree
and period (and the previous period for the trend), the monthly series and the fund
chart agree with stats month by month, `python main.py stats` prints the same numbers,
and the Excel workbook read back holds the report's values with their formats."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import auth, stats
from app.errors import NotFound, PermissionDenied, ValidationError
from app.reports import excel, figures
from app.reports.builder import build_report, previous_of, to_excel
from app.session import close_session, open_session
from db.models import Level, OrgUnit

ROOT = Path(__file__).resolve().parents[2]
SUB = "611002001"  # 城关街道 of the small demo


@pytest.fixture
def opened(small):
    open_session(small)
    auth.act_as_command_line()
    yield small
    close_session()


def stats_period(text: str):
    from app.notices import periods

    return periods.parse(text).as_stats_period()


@pytest.mark.parametrize(("code", "kind", "text"), [("611002", "yearly", "2025"), (SUB, "quarterly", "2026-Q3"),
                                                    ("611002001001", "monthly", "2026-09")])
def test_every_figure_is_stats_compute_for_the_subtree_and_both_periods(opened, code, kind, text):
    report = build_report(code, kind, text)
    org = OrgUnit.get(OrgUnit.code == code)
    keys = [r.key for r in report.rows()]
    assert keys == figures.keys_for(org.level) and len(keys) > 40
    now = stats.compute(org.path, keys, stats_period(text))
    before = stats.compute(org.path, keys, report.previous.as_stats_period())
    for row in report.rows():
        assert row.value == now[row.key], row.key
        assert row.kind == stats.REGISTRY[row.key].kind
        if row.key in figures.STATE:
            assert row.previous is None and row.change is None
        else:
            assert row.previous == before[row.key], row.key
            assert row.change == (round(row.value - row.previous, 4) if row.kind == "rate"
                                  else row.value - row.previous)
    assert report.row("orders.requests").value > 0 and report.row("funds.spent").value > 0


def test_the_state_figures_do_not_depend_on_the_period_and_the_others_do(opened):
    root = OrgUnit.get(OrgUnit.code == SUB).path
    keys = figures.keys_for(int(Level.SUBDISTRICT))
    long_ago = stats.compute(root, keys, (dt.datetime(1990, 1, 1), dt.datetime(1990, 2, 1)))
    recent = stats.compute(root, keys, stats_period("2025"))
    for key in figures.STATE & set(keys):
        assert long_ago[key] == recent[key] and recent[key], key
    periodic = [k for k in keys if k not in figures.STATE and stats.REGISTRY[k].kind != "rate"]
    assert all(long_ago[k] == 0 for k in periodic)
    assert any(recent[k] for k in periodic if k.startswith("orders."))


def test_the_previous_period_is_the_month_quarter_or_year_before():
    from app.notices import periods

    assert previous_of(periods.parse("2026-01")).key == "2025-12"
    assert previous_of(periods.parse("2026-10")).key == "2026-09"
    assert previous_of(periods.parse("2026-Q1")).key == "2025-Q4"
    assert previous_of(periods.parse("2026-Q3")).key == "2026-Q2"
    assert previous_of(periods.parse("2026")).key == "2025"


def test_the_monthly_series_and_the_fund_chart_agree_with_stats(opened):
    report = build_report(SUB, "quarterly", "2026-Q3")
    root = report.org.path
    assert [m.key for m in report.months] == [f"2025-{m}" for m in ("10", "11", "12")] + [
        f"2026-{m:02d}" for m in range(1, 10)]
    for month in report.months:
        got = stats.compute(root, ["orders.requests", "orders.quick_completion_rate", "orders.services",
                                   "orders.service_completion_rate"], stats_period(month.key))
        assert month.requests == got["orders.requests"], month.key
        assert month.services == got["orders.services"], month.key
        assert (month.quick_completion_rate or 0.0) == got["orders.quick_completion_rate"], month.key
        assert (month.service_completion_rate or 0.0) == got["orders.service_completion_rate"], month.key
    assert sum(m.requests for m in report.months) > 20
    ytd = stats.compute(root, None, (dt.datetime(2026, 1, 1), dt.datetime(2026, 10, 1)))
    for b in report.budget:
        assert (b.allocated, b.spent) == (ytd[f"funds.{b.fund_type}.allocated"], ytd[f"funds.{b.fund_type}.spent"])
    assert any(b.spent for b in report.budget)


def test_stats_on_the_command_line_prints_the_same_figures(opened, small, tmp_path):
    report = build_report(SUB, "monthly", "2026-09")
    env = {"GRIDDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "main.py", "stats", "--db", str(small), "--org", SUB, "--period", "2026-09",
                           "--json"], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    for row in report.rows():
        assert printed[row.key] == row.value, row.key
        assert stats.format_value(row.key, row.value) == figures.text(row.kind, row.value)


def test_the_excel_workbook_holds_the_report_with_its_formats(opened, tmp_path):
    report = build_report("611002", "yearly", "2025")
    path = to_excel(report, tmp_path / "年报.xlsx")
    assert path.exists() and not (tmp_path / "年报.xlsx.part").exists()
    wb = load_workbook(path)
    ws = wb["工作统计报表"]
    assert ws["A1"].value == "商州区2025年工作统计报表" and ws["A1"].font.b
    assert "上期：2024年" in ws["A2"].value
    assert [c.value for c in ws[excel.HEADER_ROW]] == excel.HEADERS and all(c.font.b for c in ws[excel.HEADER_ROW])
    assert ws.freeze_panes == "C4"
    rows = report.rows()
    for i, row in enumerate(rows):
        cells = ws[excel.HEADER_ROW + 1 + i]
        assert cells[5].value == row.key and cells[1].value == row.label
        for cell, value in ((cells[2], row.value), (cells[3], row.previous), (cells[4], row.change)):
            if value is None:
                assert cell.value is None, row.key
            elif row.kind == "money":
                assert round(cell.value * 100) == value and isinstance(value, int), row.key
            else:
                assert cell.value == value, row.key
        assert cells[2].number_format == cells[3].number_format == excel.FORMATS[row.kind]
        assert cells[4].number_format == excel.CHANGE_FORMATS[row.kind]
    assert {excel.FORMATS[r.kind] for r in rows} == {"#,##0", "0.0%", "#,##0.00"}
    months = wb["月度趋势"]
    assert months.freeze_panes == "A2"
    assert [c.value for c in months["A"][1:]] == [m.key for m in report.months]
    assert [c.value for c in months["B"][1:]] == [m.requests for m in report.months]
    assert months["C2"].number_format == "0.0%"
    budget = wb["经费执行"]
    for i, b in enumerate(report.budget, start=2):
        assert budget.cell(i, 1).value == b.label and round(budget.cell(i, 3).value * 100) == b.spent
        assert budget.cell(i, 2).number_format == "#,##0.00"


def test_money_goes_to_excel_as_exact_yuan():
    from decimal import Decimal

    assert excel.number("money", 123456789) == Decimal("1234567.89")
    assert excel.number("money", -5) == Decimal("-0.05")
    assert excel.number("count", 7) == 7 and excel.number("rate", None) is None


def test_wrong_requests_are_refused_with_what_to_write(opened):
    with pytest.raises(ValidationError, match="2026-10"):
        build_report("611002", "monthly", "2026")
    with pytest.raises(ValidationError, match="月报"):
        build_report("611002", "weekly", "2026")
    with pytest.raises(NotFound, match="999"):
        build_report("999", "yearly", "2026")
    zone = OrgUnit.get(OrgUnit.level == int(Level.ZONE))
    with pytest.raises(ValidationError, match="区、街道或社区"):
        build_report(zone.uuid, "yearly", "2026")
    assert build_report(OrgUnit.get(OrgUnit.code == SUB).uuid, "yearly", "2026").org.code == SUB  # uuid works too


def test_a_viewer_may_build_and_export_a_report(opened, tmp_path):
    viewer = auth.User(id=0, username="viewer1", display_name="查看", role="viewer")
    auth.set_current_user(viewer)
    report = build_report(SUB, "yearly", "2025")
    assert to_excel(report, tmp_path / "r.xlsx").exists()
    auth.set_current_user(None)
    with pytest.raises(PermissionDenied, match="登录"):
        build_report(SUB, "yearly", "2025")
