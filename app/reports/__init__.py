"""Periodic work reports 工作统计报表 (monthly, quarterly, yearly) of an org subtree:
the figures (app.stats.compute, this period and the previous one), monthly series for
the charts, the charts (reportlab.graphics) and the Excel workbook. No Qt here.

    from app.reports.builder import build_report, to_pdf, to_excel
    report = build_report("611002", "yearly", "2025")
    issued = to_pdf(report)            # the work_report notice, registered
    to_excel(report, "报表.xlsx")      # the same figures
"""
