"""The demo data generator: valid, reproducible, cancellable, and the article's figures."""

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import auth, stats
from app.demo import DEMO_PASSWORD, Cancelled, generate
from app.errors import Conflict, ValidationError
from app.funds.types import close_uuid
from app.session import close_session, open_session
from app.validators import id_birth_date, id_gender, normalize_id_number, normalize_phone
from db.connection import database
from db.models import Building, Level, Member, OrgUnit, Person, Role, RoleAssignment, Unit

REPO = Path(__file__).resolve().parents[2]
UUID7 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
STAMP_COLUMNS = {"created_at", "updated_at", "version", "origin_site"}
NOT_COMPARED = {"site", "user", "meta", "change_log", "audit_log", "schema_migration"}


@pytest.fixture
def small(db_path):
    """A small demo file, opened for reading."""
    generate(db_path, scale="small", seed=1)
    open_session(db_path)
    yield db_path
    close_session()


def test_small_scale_has_the_planned_tree(small):
    figures = stats.compute()
    assert figures["org.subdistricts"] == 1 and figures["org.communities"] == 2
    assert figures["org.zones"] == 4 and figures["org.grids"] == 12
    assert figures["org.grid_leaders"] == 10
    assert figures["law.legal_advisers"] == 2 and figures["law.police_liaisons"] == 2
    assert figures["support.units"] == 8 and figures["support.members"] == 80
    assert OrgUnit.get(OrgUnit.level == int(Level.SUBDISTRICT)).name == "城关街道"


def test_codes_and_paths_follow_the_tree(small):
    units = {u.uuid: u for u in OrgUnit.select()}
    assert len({u.code for u in units.values()}) == len(units)
    for unit in units.values():
        if unit.parent_uuid is None:
            assert unit.path == f"{unit.code}/"
            continue
        parent = units[unit.parent_uuid]
        assert unit.level == parent.level + 1 and unit.code.startswith(parent.code)
        assert unit.path == f"{parent.path}{unit.code}/"


def test_every_person_has_a_valid_id_number_and_phone(small):
    people = list(Person.select())
    assert len({p.id_number for p in people}) == len(people)
    for person in people:
        number = normalize_id_number(person.id_number)
        assert number.startswith("611002") and id_gender(number) == person.gender
        assert 1950 <= id_birth_date(number).year <= 2000
        assert normalize_phone(person.phone) == person.phone
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,3}", person.name)
    for phone in [m.phone for m in Member.select()] + [u.contact_phone for u in Unit.select()]:
        assert normalize_phone(phone)


def test_keys_are_uuid7(small):
    for model in (OrgUnit, Person, RoleAssignment, Building, Unit, Member):
        assert all(UUID7.match(uuid) for (uuid,) in model.select(model.uuid).tuples())


def test_every_grid_has_one_leader_and_leaders_serve_at_most_two(small):
    grids = OrgUnit.select().where(OrgUnit.level == int(Level.GRID))
    for grid in grids:
        held = RoleAssignment.select().where((RoleAssignment.org_unit == grid)
                                             & (RoleAssignment.role == Role.GRID_LEADER))
        assert held.count() == 1 and held.get().end_date is None
    per_person = {}
    for ra in RoleAssignment.select().where(RoleAssignment.role == Role.GRID_LEADER):
        per_person[ra.person_uuid] = per_person.get(ra.person_uuid, 0) + 1
    assert set(per_person.values()) <= {1, 2}


def test_building_leader_coverage_is_exact(small):
    total = Building.select().count()
    led = Building.select().where(Building.leader.is_null(False))
    assert led.count() == round(total * 0.9)
    for building in led:
        assert RoleAssignment.get((RoleAssignment.person == building.leader_uuid)
                                  & (RoleAssignment.role == Role.BUILDING_LEADER)).org_unit_uuid == building.grid_uuid
        assert re.fullmatch(r"(\d+号楼|[东西南北]区\d+栋|[A-H]座)", building.name)
        assert building.address.startswith("商州区") and building.address.endswith(building.name)


def test_units_and_members_hang_together(small):
    for unit in Unit.select():
        assert unit.has_party_org and unit.kind in {"机关", "事业单位", "国有企业", "非公企业", "社会组织"}
    for member in Member.select().where(Member.unit.is_null(False)):
        assert member.community_uuid == member.unit.community_uuid
    assert Member.select().where(Member.unit.is_null(False)).count() == 72  # 90% of 80


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every synced table's rows without clock stamps, the random site root named ROOT."""
    con = sqlite3.connect(path)
    try:
        root = con.execute("SELECT uuid FROM org_unit WHERE level = 0").fetchone()[0]
        names = {root: "ROOT", con.execute("SELECT uuid FROM site").fetchone()[0]: "SITE"}
        names |= {close_uuid(root, y, m): f"CLOSE {y}-{m}"
                  for y, m in con.execute("SELECT year, month FROM period_close")}
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {}
        for table in tables:
            if table in NOT_COMPARED or table.startswith(("sqlite_", "search")):
                continue
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[1] not in STAMP_COLUMNS]
            select = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f'SELECT {select} FROM "{table}" ORDER BY 1').fetchall()
            out[table] = sorted(tuple(names.get(v, v) if isinstance(v, str) else v for v in row) for row in rows)
        return out
    finally:
        con.close()


def test_same_seed_gives_the_same_records_and_another_seed_others(tmp_path):
    first, second, other = (generate(tmp_path / f"{n}.sqlite3", seed=s).db_path
                            for n, s in (("a", 7), ("b", 7), ("c", 8)))
    assert dump(first) == dump(second)
    assert sum(len(rows) for rows in dump(first).values()) > 400
    assert dump(first)["person"] != dump(other)["person"]
    assert dump(first)["org_unit"] != dump(other)["org_unit"]


def test_progress_goes_up_to_100_in_chinese(db_path):
    seen = []
    generate(db_path, progress=lambda percent, message: seen.append((percent, message)))
    percents = [p for p, _ in seen]
    assert percents == sorted(percents) and percents[-1] == 100 and len(seen) >= 5
    assert all(re.search(r"[\u4e00-\u9fff]", m) for _, m in seen)


@pytest.mark.parametrize("after", [1, 4, 12])
def test_cancel_leaves_nothing_behind(tmp_path, after):
    path = tmp_path / "cancelled.sqlite3"
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) >= after

    with pytest.raises(Cancelled) as caught:
        generate(path, scale="shangzhou", cancelled=cancelled)
    assert caught.value.code == "E_CANCELLED" and "取消" in caught.value.message
    assert not list(tmp_path.glob("cancelled*"))
    assert database.obj is None or database.obj.is_closed()


def test_refuses_an_existing_file(db_path):
    db_path.write_bytes(b"keep me")
    with pytest.raises(Conflict) as caught:
        generate(db_path)
    assert "已存在" in caught.value.message and db_path.read_bytes() == b"keep me"


def test_unknown_scale_says_which_exist(db_path):
    with pytest.raises(ValidationError, match="shangzhou"):
        generate(db_path, scale="huge")
    assert not db_path.exists()


def test_closes_its_session_and_the_demo_admin_can_sign_in(db_path):
    result = generate(db_path, seed=3)
    assert database.obj.is_closed() and auth.current_user() is None
    assert (result.admin_name, result.admin_password) == ("admin", DEMO_PASSWORD)
    assert result.counts["org_unit"] == 20 and result.seconds > 0
    open_session(db_path)
    assert auth.login("admin", DEMO_PASSWORD).role == "admin"


def _cli(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "GRIDDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_cli_demo_then_stats(tmp_path, data_dir):
    path = tmp_path / "cli.sqlite3"
    done = _cli("demo", "--db", str(path), "--scale", "small", "--seed", "5", data=data_dir)
    assert done.returncode == 0, done.stderr
    assert "演示管理员：admin  密码：demo1234" in done.stdout and "组织单位：20" in done.stdout
    assert "[100%]" in done.stderr and f"已生成：{path}" in done.stdout
    figures = _cli("stats", "--db", str(path), "--json", data=data_dir)
    assert '"org.grids": 12' in figures.stdout
    again = _cli("demo", "--db", str(path), data=data_dir)
    assert again.returncode == 1 and again.stderr.startswith("错误：") and "已存在" in again.stderr
    assert again.stdout == ""


@pytest.mark.slow
def test_shangzhou_reproduces_the_article(shangzhou):
    open_session(shangzhou)
    figures = stats.compute()
    assert {key: figures[key] for key in (
        "org.subdistricts", "org.communities", "org.zones", "org.grids", "org.grid_leaders",
        "selfgov.building_leader_coverage", "support.units", "support.members",
        "law.legal_advisers", "law.police_liaisons")} == {
        "org.subdistricts": 4, "org.communities": 26, "org.zones": 132, "org.grids": 529,
        "org.grid_leaders": 471, "selfgov.building_leader_coverage": 0.9, "support.units": 244,
        "support.members": 4388, "law.legal_advisers": 26, "law.police_liaisons": 26}
    names = {u.name for u in OrgUnit.select().where(OrgUnit.level == int(Level.SUBDISTRICT))}
    assert names == {"城关街道", "大赵峪街道", "陈塬街道", "刘湾街道"}
    secretaries = RoleAssignment.select().where(RoleAssignment.role == Role.SECRETARY)
    assert secretaries.count() == 26


def test_residents_live_in_their_grids_with_valid_papers(tmp_path):
    from app.validators import is_valid_id_number, is_valid_phone
    from db.models import Building, CentralHousehold, Establishment, Resident, ResidentTag

    generate(tmp_path / "r.sqlite3", "small", seed=3)
    open_session(tmp_path / "r.sqlite3")
    try:
        people = list(Resident.select())
        assert len(people) == 600
        assert all(is_valid_id_number(r.id_number) for r in people if r.id_number)
        assert all(is_valid_phone(r.phone) for r in people if r.phone)
        assert all(r.building is None or r.building.grid_uuid == r.grid_uuid for r in people)
        heads = [r for r in people if r.relation == "户主"]
        assert len({r.household_no for r in people}) == len(heads)
        assert ResidentTag.select().count() > 0 and CentralHousehold.select().count() > 0
        assert Establishment.select().where(Establishment.kind == "shop").count() >= 24
        assert Building.select().count() > 0
    finally:
        close_session()
