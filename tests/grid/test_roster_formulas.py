"""Formula cells in an imported roster: a formula Excel never calculated (a workbook written by
another program and not saved in Excel or WPS) has no value to import — each is reported on its
row and column instead of being silently dropped; a formula with its calculated value imports
that value."""

import re
import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

from app.grid.roster.columns import RESIDENT_COLUMNS
from app.grid.roster.importer import apply, plan_import
from db.models import Resident

HEADERS = [c.header for c in RESIDENT_COLUMNS]
NAME, ADDRESS, NOTES = (HEADERS.index(h) for h in ("姓名", "地址", "备注"))


def roster(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    wb.active.append(HEADERS)
    for row in rows:
        wb.active.append(row + [None] * (len(HEADERS) - len(row)))
    wb.save(path)
    return path


def row(**cells) -> list:
    values = [None] * len(HEADERS)
    for key, value in cells.items():
        values[{"name": NAME, "address": ADDRESS, "notes": NOTES}[key]] = value
    return values


def with_cached_values(path: Path, values: dict[str, str]) -> Path:
    """Give formula cells the value Excel would have saved with them: <c r="B2" t="str"><f>…</f><v>张三</v>."""
    out = path.with_name("calculated " + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                for ref, value in values.items():
                    data = re.sub(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?'.encode(),
                                  rf'<c r="{ref}"\1 t="str"><f>\2</f><v>{value}</v>'.encode(), data)
            dst.writestr(item, data)
    return out


def test_formulas_without_a_calculated_value_are_reported_per_row(grids, tmp_path):
    folder = tmp_path / "公式 #1 %20"
    folder.mkdir()
    path = roster(folder / "名单.xlsx", [row(name='="张"&"三"'), row(name="李四", address="=CONCAT(\"东关\",\"1号\")"),
                                        row(name="王五", notes="=1+1"), row(name="赵六", address="东关街2号")])
    plan = plan_import(path, grids["grid_a"])
    problems = {(p.row, p.column): p.message for p in plan.problems if "公式" in p.message}
    assert set(problems) == {(2, "姓名"), (3, "地址"), (4, "备注")}
    assert '="张"&"三"' in problems[(2, "姓名")] and "保存一次" in problems[(2, "姓名")]
    assert [r.row for r in plan.valid] == [5]
    result = apply(plan, folder / "待修改.xlsx")
    assert (result.imported, result.rejected) == (1, 3)
    rejected = load_workbook(result.rejected_file).active
    kept = [c for c in rejected["I"] if c.value == '=CONCAT("东关","1号")']
    assert kept and kept[0].data_type == "s" and kept[0].quotePrefix  # the clerk sees the formula as text
    assert [r.name for r in Resident.select()] == ["赵六"]


def test_a_formula_excel_calculated_imports_its_value(grids, tmp_path):
    path = roster(tmp_path / "名单.xlsx", [row(name='="张"&"三"', address="东关街1号")])
    calculated = with_cached_values(path, {"B2": "张三"})
    plan = plan_import(calculated, grids["grid_a"])
    assert plan.problems == [] and plan.valid[0].values["name"] == "张三"


def test_a_sheet_without_formulas_is_read_once(grids, tmp_path, monkeypatch):
    from app.grid.roster import reader

    path = roster(tmp_path / "名单.xlsx", [row(name="孙七")])
    monkeypatch.setattr(reader, "_with_formulas", lambda *a: (_ for _ in ()).throw(AssertionError("second pass")))
    assert [r.values["name"] for r in plan_import(path, grids["grid_a"]).valid] == ["孙七"]
