"""The blank roster workbook a clerk downloads and fills in."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment

from app.excel import append, new_sheet, save
from app.grid.roster.columns import KIND_NAMES, KINDS


def write_template(path: Path | str, kind: str = "residents") -> Path:
    columns = KINDS[kind]
    wb = Workbook()
    ws = new_sheet(wb, f"{KIND_NAMES[kind]}名单", [c.header + ("*" if c.required else "") for c in columns],
                   first=True)
    for cell, column in zip(ws[1], columns, strict=True):
        if column.hint:
            cell.comment = Comment(column.hint, "GridDesk")
    help_ws = new_sheet(wb, "填写说明", ["列名", "说明"])
    for column in columns:
        append(help_ws, [column.header, ("必填。" if column.required else "") + column.hint])
    help_ws.column_dimensions["B"].width = 60
    return save(wb, path)
