"""Writing any table to an Excel workbook: bold frozen header, sensible widths.

Files are written to a temporary name and renamed when complete, so a full
disk or a pulled USB stick never leaves a file that looks finished.
"""

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

from app.errors import GridDeskError
from app.files import write_whole

HEADER_COLOUR = "DDEBF7"  # openpyxl is imported when a workbook is made (the window starts without it)


class ExportError(GridDeskError):
    code = "E_EXPORT"


def new_sheet(wb: "Workbook", title: str, headers: Sequence[str], *, first: bool = False):
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.active if first else wb.create_sheet()
    ws.title = title[:31]
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.freeze_panes = "A2"
    for i, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(40, len(str(header)) * 2 + 4))
    return ws


def write_table(path: Path | str, title: str, headers: Sequence[str], rows: Iterable[Sequence]) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=False)
    ws = new_sheet(wb, title, headers, first=True)
    count = 0
    for row in rows:
        ws.append(list(row))
        count += 1
    save(wb, path)
    return count


def save(wb: "Workbook", path: Path | str) -> Path:
    return write_whole(path, wb.save, error=ExportError,
                       advice="请检查磁盘空间、U盘是否已拔出，以及文件是否正被 Excel 打开。",
                       in_use="请先在 Excel 中关闭该文件，再重试。")
