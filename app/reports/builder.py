"""The report builder: the usual periodic reports (monthly, quarterly, yearly) of an org
unit (district, subdistrict or community) as figures, to PDF and to Excel.

    report = build_report("611002001", "quarterly", "2026-Q3")   # code or uuid
    for section in report.sections:
        for row in section.rows:       # key, label, value, previous, change, kind
            ...
    issued = to_pdf(report)            # app.notices Issued: .pdf bytes, .number, .pages
    to_excel(report, "城关街道2026年第三季度.xlsx")

Every figure comes from app.stats.compute (app/reports/figures.py), so the PDF, the
workbook and `python main.py stats --org CODE --period P` show the same numbers. The PDF
is the work_report notice (app/notices/kinds_report.py): `to_pdf` issues it, so it is
numbered and registered (a viewer, who may not issue, gets the preview with
`register=False`). The figures of a report are kept while the database is unchanged, so
the notice drawn right after `build_report` does not count them again.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.auth import require
from app.errors import ValidationError
from app.local_days import utc_range
from app.notices import periods
from app.notices.periods import NoticePeriod
from app.reports import figures, series
from app.reports.figures import Row, Section
from app.reports.series import Month
from app.scope import check_unit
from app.stats import compute, rate
from db.connection import database
from db.models import Level, OrgUnit

KINDS = {"monthly": "月报", "quarterly": "季报", "yearly": "年报"}
EXAMPLES = {"monthly": "2026-10", "quarterly": "2026-Q3", "yearly": "2026"}
LEVELS = (int(Level.DISTRICT), int(Level.SUBDISTRICT), int(Level.COMMUNITY))


@dataclass(frozen=True)
class Budget:
    """One fund type's money of the year up to the period's end (fen): the chart of fund use."""
    fund_type: str
    label: str
    allocated: int
    spent: int

    @property
    def rate(self) -> float:
        return rate(self.spent, self.allocated)


@dataclass(frozen=True)
class Report:
    org: OrgUnit
    kind: str  # monthly | quarterly | yearly
    period: NoticePeriod
    previous: NoticePeriod
    sections: tuple[Section, ...]
    months: tuple[Month, ...]  # the 12 months up to the period's end
    budget: tuple[Budget, ...]  # per fund type, from 1 January to the period's end

    @property
    def title(self) -> str:
        return f"{self.org.name}{self.period.label}工作统计报表"

    def rows(self) -> list[Row]:
        return [row for section in self.sections for row in section.rows]

    def row(self, key: str) -> Row:
        return next(r for r in self.rows() if r.key == key)


def build_report(org_code_or_uuid: str, kind: str, period_text: str) -> Report:
    """The report of the org unit (its code or uuid) for the period ("2026-10", "2026-Q3", "2026")."""
    require("read")
    if kind not in KINDS:
        raise ValidationError(f"报表种类应为月报（monthly）、季报（quarterly）或年报（yearly），不是“{kind}”。",
                              field="kind")
    period = periods.parse(period_text)
    if kind_of(period) != kind:
        raise ValidationError(f"{KINDS[kind]}的期间写作 {EXAMPLES[kind]}，不是“{period_text}”。", field="period")
    return report_for(_org(org_code_or_uuid), period)


def kind_of(period: NoticePeriod) -> str:
    return "quarterly" if "Q" in period.key else "monthly" if "-" in period.key else "yearly"


def previous_of(period: NoticePeriod) -> NoticePeriod:
    """The month, quarter or year before."""
    kind, year = kind_of(period), period.year
    if kind == "yearly":
        return periods.parse(str(year - 1))
    if kind == "quarterly":
        q = int(period.key[-1])
        return periods.parse(f"{year}-Q{q - 1}" if q > 1 else f"{year - 1}-Q4")
    return periods.month_of(period.start - dt.timedelta(days=1))


def report_for(org: OrgUnit, period: NoticePeriod) -> Report:
    """The report of an org unit for a parsed period (kept while the database is unchanged)."""
    check_unit(org)
    global _last
    if org.level not in LEVELS:
        raise ValidationError("工作统计报表按区、街道或社区出具：请选择其中一级的组织单位。", field="org")
    key = (_db_state(), org.uuid, period.key)
    if _last is not None and _last[0] == key:
        return _last[1]
    previous = previous_of(period)
    sections = figures.compute(org.path, org.level, period.as_stats_period(), previous.as_stats_period())
    report = Report(org, kind_of(period), period, previous, tuple(sections),
                    tuple(series.monthly(org.path, period.end)), tuple(_budget(org.path, period)))
    _last = (key, report)
    return report


_last: tuple | None = None


def _db_state() -> tuple:
    conn = database.connection()
    return conn, conn.total_changes, database.execute_sql("PRAGMA data_version").fetchone()[0]


def _budget(root_path: str, period: NoticePeriod) -> list[Budget]:
    from app.funds.types import FUND_TYPES, type_label

    year_to_date = utc_range(dt.date(period.year, 1, 1), period.end)
    keys = [f"funds.{t}.{m}" for t in FUND_TYPES for m in ("allocated", "spent")]
    values = compute(root_path, keys, year_to_date)
    return [Budget(t, type_label(t), values[f"funds.{t}.allocated"], values[f"funds.{t}.spent"]) for t in FUND_TYPES]


def _org(code_or_uuid: str) -> OrgUnit:
    from app.errors import NotFound

    text = (code_or_uuid or "").strip()
    unit = OrgUnit.get_or_none(((OrgUnit.code == text) | (OrgUnit.uuid == text)) & (OrgUnit.deleted == False))  # noqa: E712
    if unit is None:
        raise NotFound(f"找不到编码为“{text}”的组织单位。请在网格管理页核对编码。")
    return check_unit(unit)


def to_pdf(report: Report, *, register: bool = True, today: dt.date | None = None):
    """The work_report notice of the report (app.notices.issue.Issued: .pdf, .number, .pages,
    .sha256): issued and registered, or only previewed with register=False."""
    from app.notices.issue import issue, preview
    from app.notices.kinds import NoticeRequest

    request = NoticeRequest("work_report", org=report.org, period=report.period)
    return (issue if register else preview)(request, today=today)


def to_excel(report: Report, path: Path | str) -> Path:
    """The report as a formatted workbook (app/reports/excel.py), written through a .part file."""
    from app.reports.excel import write

    require("read")
    return write(report, path)
