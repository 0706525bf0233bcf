"""What the notices window looks up: the records a notice of an "id" kind can be made
from (a search box and a list, per kind), and the register of issued notices.

`records(kind, root_path, search)` answers for the kinds it knows (mediation
agreements, deliberation minutes, service order slips, feedback letters to
registered units); `has_lookup(kind)` says whether it knows one — otherwise the
window takes the record's number or uuid as typed.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.auth import require
from app.mediation.cases import DISPUTE_TYPES
from app.mediation.meetings import KINDS as MEETING_KINDS
from app.orders.service import STATES as ORDER_STATES
from app.scope import within
from app.validators import search_text
from db.models import (
    DeliberationMeeting,
    MediationAgreement,
    MediationCase,
    Need,
    Notice,
    OrgUnit,
    ServiceOrder,
    Unit,
    User,
)

LIMIT = 200


@dataclass(frozen=True)
class Record:
    uuid: str
    number: str  # the human number where there is one, else the name
    text: str  # one line for the list: date, kind, what


@dataclass(frozen=True)
class RegisterRow:
    uuid: str
    kind: str
    kind_label: str
    number: str
    subject: str
    unit: str
    issued_on: dt.date
    by: str
    pages: int
    font: str
    sha256: str

    @property
    def sha_short(self) -> str:
        return self.sha256[:12]


def _under(field, root_path: str | None):
    """Rows whose org unit (`field`) is in the subtree of root_path (all of them without one)."""
    units = OrgUnit.select(OrgUnit.uuid)
    if root_path:
        units = units.where(OrgUnit.under(root_path))
    return field.in_(units)


def _agreements(root_path: str | None, search: str) -> list[Record]:
    """Mediation cases with a signed agreement 人民调解协议书, newest first."""
    c, a = MediationCase, MediationAgreement
    query = (c.select(c.uuid, c.number, c.dispute_type, c.facts, a.signed_on).join(a, on=(a.case == c.uuid))
             .where((c.deleted == False) & (a.deleted == False) & _under(c.community, root_path)))  # noqa: E712
    if search.strip():
        text = search.strip()
        types = [key for key, label in DISPUTE_TYPES.items() if text in label]
        query = query.where(c.number.contains(text) | c.facts.contains(text) | c.dispute_type.in_(types))
    rows = query.order_by(a.signed_on.desc(), c.number.desc()).limit(LIMIT).objects()
    return [Record(r.uuid, r.number, f"{r.number} {r.signed_on} {DISPUTE_TYPES.get(r.dispute_type, r.dispute_type)}"
                                     f"：{r.facts}") for r in rows]


def _meetings(root_path: str | None, search: str) -> list[Record]:
    """Deliberation meetings 说事议事会议 (for their minutes), newest first."""
    m = DeliberationMeeting
    query = (m.select(m, OrgUnit.name.alias("unit_name")).join(OrgUnit, on=(m.org_unit == OrgUnit.uuid))
             .where((m.deleted == False) & _under(m.org_unit, root_path)))  # noqa: E712
    if search.strip():
        text = search.strip()
        kinds = [key for key, label in MEETING_KINDS.items() if text in label]
        query = query.where(m.place.contains(text) | m.host.contains(text) | OrgUnit.name.contains(text)
                            | m.kind.in_(kinds))
    rows = query.order_by(m.held_on.desc(), m.uuid).limit(LIMIT).objects()
    return [Record(r.uuid, f"{r.held_on} {MEETING_KINDS.get(r.kind, r.kind)}",
                   f"{r.held_on} {MEETING_KINDS.get(r.kind, r.kind)} · {r.unit_name} · {r.place or ''} · {r.host}")
            for r in rows]


def _orders(root_path: str | None, search: str) -> list[Record]:
    """Service orders 服务工单, newest first."""
    o = ServiceOrder
    query = (o.select(o.uuid, o.number, o.state, o.dispatched_at, Need.description).join(Need, on=(o.need == Need.uuid))
             .where((o.deleted == False) & _under(o.community, root_path)))  # noqa: E712
    if search.strip():
        query = query.where(o.number.contains(search.strip()) | Need.description.contains(search.strip()))
    rows = query.order_by(o.dispatched_at.desc(), o.number.desc()).limit(LIMIT).objects()
    return [Record(r.uuid, r.number, f"{r.number} {ORDER_STATES.get(r.state, r.state)}：{r.description}")
            for r in rows]


def _units(root_path: str | None, search: str) -> list[Record]:
    """Registered units 报到单位 (a feedback letter goes to one), by name."""
    u = Unit
    query = (u.select(u, OrgUnit.name.alias("community_name")).join(OrgUnit, on=(u.community == OrgUnit.uuid))
             .where((u.deleted == False) & _under(u.community, root_path)))  # noqa: E712
    if search.strip():
        query = query.where(u.name.contains(search.strip()))
    rows = query.order_by(u.name, u.uuid).limit(LIMIT).objects()
    return [Record(r.uuid, r.name, f"{r.name}（{r.community_name}）") for r in rows]


LOOKUPS: dict[str, Callable[[str | None, str], list[Record]]] = {
    "mediation_agreement": _agreements,
    "deliberation_minutes": _meetings,
    "order_slip": _orders,
    "feedback_letter": _units,
}


def has_lookup(kind: str) -> bool:
    return kind in LOOKUPS


def records(kind: str, root_path: str | None, search: str = "") -> list[Record]:
    """The records a notice of `kind` can be made from, in the subtree (at most 200)."""
    root_path = within(root_path)
    require("read")
    lookup = LOOKUPS.get(kind)
    return lookup(root_path, search_text(search)) if lookup else []


def register(root_path: str | None, labels: dict[str, str], limit: int = 1000) -> list[RegisterRow]:
    """The issued notices of the subtree, newest first; `labels` names the kinds."""
    root_path = within(root_path)
    require("read")
    n = Notice
    query = (n.select(n, OrgUnit.name.alias("unit_name")).join(OrgUnit, on=(n.org_unit == OrgUnit.uuid))
             .where((n.deleted == False) & _under(n.org_unit, root_path)))  # noqa: E712
    rows = query.order_by(n.issued_on.desc(), n.created_at.desc()).limit(limit).objects()
    names = dict(User.select(User.username, User.display_name).tuples())
    return [_row(r, r.unit_name, names, labels) for r in rows]


def register_row(notice: Notice, labels: dict[str, str]) -> RegisterRow:
    """One register entry as the window shows it (a file checked with verify())."""
    require("read")
    names = dict(User.select(User.username, User.display_name).tuples())
    return _row(notice, notice.org_unit.name, names, labels)


def _row(n: Notice, unit_name: str, names: dict[str, str], labels: dict[str, str]) -> RegisterRow:
    return RegisterRow(n.uuid, n.kind, labels.get(n.kind, n.kind), n.number, n.subject, unit_name, n.issued_on,
                       names.get(n.created_by, n.created_by or ""), n.pages, n.font, n.sha256)
