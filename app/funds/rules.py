"""What every posting checks: the clerk's site may write there, the fund is kept
here, the day lies inside the fund's year and in no closed period."""

import datetime as dt

from app.auth import require
from app.errors import NotFound, PermissionDenied, ValidationError
from app.funds import periods
from app.funds.types import type_label
from app.session import local_site
from db.models import Fund, OrgUnit, PartyBranch, Site


def fund(uuid: str | None) -> Fund:
    row = Fund.live_by_id(uuid) if uuid else None
    if row is None:
        raise NotFound("找不到这个经费账户，请刷新后再试。")
    return row


def title(row: Fund) -> str:
    """E.g. 东关社区 2026年 公用经费, or 东关社区 阳光小区党支部 2026年 ...."""
    branch = PartyBranch.get_by_id(row.branch_uuid).name if row.branch_uuid else None
    return title_of(row.community.name, branch, row.year, row.fund_type)


def title_of(community: str, branch: str | None, year: int, fund_type: str) -> str:
    return f"{community}{' ' + branch if branch else ''} {year}年 {type_label(fund_type)}"


def in_scope(unit: OrgUnit) -> None:
    """This site may only write inside its own part of the org tree."""
    mine = local_site().org_unit
    if not unit.path.startswith(mine.path):
        raise PermissionDenied(f"“{unit.name}”不在本站点（{mine.name}）的管辖范围内，不能在这里记账。")


def kept_here(row: Fund) -> None:
    """Only the keeping site posts entries with voucher numbers: they stay unique across sites."""
    me = local_site()
    if row.keeper_site != me.uuid:
        keeper = Site.get_or_none(Site.uuid == row.keeper_site)
        raise PermissionDenied(kept_elsewhere(title(row), keeper.name if keeper else None))


def kept_elsewhere(fund_title: str, keeper: str | None) -> str:
    return (f"“{fund_title}”由{keeper or '另一个站点'}记账，本站点只能查看。"
            "支出、调剂和冲销请在记账站点办理，再通过数据交换同步过来。")


def locks(funds: list, year: int) -> dict[str, str]:
    """Why this site may only look at each of these funds of a year (FundInfo), "" where it posts:
    what kept_here() would say, for a whole list in two reads (a district has 1,500 funds at 1m)."""
    here = local_site().uuid
    keepers = dict(Fund.select(Fund.uuid, Fund.keeper_site).where(Fund.year == year).tuples())
    names = dict(Site.select(Site.uuid, Site.name).tuples())
    return {f.uuid: "" if keepers.get(f.uuid) == here else
            kept_elsewhere(title_of(f.community_name, f.branch_name, f.year, f.fund_type), names.get(keepers.get(f.uuid)))
            for f in funds}


def day(raw, row: Fund, label: str = "记账日期") -> dt.date:
    """A posting date: a real date, not in the future, inside the fund's year, in no closed period."""
    require("write")
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if not isinstance(raw, dt.date):
        try:
            raw = dt.date.fromisoformat(str(raw or "").strip().replace("/", "-"))
        except ValueError:
            raise ValidationError(f"请按 2026-05-17 的格式填写{label}。", field="posted_on") from None
    if raw > dt.date.today():
        raise ValidationError(f"{label}不能晚于今天，请核对。", field="posted_on")
    if raw.year != row.year:
        raise ValidationError(f"“{title(row)}”只能记 {row.year} 年内的账，{label} {raw} 不在这一年。",
                              field="posted_on")
    closed = periods.closing(row, raw)
    if closed is not None:
        raise ValidationError(f"{periods.describe(closed)}已结账，不能再记入日期为 {raw} 的分录。"
                              "请改用未结账期间的日期（更正以前的账请用红字冲销）。", field="posted_on")
    return raw
