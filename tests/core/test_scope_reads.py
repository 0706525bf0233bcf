"""Every list, search, statistic, export, report and notice function in app/ honours the
signed-in user's scope — found by looking at the signatures, so a new function that
takes an org subtree and forgets the scope fails here.

A function taking a subtree (root_path, root, path, a list Filter) must refuse a unit
outside the scope and answer for the whole tree exactly what it answers for the scope.
A function taking one org unit (an OrgUnit, its code or uuid, a notice request) must refuse
a unit outside the scope or above it. Checked on a copy of the `small` demo as a leader (who
may also read the audit log) limited to 北街社区; the other community is 工农路社区.
"""

import dataclasses
import datetime as dt
import functools
import importlib
import inspect
import pkgutil

import pytest

import app
from app import accounts, auth, stats
from app.errors import PermissionDenied
from app.notices import periods
from app.session import close_session, open_session
from db.models import Level, OrgUnit, User

SCOPE, OUTSIDE, TOP = "611002001001", "611002001002", "611002"
SKIP_PACKAGES = ("app.demo", "app.cli", "app.exchange", "app.scope")  # generators, commands, bundles, the rule
WRITES = ('require("write")', 'require("admin")')  # refused by the write guard instead
PATH_NAMES = {"root_path", "root", "path"}
UNIT_UUIDS = {"grid_uuid", "community_uuid", "centre_uuid"}  # parameters that name one org unit by its uuid
UNIT_UUID_FUNCTIONS = {"app.mediation.lists.mediator_candidates": "unit_uuid", "app.grid.summary.unit_summary": "uuid",
                       "app.org.unit": "uuid"}
NOT_READS = {  # take a path but read no records: SQL fragments and path arithmetic
    "app.dashboard.sql.in_subtree", "app.funds.views.under", "app.orders.lists.is_whole_tree",
    "app.mediation.common.on_line", "app.notices.fonts.check_font_file",
    # derive a name, an ancestor or a rule from a unit the caller already holds
    "app.funds.funds.keeper_for", "app.funds.rules.in_scope", "app.mediation.cases.committee_short_name",
    "app.mediation.common.community_of", "app.notices.orders_figures.party_committee",
    "app.orders.requests.community_of", "app.notices.orders_figures.community", "app.notices.orders_figures.month_only",
    "app.notices.issue.kind_of",
    "app.grid.roster.importer.plan_import",  # checks a file against a grid; the import's writes pass the write guard
    "app.linkage.status.in_subtree",  # a query for the callers, who narrow the path first
    "app.stats.counted_in",  # narrows the callers' query to a path they narrowed first (figures via stats.compute)
    "app.linkage.lists.filtered",  # filters rows already read (through a scoped list)
    "app.org.short_name", "app.owners.inside",  # a name from a name; path arithmetic
    "app.drives.windows_removable",  # a drive letter, not a unit
}
RECIPES = {  # the other arguments, by parameter name
    "year": 2025, "month": "2025-06", "labels": {}, "levels": (Level.COMMUNITY,), "max_level": int(Level.GRID),
    "end": dt.date(2025, 12, 31), "query": "王", "kind": "order_slip", "level": int(Level.COMMUNITY),
    "period_text": "2025", "measure": "allocated", "state": None, "start": None, "day": dt.date(2025, 6, 1),
}
FUNCTION_RECIPES = {"app.reports.builder.build_report": {"kind": "yearly"},
                    "app.support.members.member_page": {"name_like": "", "offset": 0, "limit": 50},
                    "app.mediation.lists.activity_page": {"offset": 0, "limit": 200},
                    "app.mediation.lists.meeting_page": {"offset": 0, "limit": 200},
                    "app.rollup.total": {"table": "request"}, "app.rollup.sums": {"table": "service_order"},
                    "app.rollup.monthly": {"table": "call_back", "periods": [periods.parse("2025-06").as_stats_period()]}}


def _original(func):
    if isinstance(func, functools.partial):
        return _original(func.func)
    defaults = getattr(func, "__defaults__", None) or ()
    return defaults[-1] if defaults and callable(defaults[-1]) else func  # kpi()'s lambda root, period, f=func


def _is_kpi(fn) -> bool:
    """Registered figures are read through stats.compute (discovered itself), not one by one; the
    orders figures' reference scans (app.orders.kpis.SCANS) are read by tests and benchmarks only."""
    from app.orders.kpis import SCANS

    stats._load_modules()
    return fn in {_original(k.func) for k in stats.REGISTRY.values()} | set(SCANS.values())


def _shape(param, qual: str = "") -> str | None:
    text = str(param.annotation)
    if param.name in UNIT_UUIDS or UNIT_UUID_FUNCTIONS.get(qual) == param.name:
        return "uuid"
    if "NoticeRequest" in text:
        return "request"
    if "OrgUnit" in text or param.name == "org_code_or_uuid":
        return "unit"
    if "Filter" in text:
        return "filter"
    if param.name in PATH_NAMES and "Path" not in text:
        return "path"
    return None


def discover() -> list[tuple[str, object, str]]:
    found = []
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.startswith(SKIP_PACKAGES):
            continue
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            qual = f"{info.name}.{name}"
            if name.startswith("_") or fn.__module__ != info.name or qual in NOT_READS or _is_kpi(fn):
                continue
            if any(w in inspect.getsource(fn) for w in WRITES):
                continue
            shapes = {_shape(p, qual) for p in inspect.signature(fn).parameters.values()} - {None}
            if shapes:
                found.append((qual, fn, shapes.pop()))
    return found


FUNCTIONS = discover()


def test_discovery_finds_every_kind_of_read():
    names = {q for q, _, _ in FUNCTIONS}
    for expected in ("app.stats.compute", "app.search.search_residents", "app.grid.lists.resident_page",
                     "app.orders.lists.request_page", "app.mediation.lists.case_page", "app.funds.export.export_year",
                     "app.grid.roster.export.export_residents", "app.notices.issue.preview",
                     "app.reports.builder.build_report", "app.dashboard.compute", "app.org.tree_rows"):
        assert expected in names
    assert len(FUNCTIONS) > 70


@pytest.fixture
def scoped(small):
    """Signed in (for each test: the shared fixtures sign out after each) as 北街社区's clerk."""
    open_session(small)
    auth.set_current_user(User.get(User.username == "admin"))
    if not User.select().where(User.username == "beijie").exists():
        accounts.add_user("beijie", "北街社区书记", "leader", "start-123", scope_code=SCOPE)
        User.update(must_change_password=False).where(User.username == "beijie").execute()
    auth.set_current_user(User.get(User.username == "beijie"))
    yield {code: OrgUnit.get(OrgUnit.code == code) for code in (SCOPE, OUTSIDE, TOP)}
    close_session()


def _arguments(fn, unit: OrgUnit, tmp_path) -> dict:
    tmp_path.mkdir(exist_ok=True)
    recipes = {**RECIPES, **FUNCTION_RECIPES.get(f"{fn.__module__}.{fn.__name__}", {})}
    args = {}
    qual = f"{fn.__module__}.{fn.__name__}"
    for p in inspect.signature(fn).parameters.values():
        shape = _shape(p, qual)
        if shape == "uuid":
            args[p.name] = unit.uuid
        elif shape == "path":
            args[p.name] = unit.path
        elif shape == "filter":
            field = "org_path" if p.annotation.__name__ == "AuditFilter" else "root_path"
            args[p.name] = p.annotation(**{field: unit.path})
        elif shape == "unit":
            args[p.name] = unit.code if p.name == "org_code_or_uuid" else unit
        elif shape == "request":
            from app.notices.kinds import NoticeRequest
            args[p.name] = NoticeRequest(kind="fund_publicity", org=unit, period=periods.parse("2025"))
        elif p.name == "path":
            args[p.name] = tmp_path / f"导出 #{unit.code} %.xlsx"
        elif "NoticePeriod" in str(p.annotation):
            args[p.name] = periods.parse("2025")
        elif p.name in ("period", "previous"):
            args[p.name] = periods.parse("2025").as_stats_period()
        elif p.name in recipes:
            args[p.name] = recipes[p.name]
        elif p.default is inspect.Parameter.empty:
            raise AssertionError(f"{fn.__qualname__}: add a recipe for its argument {p.name!r}")
    return args


def _comparable(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _comparable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.name.endswith("seconds")}  # how long it took is not what it says
    if isinstance(value, list | tuple):
        return [_comparable(v) for v in value]
    return value


@pytest.mark.parametrize("qual, fn, shape", FUNCTIONS, ids=[q for q, _, _ in FUNCTIONS])
def test_function_honours_the_scope(scoped, qual, fn, shape, tmp_path):
    with pytest.raises(PermissionDenied, match="不在您的账号负责的范围"):
        fn(**_arguments(fn, scoped[OUTSIDE], tmp_path))
    if shape in ("unit", "request", "uuid"):
        with pytest.raises(PermissionDenied, match="不在您的账号负责的范围"):
            fn(**_arguments(fn, scoped[TOP], tmp_path))
        fn(**_arguments(fn, scoped[SCOPE], tmp_path))
        return
    whole = fn(**_arguments(fn, scoped[TOP], tmp_path / "whole"))
    mine = fn(**_arguments(fn, scoped[SCOPE], tmp_path / "mine"))
    assert _comparable(whole) == _comparable(mine)


@pytest.mark.parametrize("getter, model", [("app.grid.residents.get", "Resident"), ("app.orders.requests.get", "Request"),
                                           ("app.mediation.cases.get", "MediationCase"),
                                           ("app.support.units.get", "Unit")])
def test_one_record_outside_the_scope_is_not_shown(scoped, getter, model):
    import db.models

    module, name = getter.rsplit(".", 1)
    get = getattr(importlib.import_module(module), name)
    cls = getattr(db.models, model)
    column = next(f for f in cls._meta.sorted_fields if getattr(f, "rel_model", None) is OrgUnit)
    outside = cls.select().join(OrgUnit, on=(column == OrgUnit.uuid)).where(
        OrgUnit.under(scoped[OUTSIDE].path) & (cls.deleted == False)).first()  # noqa: E712
    inside = cls.select().join(OrgUnit, on=(column == OrgUnit.uuid)).where(
        OrgUnit.under(scoped[SCOPE].path) & (cls.deleted == False)).first()  # noqa: E712
    assert get(inside.uuid).uuid == inside.uuid
    with pytest.raises(PermissionDenied, match="不在您的账号负责的范围"):
        get(outside.uuid)
