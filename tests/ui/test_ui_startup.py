"""The start: path resolution, a damaged database (restore only when the user agrees),
a database from a newer GridDesk (message, exit 1), the first-run and sign-in flow."""

from argparse import Namespace

import pytest

from app import backups
from app.session import close_session
from db.errors import DatabaseTooNew
from tests.conftest import ADMIN_PASSWORD
from ui import settings as opts
from ui import startup
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.first_run_pages import FirstRunResult
from ui.dialogs.login import LoginDialog
from ui.dialogs.recovery import RestoreOffer


def damage(path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset:offset + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(session, db_path):
    backups.backup_now(session.db, db_path, "manual")
    close_session()
    damage(db_path)
    return db_path


def test_path_from_args_env_or_default(monkeypatch, tmp_path, data_dir):
    assert startup.resolve_db_path(Namespace(db=str(tmp_path / "a.sqlite3"))) == tmp_path / "a.sqlite3"
    monkeypatch.setenv("GRIDDESK_DB", str(tmp_path / "b.sqlite3"))
    assert startup.resolve_db_path(Namespace(db=None)) == tmp_path / "b.sqlite3"
    monkeypatch.delenv("GRIDDESK_DB")
    assert startup.resolve_db_path(Namespace(db=None)).parent == data_dir


def test_damaged_database_restored_when_the_user_agrees(damaged, monkeypatch):
    offered = []
    monkeypatch.setattr(RestoreOffer, "ask", classmethod(lambda cls, msg, b, parent=None: offered.append(b) or True))
    session = startup.open_with_recovery(damaged)
    assert offered and offered[0].name.endswith("-manual.sqlite3.gz")
    assert session.site.name == "商州区测试站"


def test_damaged_database_is_left_alone_when_the_user_declines(damaged, monkeypatch):
    monkeypatch.setattr(RestoreOffer, "ask", classmethod(lambda cls, msg, b, parent=None: False))
    before = damaged.read_bytes()
    with pytest.raises(startup.Stop) as stop:
        startup.open_with_recovery(damaged)
    assert stop.value.exit_code == 1
    assert damaged.read_bytes() == before


def test_restore_offer_without_backup(qtbot, tmp_path):
    box = RestoreOffer("数据库 x 已损坏", None)
    qtbot.addWidget(box)
    assert "数据库 x 已损坏" in box.text()


def test_newer_database_shows_the_message_and_exits_1(session, db_path, monkeypatch):
    close_session()
    shown = []
    monkeypatch.setattr(startup, "show_fatal", shown.append)

    def too_new(path, create=False, defer_check=False):
        raise DatabaseTooNew("这个数据库由更新版本的 GridDesk 写入。")

    monkeypatch.setattr(startup, "open_session", too_new)
    with pytest.raises(startup.Stop) as stop:
        startup.start_session(Namespace(db=str(db_path)), None, opts.Settings())
    assert stop.value.exit_code == 1 and "更新版本" in shown[0]


def test_existing_database_goes_through_sign_in(session, db_path, monkeypatch):
    close_session()
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, site, user="", pw="", parent=None: __import__("app.auth").auth.login("admin", ADMIN_PASSWORD)))
    settings = opts.Settings()
    started = startup.start_session(Namespace(db=str(db_path)), None, settings)
    assert started.site.name == "商州区测试站"
    assert settings.get(opts.LAST_USER) == "admin"


def test_cancelled_sign_in_stops_with_0(session, db_path, monkeypatch):
    close_session()
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, *a, **k: None))
    with pytest.raises(startup.Stop) as stop:
        startup.start_session(Namespace(db=str(db_path)), None, opts.Settings())
    assert stop.value.exit_code == 0


def test_missing_database_opens_the_wizard(db_path, monkeypatch):
    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(lambda cls, path, runner, parent=None: None))
    with pytest.raises(startup.Stop) as stop:
        startup.start_session(Namespace(db=str(db_path)), None, opts.Settings())
    assert stop.value.exit_code == 0 and not db_path.exists()


def test_wizard_site_goes_straight_to_the_window(db_path, monkeypatch):
    def create(cls, path, runner, parent=None):
        from app.session import open_session
        from app.sites import init_site
        open_session(path, create=True)
        init_site(name="城关街道", level="subdistrict", admin_name="clerk", password="secret-1")
        return FirstRunResult("site", "clerk", signed_in=True)

    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(create))
    session = startup.start_session(Namespace(db=str(db_path)), None, opts.Settings())
    assert session.site.name == "城关街道"
