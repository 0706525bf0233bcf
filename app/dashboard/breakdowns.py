"""The period's breakdowns on the start page, one grouped query each:

- service completion by unit: orders.service_completion_rate (service orders
  dispatched in the period, less returned and cancelled ones; completed over all;
  from the monthly roll-up per community, app/rollup.py)
  for each community of the subtree — or, when it holds more than MAX_BARS
  communities, for each subdistrict (and if those are too many as well, the
  MAX_BARS with the lowest rate, `lowest` set);
- mediation outcomes: the cases accepted 受理 in the period (those virtue.mediations
  counts) by what became of them — 达成协议, 调解不成, 终止调解, or still 调解中
  (accepted or mediating); an archived case counts under the state it was archived
  from (its archive event);
- fund use vs budget per fund type: the funds of the period's year under the
  subtree; budget = their allocations (the whole year, net of reversals), used =
  their expenses dated up to the period's end (net of reversals), in fen."""

from dataclasses import dataclass

from app import rollup
from app.dashboard.sql import in_subtree, rows, stamp
from app.funds.types import FUND_TYPES, type_label
from app.notices.periods import NoticePeriod
from app.scope import within
from app.stats import rate
from db.models import Level

MAX_BARS = 12
SHORT_TYPES = {"public": "公用", "service": "服务群众", "party": "社区党建", "compound_party": "小区党支部"}
OUTCOMES = {"agreed": "达成协议", "failed": "调解不成", "ended": "终止调解", "ongoing": "调解中", "archived": "已归档"}


@dataclass(frozen=True)
class UnitCompletion:
    uuid: str
    path: str
    name: str
    completed: int
    orders: int

    @property
    def rate(self) -> float:
        return rate(self.completed, self.orders)


@dataclass(frozen=True)
class Completion:
    level: int  # Level.COMMUNITY or Level.SUBDISTRICT
    units: list[UnitCompletion]  # units with no order in the period left out
    lowest: bool = False  # only the MAX_BARS lowest rates are shown


@dataclass(frozen=True)
class FundUse:
    fund_type: str
    label: str
    budget_fen: int
    used_fen: int

    @property
    def short(self) -> str:
        """A name short enough for a chart's axis."""
        return SHORT_TYPES.get(self.fund_type, self.label)


def _units(root_path: str | None, level: Level) -> list[tuple]:
    where, params = in_subtree("uuid", root_path)
    return rows(f"SELECT uuid, path, name, parent_uuid FROM org_unit WHERE deleted = 0 AND level = ?{where} "
                "ORDER BY path", (int(level), *params))


def service_completion(root_path: str | None, period: NoticePeriod) -> Completion:
    root_path = within(root_path)
    counts = {c: (s["live"], s["live_done"]) for (c,), s in rollup.sums(
        "service_order", root_path, period.as_stats_period(), ("unit_uuid",)).items() if s["live"]}
    communities = _units(root_path, Level.COMMUNITY)
    level, groups = Level.COMMUNITY, {c[0]: c[0] for c in communities}
    shown = communities
    if len(communities) > MAX_BARS:
        level, shown = Level.SUBDISTRICT, _units(root_path, Level.SUBDISTRICT)
        groups = {c[0]: c[3] for c in communities}
    totals = {u[0]: [0, 0] for u in shown}
    for community, (n, done) in counts.items():
        if groups.get(community) in totals:
            totals[groups[community]][0] += n
            totals[groups[community]][1] += done
    units = [UnitCompletion(u[0], u[1], u[2], totals[u[0]][1], totals[u[0]][0]) for u in shown if totals[u[0]][0]]
    if len(units) > MAX_BARS:
        return Completion(int(level), sorted(units, key=lambda u: (u.rate, u.path))[:MAX_BARS], lowest=True)
    return Completion(int(level), units)


def mediation_outcomes(root_path: str | None, period: NoticePeriod) -> dict[str, int]:
    """outcome key (OUTCOMES) -> cases, in OUTCOMES order, only the outcomes that occur."""
    root_path = within(root_path)
    start, end = (stamp(t) for t in period.as_stats_period())
    scope, params = in_subtree("c.community_uuid", root_path)
    found = dict(rows(
        "SELECT CASE WHEN c.state = 'archived' THEN COALESCE((SELECT e.from_state FROM mediation_event e "
        "WHERE e.case_uuid = c.uuid AND e.action = 'archive' AND e.deleted = 0 ORDER BY e.at DESC LIMIT 1), "
        "'archived') WHEN c.state IN ('accepted', 'mediating') THEN 'ongoing' ELSE c.state END, COUNT(*) "
        "FROM mediation_case c WHERE c.deleted = 0 AND c.accepted_at IS NOT NULL AND c.accepted_at >= ? "
        f"AND c.accepted_at < ?{scope} GROUP BY 1", (start, end, *params)))
    out = {key: found.pop(key) for key in OUTCOMES if key in found}
    if found:  # a state an accepted case should not have: shown with what is unclear
        out["archived"] = out.get("archived", 0) + sum(found.values())
    return out


def fund_use(root_path: str | None, period: NoticePeriod) -> list[FundUse]:
    root_path = within(root_path)
    scope, params = in_subtree("f.community_uuid", root_path)
    found = {t: (b, u) for t, b, u in rows(
        "SELECT f.fund_type, COALESCE(SUM(CASE WHEN e.kind = 'allocation' THEN e.amount_fen END), 0), "
        "0 - COALESCE(SUM(CASE WHEN e.kind = 'expense' AND e.posted_on < ? THEN e.amount_fen END), 0) "
        "FROM ledger_entry e JOIN fund f ON f.uuid = e.fund_uuid "
        f"WHERE e.deleted = 0 AND f.deleted = 0 AND f.year = ?{scope} GROUP BY f.fund_type",
        (stamp(period.end), period.year, *params))}
    order = [t for t in FUND_TYPES if t in found] + sorted(set(found) - set(FUND_TYPES))
    return [FundUse(t, type_label(t), *found[t]) for t in order]
