"""Hostile text at the boundary (app/validators.py): every text field of every input dataclass
refuses control characters, lone surrogates and invisible format characters (bidi overrides,
zero-width spaces) and text over its maximum, through the use case a clerk's form calls, with a
message naming the field. The fields are found, not listed: a new field or a new input class that
is not cleaned fails here."""

import dataclasses
import importlib
import pkgutil

import pytest

import app
from app import auth
from app.errors import ValidationError
from app.funds import ledger
from app.grid import buildings, residents
from app.grid import units as grid_units
from app.mediation import activities, agreements, cases, law, meetings
from app.orders import offers, requests
from app.session import close_session, open_session
from app.sites import init_site
from app.support import members, projects, services, team_members, teams, units
from app.validators import REF_MAX, check_input, max_length, search_text

BAD = {"\x07": "U+0007", "\x00": "U+0000", "\x1b": "U+001B", "\u202e": "U+202E", "\u2066": "U+2066",
       "\u200b": "U+200B", "\ufeff": "U+FEFF", "\ud800": "U+D800", "\u2028": "U+2028"}

# input class -> how a clerk's form submits it (world: the uuids of a small tree)
SUBMIT = {
    residents.ResidentInput: lambda w, d: residents.add(w["grid"], d),
    buildings.BuildingInput: lambda w, d: buildings.add(w["grid"], d),
    grid_units.EstablishmentInput: lambda w, d: grid_units.add_establishment(w["grid"], d),
    ledger.ExpenseInput: lambda w, d: ledger.post_expense("no-fund", d),
    activities.ActivityInput: lambda w, d: activities.record(d),
    agreements.AgreementInput: lambda w, d: agreements.record("no-case", d),
    cases.CaseInput: lambda w, d: cases.register(d),
    cases.PartyInput: lambda w, d: cases.register(cases.CaseInput(parties=[d])),
    law.VisitInput: lambda w, d: law.log_visit(d),
    meetings.MeetingInput: lambda w, d: meetings.hold(d),
    meetings.MatterInput: lambda w, d: meetings.hold(meetings.MeetingInput(matters=[d])),
    offers.OfferInput: lambda w, d: offers.add(d),
    requests.RequestInput: lambda w, d: requests.log(d),
    members.MemberInput: lambda w, d: members.register(d),
    projects.ProjectInput: lambda w, d: projects.create(d),
    services.ServiceInput: lambda w, d: services.record(d),
    team_members.TeamMemberInput: lambda w, d: team_members.join("no-team", d),
    teams.TeamInput: lambda w, d: teams.create(d),
    units.UnitInput: lambda w, d: units.register(d),
}


def input_classes() -> set[type]:
    """Every dataclass named *Input in app/."""
    found = set()
    for module in pkgutil.walk_packages(app.__path__, "app."):
        if module.name.startswith(("app.cli", "app.demo")):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if dataclasses.is_dataclass(value) and isinstance(value, type) and value.__name__.endswith("Input"):
                found.add(value)
    return found


def text_fields(cls) -> list[dataclasses.Field]:
    """The fields a clerk types into: str in the annotation, not a reference (*_uuid)."""
    return [f for f in dataclasses.fields(cls) if "str" in str(f.type) and not f.name.endswith(("_uuid", "_uuids"))]


FIELDS = [(cls, f.name) for cls in SUBMIT for f in text_fields(cls)]
IDS = [f"{cls.__name__}.{name}" for cls, name in FIELDS]


@pytest.fixture(scope="module")
def world_file(tmp_path_factory):
    from app import org

    path = tmp_path_factory.mktemp("敌意 输入 #1 %20") / "office.sqlite3"
    open_session(path, create=True)
    init_site(name="商州区测试站", level="district", admin_name="admin", password="admin-pass-1", org_code="611002")
    community = org.add_unit(org.add_unit(org.by_code("611002"), "611002001", "城关街道"), "611002001001", "东关社区")
    grid = org.add_unit(org.add_unit(community, "61100200100101", "东关一片区"), "6110020010010101", "东关第1网格")
    world = {"path": path, "grid": grid.uuid, "community": community.uuid}
    close_session()
    return world


@pytest.fixture
def world(world_file):
    open_session(world_file["path"])
    auth.set_current_user(auth.User.get(auth.User.username == "admin"))
    yield world_file
    close_session()


def submit(world, cls, name, value):
    data = cls(**{name: value})
    if cls is requests.RequestInput:
        data.grid_uuid = world["grid"]
    with pytest.raises(ValidationError) as caught:
        SUBMIT[cls](world, data)
    return caught.value


def test_every_input_class_is_submitted_here():
    assert input_classes() == set(SUBMIT)


@pytest.mark.parametrize(("cls", "name"), FIELDS, ids=IDS)
def test_every_text_field_declares_its_maximum_and_label(cls, name):
    field = next(f for f in dataclasses.fields(cls) if f.name == name)
    assert 1 < field.metadata.get("max_length", 0) <= 2000 and field.metadata.get("label")


@pytest.mark.parametrize(("cls", "name"), FIELDS, ids=IDS)
def test_every_text_field_refuses_invisible_characters_and_overlong_text(world, cls, name):
    label = next(f.metadata["label"] for f in dataclasses.fields(cls) if f.name == name)
    for char, code in BAD.items():
        refused = submit(world, cls, name, f"东关{char}1号")
        assert refused.field == name and code in refused.message and label in refused.message, (char, refused)
    limit = max_length(cls, name)
    refused = submit(world, cls, name, "字" * (limit + 1))
    assert refused.field == name and f"最多 {limit} 个字" in refused.message


def test_multi_line_fields_take_line_breaks_and_single_line_fields_do_not():
    check_input(residents.ResidentInput(name="王芳", notes="第一行\n第二行\t完"))
    with pytest.raises(ValidationError, match="U[+]000A") as caught:
        check_input(residents.ResidentInput(name="王\n芳"))
    assert caught.value.field == "name"


def test_references_are_checked_too():
    with pytest.raises(ValidationError) as caught:
        check_input(residents.ResidentInput(name="王芳", building_uuid="x" * (REF_MAX + 1)))
    assert caught.value.field == "building_uuid"


def test_a_clean_resident_is_still_saved_and_a_tag_name_is_checked(world):
    saved = residents.add(world["grid"], residents.ResidentInput(name="=1+1", address="东关街 #3 100%"))
    assert (saved.name, saved.address) == ("=1+1", "东关街 #3 100%")
    with pytest.raises(ValidationError, match="U[+]202E"):
        residents.add_tag("独居\u202e老人")


def test_search_text_drops_what_sql_and_fts_must_not_see():
    assert search_text("\x00\x00") == ""
    assert search_text(" 停\u202e车\x07 ") == "停 车"
    assert len(search_text("字" * 10_000)) == 100
