"""The main window with a real session: tabs, status bar, the hub, backups, settings."""

import pytest

from app import backups, org
from tests.ui.test_ui_models import build_tree
from ui import settings as opts
from ui.dialogs.about import AboutDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.hub import Changes
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.tabs.grid.add_unit import AddUnitDialog


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


@pytest.fixture
def window(session, runner, qtbot):
    build_tree()
    w = MainWindow(session, runner, opts.Settings())
    qtbot.addWidget(w)
    w.show()
    return w


def tree_in(tab, qtbot):
    """The grid tab once its tree and the selected unit's details (read on the runner) are in."""
    qtbot.waitUntil(lambda: not tab.tree_reads.pending() and not tab.details.reads.pending(), timeout=5000)
    return tab


def test_builds_with_the_grid_tab_and_status_bar(window, qtbot):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Home", "Grid management", "Four orders", "Mediation and deliberation", "Fund ledgers",
                      "Four supports", "Linkage", "Notices and reports", "Data exchange"]
    assert window.dashboard_tab is window.tabs.widget(0) and window.grid_tab is window.tabs.widget(1)  # built first
    assert window.tabs.currentWidget() is window.dashboard_tab  # the start page
    assert "商州区测试站" in window.status.site.text()
    assert "admin" in window.status.user.text() and "Administrator" in window.status.user.text()
    assert "office.sqlite3" in window.status.database.text()
    assert tree_in(window.grid_tab, qtbot).model.unit_count() == 7
    assert window.grid_tab.details.title.text() == "商州区测试站"  # the top unit is selected


def test_selecting_a_unit_shows_its_details(window, qtbot):
    tab = tree_in(window.grid_tab, qtbot)
    tab.select(org.by_code("611002001").uuid)
    tree_in(tab, qtbot)
    assert tab.details.title.text() == "城关街道"
    assert tab.details.code.text() == "611002001"
    assert tab.details.parent_name.text() == "商州区测试站"


def test_filter_and_empty_state(window, qtbot):
    tab = tree_in(window.grid_tab, qtbot)
    tab.filter.setText("城关")
    assert tab.left_stack.currentIndex() == 0
    tab.filter.setText("找不到的单位")
    assert tab.left_stack.currentIndex() == 1
    assert "找不到的单位" in tab.empty_hint.text()
    tab.filter.setText("")
    assert tab.left_stack.currentIndex() == 0


def test_the_hub_refreshes_the_tree_after_a_write(window, qtbot):
    assert tree_in(window.grid_tab, qtbot).model.unit_count() == 7  # built (tabs are built when first needed), then a write
    org.add_unit(org.by_code("611002"), "611002009", "新设街道")
    assert window.grid_tab.model.unit_count() == 7
    window.hub.did_change(Changes(org=True))
    assert tree_in(window.grid_tab, qtbot).model.unit_count() == 8


def test_add_unit_dialog_writes_and_broadcasts(window, qtbot, monkeypatch):
    def answer(cls, parent_uuid, parent=None):
        dialog = cls(parent_uuid, parent)
        dialog.code.setText("611002010")
        dialog.name.setText("江滨街道")
        dialog.accept()
        return dialog.created_uuid

    monkeypatch.setattr(AddUnitDialog, "ask", classmethod(answer))
    tree_in(window.grid_tab, qtbot)
    with qtbot.waitSignal(window.hub.changed):
        window.grid_tab.add_unit()
    assert tree_in(window.grid_tab, qtbot).details.title.text() == "江滨街道"


def test_a_viewer_gets_the_permission_message(session, as_role, qtbot):
    build_tree()
    as_role("viewer")
    dialog = AddUnitDialog(org.by_code("611002001").uuid)
    qtbot.addWidget(dialog)
    dialog.code.setText("611002001009")
    dialog.name.setText("新社区")
    dialog.accept()
    assert "没有“修改数据”权限" in dialog.errors["general"].text()
    assert dialog.errors["general"].isVisibleTo(dialog)
    assert dialog.created_uuid is None
    assert not org.tree_rows() or all(r.code != "611002001009" for r in org.tree_rows())


def test_back_up_now_runs_on_the_runner_and_updates_the_status(window, qtbot, session):
    assert "none yet" in window.status.backup.text()
    task = window.backup_now()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert len(backups.list_backups(session.db_path)) == 1
    assert "none yet" not in window.status.backup.text()
    assert window.start_daily_backup() is not None


def test_geometry_and_splitter_are_remembered(session, runner, qtbot):
    settings = opts.Settings()
    first = MainWindow(session, runner, settings)
    qtbot.addWidget(first)
    first.resize(700, 480)  # the offscreen screen is 800x600
    first.show()
    first.grid_tab.splitter.setSizes([300, 500])
    first.close()
    assert not settings.get(opts.WINDOW_GEOMETRY).isEmpty()
    second = MainWindow(session, runner, opts.Settings())
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert second.grid_tab.splitter.sizes()[0] == first.grid_tab.splitter.sizes()[0]


def test_settings_dialog_saves(session, qtbot):
    settings = opts.Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.daily_backup.setChecked(False)
    dialog.accept()
    again = opts.Settings()
    assert again.get(opts.LANGUAGE) == "en"
    assert again.get(opts.DAILY_BACKUP) is False
    assert again.get(opts.REMEMBER_WINDOW) is True


def test_about_dialog_shows_versions_and_the_database(session, qtbot):
    from app import __version__

    dialog = AboutDialog(session.db_path)
    qtbot.addWidget(dialog)
    assert str(session.db_path) in dialog.details.text()
    assert __version__ in dialog.windowTitle() + dialog.findChildren(type(dialog.details))[0].text()
