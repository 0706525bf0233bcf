"""Enrolling sites in the window, as a district's IT clerk would: 数据交换 → 站点 →
登记新站点… at the `small` demo district, the new site created from the written file
through the first-run join wizard, and the district's 发送给 then offering it."""

import pytest

from app import auth
from app.exchange import enrol, outgoing, trust
from app.session import close_session, open_session
from db.models import Site, User
from tests.exchange_helpers import at
from tests.helpers import answer
from ui import ask
from ui import settings as opts
from ui.dialogs.exchange_enrol import EnrolDialog
from ui.dialogs.first_run import FirstRunWizard
from ui.hub import Hub
from ui.runner import Runner
from ui.tabs.exchange_tab import ExchangeTab

SUB, COM = "611002001", "611002001001"


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "U盘 #1 100%"
    path.mkdir()
    return path


@pytest.fixture
def district(small_demo_master, tmp_path):
    import shutil

    path = tmp_path / "区 #1 %.sqlite3"
    shutil.copy(small_demo_master, path)
    return path


def open_tab(qtbot, runner, path):
    close_session()
    open_session(path)
    auth.set_current_user(User.get(User.username == "admin"))
    tab = ExchangeTab(Hub(), opts.Settings(), runner, path)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def enrol_in_dialog(tab, monkeypatch, code: str, out):
    def fill(dialog):
        index = next(i for i in range(dialog.unit.count()) if dialog.unit.itemData(i)[0] == code)
        dialog.unit.setCurrentIndex(index)
        dialog.file.setText(str(out))
    monkeypatch.setattr(EnrolDialog, "ask", answer(EnrolDialog, fill))
    tab.show_page("sites")
    return tab.enrol()


def join_in_wizard(qtbot, runner, monkeypatch, file, path, admin="clerk"):
    wizard = FirstRunWizard(path, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.join.setChecked(True)
    wizard.next()
    monkeypatch.setattr(ask, "open_file", lambda *a: str(file))
    page = wizard.join_page
    page.choose()
    page.admin.setText(admin)
    page.password.setText("secret-12")
    page.password2.setText("secret-12")
    return wizard, page


def test_the_enrol_dialog_lists_the_units_without_a_site(qtbot, district, runner):
    tab = open_tab(qtbot, runner, district)
    dialog = EnrolDialog(parent=tab)
    qtbot.addWidget(dialog)
    codes = [dialog.unit.itemData(i)[0] for i in range(dialog.unit.count())]
    assert SUB in codes and COM in codes and "611002" not in codes
    assert dialog.name.text() and dialog.file.text().endswith(".json")


def test_enrol_a_subdistrict_and_a_community_then_send_to_both(qtbot, district, runner, folder, tmp_path,
                                                                monkeypatch):
    tab = open_tab(qtbot, runner, district)
    sub_file, com_file = folder / "街道 登记.json", folder / "社区 #2 登记.json"
    sub_site, _ = enrol_in_dialog(tab, monkeypatch, SUB, sub_file)
    com_site, _ = enrol_in_dialog(tab, monkeypatch, COM, com_file)
    assert sub_file.stat().st_size > 0 and com_file.stat().st_size > 0
    assert com_file.name in tab.message_bar.text.text()
    dialog = EnrolDialog(parent=tab)  # the enrolled units are no longer offered
    codes = [dialog.unit.itemData(i)[0] for i in range(dialog.unit.count())]
    assert SUB not in codes and COM not in codes
    tab.close()
    close_session()
    sites = {}
    for site, file in ((sub_site, sub_file), (com_site, com_file)):
        path = tmp_path / f"{site.uuid}.sqlite3"
        enrol.join(path, enrol.read(file), "admin", "secret-12")
        close_session()
        sites[site.uuid] = path
    with at(district):
        me = Site.select().where(Site.level == "district").get().uuid
    for path in sites.values():  # each sends its first bundle; the district compares and trusts
        with at(path):
            bundle = outgoing.export(me, folder).path
        with at(district):
            trust.trust(bundle)
    tab = open_tab(qtbot, runner, district)
    offered = {tab.peer.itemData(i)[0] for i in range(tab.peer.count())}
    assert offered == {sub_site.uuid, com_site.uuid}
    assert tab.export_button.isEnabled()
