"""Roster Excel: template, row-by-row checks, import valid rows only, export."""

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app import auth
from app.errors import ValidationError
from app.grid import buildings, residents
from app.grid.roster.columns import ERROR_HEADER, RESIDENT_COLUMNS
from app.grid.roster.export import export_residents
from app.grid.roster.importer import apply, plan_import
from app.grid.roster.template import write_template
from db.models import Building, Resident, ResidentTag
from tests.helpers import valid_id

HEADERS = [c.header for c in RESIDENT_COLUMNS]


def roster(path: Path, rows: list[dict]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append([h + ("*" if h == "姓名" else "") for h in HEADERS])
    for row in rows:
        ws.append([row.get(h) for h in HEADERS])
    wb.save(path)
    return path


@pytest.fixture
def mixed(tmp_path, grids):
    buildings.add(grids["grid_a"].uuid, buildings.BuildingInput(name="1号楼"))
    residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="已登记", id_number=valid_id("901")))
    return roster(tmp_path / "名单.xlsx", [
        {"姓名": "张建国", "身份证号": valid_id("111"), "联系电话": "13812345678", "楼栋": "1号楼", "标签": "独居老人、低保户"},
        {"姓名": "李秀英", "身份证号": "610102199001011234", "联系电话": "12345"},  # bad checksum, bad phone
        {"姓名": "王磊", "身份证号": valid_id("111")},  # same as row 2
        {"姓名": "赵敏", "身份证号": valid_id("901")},  # already in the database
        {"姓名": "", "联系电话": "13900001111"},  # no name
        {"姓名": "陈静", "楼栋": "9号楼", "标签": "重点人员"},  # unknown building and tag
        {"姓名": "刘洋", "性别": "男", "出生日期": "1985-03-02", "联系电话": 13700001234},
        {"姓名": "孙丽", "身份证号": 6.11002199001011e17},  # Excel turned it into a number
    ])


def test_template_has_every_column_and_a_help_sheet(tmp_path):
    path = write_template(tmp_path / "模板.xlsx")
    wb = load_workbook(path)
    assert [c.value.rstrip("*") for c in wb["居民名单"][1]] == HEADERS
    assert wb["居民名单"].freeze_panes == "A2"
    assert wb["填写说明"].max_row == len(HEADERS) + 1


def test_every_row_is_checked_before_anything_is_written(mixed, grids):
    before = Resident.select().count()
    plan = plan_import(mixed, grids["grid_a"])
    assert Resident.select().count() == before
    assert [r.row for r in plan.valid] == [2, 8]
    by_row = {}
    for p in plan.problems:
        by_row.setdefault(p.row, []).append((p.column, p.message))
    assert {c for c, _ in by_row[3]} == {"身份证号", "联系电话"}
    assert "与第 2 行是同一居民" in by_row[4][0][1]
    assert "该居民已登记（已登记" in by_row[5][0][1]
    assert by_row[6][0][0] == "姓名"
    assert {c for c, _ in by_row[7]} == {"楼栋", "标签"}
    assert "文本" in by_row[9][0][1]
    assert plan.summary() == "居民名单共 8 行：可导入 2 行，有问题 6 行。"


def test_import_only_valid_rows_and_save_the_rejected(mixed, grids, tmp_path):
    plan = plan_import(mixed, grids["grid_a"])
    result = apply(plan, tmp_path / "待修改.xlsx")
    assert (result.imported, result.rejected) == (2, 6)
    zhang = Resident.get(Resident.name == "张建国")
    assert zhang.building.name == "1号楼" and zhang.gender == "M"
    assert sorted(t.tag for t in ResidentTag.select().where(ResidentTag.resident == zhang)) == ["低保户", "独居老人"]
    assert Resident.get(Resident.name == "刘洋").phone == "13700001234"
    ws = load_workbook(result.rejected_file).active
    header = [c.value for c in ws[1]]
    assert header[-1] == ERROR_HEADER and ws.max_row == 7
    assert "校验位" in ws.cell(2, len(header)).value
    again = apply(plan_import(mixed, grids["grid_a"]))  # importing twice doubles nobody
    assert again.imported == 0 and Resident.select().where(Resident.name == "张建国").count() == 1
    assert Resident.select().where(Resident.name == "刘洋").count() == 1  # no ID: name + grid + phone


def test_community_import_needs_grid_codes(tmp_path, grids):
    path = roster(tmp_path / "c.xlsx", [{"网格编码": grids["grid_b"].code, "姓名": "甲"}, {"姓名": "乙"},
                                        {"网格编码": "999", "姓名": "丙"}])
    plan = plan_import(path, grids["com"])
    assert [r.row for r in plan.valid] == [2]
    assert [p.column for p in plan.problems] == ["网格编码", "网格编码"]


def test_buildings_roster(tmp_path, grids):
    wb = Workbook()
    wb.active.append(["楼栋名称*", "层数", "户数", "文明楼"])
    wb.active.append(["5号楼", 6, 36, "是"])
    wb.active.append(["6号楼", "六", None, "也许"])
    wb.save(tmp_path / "b.xlsx")
    plan = plan_import(tmp_path / "b.xlsx", grids["grid_a"])
    assert plan.kind == "buildings" and len(plan.valid) == 1
    assert {p.column for p in plan.problems} == {"层数", "文明楼"}
    apply(plan)
    assert Building.get(Building.name == "5号楼").is_civilized


def test_unreadable_files(tmp_path, grids):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(ValidationError, match="另存为"):
        plan_import(bad, grids["grid_a"])
    wb = Workbook()
    wb.active.append(["随便", "什么"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(ValidationError, match="下载模板"):
        plan_import(tmp_path / "other.xlsx", grids["grid_a"])


def test_export_masks_for_viewers(tmp_path, grids, as_role):
    residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="周全", id_number=valid_id("333"),
                                                                phone="13812345678", tags=["退役军人"]))
    full = tmp_path / "full.xlsx"
    assert export_residents(grids["com"], full) == 1
    row = [c.value for c in load_workbook(full).active[2]]
    assert row[2] == valid_id("333") and row[5] == "13812345678" and row[11] == "退役军人"
    as_role("viewer")
    masked = tmp_path / "masked.xlsx"
    export_residents(grids["com"], masked)
    row = [c.value for c in load_workbook(masked).active[2]]
    assert row[2] == "611002********" + valid_id("333")[-4:] and row[5] == "138****5678"


def test_cli_import_exit_codes(tmp_path, grids, mixed, session):
    auth.set_current_user(None)
    from app.session import close_session
    close_session()
    env = {"GRIDDESK_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin"}
    root = Path(__file__).resolve().parents[2]
    cmd = [sys.executable, "main.py", "roster", "import", "--db", str(session.db_path), "--grid",
           grids["grid_a"].code, str(mixed)]
    dry = subprocess.run(cmd + ["--dry-run"], cwd=root, capture_output=True, text=True, env=env)
    assert dry.returncode == 1 and "第 3 行 [身份证号]" in dry.stdout and "试运行" in dry.stdout
    done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, env=env)
    assert done.returncode == 1 and "已导入 2 行" in done.stdout
    assert (mixed.parent / "名单-待修改.xlsx").exists()
    out = tmp_path / "export.xlsx"
    exported = subprocess.run([sys.executable, "main.py", "roster", "export", "--db", str(session.db_path),
                               "--org", grids["com"].code, "--out", str(out)], cwd=root, capture_output=True,
                              text=True, env=env)
    assert exported.returncode == 0 and "已导出 3 行" in exported.stdout
