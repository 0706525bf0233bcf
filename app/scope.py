"""Who sees what: a user limited to a subtree of the org tree (DHIS2's data-capture org
unit) sees and changes only that subtree; a department clerk (areas) changes only its
own kinds of record. Enforced here, beside the role check, not by hiding widgets.

Reads: every list, search, statistic, export and notice passes the org path it was
asked for through `within()`: the whole tree or an ancestor of the scope is narrowed
to the scope, a unit outside it is refused. Writes: `guard()` is installed into the
write context (db/context.py) while a limited user is signed in; every insert or save
of a record naming an org unit (or of an org unit itself) outside the scope, or of a
kind outside the user's areas, is refused before it reaches SQLite.
"""

from app.errors import PermissionDenied
from db.models import OrgUnit

OUTSIDE = "这个单位不在您的账号负责的范围（{scope}）内，不能查看或修改。如需调整，请联系本站管理员。"
AREA_TABLES = {
    "grid": {"org_unit", "building", "resident", "resident_group", "resident_tag", "tag_def", "central_household",
             "central_household_link", "establishment", "person", "role_assignment"},
    "orders": {"request", "need", "offer", "service_order", "order_event", "call_back", "review_session",
               "review_score", "attachment", "attachment_part", "category", "deadline_rule"},
    "mediation": {"deliberation_meeting", "deliberation_matter", "mediation_case", "mediation_party",
                  "mediation_mediator", "mediation_session", "mediation_event", "mediation_agreement",
                  "mediation_follow_up", "activity_kind", "virtue_activity", "law_visit", "safety_event"},
    "funds": {"fund_standard", "party_branch", "fund", "ledger_entry", "period_close"},
    "support": {"unit", "member", "team", "team_member", "project", "volunteer_service", "proxy_service",
                "subdistrict_posts"},
    "notices": {"notice"},
}


def _user():
    from app.auth import current_user

    return current_user()


def scope_unit() -> OrgUnit | None:
    """The signed-in user's scope, None for the whole tree."""
    user = _user()
    uuid = getattr(user, "scope_uuid", None) if user is not None else None
    return OrgUnit.get_or_none(OrgUnit.uuid == uuid) if uuid else None


def root_path() -> str | None:
    unit = scope_unit()
    return unit.path if unit else None


def within(path: str | None) -> str | None:
    """The org path a read may use: the scope itself for the whole tree or an ancestor of it."""
    unit = scope_unit()
    if unit is None:
        return path
    if not path or unit.path.startswith(path):
        return unit.path
    if path.startswith(unit.path):
        return path
    raise PermissionDenied(OUTSIDE.format(scope=unit.name))


def check_unit(unit: OrgUnit | str | None) -> OrgUnit | None:
    """Refuse a unit (or its uuid) outside the scope; returns the unit."""
    if unit is None or scope_unit() is None:
        return unit if not isinstance(unit, str) else OrgUnit.get_or_none(OrgUnit.uuid == unit)
    if isinstance(unit, str):
        unit = OrgUnit.get_or_none(OrgUnit.uuid == unit)
    if unit is None:  # no such unit: the caller says what is missing
        return None
    if not unit.path.startswith(root_path()):
        raise PermissionDenied(OUTSIDE.format(scope=scope_unit().name))
    return unit


def check_record(model, row):
    """Refuse a record whose org unit (its own column or its parent's) is outside the scope."""
    if row is not None and model is not OrgUnit and scope_unit() is not None:
        org_uuid = _org_of(model, row.__data__)
        if org_uuid is not None:
            check_unit(org_uuid)
    return row


def is_limited(user) -> bool:
    return bool(user is not None and (getattr(user, "scope_uuid", None) or getattr(user, "areas", None)))


def guard(model, values) -> None:
    """Called by db/base.py before a write while a limited user is signed in. Where a record
    sits in the tree is found as a bundle finds it (app/exchange/tables.SCOPE): its own org
    column, or its parent record's (an order's events, a case's parties, a fund's entries)."""
    _check_area(model._meta.table_name)
    unit = scope_unit()
    if unit is None:
        return
    if model is OrgUnit:  # a unit by its own path: the scope's own unit may be edited, not its parent
        path = _value(values, model.path)
        if path is not None and not path.startswith(unit.path):
            raise PermissionDenied(OUTSIDE.format(scope=unit.name))
        return
    org_uuid = _org_of(model, values)
    if org_uuid is not None:
        check_unit(org_uuid)


def _org_of(model, values) -> str | None:
    from app.exchange.tables import MODELS, SCOPE

    rule = SCOPE.get(model._meta.table_name, ("reference",))
    if rule[0] not in ("org", "parent"):
        return None
    value = _uuid(_value(values, model._meta.columns[rule[1]]))
    if rule[0] == "org" or value is None:
        return value
    parent = MODELS[rule[2]]
    row = parent.select().where(parent.uuid == value).first()
    return _org_of(parent, row.__data__) if row is not None else None


def _uuid(value) -> str | None:
    return getattr(value, "uuid", value)


def _value(values, field):
    if field in values:
        return values[field]
    return values.get(field.name) if hasattr(values, "get") else None


def _check_area(table: str) -> None:
    from app.accounts import AREAS, split_areas

    areas = split_areas(getattr(_user(), "areas", None))
    if not areas:
        return
    owner = next((area for area, tables in AREA_TABLES.items() if table in tables), None)
    if owner is not None and owner not in areas:
        allowed = "、".join(AREAS[a] for a in areas)
        raise PermissionDenied(f"您的账号只负责{allowed}，不能修改{AREAS[owner]}的记录。如需调整，请联系本站管理员。")
