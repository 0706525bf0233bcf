"""Enrolling sites in the window, as a district's IT clerk would: 数据交换 → 站点 →
登记新站点… at the `small` demo district, the new site created from the written file
through the first-run join wizard, and the district's 发送给 then offering it."""

import pytest
from PySide6.QtWidgets import QApplication

from app.exchange import enrol, identity, outgoing, trust
from app.session import close_session
from db.models import Site
from tests.exchange import test_ui_exchange
from tests.exchange_helpers import at
from tests.helpers import answer
from ui import ask
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.first_run_join import JoinPage
from ui.tabs.exchange.enrol import EnrolDialog

SUB, COM = "611002001", "611002001001"


runner = test_ui_exchange.runner  # one Runner per test (fixture)


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


open_tab = test_ui_exchange.open_tab


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
    assert isinstance(page, JoinPage)  # ui/dialogs/first_run_join.py
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


def fully_shown(label) -> bool:
    """The label's whole text fits in it (wrapped as it is), and the label lies inside its window."""
    from PySide6.QtCore import QRect, Qt

    need = label.fontMetrics().boundingRect(QRect(0, 0, label.width(), 10_000), Qt.TextFlag.TextWordWrap,
                                            label.text())
    corner = label.mapTo(label.window(), label.rect().bottomRight())
    return (need.width() <= label.width() and need.height() <= label.height()
            and corner.x() <= label.window().width() and corner.y() <= label.window().height())


def test_a_site_is_created_from_the_dialogs_file_through_the_join_wizard(qtbot, district, runner, folder,
                                                                          tmp_path, monkeypatch):
    tab = open_tab(qtbot, runner, district)
    file = folder / "城关街道 #登记 %.json"
    site, _ = enrol_in_dialog(tab, monkeypatch, SUB, file)
    fingerprint = tab.fingerprint.text()
    tab.close()
    close_session()
    path = tmp_path / "新 电脑 #1" / "街道 %.sqlite3"
    path.parent.mkdir()
    wizard, page = join_in_wizard(qtbot, runner, monkeypatch, file, path)
    wizard.resize(wizard.minimumSize())
    qtbot.waitUntil(lambda: wizard.size() == wizard.minimumSize())
    QApplication.sendPostedEvents()  # the layouts the resize asked for
    assert page.fingerprint.text() == fingerprint and len(fingerprint.split()) == 7
    assert fully_shown(page.fingerprint), "the fingerprint is cut off"
    wizard.next()  # not yet compared by phone: nothing is created
    assert wizard.currentId() == FirstRunWizard.JOIN and page.errors["compared"].text()
    assert not path.exists()
    page.compared.setChecked(True)
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.SUMMARY, page.errors["general"].text()
    close_session()
    with at(path, "clerk"):
        from app.session import local_site
        me = local_site()
        assert (me.uuid, me.level, me.org_unit.code) == (site.uuid, "subdistrict", SUB)
        assert identity.trusted(identity.public_of(_district_uuid()).key_id) is not None


def _district_uuid() -> str:
    return Site.select().where(Site.level == "district").get().uuid


def chinese_only(text: str) -> bool:
    import re
    return bool(text) and not re.findall(r"[A-Za-z]{3,}", text.replace("GridDesk", ""))


def resigned(district, file, out, change):
    """The enrolment file with its content changed by `change` and signed again by the district:
    it reads as genuine, and joining from it fails."""
    import json

    outer = json.loads(file.read_text(encoding="utf-8"))
    payload = json.loads(outer["payload"])
    change(payload)
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with at(district):
        signature = identity.my_keys().sign(text.encode("utf-8"), "GridDesk enrolment test")
    out.write_text(json.dumps({"payload": text, "signature": signature.decode("ascii")}), encoding="utf-8")
    return out


def test_a_damaged_enrolment_file_gives_a_chinese_message(qtbot, district, runner, folder, tmp_path, monkeypatch):
    from ui import i18n

    with at(district):
        enrol.enroll("东关社区", "community", COM, folder / "good.json")
    good = folder / "good.json"
    cut = folder / "cut #1.json"
    cut.write_bytes(good.read_bytes()[:-40])
    broken = resigned(district, good, folder / "no tree %.json", lambda p: p["rows"].update(org_unit=[]))
    i18n.install("zh_CN")
    try:
        path = tmp_path / "社区 站.sqlite3"
        wizard, page = join_in_wizard(qtbot, runner, monkeypatch, cut, path)
        assert chinese_only(page.errors["file"].text()), page.errors["file"].text()
        assert page.enrolment is None and not page.fingerprint.text()
        monkeypatch.setattr(ask, "open_file", lambda *a: str(broken))
        page.choose()
        page.compared.setChecked(True)
        wizard.next()
        assert wizard.currentId() == FirstRunWizard.JOIN
        message = page.errors["general"].text()
        assert chinese_only(message) and "FOREIGN" not in message, message
        assert not path.exists()
    finally:
        i18n.remove()


def test_reissue_in_the_sites_page_then_trust_the_rebuilt_pc(qtbot, district, runner, folder, tmp_path,
                                                             monkeypatch):
    with at(district):
        site = enrol.enroll("东关社区", "community", COM, folder / "first.json")
        me = _district_uuid()
    old_pc = tmp_path / "旧 #%.sqlite3"
    enrol.join(old_pc, enrol.read(folder / "first.json"), "admin", "secret-12")
    close_session()
    with at(old_pc):
        first = outgoing.export(me, folder).path
    with at(district):
        trust.trust(first)
    tab = open_tab(qtbot, runner, district)
    tab.show_page("sites")
    model = tab.sites.table.model
    tab.sites.table.select_row(next(i for i in range(model.rowCount()) if model.row_at(i).uuid == site.uuid))
    again = folder / "重新 #2 %.json"
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    monkeypatch.setattr(ask, "save_file", lambda *a: str(again))
    assert tab.sites.reissue_button.isVisible() and tab.sites.reissue_button.isEnabled()
    tab.sites.reissue_button.click()
    assert str(again) in tab.message_bar.text.text()
    assert enrol.read(again).site["uuid"] == site.uuid
    assert tab.sites.table.model.row_at(0).key_state == "revoked"
    tab.close()
    close_session()
    old_pc.unlink()
    new_pc = tmp_path / "新 #%.sqlite3"
    enrol.join(new_pc, enrol.read(again), "admin", "secret-12")
    close_session()
    with at(new_pc):
        hello = outgoing.export(me, folder).path
        new_fp = identity.my_public().fingerprint()
    tab = open_tab(qtbot, runner, district)
    tab.import_page.check(hello)  # the rebuilt PC's new key is offered for comparing, then trusted
    assert tab.import_page.stack.currentIndex() == 1, tab.import_page.error.text()
    tab.import_page.trust()
    assert tab.import_page.stack.currentIndex() == 2, tab.import_page.error.text()
    tab.show_page("sites")
    model = tab.sites.table.model
    (row,) = [model.row_at(i) for i in range(model.rowCount()) if model.row_at(i).uuid == site.uuid]
    assert (row.key_state, row.fingerprint) == ("confirmed", new_fp)


def test_the_window_offers_no_fingerprint_for_a_forged_signature(qtbot, district, runner, folder, tmp_path):
    from app.exchange import SiteKeys
    from tests.bundle_helpers import forge

    with at(district):
        site = enrol.enroll("东关社区", "community", COM, folder / "e.json")
        me = _district_uuid()
    pc = tmp_path / "社区 #%.sqlite3"
    enrol.join(pc, enrol.read(folder / "e.json"), "admin", "secret-12")
    close_session()
    with at(pc):
        up = outgoing.export(me, folder).path
    forged = forge(up, folder / "forged.gdb", signer=SiteKeys.generate(site.uuid))  # names the real key
    tab = open_tab(qtbot, runner, district)
    tab.import_page.check(forged)
    assert tab.import_page.stack.currentIndex() != 1 and tab.import_page.error.text()
    tab.import_page.check(up)
    assert tab.import_page.stack.currentIndex() == 1 and tab.import_page.sender_fp.text()
