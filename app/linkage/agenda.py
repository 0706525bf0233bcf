"""The agenda a session of the joint conference (or the federation) is drawn from, for the
session dialog to pre-fill: the escalations this level holds that wait for a decision (those
put on the next agenda first, then the open ones) and the period's hot issues — the request
categories most raised in the level's subtree in the calendar quarter before the session.

Bounded: the matters are the level's own inbox (at most MATTERS_SHOWN listed), the hot issues
one grouped count of three months of requests (the dashboard's, app/dashboard/trends.py)."""

import datetime as dt

from app.dashboard import periods, trends
from app.errors import PermissionDenied
from app.linkage import lists
from app.linkage.status import STATE_NAMES
from app.notices.periods import NoticePeriod, parse
from app.scope import check_unit
from app.session import local_site
from db.models import OrgUnit

HOT_ISSUES = 3
MATTERS_SHOWN = 15
SUBJECT_CHARS = 40  # the agenda holds 2000 characters (conference.hold_session)
ORDER = (STATE_NAMES["agenda"], STATE_NAMES["open"])  # 待会议研究 before 待处理
NUMERALS = "一二"


def quarter_before(day: dt.date) -> NoticePeriod:
    """The calendar quarter before the one holding `day`: a session on 2027-01-15 reads 2026-Q4."""
    return periods.previous(parse(f"{day.year}-Q{(day.month - 1) // 3 + 1}"))


def matters(unit: OrgUnit) -> list[lists.Row]:
    """The escalations this level holds undecided: on the agenda first, then open; oldest first in each."""
    rows = [r for r in lists.inbox(check_unit(unit).uuid) if r.state in ORDER]
    return sorted(rows, key=lambda r: (ORDER.index(r.state), r.escalated_at))


def hot_issues(root_path: str, day: dt.date) -> list[tuple[str, int]]:
    """(category, requests) of the HOT_ISSUES categories most raised in the quarter before `day`."""
    found = trends.requests_by_month(root_path, quarter_before(day), count=3)
    ranked = [(s.label, sum(s.counts)) for s in found.stacks if s.category is not None]
    return ranked[:HOT_ISSUES]


def drawn(held_on: dt.date, unit_uuid: str | None = None) -> str:
    """The agenda text; '' when this level holds nothing and the quarter raised nothing."""
    unit = OrgUnit.get_by_id(unit_uuid) if unit_uuid else local_site().org_unit
    try:
        sections = [s for s in (_matter_section(matters(unit)), _hot_section(unit.path, held_on)) if s]
    except PermissionDenied:  # an account that covers less than this level: nothing is drawn for it
        return ""
    return "\n".join(f"{NUMERALS[i]}、{title}\n" + "\n".join(body) for i, (title, body) in enumerate(sections))


def _matter_section(rows: list[lists.Row]) -> tuple[str, list[str]] | None:
    if not rows:
        return None
    body = [f"{i}. 【{r.state}】{r.unit} {r.kind}：{_short(r.subject)}" for i, r in enumerate(rows[:MATTERS_SHOWN], 1)]
    if len(rows) > MATTERS_SHOWN:
        body.append(f"……另有{len(rows) - MATTERS_SHOWN}件，见四级联动收件箱")
    return "研究下级上报事项", body


def _hot_section(root_path: str, held_on: dt.date) -> tuple[str, list[str]] | None:
    hot = hot_issues(root_path, held_on)
    if not hot:
        return None
    title = f"{quarter_before(held_on).label}诉求热点"
    return title, [f"{i}. {label}（{count}件）" for i, (label, count) in enumerate(hot, 1)]


def _short(text: str) -> str:
    return text if len(text) <= SUBJECT_CHARS else text[:SUBJECT_CHARS - 1] + "…"
