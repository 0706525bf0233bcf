"""Shared fixtures: every test gets its own data folder and its own SQLite file.

Markers (registered in pyproject.toml, set here in `pytest_collection_modifyitems`; `pytest -m unit` runs the
quick part): a test is `integration` when it
- drives the window (it uses `qtbot`),
- runs a process: its module uses `subprocess` or `sys.executable`, or a helper that does (tests/cli_helpers.py,
  fault_helpers.py, log_helpers.py, notice_helpers.py),
- generates a demo: it uses a demo fixture (`small`, `small_demo_master`, `shangzhou`, ...) or its module imports
  app.demo's `generate`,
- or crosses sites: its module uses the multi-site helpers (tests/exchange_helpers.py, linkage_helpers.py,
  rehearsal.py, hostile_cases.py, test_exchange_sync.enrol_site);
every other test is `unit`. The process, demo and site rules look at the test's module as a whole: a module that
does one of these things is integration throughout.
"""

import os
import re
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app import auth  # noqa: E402
from app.session import close_session, open_session  # noqa: E402
from app.sites import init_site  # noqa: E402
from db import context  # noqa: E402

ADMIN_PASSWORD = "admin-pass-1"

WINDOW_FIXTURES = {"qtbot"}
DEMO_FIXTURES = {"small", "small_demo_master", "shangzhou", "shangzhou_demo_master"}
INTEGRATION_SOURCE = re.compile(
    r"\bsubprocess\b|\bsys\.executable\b"  # a process
    r"|tests(\.|/)(cli_helpers|fault_helpers|log_helpers|notice_helpers)\b"
    r"|from app\.demo import [^\n]*\bgenerate\b"  # a demo generated
    r"|tests(\.|/)(exchange_helpers|linkage_helpers|rehearsal|hostile_cases)\b|\benrol_site\b")  # sites


def is_integration(item, module_source: str) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(fixtures & (WINDOW_FIXTURES | DEMO_FIXTURES)) or bool(INTEGRATION_SOURCE.search(module_source))


def pytest_collection_modifyitems(config, items):
    sources: dict[Path, str] = {}
    for item in items:
        path = Path(str(item.fspath))
        if path not in sources:
            sources[path] = path.read_text(encoding="utf-8") if path.suffix == ".py" else ""
        item.add_marker(pytest.mark.integration if is_integration(item, sources[path]) else pytest.mark.unit)


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


@pytest.fixture(scope="session")
def shangzhou_demo_master(tmp_path_factory):
    """The `shangzhou` demo (seed 1, ~100 s), generated once for the whole run in a folder whose path holds
    Chinese, a space, '#' and '%'; never opened by a test."""
    from app.demo import generate

    folder = tmp_path_factory.mktemp("商州 demo #1 %")
    path = folder / "shangzhou.sqlite3"
    with pytest.MonkeyPatch.context() as patch:  # its logs and key store in a folder of its own
        patch.setenv("GRIDDESK_DATA_DIR", str(folder / "data"))
        generate(path, scale="shangzhou", seed=1)
        close_session()
    return path


@pytest.fixture(scope="module")
def shangzhou(shangzhou_demo_master, tmp_path_factory):
    """A copy of the shangzhou demo for one test module (copied while no connection is open): what the
    module writes, opening it included, stays in it."""
    import shutil

    path = tmp_path_factory.mktemp("商州 copy #%") / "shangzhou.sqlite3"
    shutil.copy(shangzhou_demo_master, path)
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
    from app import org
    from app.grid import residents
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
