"""Small helpers shared by the mediation modules: text and date cleaning, org lookups."""

import datetime as dt

from app.errors import NotFound, ValidationError
from app.scope import check_record
from db.models import Level, OrgUnit


def text(raw) -> str | None:
    value = ("" if raw is None else str(raw)).strip()
    return value or None


def required(raw, field: str, label: str) -> str:
    value = text(raw)
    if not value:
        raise ValidationError(f"请填写{label}。", field=field)
    return value


def choice(raw: str, options: dict[str, str], field: str, label: str) -> str:
    if raw not in options:
        raise ValidationError(f"请选择{label}：{'、'.join(options.values())}。", field=field)
    return raw


def day(raw, field: str, label: str, *, future: bool = False) -> dt.date:
    """A date; not in the future unless `future`."""
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if not isinstance(raw, dt.date):
        try:
            raw = dt.date.fromisoformat(str(raw or "").strip().replace("/", "-"))
        except ValueError:
            raise ValidationError(f"请按 2026-05-17 的格式填写{label}。", field=field) from None
    if not future and raw > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError(f"{label}不能晚于今天，请核对。", field=field)
    return raw


def count(raw, field: str, label: str) -> int:
    try:
        value = int(raw or 0)
    except (TypeError, ValueError):
        raise ValidationError(f"{label}请填写整数。", field=field) from None
    if value < 0:
        raise ValidationError(f"{label}不能为负数。", field=field)
    return value


def live(model, uuid: str | None, what: str):
    row = model.get_or_none((model.uuid == uuid) & (model.deleted == False)) if uuid else None  # noqa: E712
    if row is None:
        raise NotFound(f"找不到这个{what}，请刷新后再试。")
    return check_record(model, row)  # a record outside the user's scope is not shown


def org_unit(uuid: str | None, levels: tuple[Level, ...], message: str, field: str = "org_unit") -> OrgUnit:
    unit = OrgUnit.get_or_none((OrgUnit.uuid == uuid) & (OrgUnit.deleted == False)) if uuid else None  # noqa: E712
    if unit is None or unit.level not in [int(level) for level in levels]:
        raise ValidationError(message, field=field)
    return unit


def community_of(unit: OrgUnit) -> OrgUnit:
    """The community a community, zone or grid belongs to."""
    if unit.level == Level.COMMUNITY:
        return unit
    codes = unit.path.strip("/").split("/")
    found = OrgUnit.select().where(OrgUnit.code.in_(codes) & (OrgUnit.level == int(Level.COMMUNITY))).first()
    if found is None:
        raise ValidationError(f"“{unit.name}”不属于任何社区，请选择社区或社区下的网格。", field="community")
    return found


def on_line(path: str, other: str) -> bool:
    """The two org units are the same, or one lies under the other."""
    return path.startswith(other) or other.startswith(path)
