"""Text that leaves in Excel stays text: every workbook GridDesk writes stores text that begins
with = + - @, a tab or a carriage return as a quote-prefixed string (no <f> element anywhere), so
neither Excel nor WPS evaluates it; characters an .xlsx cannot hold never stop an export."""

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app import org
from app.excel import FORMULA_START, write_table
from app.funds import export
from app.grid import residents
from app.grid.roster.columns import RESIDENT_COLUMNS
from app.grid.roster.export import export_residents
from app.grid.roster.importer import apply, plan_import
from app.reports.builder import build_report, to_excel
from db.models import Resident
from tests.funds_helpers import allocate_world

HOSTILE = ["=1+1", '=HYPERLINK("http://x","点我")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1"]
FOLDER = "导出 #1 %20 文件"


def out(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / FOLDER
    folder.mkdir(exist_ok=True)
    return folder / name


def assert_kept_as_text(path: Path, texts: list[str]) -> None:
    """Each text is in some cell as a quote-prefixed string, and no sheet holds a formula."""
    texts = [t.replace("\r", "\n") for t in texts]  # an XML reader reads a raw CR as LF
    wb = load_workbook(path)
    cells = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value in texts}
    assert sorted(cells) == sorted(set(texts))
    for text, cell in cells.items():
        assert (cell.data_type, cell.quotePrefix) == ("s", True), text
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        assert sheets and not any(re.search(rb"<f[ >/]", z.read(n)) for n in sheets)
        assert b'quotePrefix="1"' in z.read("xl/styles.xml")


def test_write_table_keeps_every_formula_start_as_text(tmp_path):
    assert set(FORMULA_START) == {t[0] for t in HOSTILE}
    path = out(tmp_path, "名单.xlsx")
    write_table(path, "名单", ["=标题", "值"], [[text, i] for i, text in enumerate(HOSTILE)])
    assert_kept_as_text(path, [*HOSTILE, "=标题"])
    assert load_workbook(path).active["B2"].data_type == "n"  # numbers stay numbers


def test_roster_export_of_residents_added_through_the_app(grids, tmp_path):
    grid = grids["grid_a"].uuid
    residents.add(grid, residents.ResidentInput(name="=1+1", address='=HYPERLINK("http://x","点我")',
                                                notes="=cmd|' /C calc'!A0", room="-1", household_no="@A1"))
    path = out(tmp_path, "居民.xlsx")
    assert export_residents(grids["district"], path) == 1
    assert_kept_as_text(path, ["=1+1", '=HYPERLINK("http://x","点我")', "=cmd|' /C calc'!A0", "-1", "@A1"])


def test_a_control_character_already_stored_does_not_stop_the_export(grids, tmp_path):
    resident = residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="王芳"))
    Resident.update(address="东关\x07街1号").where(Resident.uuid == resident.uuid).execute()  # an old record
    path = out(tmp_path, "居民.xlsx")
    assert export_residents(grids["district"], path) == 1
    addresses = [c.value for c in load_workbook(path).active["I"]]
    assert "东关\ufffd街1号" in addresses


def test_rejected_rows_file_keeps_the_typed_text(grids, tmp_path):
    source = out(tmp_path, "名单.xlsx")
    wb = Workbook()
    headers = [c.header for c in RESIDENT_COLUMNS]
    wb.active.append(headers)
    wb.active.append(["", "=1+1", "12345"] + [None] * 9 + ["=cmd|' /C calc'!A0"])  # a bad ID number
    for cell in wb.active[2]:
        cell.data_type = "s" if isinstance(cell.value, str) else cell.data_type  # typed as text in Excel
    wb.save(source)
    plan = plan_import(source, grids["grid_a"])
    rejected = out(tmp_path, "待修改.xlsx")
    assert apply(plan, rejected).rejected == 1
    assert_kept_as_text(rejected, ["=1+1", "=cmd|' /C calc'!A0"])


def test_roster_import_keeps_formula_like_text_as_typed_and_exports_it_as_text(grids, tmp_path):
    path = out(tmp_path, "名单.xlsx")
    write_table(path, "居民名单", [c.header for c in RESIDENT_COLUMNS],
                [["", "=1+1", "", "", "", "", "", "-3", "@家", "", "", "", "+86"]])
    result = apply(plan_import(path, grids["grid_a"]))
    assert (result.imported, result.rejected) == (1, 0)
    stored = Resident.get(Resident.name == "=1+1")
    assert (stored.room, stored.address, stored.notes) == ("-3", "@家", "+86")
    again = out(tmp_path, "再导出.xlsx")
    export_residents(grids["district"], again)
    assert_kept_as_text(again, ["=1+1", "-3", "@家", "+86"])


@pytest.fixture
def hostile_ledger(grids):
    from app.funds import ledger

    fund = allocate_world(grids)["public"]
    entry = ledger.post_expense(fund.uuid, ledger.ExpenseInput(
        posted_on=dt.date(2026, 3, 10), amount="12.50", payee='=HYPERLINK("http://x","点我")',
        purpose="office", description="@SUM(A1:A9)", approver="-张书记"))
    ledger.reverse(entry.uuid, "+重复报销", dt.date(2026, 3, 11))
    return grids, fund


def test_ledger_exports_and_the_audit_trail_keep_text(hostile_ledger, tmp_path):
    grids, fund = hostile_ledger
    running = out(tmp_path, "明细账.xlsx")
    export.export_running(running, fund.uuid)
    assert_kept_as_text(running, ['=HYPERLINK("http://x","点我")', "@SUM(A1:A9)", "-张书记"])
    for write in (export.export_trail, export.export_year):  # the audit trail, alone and in the year's book
        path = out(tmp_path, f"{write.__name__}.xlsx")
        write(path, grids["district"].path, 2026)
        assert_kept_as_text(path, ["+重复报销"])


def test_report_workbook_keeps_an_org_name_as_text(session, tmp_path):
    district = org.by_code("611002")
    org.add_unit(district, "611002009", "=1+1街道")
    report = build_report("611002009", "yearly", "2025")
    assert report.title.startswith("=1+1街道")
    path = to_excel(report, out(tmp_path, "报表.xlsx"))
    assert_kept_as_text(path, [report.title])
