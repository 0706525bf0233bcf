"""工作统计报表: the periodic work report of a district, subdistrict or community for a
month, a quarter or a year — an official report with the red 版头 of the org's office
(区人民政府办公室, 街道办事处, 社区居民委员会) and its 文号.

Its figures are those of app/reports (app.stats.compute, never typed in): per chapter of
the 4434 system a table of each figure in this period, the previous period and the
change; the funds' totals also in capital Chinese; then the charts (requests by month
over the 12 months to the period's end, the two completion rates by month, fund use
against allocation per fund type in the year to the period's end) and a note on what
the figures count. No person is named, so nothing needs masking.
"""

import datetime as dt

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether

from app.funds import money
from app.notices.document import LINE, Spacer, para, signature, table
from app.notices.kinds import Meta, NoticeRequest, Page, register
from app.reports import charts
from app.reports.builder import report_for
from app.reports.figures import change_text, text
from db.models import Level

NUMERALS = "一二三四五六七八九十"
HEADER = ["指标", "本期", "上期", "增减"]
WIDTHS = [54, 25, 25, 28]
NOTE = ("说明：本表数据由系统根据各项业务记录统计，与统计命令（stats）的结果一致。组织、人员、队伍和编制为出具时的"
        "现状，不分期间，不列上期和增减；比率的增减以百分点计；经费以台账记账日期计入期间，金额单位为元。")


def office(org) -> str:
    """Who issues the report: the org's office."""
    if org.level == Level.DISTRICT:
        return f"{org.name}人民政府办公室"
    if org.level == Level.SUBDISTRICT:
        return f"{org.name}办事处"
    return f"{org.name}居民委员会"


@register("work_report", "工作统计报表", ("org", "period"),
          "区、街道或社区的月度、季度、年度工作统计报表（含统计图）：--org 编码 --period 2026 / 2026-Q3 / 2026-10")
class WorkReport:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        from app.errors import ValidationError

        org, period = request.org, request.period
        if org.level not in (Level.DISTRICT, Level.SUBDISTRICT, Level.COMMUNITY):
            raise ValidationError("工作统计报表按区、街道或社区出具：请选择其中一级的组织单位。", field="org")
        return Meta(title=f"{org.name}{period.label}工作统计报表", subject=f"{org.name} {period.label} 工作统计报表",
                    org=org, mark="报", period=period.key)

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        from app.notices.document import head

        report, s = report_for(request.org, request.period), page.styles
        issuer = office(report.org)
        story = head(s, title=meta.title, issuer=issuer, number=page.number)
        story.append(para(f"现将{report.org.name}{report.period.label}网格治理“4434”工作主要数据报告如下"
                          f"（上期为{report.previous.label}）。", s.body))
        chapters: list[str] = []
        for section in report.sections:
            if section.chapter not in chapters:
                chapters.append(section.chapter)
                story.append(para(f"{NUMERALS[len(chapters) - 1]}、{section.chapter}", s.heading))
                parts = 0
                if section.chapter == "经费保障":
                    story += _funds_totals(report, s)
            if section.title:
                parts += 1
                story.append(para(f"（{NUMERALS[parts - 1]}）{section.title}", s.plain))
            rows = [[r.label, text(r.kind, r.value), text(r.kind, r.previous), change_text(r.kind, r.change)]
                    for r in section.rows]
            story += [table(s, HEADER, rows, WIDTHS, numeric={1, 2, 3}, small=True), Spacer(1, LINE * 0.3)]
        story += _charts(report, s, page, len(chapters) + 1)
        story += [para(NOTE, s.small), signature(s, issuer, page.issued_on)]
        return story


def _funds_totals(report, s) -> list:
    """The period's allocated and spent totals, also in capital Chinese."""
    rows = [[f"本期{word}", money.yuan(fen), f"人民币{money.capital(fen)}"]
            for word, fen in (("拨付经费合计", report.row("funds.allocated").value),
                              ("支出经费合计", report.row("funds.spent").value))]
    return [table(s, ["合计", "金额（元）", "大写金额"], rows, [32, 24, 72], numeric={1}, small=True),
            Spacer(1, LINE * 0.3)]


def _charts(report, s, page: Page, number: int) -> list:
    fonts, months = s.fonts, report.months
    span = f"{months[0].key[:4]}年{int(months[0].key[5:])}月至{months[-1].key[:4]}年{int(months[-1].key[5:])}月"
    last = report.period.end - dt.timedelta(days=1)
    budget_rows = [[b.label, money.yuan(b.allocated), money.yuan(b.spent), text("rate", b.rate)]
                   for b in report.budget]
    caption = ParagraphStyle("caption", parent=s.small, alignment=TA_CENTER)
    budget = table(s, ["经费类型", "本年拨付（元）", "本年累计支出（元）", "执行率"], budget_rows, [44, 30, 30, 24],
                   numeric={1, 2, 3}, small=True)
    return [
        para(f"{NUMERALS[number - 1]}、统计图", s.heading),
        KeepTogether([charts.requests_chart(months, fonts), para(f"图1　{span}各月收集居民诉求（条）", caption)]),
        Spacer(1, LINE * 0.3),
        KeepTogether([charts.rates_chart(months, fonts), para(f"图2　{span}各月快速办结率与服务清单办结率", caption)]),
        Spacer(1, LINE * 0.3),
        KeepTogether([charts.budget_chart(report.budget, fonts),
                      para(f"图3　{report.period.year}年1月1日至{last.month}月{last.day}日各类经费拨付与支出（万元）",
                           caption), Spacer(1, LINE * 0.2), budget]),
        Spacer(1, LINE * 0.5),
    ]
