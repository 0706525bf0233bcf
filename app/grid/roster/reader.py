"""Reading a roster workbook into rows keyed by column, with the file-level checks.

Values are read as Excel last calculated them (data_only). A formula cell that has no
calculated value — a workbook written by a program and never opened in Excel or WPS — reads
as nothing; such a cell becomes a Formula (its text) so that the row is reported, not
silently imported without it. The second, formula-reading pass runs only when the sheet's
XML holds a formula at all (reading a sheet costs about 0.3 ms a row).
"""

import datetime as dt
import re
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.errors import ValidationError
from app.grid.roster.columns import KIND_NAMES, KINDS, Column, detect_kind

MAX_ROWS = 200_000
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")


class Formula(str):
    """A formula cell without a calculated value: its formula text (=A2&B2)."""


def read_rows(path: Path | str, kind: str | None = None) -> tuple[str, list[Column], list[tuple[int, dict]]]:
    """(kind, columns, [(excel row number, {key: cell value})]) from the first sheet."""
    wb = _open(Path(path))
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # some programs write a wrong <dimension>; never trust it
        rows = ws.iter_rows(values_only=True)
        if _has_formulas(wb, ws):
            rows = _with_formulas(path, rows)
        headers = [str(h).strip().rstrip("*") if h is not None else "" for h in next(rows, ())]
        kind = kind or detect_kind(headers)
        if kind not in KINDS:
            raise ValidationError("无法识别这个表格：第一行应是模板的列名（如“姓名”或“楼栋名称”）。请下载模板，按模板填写后再导入。")
        columns = KINDS[kind]
        positions = _positions(headers, columns, kind)
        out = []
        for number, values in enumerate(rows, start=2):
            if not any(v is not None and str(v).strip() for v in values):
                continue  # empty or blank-only rows (formatting down to row 200,000 is common)
            if len(out) >= MAX_ROWS:
                raise ValidationError(f"表格超过 {MAX_ROWS} 行，请拆分成几个文件分别导入。")
            out.append((number, {key: _cell(values, i) for key, i in positions.items()}))
        return kind, columns, out
    finally:
        wb.close()


def _open(path: Path):
    if not path.is_file():
        raise ValidationError(f"找不到文件：{path}。请检查路径。")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ValidationError(f"无法读取 {path.name}（{type(exc).__name__}）：请用 Excel 把它另存为 .xlsx 格式后重试。") from exc
    except Exception as exc:  # zipfile.BadZipFile and friends from a damaged file
        raise ValidationError(f"{path.name} 已损坏或不是 Excel 文件。请重新导出或另存为 .xlsx 后重试。") from exc


def _has_formulas(wb, ws) -> bool:
    """Does the sheet's XML hold a formula element? (openpyxl's archive and sheet path)"""
    tail = b""
    with wb._archive.open(ws._worksheet_path) as xml:
        for chunk in iter(lambda: xml.read(1 << 20), b""):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-8:]
    return False


def _with_formulas(path: Path | str, values):
    """The rows of `values` with each cell that has a formula but no calculated value as a Formula."""
    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        formulas = wb.worksheets[0]
        formulas.reset_dimensions()
        for row, texts in zip(values, formulas.iter_rows(values_only=True), strict=False):
            yield tuple(Formula(t) if v is None and isinstance(t, str) and t.startswith("=") else v
                        for v, t in zip(row, texts, strict=False))
    finally:
        wb.close()


def _positions(headers: list[str], columns: list[Column], kind: str) -> dict[str, int]:
    found = {c.key: headers.index(c.header) for c in columns if c.header in headers}
    missing = [c.header for c in columns if c.required and c.key not in found]
    if missing:
        raise ValidationError(f"{KIND_NAMES[kind]}表格缺少必填列：{'、'.join(missing)}。请使用下载的模板。")
    return found


def _cell(values: tuple, index: int):
    value = values[index] if index < len(values) else None
    if isinstance(value, str) and not isinstance(value, Formula):
        value = value.strip()
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    return value
