"""Roster import: read, check every row, report, then import nothing or only the
valid rows (one transaction) and save the rejected rows to a workbook to fix."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from app.audit import record_event
from app.auth import require
from app.excel import append, new_sheet, save
from app.grid.roster.columns import ERROR_HEADER, KIND_NAMES, Column
from app.grid.roster.reader import read_rows
from app.grid.roster.validate import Checker, Problem, RowResult
from db.bulk import insert_rows
from db.connection import database
from db.ids import new_uuid
from db.models import Building, OrgUnit, Resident, ResidentTag

logger = logging.getLogger(__name__)
CHUNK = 500


@dataclass
class ImportPlan:
    kind: str
    target: OrgUnit
    columns: list[Column]
    rows: list[RowResult]

    @property
    def valid(self) -> list[RowResult]:
        return [r for r in self.rows if r.ok]

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    def summary(self) -> str:
        return (f"{KIND_NAMES[self.kind]}名单共 {len(self.rows)} 行：可导入 {len(self.valid)} 行，"
                f"有问题 {len(self.rejected)} 行。")


@dataclass
class ImportResult:
    imported: int
    rejected: int
    rejected_file: Path | None


def plan_import(path: Path | str, target: OrgUnit, kind: str | None = None,
                progress: Callable[[int, str], None] | None = None) -> ImportPlan:
    """Read and check every row; writes nothing."""
    kind, columns, rows = read_rows(path, kind)
    checker = Checker(target, kind, columns)
    results = []
    for i, (number, raw) in enumerate(rows):
        results.append(checker.check(number, raw))
        if progress and i % 1000 == 0:
            progress(int(i * 100 / max(len(rows), 1)), f"正在检查第 {number} 行")
    return ImportPlan(kind, target, columns, results)


def apply(plan: ImportPlan, rejected_path: Path | str | None = None) -> ImportResult:
    """Import the valid rows in one transaction; save the rejected ones for fixing."""
    require("write")
    rejected_file = write_rejected(plan, rejected_path) if plan.rejected and rejected_path else None
    with database.atomic():
        if plan.kind == "residents":
            _insert_residents(plan.valid)
        else:
            _insert_buildings(plan.valid)
        record_event("import", what=plan.kind, grid=plan.target.code, rows=len(plan.valid),
                     rejected=len(plan.rejected))
    logger.info("roster import: %s rows imported, %s rejected", len(plan.valid), len(plan.rejected))
    return ImportResult(len(plan.valid), len(plan.rejected), rejected_file)


def _insert_residents(rows: list[RowResult]) -> None:
    for start in range(0, len(rows), CHUNK):
        batch = rows[start:start + CHUNK]
        records = [{**r.values, "uuid": new_uuid(), "grid": r.grid.uuid} for r in batch]
        insert_rows(Resident, records)
        tags = [{"resident": rec["uuid"], "tag": tag} for rec, r in zip(records, batch, strict=True) for tag in r.tags]
        if tags:
            insert_rows(ResidentTag, tags)


def _insert_buildings(rows: list[RowResult]) -> None:
    for start in range(0, len(rows), CHUNK):
        insert_rows(Building, [{**r.values, "grid": r.grid.uuid} for r in rows[start:start + CHUNK]])


def write_rejected(plan: ImportPlan, path: Path | str) -> Path:
    wb = Workbook()
    ws = new_sheet(wb, f"待修改的{KIND_NAMES[plan.kind]}", [c.header for c in plan.columns] + [ERROR_HEADER],
                   first=True)
    for row in plan.rejected:
        errors = "；".join(f"{p.column}：{p.message}" for p in row.problems)
        append(ws, [_plain(row.raw.get(c.key)) for c in plan.columns] + [errors])
    ws.column_dimensions[ws.cell(1, len(plan.columns) + 1).column_letter].width = 80
    return save(wb, path)


def _plain(value):
    return "" if value is None else value
