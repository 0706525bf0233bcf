"""Fund standards (reference data), compound party branches, opening funds and
the yearly allocation 拨付 for a whole subdistrict in one action."""

import datetime as dt
from dataclasses import dataclass

from app.auth import require
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.funds import money, rules
from app.funds.types import COMMUNITY_TYPES, FUND_TYPES, fund_uuid, standard_uuid, type_label
from app.mediation.common import org_unit, required
from app.scope import check_unit, within
from app.session import local_site
from app.validators import check_text
from db.connection import database
from db.models import Fund, FundStandard, LedgerEntry, Level, OrgUnit, PartyBranch, Site


def standards(year: int) -> dict[str, int]:
    """fund type -> fen, for the year (types without a standard are missing)."""
    rows = FundStandard.live().where(FundStandard.year == year)
    return {r.fund_type: r.amount_fen for r in rows}


def set_standard(year: int, fund_type: str, amount) -> FundStandard:
    """The district sets a year's standard; it travels down to every office."""
    require("admin")
    if local_site().level != "district":
        raise PermissionDenied("经费标准由区里统一制定并下发，只能在区级站点修改。")
    if fund_type not in FUND_TYPES:
        raise ValidationError("请选择经费类型。", field="fund_type")
    if not 2000 <= int(year) <= 2100:
        raise ValidationError("请填写正确的年度，例如 2027。", field="year")
    fen = amount if isinstance(amount, int) else money.parse(amount)
    if fen <= 0:
        raise ValidationError("经费标准必须大于零。", field="amount")
    with database.atomic():
        row = FundStandard.get_or_none(FundStandard.uuid == standard_uuid(year, fund_type))
        if row is None:
            return FundStandard.create(uuid=standard_uuid(year, fund_type), year=year, fund_type=fund_type,
                                       amount_fen=fen)
        row.amount_fen, row.deleted = fen, False
        row.save()
        return row


def add_branch(community_uuid: str, name: str, compound: str = "", founded_on: dt.date | None = None) -> PartyBranch:
    require("write")
    check_text(name or "", label="党支部名称", limit=60, field="name")
    community = org_unit(community_uuid, (Level.COMMUNITY,), "小区党支部要建在社区下，请先选择社区。", "community")
    rules.in_scope(community)
    name = required(name, "name", "党支部名称，如 阳光小区党支部")
    with database.atomic():
        if PartyBranch.live().where((PartyBranch.community == community) & (PartyBranch.name == name)).exists():
            raise Conflict(f"{community.name}已有“{name}”。", field="name")
        return PartyBranch.create(community=community, name=name, compound=(compound or "").strip() or None,
                                  founded_on=founded_on)


def branches(community_uuid: str) -> list[PartyBranch]:
    check_unit(community_uuid)
    return list(PartyBranch.live().where(PartyBranch.community == community_uuid).order_by(PartyBranch.name))


def keeper_for(community: OrgUnit) -> str:
    """The community's own site keeps its books if it has one; otherwise this site does."""
    own = Site.live().where(Site.org_unit == community).first()
    return own.uuid if own else local_site().uuid


def open_fund(holder_uuid: str, fund_type: str, year: int) -> Fund:
    """The fund of a community (or branch) for a type and year, opened if needed (one key everywhere)."""
    require("write")
    if fund_type not in FUND_TYPES:
        raise ValidationError("请选择经费类型。", field="fund_type")
    uuid = fund_uuid(holder_uuid, fund_type, year)
    existing = Fund.get_or_none(Fund.uuid == uuid)
    if existing is not None:
        return existing
    branch = None
    if FUND_TYPES[fund_type][1] == "branch":
        branch = PartyBranch.live_by_id(holder_uuid)
        if branch is None:
            raise NotFound("找不到这个小区党支部，请刷新后再试。")
        community = branch.community
    else:
        community = OrgUnit.live_by_id(holder_uuid)
        if community is None or community.level != Level.COMMUNITY:
            raise ValidationError(f"{type_label(fund_type)}的账户要开在社区上，请先选择社区。", field="community")
    rules.in_scope(community)
    with database.atomic():
        return Fund.create(uuid=uuid, community=community, branch=branch, fund_type=fund_type, year=year,
                           keeper_site=keeper_for(community))


def funds_of(root_path: str, year: int) -> list[Fund]:
    root_path = within(root_path)
    query = (Fund.select(Fund, OrgUnit).join(OrgUnit)
             .where((Fund.deleted == False) & (Fund.year == year) & OrgUnit.under(root_path))  # noqa: E712
             .order_by(OrgUnit.path, Fund.branch, Fund.fund_type))
    return list(query)


@dataclass
class Allocation:
    funds_opened: int = 0
    entries: int = 0
    total_fen: int = 0
    skipped: int = 0  # funds that already had their allocation
    missing_standards: tuple[str, ...] = ()


def allocate(subdistrict_uuid: str, year: int, posted_on, doc_no: str) -> Allocation:
    """拨付: every community (and compound party branch) of the subdistrict gets its year's
    standard, in one transaction; funds already allocated are skipped, so it can be re-run."""
    require("approve")
    check_text(doc_no or "", label="拨付文号", limit=40, field="doc_no")
    sub = org_unit(subdistrict_uuid, (Level.SUBDISTRICT,), "请选择要拨付经费的街道。", "subdistrict")
    rules.in_scope(sub)
    doc_no = required(doc_no, "doc_no", "拨款文号，如 商街财〔2026〕12号")
    amounts = standards(year)
    missing = tuple(type_label(t) for t in FUND_TYPES if t not in amounts)
    if len(missing) == len(FUND_TYPES):
        raise ValidationError(f"{year}年的经费标准还没有下发，不能拨付。请先在“经费标准”中设定（区级站点）。",
                              field="year")
    done = Allocation(missing_standards=missing)
    communities = list(OrgUnit.live().where((OrgUnit.level == int(Level.COMMUNITY)) & OrgUnit.under(sub.path)))
    with database.atomic(lock_type="IMMEDIATE"):
        for community in communities:
            holders = [(community.uuid, t) for t in COMMUNITY_TYPES]
            holders += [(b.uuid, "compound_party") for b in branches(community.uuid)]
            for holder, fund_type in holders:
                if fund_type in amounts:
                    _allocate_one(done, holder, fund_type, year, amounts[fund_type], posted_on, doc_no)
    return done


def _allocate_one(done: Allocation, holder: str, fund_type: str, year: int, fen: int, posted_on, doc_no: str) -> None:
    from app.funds import ledger

    opened = Fund.get_or_none(Fund.uuid == fund_uuid(holder, fund_type, year)) is None
    row = open_fund(holder, fund_type, year)
    done.funds_opened += opened
    if LedgerEntry.live().where((LedgerEntry.fund == row) & (LedgerEntry.kind == "allocation")).exists():
        net = ledger.net(row, "allocation")
        if net > 0:
            done.skipped += 1
            return
    ledger.post_allocation(row.uuid, fen, posted_on, doc_no, description=f"{year}年{type_label(fund_type)}按标准拨付")
    done.entries += 1
    done.total_fen += fen
