"""The data-exchange tab driven like two offices would: a community exports onto a
folder, the district imports it (compares fingerprints first), sees the plan,
the receipt, the history and the site's sequence; conflicts; a viewer."""

import pytest

from app import auth, org
from app.exchange import conflicts as engine
from app.exchange import incoming
from app.grid import residents
from app.grid.residents import ResidentInput
from app.session import close_session, open_session
from db.models import Resident, User
from tests.exchange import test_exchange_sync
from tests.exchange_helpers import at
from ui import ask, settings
from ui.hub import Hub
from ui.runner import Runner
from ui.tabs.exchange.export import ExportDialog, volumes
from ui.tabs.exchange.tab import ExchangeTab

world = test_exchange_sync.world  # a district and 东关社区, enrolled and joined (fixture)


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def open_tab(qtbot, runner, path, user="admin"):
    close_session()
    open_session(path)
    auth.set_current_user(User.get(User.username == user))
    tab = ExchangeTab(Hub(), settings.Settings(), runner, path)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    return tab


def export_with_dialog(tab, folder, monkeypatch):
    def ask_(cls, peer_uuid, peer_name, recovery, runner, parent=None):
        dialog = cls(peer_uuid, peer_name, recovery, runner, parent)
        assert dialog.list.count() >= 1  # volumes, with their free space
        dialog.add_folder(str(folder))
        dialog.export()
        assert dialog.error.text() == "", dialog.error.text()
        ExportDialog.last_text = dialog.result_text.text()
        return dialog.receipt
    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask_))
    return tab.export()


def test_community_to_district_through_the_tab(world, qtbot, runner, monkeypatch):
    with at(world["east"]):
        residents.add(org.by_code("6110020010010101").uuid, ResidentInput(name="王秀兰", phone="13812345678"))
    east = open_tab(qtbot, runner, world["east"])
    assert east.peer.count() == 1 and east.peer.currentData()[0] == world["district_uuid"]
    assert not east.recovery.isVisible()
    receipt = export_with_dialog(east, world["stick"], monkeypatch)
    assert receipt.path.parent == world["stick"] and receipt.path.exists()
    assert "safely remove" in ExportDialog.last_text and receipt.path.name in ExportDialog.last_text
    assert receipt.sha256[:4] in ExportDialog.last_text
    east.show_page("history")
    assert east.history.model.rowCount() == 1 and east.history.model.row_at(0).direction == "out"
    east.close()

    district = open_tab(qtbot, runner, world["district"])
    assert district.recovery.isVisible() and district.peer.count() == 0  # east's keys come with its bundle
    monkeypatch.setattr(ask, "open_file", lambda *a: str(receipt.path))
    district.start_import()
    page = district.import_page
    assert page.stack.currentIndex() == 1, page.error.text()  # compare fingerprints
    assert page.sender_name.text() == "东关社区居委会"
    assert page.sender_fp.text() and page.my_fp.text() == district.fingerprint.text()
    assert page.trust_button.isEnabled()
    page.trust()
    assert page.stack.currentIndex() == 2, page.error.text()  # the plan
    assert "东关社区居委会" in page.plan_title.text()
    tables = {page.plan_model.row_at(i)[0]: page.plan_model.row_at(i)[1] for i in range(page.plan_model.rowCount())}
    assert tables["resident"]["new"] == 1
    assert page.apply_button.isEnabled()
    page.apply()
    assert page.stack.currentIndex() == 3, page.error.text()
    assert "Imported" in page.receipt.text()
    assert Resident.get(Resident.name == "王秀兰").origin_site == world["east_uuid"]
    district.show_page("history")
    row = district.history.model.row_at(0)
    assert (row.direction, row.peer, row.seq, row.status) == ("in", "东关社区居委会", 1, "imported")
    district.show_page("sites")
    (site,) = [district.sites.table.model.row_at(i) for i in range(district.sites.table.model.rowCount())]
    assert (site.name, site.last_in_seq, site.key_state, site.stale) == ("东关社区居委会", 1, "confirmed", False)
    assert district.peer.count() == 1  # now the district can send down

    page.check(receipt.path)  # the same bundle again
    assert page.stack.currentIndex() == 2 and "Already imported" in page.plan_note.text()
    assert not page.apply_button.isEnabled()


def test_a_conflict_shows_and_keep_mine_resolves_it(world, qtbot, runner):
    with at(world["east"]):
        r = residents.add(org.by_code("6110020010010101").uuid, ResidentInput(name="张三", phone="13812345678"))
    test_exchange_sync.trust_and_import(world["district"], test_exchange_sync.send(world["east"], world["district_uuid"], world["stick"]))
    with at(world["east"]):
        residents.update(r.uuid, ResidentInput(name="张三（社区改）", phone="13812345678"))
    with at(world["district"]):
        residents.update(r.uuid, ResidentInput(name="张三（区改）"))
    down = test_exchange_sync.send(world["district"], world["east_uuid"], world["stick"])
    with at(world["east"]):
        incoming.apply(down)
    tab = open_tab(qtbot, runner, world["east"])
    tab.show_page("conflicts")
    assert tab.pages.tabText(2).endswith("(1)")
    assert tab.conflicts.table.model.rowCount() == 1
    text = tab.conflicts.detail.toPlainText()
    assert "张三（社区改）" in text and "138****5678" in text and "13812345678" not in text
    assert tab.conflicts.keep_mine.isEnabled()
    tab.conflicts.keep_mine.click()
    assert tab.conflicts.table.model.rowCount() == 0 and engine.open_conflicts() == []
    assert Resident.get_by_id(r.uuid).name == "张三（社区改）"


def test_a_viewer_cannot_import(world, qtbot, runner, monkeypatch):
    with at(world["district"]):
        auth.create_user("viewer1", "只读", "viewer", "password-1")
    up = test_exchange_sync.send(world["east"], world["district_uuid"], world["stick"])
    tab = open_tab(qtbot, runner, world["district"], "viewer1")
    assert not tab.import_button.isEnabled() and not tab.export_button.isEnabled()
    tab.import_page.check(up)  # even if it got there: no trusting, no importing
    assert tab.import_page.stack.currentIndex() == 1 and not tab.import_page.trust_button.isEnabled()
    with at(world["district"]):
        from app.exchange import views
        views.trust_sender(up)
    tab = open_tab(qtbot, runner, world["district"], "viewer1")
    tab.import_page.check(up)
    assert tab.import_page.stack.currentIndex() == 2 and not tab.import_page.apply_button.isEnabled()
    tab.import_page.apply()
    assert "只读" in tab.import_page.error.text() or "权限" in tab.import_page.error.text()


def test_revoke_after_confirming(world, qtbot, runner, monkeypatch):
    test_exchange_sync.trust_and_import(world["district"], test_exchange_sync.send(world["east"], world["district_uuid"], world["stick"]))
    tab = open_tab(qtbot, runner, world["district"])
    tab.show_page("sites")
    tab.sites.table.select_row(0)
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    tab.sites.revoke()
    assert tab.sites.table.model.row_at(0).key_state == "revoked"
    assert tab.peer.count() == 0


def test_the_export_dialog_lists_volumes_with_free_space(qtbot, world):
    assert volumes() and all(v.total >= v.free >= 0 for v in volumes())
    with at(world["east"]):
        dialog = ExportDialog(world["district_uuid"], "商州区", False, None)
        qtbot.addWidget(dialog)
        assert dialog.list.count() >= 1 and "free" in dialog.list.item(0).text()
        dialog.list.clear()
        dialog.export()
        assert "choose" in dialog.error.text()
