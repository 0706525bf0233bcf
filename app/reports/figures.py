"""Which figures a work report shows, in which sections, under which labels — and the
figures themselves, computed once through app.stats.compute for the subtree and the
period, and for the previous period (the trend).

Sections follow ../shared/domain.md: the organisation, the four orders, the three
governances (self-governance, virtue, law), the four supports, the funds. A figure
that describes the present state (org units, people, teams, posts: `STATE`) has no
period, so it shows no previous value and no change. Money is integer fen, rates are
fractions (0.9812), counts are ints, exactly as `stats` returns them.
"""

from dataclasses import dataclass

from app import stats
from app.funds import money
from app.funds.types import FUND_TYPES, type_label
from app.scope import within
from db.models import Level

D, S, C = int(Level.DISTRICT), int(Level.SUBDISTRICT), int(Level.COMMUNITY)
ALL = (D, S, C)

# (chapter, sub-title or "", [(key, label or None for the stats label, levels it applies to)])
SECTIONS: list[tuple[str, str, list[tuple[str, str | None, tuple[int, ...]]]]] = [
    ("组织体系", "", [
        ("org.subdistricts", "街道办事处（个）", (D,)), ("org.communities", "城市社区（个）", (D, S)),
        ("org.zones", "片区（个）", ALL), ("org.grids", "网格（个）", ALL), ("org.grid_leaders", "网格长（名）", ALL)]),
    ("四单管理", "", [
        ("orders.requests", "收集居民诉求（条）", ALL), ("orders.quick_completion_rate", None, ALL),
        ("orders.needs", "需求清单（份）", ALL), ("orders.offers", "供给清单（份）", ALL),
        ("orders.services", "服务清单（份）", ALL), ("orders.service_completion_rate", None, ALL),
        ("orders.review_sessions", "群众评议（次）", ALL), ("orders.response_rate", "工单响应率", ALL),
        ("orders.resolution_rate", "回访问题解决率", ALL), ("orders.satisfaction_rate", "回访满意率", ALL),
        ("orders.on_time_rate", "工单按时办结率", ALL)]),
    ("三治共促", "自治", [
        ("selfgov.deliberations", "居民说事堂等议事会议（次）", ALL),
        ("selfgov.matters_resolved", "协商解决议题（件）", ALL), ("selfgov.building_leader_coverage", None, ALL)]),
    ("三治共促", "德治", [
        ("virtue.family_education", "家风教育（场次）", ALL), ("virtue.moral_lectures", "道德讲堂（场次）", ALL),
        ("virtue.small_stool_talks", "“小板凳”宣讲（场次）", ALL),
        ("virtue.neighbourhood_events", "邻里节等邻里活动（场次）", ALL),
        ("virtue.mediations", "调解各类纠纷（件）", ALL)]),
    ("三治共促", "法治", [
        ("law.legal_advisers", "社区法律顾问（名）", ALL), ("law.police_liaisons", "社区民警（名）", ALL),
        ("law.visits", "法律顾问和社区民警走访宣讲（次）", ALL), ("law.zero_petition_rate", "“零信访”社区比例", ALL),
        ("law.zero_accident_rate", "“零事故”街道社区比例", ALL), ("law.zero_crime_rate", "“零发案”社区比例", ALL)]),
    ("四重支持", "", [
        ("support.units", "报到单位党组织（个）", ALL), ("support.members", "在职党员（名）", ALL),
        ("support.task_forces", "党员突击队（支）", ALL), ("support.volunteer_teams", "志愿服务队（个）", ALL),
        ("support.projects", "共建项目（项）", ALL),
        ("support.volunteer_problems_solved", "志愿服务解决实际问题（个）", ALL),
        ("service.proxy_services", "帮办代办服务（次）", ALL),
        ("support.subdistrict_admin_posts", "街道行政编制（名）", (D, S)),
        ("support.subdistrict_institution_posts", "街道全额事业编制（名）", (D, S))]),
    ("经费保障", "", [
        ("funds.allocated", "拨付经费（全部类型）", ALL), ("funds.spent", "支出经费（全部类型）", ALL),
        ("funds.balance", "收支净额（拨付、调剂减支出）", ALL),
        *[(f"funds.{t}.{m}", f"{type_label(t)}{word}", ALL) for t in FUND_TYPES
          for m, word in (("allocated", "拨付"), ("spent", "支出"))],
        ("funds.community_public_yearly", "公用经费年度标准（每个社区）", ALL),
        ("funds.community_service_yearly", "服务群众专项经费年度标准（每个社区）", ALL),
        ("funds.community_party_yearly", "党建工作经费年度标准（每个社区）", ALL),
        ("funds.compound_party_yearly", "小区党支部党建工作经费年度标准（每个支部）", ALL)]),
]

def _state_keys() -> frozenset[str]:
    """Figures of the present state: stats computes them without a period (Kpi.periodic False)."""
    stats._load_modules()
    return frozenset(key for key, figure in stats.REGISTRY.items() if not figure.periodic)


STATE = _state_keys()


@dataclass(frozen=True)
class Row:
    key: str  # the stats key
    label: str
    value: int | float  # this period (fen for money, a fraction for a rate)
    previous: int | float | None  # the previous period; None for a state figure
    change: int | float | None  # value − previous (a rate: in fraction points); None for a state figure
    kind: str  # count | rate | money


@dataclass(frozen=True)
class Section:
    chapter: str  # 四单管理
    title: str  # 自治 (a part of a chapter) or ""
    rows: tuple[Row, ...]


def keys_for(level: int) -> list[str]:
    return [key for _, _, rows in SECTIONS for key, _, levels in rows if level in levels]


def compute(root_path: str | None, level: int, period, previous) -> list[Section]:
    """The sections of a report of an org unit of `level`; `period` and `previous` are
    stats periods ([start, end) datetimes)."""
    root_path = within(root_path)
    keys = keys_for(level)
    periodic = [k for k in keys if k not in STATE]
    now = stats.compute(root_path, keys, period)
    before = stats.compute(root_path, periodic, previous)
    sections = []
    for chapter, title, rows in SECTIONS:
        made = tuple(_row(key, label, now[key], before.get(key)) for key, label, levels in rows if level in levels)
        if made:
            sections.append(Section(chapter, title, made))
    return sections


def _row(key: str, label: str | None, value, previous) -> Row:
    kind = stats.REGISTRY[key].kind
    change = None
    if previous is not None:
        change = round(value - previous, 4) if kind == "rate" else value - previous
    return Row(key, label or stats.REGISTRY[key].label, value, previous, change, kind)


def text(kind: str, value) -> str:
    """A figure as the report prints it: 1,234 · 98.1% · 1,234.56 (yuan from fen) · — for none."""
    if value is None:
        return "—"
    if kind == "rate":
        return f"{value * 100:.1f}%"
    if kind == "money":
        return money.yuan(value)
    return f"{value:,}"


def change_text(kind: str, change) -> str:
    """+12 · −0.4个百分点 · +1,234.56 · — for none."""
    if change is None:
        return "—"
    if kind == "rate":
        points = f"{change * 100:+.1f}"
        return ("0.0" if points in ("+0.0", "-0.0") else points) + "个百分点"
    sign = "+" if change > 0 else ""
    return sign + (money.yuan(change) if kind == "money" else f"{change:,}")
