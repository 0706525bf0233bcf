"""Closed periods 结账: a month (or a whole year: month 0) of an org unit's funds.
After closing, nothing dated inside it can be posted to any fund of that subtree.
A closing is never undone or changed (the database refuses an UPDATE)."""

import calendar
import datetime as dt

from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.funds.types import close_uuid
from app.scope import within
from app.session import local_site
from app.validators import check_text
from db.connection import database
from db.models import Fund, OrgUnit, PeriodClose


def describe(row: PeriodClose) -> str:
    unit = row.org_unit
    when = f"{row.year}年" if row.month == 0 else f"{row.year}年{row.month}月"
    return f"{unit.name} {when}"


def closing(fund: Fund, day: dt.date) -> PeriodClose | None:
    """The close (of the fund's community or an org unit above it) covering `day`, if any."""
    path = fund.community.path
    query = (PeriodClose.select(PeriodClose, OrgUnit).join(OrgUnit)
             .where((PeriodClose.deleted == False) & (PeriodClose.year == day.year)  # noqa: E712
                    & PeriodClose.month.in_([0, day.month])))
    return next((row for row in query if path.startswith(row.org_unit.path)), None)


def close(org_uuid: str, year: int, month: int, note: str = "", *, today: dt.date | None = None) -> PeriodClose:
    """Close a month (1..12) or a year (0) that has ended, for every fund under the org unit."""
    require("approve")
    check_text(note or "", label="备注", limit=200, field="note", multiline=True)
    today = today or dt.date.today()
    unit = OrgUnit.live_by_id(org_uuid)
    if unit is None:
        raise NotFound("找不到这个单位，请刷新后再试。")
    if not unit.path.startswith(local_site().org_unit.path):
        raise ValidationError(f"“{unit.name}”不在本站点的管辖范围内，不能在这里结账。", field="org_unit")
    if not (2000 <= int(year) <= 2100) or not (0 <= int(month) <= 12):
        raise ValidationError("请选择要结账的年份和月份（全年结账选“全年”）。", field="month")
    last = dt.date(year, 12, 31) if month == 0 else dt.date(year, month, calendar.monthrange(year, month)[1])
    if last >= today:
        raise ValidationError(f"{year}年{'' if month == 0 else f'{month}月'}还没有结束，不能结账。", field="month")
    with database.atomic():
        if PeriodClose.get_or_none(PeriodClose.uuid == close_uuid(unit.uuid, year, month)) is not None:
            raise Conflict("这个期间已经结账。", field="month")
        return PeriodClose.create(uuid=close_uuid(unit.uuid, year, month), org_unit=unit, year=year, month=month,
                                  note=(note or "").strip() or None)


def closed(root_path: str | None = None) -> list[PeriodClose]:
    """The closes on org units inside `root_path` or above it, newest first."""
    root_path = within(root_path)
    query = (PeriodClose.select(PeriodClose, OrgUnit).join(OrgUnit)
             .where(PeriodClose.deleted == False)  # noqa: E712
             .order_by(PeriodClose.year.desc(), PeriodClose.month.desc()))
    rows = list(query)
    if root_path:
        rows = [r for r in rows if r.org_unit.path.startswith(root_path) or root_path.startswith(r.org_unit.path)]
    return rows
