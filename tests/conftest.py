"""Shared fixtures: every test gets its own data folder and its own SQLite file."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app import auth  # noqa: E402
from app.session import close_session, open_session  # noqa: E402
from app.sites import init_site  # noqa: E402
from db import context  # noqa: E402

ADMIN_PASSWORD = "admin-pass-1"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("GRIDDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("GRIDDESK_DB", raising=False)
    yield folder
    close_session()
    auth.set_current_user(None)
    context.current.site_id = ""


@pytest.fixture(scope="session")
def small_demo_master(tmp_path_factory):
    """The `small` demo (seed 1), generated once for the whole run; never opened by a test."""
    from app.demo import generate

    path = tmp_path_factory.mktemp("small-demo") / "master.sqlite3"
    generate(path, scale="small", seed=1)
    close_session()
    return path


@pytest.fixture(scope="module")
def small(small_demo_master, tmp_path_factory):
    """A copy of the small demo for one test module: what the module writes stays in it."""
    import shutil

    path = tmp_path_factory.mktemp("small") / "small.sqlite3"
    shutil.copy(small_demo_master, path)
    return path


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "office.sqlite3"


@pytest.fixture
def session(db_path):
    """A fresh district site with its administrator signed in."""
    s = open_session(db_path, create=True)
    init_site(name="商州区测试站", level="district", admin_name="admin", password=ADMIN_PASSWORD, org_code="611002")
    return s


@pytest.fixture
def as_role(session):
    """Sign in as a new user of the given role: as_role('viewer')."""
    def switch(role: str):
        auth.set_current_user(auth.User.get(auth.User.username == "admin"))
        user = auth.create_user(f"{role}1", f"{role} user", role, "password-1")
        auth.set_current_user(user)
        return user
    return switch


@pytest.fixture
def grids(session):
    """district -> 城关街道 -> 东关社区 -> two zones with one grid each."""
    from app import org

    district = org.by_code("611002")
    sub = org.add_unit(district, "611002001", "城关街道")
    com = org.add_unit(sub, "611002001001", "东关社区")
    zone_a = org.add_unit(com, "61100200100101", "东关一片区")
    zone_b = org.add_unit(com, "61100200100102", "东关二片区")
    grid_a = org.add_unit(zone_a, "6110020010010101", "东关第1网格")
    grid_b = org.add_unit(zone_b, "6110020010010201", "东关第2网格")
    return {"district": district, "sub": sub, "com": com, "zone_a": zone_a, "zone_b": zone_b,
            "grid_a": grid_a, "grid_b": grid_b}


@pytest.fixture
def orders_world(grids):
    """grids plus a resident, two registered units and a member in 东关社区, one more community."""
    from app import org, residents
    from db.models import Member, Unit

    other = org.add_unit(grids["sub"], "611002001002", "西关社区")
    resident = residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="王大妈", phone="13800001111"))
    unit_a = Unit.create(name="区住建局", community=grids["com"], has_party_org=True)
    unit_b = Unit.create(name="区供电公司", community=other, has_party_org=True)
    member = Member.create(name="党员李明", community=grids["com"], unit=unit_a)
    return {**grids, "other": other, "resident": resident, "unit_a": unit_a, "unit_b": unit_b, "member": member}


@pytest.fixture
def district(tmp_path):
    """A district site with two communities of one grid each, its bundle keys made; closed."""
    path = tmp_path / "district.sqlite3"
    from app import org
    from app.exchange import identity

    open_session(path, create=True)
    init_site(name="商州区", level="district", admin_name="admin", password="pass-word-1", org_code="611002")
    d = org.by_code("611002")
    sub = org.add_unit(d, "611002001", "城关街道")
    com = org.add_unit(sub, "611002001001", "东关社区")
    zone = org.add_unit(com, "61100200100101", "东关一片区")
    org.add_unit(zone, "6110020010010101", "东关第1网格")
    other = org.add_unit(sub, "611002001002", "西关社区")
    org.add_unit(org.add_unit(other, "61100200100201", "西关一片区"), "6110020010020101", "西关第1网格")
    identity.my_keys()
    close_session()
    return path
