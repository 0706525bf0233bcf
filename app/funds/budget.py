"""Budget vs. actual 预算执行 for a year across every community under an org unit (a
subdistrict or the district): per community and fund type the allocated, spent,
net transferred and balance amounts and the execution rate (spent / allocated,
4 decimals); a community's compound party branch funds are summed as one type
(小区党支部党建工作经费, `funds` = how many); subtotals per subdistrict (per type and
all types) and the grand total.

Two queries whatever the size of the tree: the communities (with their
subdistrict), and one grouped sum of the ledger per (community, type). Every
community shows its three community fund types, with zeros when it holds no
such fund (a missing allocation is visible); branch funds only where they exist.
balance = allocated − spent + transferred.
"""

from dataclasses import dataclass, field

from peewee import JOIN, fn

from app.funds.types import COMMUNITY_TYPES, FUND_TYPES, type_label
from app.funds.views import LIVE_ENTRY, LIVE_FUND, sum_columns
from app.scope import within
from app.stats import rate
from db.models import Fund, LedgerEntry, Level, OrgUnit


@dataclass(frozen=True)
class BudgetRow:
    level: str  # community / subdistrict / total
    unit_uuid: str | None
    code: str
    name: str  # the community, the subdistrict, or 合计
    subdistrict_uuid: str | None  # a community's subdistrict (its parent); the subdistrict itself on a subtotal
    subdistrict: str  # its name
    fund_type: str | None  # None: all fund types together
    funds: int  # funds summed (for compound_party: the branches with a fund)
    allocated_fen: int = 0
    spent_fen: int = 0
    transferred_fen: int = 0  # transfers in − transfers out
    balance_fen: int = 0

    @property
    def rate(self) -> float:
        """执行率: spent / allocated, 4 decimals (0 when nothing was allocated)."""
        return rate(self.spent_fen, self.allocated_fen)

    @property
    def type_label(self) -> str:
        return type_label(self.fund_type) if self.fund_type else "全部类型"


@dataclass
class BudgetReport:
    year: int
    root_path: str | None
    communities: list[BudgetRow] = field(default_factory=list)
    subtotals: list[BudgetRow] = field(default_factory=list)  # per subdistrict: each type, then 合计
    totals: list[BudgetRow] = field(default_factory=list)  # each type, then 合计 (last)

    @property
    def total(self) -> BudgetRow:
        return self.totals[-1]

    def table(self) -> list[BudgetRow]:
        """Display order: each subdistrict's communities, then its subtotals; the grand total last."""
        out = []
        for sub in dict.fromkeys(r.subdistrict_uuid for r in self.subtotals):
            out += [r for r in self.communities if r.subdistrict_uuid == sub]
            out += [r for r in self.subtotals if r.subdistrict_uuid == sub]
        return out + self.totals


def budget_vs_actual(root_path: str | None, year: int) -> BudgetReport:
    """The year's budget execution of every community under root_path (None = all held here)."""
    root_path = within(root_path)
    units = _communities(root_path)
    sums = _sums(root_path, year)
    report = BudgetReport(year, root_path)
    held: dict[str, set[str]] = {}
    for community, fund_type in sums:
        held.setdefault(community, set()).add(fund_type)
    for uuid, code, name, sub_uuid, _sub_code, sub_name in units:
        types = list(COMMUNITY_TYPES) + sorted(held.get(uuid, set()) - set(COMMUNITY_TYPES), key=_type_order)
        for fund_type in types:
            funds, *amounts = sums.get((uuid, fund_type), (0, 0, 0, 0, 0))
            report.communities.append(BudgetRow("community", uuid, code, name, sub_uuid, sub_name, fund_type, funds,
                                                *amounts))
    subs = {u[3]: (u[4], u[5]) for u in units}  # in tree order (dicts keep it)
    for sub_uuid, (sub_code, sub_name) in subs.items():
        rows = [r for r in report.communities if r.subdistrict_uuid == sub_uuid]
        report.subtotals += _totals(rows, "subdistrict", sub_uuid, sub_code, sub_name, (sub_uuid, sub_name))
    report.totals = _totals(report.communities, "total", None, "", "合计", (None, ""))
    return report


def _communities(root_path: str | None) -> list[tuple]:
    parent = OrgUnit.alias("parent")
    query = (OrgUnit.select(OrgUnit.uuid, OrgUnit.code, OrgUnit.name, parent.uuid, parent.code, parent.name)
             .join(parent, JOIN.LEFT_OUTER, on=(OrgUnit.parent == parent.uuid))
             .where((OrgUnit.level == int(Level.COMMUNITY)) & (OrgUnit.deleted == False))  # noqa: E712
             .order_by(OrgUnit.path))
    if root_path:
        query = query.where(OrgUnit.under(root_path))
    return [(u, c, n, su, sc or "", sn or "") for u, c, n, su, sc, sn in query.tuples()]


def _sums(root_path: str | None, year: int) -> dict[tuple[str, str], tuple[int, ...]]:
    """(community, type) -> (funds, allocated, spent, transferred, balance), one grouped query."""
    query = (Fund.select(Fund.community, Fund.fund_type, fn.COUNT(fn.DISTINCT(Fund.uuid)), *sum_columns())
             .join(LedgerEntry, JOIN.LEFT_OUTER, on=((LedgerEntry.fund == Fund.uuid) & LIVE_ENTRY))
             .where((Fund.year == year) & LIVE_FUND)
             .group_by(Fund.community, Fund.fund_type))
    if root_path:
        query = (query.switch(Fund).join(OrgUnit, on=(Fund.community == OrgUnit.uuid))
                 .where(OrgUnit.under(root_path)))
    return {(c, t): tuple(rest) for c, t, *rest in query.tuples()}


def _totals(rows: list[BudgetRow], level: str, uuid, code: str, name: str, sub: tuple) -> list[BudgetRow]:
    types = sorted({r.fund_type for r in rows}, key=_type_order)
    out = [_add(level, uuid, code, name, sub, t, [r for r in rows if r.fund_type == t]) for t in types]
    return out + [_add(level, uuid, code, name, sub, None, rows)]


def _add(level, uuid, code, name, sub, fund_type, rows: list[BudgetRow]) -> BudgetRow:
    return BudgetRow(level, uuid, code, name, *sub, fund_type, sum(r.funds for r in rows),
                     sum(r.allocated_fen for r in rows), sum(r.spent_fen for r in rows),
                     sum(r.transferred_fen for r in rows), sum(r.balance_fen for r in rows))


def _type_order(fund_type: str) -> tuple[int, str]:
    keys = list(FUND_TYPES)
    return (keys.index(fund_type) if fund_type in keys else len(keys), fund_type)
