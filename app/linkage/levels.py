"""The levels a matter climbs (grid -> community -> subdistrict -> district) and the
hours each receiving level has to decide (district reference data, seeded with
the same keys at every site like the deadline rules)."""

import datetime as dt

from app import owners
from app.auth import require
from app.errors import ValidationError
from db.connection import database
from db.ids import stable_uuid
from db.models import Level, LinkageDeadline, OrgUnit

LINK_LEVELS = (Level.GRID, Level.COMMUNITY, Level.SUBDISTRICT, Level.DISTRICT)
LEVEL_NAMES = {Level.GRID: "网格", Level.COMMUNITY: "社区", Level.SUBDISTRICT: "街道", Level.DISTRICT: "区"}
DEFAULT_HOURS = {Level.COMMUNITY: 7 * 24, Level.SUBDISTRICT: 15 * 24, Level.DISTRICT: 30 * 24}


def seed_deadlines() -> None:
    """The default hours per receiving level, into an empty table (inside the caller's transaction)."""
    if LinkageDeadline.select().exists():
        return
    for level, hours in DEFAULT_HOURS.items():
        LinkageDeadline.create(uuid=stable_uuid(f"linkage-deadline:{int(level)}"), level=int(level), hours=hours)


def hours() -> dict[int, int]:
    rules = {r.level: r.hours for r in LinkageDeadline.live()}
    return {int(level): rules.get(int(level), default) for level, default in DEFAULT_HOURS.items()}


def set_deadline(level: int, hours_allowed: int) -> LinkageDeadline:
    """The district changes the hours a level has to decide; they travel down with the reference data."""
    require("admin")
    owners.require_district("linkage_deadline")
    if level not in {int(x) for x in DEFAULT_HOURS}:
        raise ValidationError("只能为社区、街道、区三级设置联动办理时限。", field="level")
    if not 0 < hours_allowed <= 24 * 365:
        raise ValidationError("办理时限须在1小时到1年之间。", field="hours")
    with database.atomic():
        row = LinkageDeadline.live().where(LinkageDeadline.level == level).first()
        if row is None:
            return LinkageDeadline.create(level=level, hours=hours_allowed)
        row.hours = hours_allowed
        row.save()
        return row


def due(level: int, since: dt.datetime, table: dict[int, int]) -> dt.datetime:
    return since + dt.timedelta(hours=table.get(level, DEFAULT_HOURS[Level.COMMUNITY]))


_TREE: dict[str, tuple[str | None, int]] = {}  # unit uuid -> (parent uuid, level), read in one query


def _parent(uuid: str) -> tuple[str, int] | None:
    if not _TREE:
        _TREE.update({u: (p, lv) for u, p, lv in OrgUnit.select(OrgUnit.uuid, OrgUnit.parent, OrgUnit.level).tuples()})
    parent = _TREE.get(uuid, (None, 0))[0]
    return (parent, _TREE[parent][1]) if parent in _TREE else None


def next_up(unit_uuid: str, level: int) -> tuple[str, int] | None:
    """The linkage level above a unit (a zone is skipped): (uuid, level), or None above the district."""
    current = unit_uuid
    while (up := _parent(current)) is not None:
        if up[1] < level and up[1] <= Level.COMMUNITY:
            return up
        current = up[0]
    return None


def level_of(unit_uuid: str) -> int | None:
    _parent(unit_uuid)
    return _TREE[unit_uuid][1] if unit_uuid in _TREE else None


def forget_tree() -> None:
    """Call when the org tree may have changed (another database opened, units moved)."""
    _TREE.clear()
