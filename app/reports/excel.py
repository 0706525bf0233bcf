"""A work report as an Excel workbook, with the figures of the PDF (app/reports/builder.py).

Sheet 工作统计报表: the title and the period in the first rows, a bold header row, one
row per figure (chapter, label, this period, previous period, change, the stats key);
the rows down to the header and the label columns are frozen. Sheet 月度趋势: the
charts' monthly series; sheet 经费执行: fund use against allocation per fund type.

Numbers stay numbers: counts "#,##0", rates "0.0%" (a rate's change is in fraction
points, so "+0.6%" means 0.6 percentage points), money in yuan made exactly from the fen
(Decimal(fen).scaleb(-2), never a float) with "#,##0.00". Saved through app.excel.save
(a .part file renamed when complete).
"""

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.excel import HEADER_COLOUR, append, new_sheet, save

FORMATS = {"count": "#,##0", "rate": "0.0%", "money": "#,##0.00"}
CHANGE_FORMATS = {"count": "+#,##0;-#,##0;0", "rate": "+0.0%;-0.0%;0.0%", "money": "+#,##0.00;-#,##0.00;0.00"}
HEADERS = ["板块", "指标", "本期", "上期", "增减", "指标代码"]
WIDTHS = [16, 44, 18, 18, 18, 36]
HEADER_ROW = 3  # rows 1-2: title and period
FREEZE = "C4"


def number(kind: str, value):
    """The cell value of a figure: yuan as an exact Decimal for money, else as is."""
    if value is None:
        return None
    return Decimal(value).scaleb(-2) if kind == "money" else value


def write(report, path: Path | str) -> Path:
    wb = Workbook()
    _figures(wb.active, report)
    _months(wb, report)
    _budget(wb, report)
    return save(wb, path)


def _figures(ws, report) -> None:
    ws.title = "工作统计报表"
    append(ws, [report.title])
    append(ws, [f"组织：{report.org.name}（{report.org.code}）　本期：{report.period.label}　"
               f"上期：{report.previous.label}　金额单位：元"])
    for row in (1, 2):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADERS))
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28
    append(ws, HEADERS)
    for cell in ws[HEADER_ROW]:
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_COLOUR)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for section in report.sections:
        chapter = f"{section.chapter}·{section.title}" if section.title else section.chapter
        for row in section.rows:
            append(ws, [chapter, row.label, number(row.kind, row.value), number(row.kind, row.previous),
                       number(row.kind, row.change), row.key])
            at = ws.max_row
            for column in (3, 4):
                ws.cell(at, column).number_format = FORMATS[row.kind]
            ws.cell(at, 5).number_format = CHANGE_FORMATS[row.kind]
    append(ws, [])
    append(ws, ["说明：数据由系统根据业务记录统计（与 stats 命令相同）；组织、人员、队伍和编制为出具时的现状，"
               "不分期间，不填上期和增减；比率的增减以百分点计。"])
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = FREEZE


def _months(wb: Workbook, report) -> None:
    ws = new_sheet(wb, "月度趋势", ["月份", "收集居民诉求（条）", "快速办结率", "服务清单（份）", "服务清单办结率"])
    for m in report.months:
        append(ws, [m.key, m.requests, m.quick_completion_rate, m.services, m.service_completion_rate])
        for column, fmt in ((2, "#,##0"), (3, "0.0%"), (4, "#,##0"), (5, "0.0%")):
            ws.cell(ws.max_row, column).number_format = fmt
    ws.column_dimensions["A"].width = 12


def _budget(wb: Workbook, report) -> None:
    ws = new_sheet(wb, "经费执行", ["经费类型", "本年拨付（元）", "本年累计支出（元）", "执行率"])
    for b in report.budget:
        append(ws, [b.label, number("money", b.allocated), number("money", b.spent), b.rate])
        for column, fmt in ((2, "#,##0.00"), (3, "#,##0.00"), (4, "0.0%")):
            ws.cell(ws.max_row, column).number_format = fmt
    append(ws, [f"截至{report.period.end.isoformat()}（不含）"])
    ws.column_dimensions["A"].width = 26
