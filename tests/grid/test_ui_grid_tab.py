"""The grid-management tab driven like a clerk: real SQLite, real dialogs
(answered through their ask() classmethods and ui.ask), no mocks of our stack."""

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from app.grid import lists, residents
from app.grid.residents import ResidentInput
from db.models import Building, Resident
from tests.helpers import answer, valid_id
from ui import ask, settings
from ui.hub import Changes, Hub
from ui.runner import Runner
from ui.tabs.grid.building_dialog import BuildingDialog
from ui.tabs.grid.resident_dialog import ResidentDialog
from ui.tabs.grid.resident_model import ResidentListModel
from ui.tabs.grid.roster_report import ImportReportDialog
from ui.tabs.grid.tab import GridTab
from ui.tabs.grid.unit_dialogs import MoveDialog


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


@pytest.fixture
def tab(grids, runner, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    t = GridTab(Hub(), settings.Settings(), runner, page_size=50)
    qtbot.addWidget(t)
    t.resize(1366, 700)
    t.show()
    _wait_tree(t, qtbot)
    _wait_counts(t, qtbot)
    t.select(grids["grid_a"].uuid)
    qtbot.waitUntil(lambda: not t.details.reads.pending(), timeout=5000)
    return t


def _wait_tree(tab, qtbot):
    """The tree's rows are read on the runner: wait until they are in the model."""
    qtbot.waitUntil(lambda: not tab.tree_reads.pending(), timeout=5000)


def _wait_counts(tab, qtbot):
    if tab.counts_task is not None and tab.counts_task.status == "running":
        with qtbot.waitSignal(tab.counts_task.ended, timeout=5000):
            pass


def add_resident(tab, monkeypatch, name="张伟", id_seq="001", phone="13912345678"):
    def fill(d):
        d.name.setText(name)
        d.id_number.setText(valid_id(id_seq))
        d.phone.setText(phone)
    monkeypatch.setattr(ResidentDialog, "ask", answer(ResidentDialog, fill))
    return tab.actions.add_resident()


def test_select_a_grid_and_add_a_building(tab, grids, monkeypatch, qtbot):
    tab.show_page("buildings")
    monkeypatch.setattr(BuildingDialog, "ask", answer(BuildingDialog, lambda d: (
        d.name.setText("3号楼"), d.floors.setText("6"), d.is_civilized.setChecked(True))))
    assert tab.actions.add_building()
    page = tab.pages.buildings
    assert page.model.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "3号楼"
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "No building leader"  # flagged
    assert tab.message_bar.isVisibleTo(tab) and tab.message_bar.undo_button.isVisibleTo(tab)
    _wait_counts(tab, qtbot)
    assert tab.model.counts_of(grids["com"].uuid)["buildings"] == 1


def test_a_bad_id_number_is_shown_next_to_the_field_and_nothing_is_saved(tab, grids, qtbot):
    dialog = ResidentDialog(grids["grid_a"].uuid)
    qtbot.addWidget(dialog)
    before = Resident.select().count()
    dialog.name.setText("张伟")
    dialog.id_number.setText("611002199001011235")  # wrong check character
    dialog.tag_boxes["独居老人"].setChecked(True)
    dialog.accept()
    assert "校验位" in dialog.error_text("id_number")
    assert dialog.result_value is None and Resident.select().count() == before
    dialog.id_number.setText(valid_id("001"))
    dialog.accept()
    assert dialog.error_text("id_number") == ""
    saved = residents.get(dialog.result_value)
    assert saved.name == "张伟" and residents.tags_of(saved) == ["独居老人"]
    assert Resident.select().count() == before + 1


def test_move_a_resident_to_another_grid_and_undo(tab, grids, monkeypatch):
    uuid = add_resident(tab, monkeypatch)
    tab.show_page("residents")
    page = tab.pages.residents
    assert page.model.rowCount() == 1
    page.select_row(0)
    monkeypatch.setattr(MoveDialog, "ask", answer(MoveDialog, lambda d: d.choose(grids["grid_b"].uuid)))
    tab.actions.move_resident(page.current())
    assert residents.get(uuid).grid_uuid == grids["grid_b"].uuid
    assert page.model.rowCount() == 0  # the table refreshed itself from the hub
    tab.message_bar.undo_button.click()
    assert residents.get(uuid).grid_uuid == grids["grid_a"].uuid
    assert page.model.rowCount() == 1


def test_search_by_a_two_character_name_and_a_phone_fragment(tab, grids, monkeypatch, qtbot):
    uuid = add_resident(tab, monkeypatch, name="张伟")
    tab.select(grids["grid_b"].uuid)
    tab.search_box.setText("张伟")
    qtbot.waitUntil(lambda: tab.search_page.model.rowCount() == 1, timeout=2000)  # debounced
    hit = tab.search_page.model.row_at(0)
    assert hit.uuid == uuid and hit.grid_name == "东关第1网格" and "****" in hit.phone_masked
    tab.search_box.setText("2345")
    tab.run_search()
    assert [h.uuid for h in tab.search_page.model._rows] == [uuid]
    opened = []
    monkeypatch.setattr(ResidentDialog, "ask", classmethod(lambda cls, *a, parent=None: opened.append(a)))
    tab.search_page.select_row(0)
    tab.open_search_hit()
    assert tab.selected_uuid() == grids["grid_a"].uuid  # the resident's grid is selected in the tree
    assert opened == [(grids["grid_a"].uuid, uuid)]


def test_retire_a_resident_and_undo(tab, monkeypatch):
    uuid = add_resident(tab, monkeypatch)
    tab.show_page("residents")
    tab.pages.residents.select_row(0)
    tab.actions.retire_resident(tab.pages.residents.current())
    assert lists.resident_count(tab.selected_path()) == 0
    assert tab.pages.residents.model.rowCount() == 0
    tab.message_bar.undo_button.click()
    assert residents.get(uuid).deleted is False
    assert tab.pages.residents.model.rowCount() == 1


def test_import_a_roster_with_good_and_bad_rows(tab, grids, tmp_path, monkeypatch, qtbot):
    source = tmp_path / "东关名单.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["网格编码", "姓名", "身份证号", "性别", "联系电话"])
    ws.append(["", "赵一", valid_id("101"), "", "13800000001"])
    ws.append(["", "", "", "男", ""])  # no name
    ws.append(["", "钱二", "611002199001011235", "", ""])  # bad check character
    ws.append(["", "孙三", "", "女", "13800000003"])
    wb.save(source)
    rejected = tmp_path / "东关名单-待修改.xlsx"
    saved_as = []
    monkeypatch.setattr(ask, "open_path", lambda *a: str(source))
    monkeypatch.setattr(ask, "save_path", lambda parent, title, default: saved_as.append(default) or default)
    seen = {}

    def choose(cls, plan, name, parent=None):
        dialog = cls(plan, name, parent)
        qtbot.addWidget(dialog)
        seen["summary"] = dialog.summary.text()
        seen["rows"] = [[dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())]
        dialog.valid_button.click()
        return dialog.choice

    monkeypatch.setattr(ImportReportDialog, "ask", classmethod(choose))
    result = tab.excel.import_roster()
    assert "可导入 2 行" in seen["summary"] and "有问题 2 行" in seen["summary"]
    assert {row[0] for row in seen["rows"]} == {3, 4}
    assert result.imported == 2 and saved_as == [str(rejected)] and rejected.exists()
    assert load_workbook(rejected).active.max_row == 3  # header + 2 rows to fix
    assert lists.resident_count(grids["grid_a"].path) == 2
    tab.show_page("residents")
    assert tab.pages.residents.model.rowCount() == 2


def test_import_nothing(tab, tmp_path, monkeypatch):
    source = tmp_path / "x.xlsx"
    wb = Workbook()
    wb.active.append(["姓名"])
    wb.active.append(["周四"])
    wb.save(source)
    monkeypatch.setattr(ask, "open_path", lambda *a: str(source))
    monkeypatch.setattr(ImportReportDialog, "ask", classmethod(lambda cls, plan, name, parent=None: "nothing"))
    assert tab.excel.import_roster() is None
    assert lists.resident_count(tab.selected_path()) == 0


def test_export_tables_to_excel_and_read_them_back(tab, grids, tmp_path, monkeypatch):
    add_resident(tab, monkeypatch)
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(target))
    tab.show_page("residents")
    tab.excel.export("residents", title="居民名单")
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][1] == "张伟" and rows[1][2] == valid_id("001")  # admin sees full numbers
    target.unlink()
    tab.show_page("search")
    tab.search_box.setText("张伟")
    tab.run_search()
    tab.pages.export_table(tab.search_page, "搜索结果")
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][0] == "Name" and rows[1][0] == "张伟" and "*" in rows[1][1]


def test_template_download(tab, tmp_path, monkeypatch):
    monkeypatch.setattr(ask, "save_path", lambda parent, title, default: str(tmp_path / default))
    path = tab.excel.download_template()
    assert path.exists() and load_workbook(path).active.cell(1, 2).value == "姓名*"


def test_lazy_resident_model_pages_and_sorts(grids, qtmodeltester):
    from db.bulk import insert_rows
    from db.ids import new_uuid
    insert_rows(Resident, [{"uuid": new_uuid(), "grid": grids["grid_a"].uuid, "name": f"居民{i:03d}"}
                           for i in range(230)])
    model = ResidentListModel(page_size=50)
    model.set_scope(grids["com"].path)
    assert model.total == 230 and model.rowCount() == 50
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 100
    qtmodeltester.check(model)
    model.sort(model.NAME, Qt.SortOrder.DescendingOrder)  # descending: asks the database again
    assert model.rowCount() == 50 and model.index(0, model.NAME).data() == "居民229"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 230 and model.index(229, 0).data() == "居民000"
    names = [model.index(i, model.NAME).data() for i in range(230)]
    assert names == sorted(names, reverse=True)  # keyset pages join without gaps or repeats
    qtmodeltester.check(model)


def test_a_viewer_sees_masked_numbers_and_cannot_add(grids, as_role, runner, qtbot):
    residents.add(grids["grid_a"].uuid, ResidentInput(name="张伟", id_number=valid_id("001"), phone="13912345678"))
    as_role("viewer")
    tab = GridTab(Hub(), settings.Settings(), runner)
    qtbot.addWidget(tab)
    _wait_tree(tab, qtbot)
    tab.select(grids["grid_a"].uuid)
    tab.show_page("residents")
    row = tab.pages.residents.model.row_at(0)
    assert row.id_masked.startswith("611002") and "*" in row.id_masked and row.phone_masked == "139****5678"
    assert tab.actions.add_resident() is None
    assert "没有“修改数据”权限" in tab.message_bar.text.text()
    dialog = ResidentDialog(grids["grid_a"].uuid, row.uuid)  # opened read-only, numbers masked
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == row.id_masked and dialog.id_number.isReadOnly()
    assert Building.select().count() == 0


def test_vacant_grids_are_marked_in_the_tree(tab, grids, qtbot):
    from app.grid import roles
    from ui.tabs.grid.org_tree_model import OrgTreeModel
    index = tab.model.index_of(grids["grid_a"].uuid)
    assert tab.model.is_vacant(grids["grid_a"].uuid)
    assert "No grid leader" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == OrgTreeModel.VACANT_COLOUR
    person = roles.add_person("王网格", "13800001111", org_unit=grids["grid_a"])
    roles.assign(person, grids["grid_a"], "grid_leader")
    tab.hub.did_change(Changes(people=True))
    _wait_counts(tab, qtbot)
    assert not tab.model.is_vacant(grids["grid_a"].uuid)


def test_move_a_grid_to_another_zone_and_undo(tab, grids, monkeypatch, qtbot):
    monkeypatch.setattr(MoveDialog, "ask", answer(MoveDialog, lambda d: d.choose(grids["zone_b"].uuid)))
    tab.actions.move_unit()
    _wait_tree(tab, qtbot)
    index = tab.model.index_of(grids["grid_a"].uuid)
    assert index.parent().data() == "东关二片区" and tab.selected_uuid() == grids["grid_a"].uuid
    tab.message_bar.undo_button.click()
    _wait_tree(tab, qtbot)
    assert tab.model.index_of(grids["grid_a"].uuid).parent().data() == "东关一片区"


def test_retire_an_empty_grid_and_undo_but_not_a_full_one(tab, grids, monkeypatch, qtbot):
    add_resident(tab, monkeypatch)
    tab.actions.retire_unit()
    assert "还有楼栋或居民" in tab.message_bar.text.text()
    tab.select(grids["grid_b"].uuid)
    tab.actions.retire_unit()
    _wait_tree(tab, qtbot)
    assert tab.model.index_of(grids["grid_b"].uuid).isValid() is False
    tab.message_bar.undo_button.click()
    _wait_tree(tab, qtbot)
    assert tab.model.index_of(grids["grid_b"].uuid).isValid()


def test_establishments_and_roles_pages(tab, grids, monkeypatch):
    from ui.tabs.grid.unit_dialogs import AssignRoleDialog, EndRoleDialog, EstablishmentDialog
    tab.show_page("establishments")
    monkeypatch.setattr(EstablishmentDialog, "ask", answer(EstablishmentDialog, lambda d: (
        d.name.setText("东关便民超市"), d.kind.setCurrentIndex(1), d.contact_phone.setText("13800002222"))))
    tab.actions.add_establishment()
    assert tab.pages.establishments.proxy.index(0, 1).data() == "东关便民超市"
    tab.show_page("roles")
    monkeypatch.setattr(AssignRoleDialog, "ask", answer(AssignRoleDialog, lambda d: (
        d.name.setText("李楼长"), d.phone.setText("13800003333"))))
    tab.actions.assign_role()
    page = tab.pages.roles
    assert page.proxy.index(0, 0).data() == "李楼长" and page.proxy.index(0, 5).data() == "in office"
    page.select_row(0)
    monkeypatch.setattr(EndRoleDialog, "ask", answer(EndRoleDialog, lambda d: None))
    tab.actions.end_role(page.current())
    assert page.model.rowCount() == 0  # ended roles hidden by default
    tab.pages.show_ended.setChecked(True)
    assert page.model.rowCount() == 1 and page.proxy.index(0, 5).data() != "in office"


def test_a_building_leader_clears_the_flag(tab, grids, monkeypatch, qtbot):
    tab.show_page("buildings")
    monkeypatch.setattr(BuildingDialog, "ask", answer(BuildingDialog, lambda d: (
        d.name.setText("5号楼"), d.leader_name.setText("周楼长"), d.leader_phone.setText("13800004444"))))
    tab.actions.add_building()
    page = tab.pages.buildings
    assert page.proxy.index(0, 5).data() == "周楼长"
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    dialog = BuildingDialog(grids["grid_a"].uuid, page.model.row_at(0).uuid)
    qtbot.addWidget(dialog)
    assert dialog.leader_name.text() == "周楼长"
    dialog.leader_phone.setText("12345")
    dialog.accept()
    assert dialog.error_text("phone") and dialog.result_value is None


def test_a_write_refreshes_the_search_without_leaving_the_page(tab, monkeypatch):
    add_resident(tab, monkeypatch, name="张伟")
    tab.search_box.setText("张伟")
    tab.run_search()
    tab.show_page("residents")
    add_resident(tab, monkeypatch, name="张伟华", id_seq="002", phone="")
    assert tab.unit_tabs.currentWidget() is tab.pages.residents
    assert tab.search_page.model.rowCount() == 2


def test_lazy_buildings_model_pages_by_keyset_and_sorting_loads_the_rest(tab, grids, qtmodeltester, qtbot):
    from db.bulk import insert_rows
    from db.ids import new_uuid
    insert_rows(Building, [{"uuid": new_uuid(), "grid": grids["grid_a" if i % 2 else "grid_b"].uuid,
                            "name": f"{i:03d}号楼"} for i in range(120)])
    tab.select(grids["com"].uuid)
    tab.hub.did_change(Changes(roster=True))
    tab.show_page("buildings")
    page = tab.pages.buildings
    assert page.model.total == 120 and page.model.loaded() == 50  # page_size=50 in the fixture
    assert "50 loaded" in page.info.text() and "120 buildings, 120 without leader" in page.info.text()
    page.model.fetchMore()
    assert page.model.loaded() == 100
    uuids = [page.model.row_at(i).uuid for i in range(100)]
    assert len(set(uuids)) == 100
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a sort reads the rest first
    assert page.model.loaded() == 120 and page.proxy.index(0, 0).data() == "119号楼"
    assert page.info.text() == "120 buildings, 120 without leader"
    qtmodeltester.check(page.model)


def test_filtering_a_lazy_table_searches_every_row(tab, grids):
    from db.bulk import insert_rows
    from db.ids import new_uuid
    insert_rows(Building, [{"uuid": new_uuid(), "grid": grids["grid_a"].uuid, "name": f"{i:03d}号楼"}
                           for i in range(80)])
    tab.hub.did_change(Changes(roster=True))
    tab.show_page("buildings")
    page = tab.pages.buildings
    assert page.model.loaded() == 50
    page.filter.setText("079")
    assert page.proxy.rowCount() == 1 and page.model.loaded() == 80


def test_buildings_template_from_the_menu_filled_in_and_imported(tab, grids, tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr(ask, "save_path", lambda parent, title, default: str(tmp_path / default))
    tab.show_page("residents")
    tab.pages.buildings_template.trigger()  # 下载模板 ▸ 楼栋名单模板
    path = tmp_path / "楼栋名单模板.xlsx"
    wb = load_workbook(path)
    assert [c.value for c in wb.active[1]][:2] == ["网格编码", "楼栋名称*"]
    wb.active.append(["", "8号楼", "东关路8号", 6, 24, "是", ""])
    wb.active.append(["", "", "没有名称", "", "", "", ""])
    wb.save(path)
    monkeypatch.setattr(ask, "open_path", lambda *a: str(path))
    seen = {}

    def choose(cls, plan, name, parent=None):
        seen["kind"], seen["summary"] = plan.kind, plan.summary()
        return "valid"

    monkeypatch.setattr(ImportReportDialog, "ask", classmethod(choose))
    monkeypatch.setattr(ask, "save_path", lambda *a: None)  # no file for the rejected row
    result = tab.excel.import_roster()  # the same action as for residents: the header tells the kind
    assert seen["kind"] == "buildings" and "楼栋名单共 2 行" in seen["summary"]
    assert result.imported == 1 and result.rejected == 1
    (building,) = Building.select().where(Building.deleted == False)  # noqa: E712
    assert (building.name, building.floors, building.is_civilized, building.grid_uuid) == (
        "8号楼", 6, True, grids["grid_a"].uuid)
    tab.show_page("buildings")
    assert tab.pages.buildings.proxy.index(0, 0).data() == "8号楼"
    monkeypatch.setattr(ask, "save_path", lambda parent, title, default: str(tmp_path / default))
    tab.pages.residents_template.trigger()
    assert load_workbook(tmp_path / "居民名单模板.xlsx").active.cell(1, 2).value == "姓名*"


def test_groups_and_central_households_page(tab, grids, monkeypatch, qtmodeltester):
    from app.grid import units
    from db.models import CentralHousehold
    from ui.tabs.grid.group_dialogs import AddGroupDialog, CentralHouseholdDialog, ChooseGroupDialog
    from ui.tabs.grid.tab import PAGE_KEYS
    ids = [add_resident(tab, monkeypatch, name=n, id_seq=f"00{i}", phone="") for i, n in enumerate("甲乙丙丁")]
    tab.show_page("groups")
    page = tab.pages.groups
    assert tab.unit_tabs.isTabVisible(PAGE_KEYS.index("groups")) and page.grid_uuid == grids["grid_a"].uuid
    assert page.members.model.rowCount() == 4 and page.groups.model.rowCount() == 0
    monkeypatch.setattr(AddGroupDialog, "ask", answer(AddGroupDialog, lambda d: d.name.setText("第一居民小组")))
    group = page.add_group()
    assert page.groups.proxy.index(0, 0).data() == "第一居民小组" and page.groups.proxy.index(0, 1).data() == 0
    names = {page.members.model.row_at(r).name: r for r in range(4)}
    select = page.members.view.selectionModel()

    def pick(*who):
        select.clearSelection()
        for name in who:
            index = page.members.proxy.mapFromSource(page.members.model.index(names[name], 0))
            select.select(index, select.SelectionFlag.Select | select.SelectionFlag.Rows)

    pick("甲", "乙")
    monkeypatch.setattr(ChooseGroupDialog, "ask", answer(ChooseGroupDialog, lambda d: d.choose(group)))
    page.put_in_group()
    assert {residents.get(u).group_uuid for u in ids[:2]} == {group} and residents.get(ids[2]).group_uuid is None
    assert page.groups.proxy.index(0, 1).data() == 2  # refreshed from the hub
    tab.message_bar.undo_button.click()
    assert residents.get(ids[0]).group_uuid is None and page.groups.proxy.index(0, 1).data() == 0
    names = {page.members.model.row_at(r).name: r for r in range(4)}
    pick("丙", "甲", "丁")
    monkeypatch.setattr(CentralHouseholdDialog, "ask", answer(CentralHouseholdDialog, lambda d: (
        d.leader.setCurrentIndex(d.leader.findText("丙")))))
    assert page.new_central_household()
    (household,) = CentralHousehold.select()
    assert household.leader.name == "丙" and household.name == "丙中心户"
    assert sorted(r.name for r in units.neighbours_of(household)) == ["丁", "甲"]
    assert [page.centrals.proxy.index(0, c).data() for c in range(3)] == ["丙中心户", "丙", 2]
    central_of = {page.members.model.row_at(r).name: page.members.model.row_at(r).central for r in range(4)}
    assert central_of == {"甲": "丙中心户", "乙": "", "丙": "丙中心户", "丁": "丙中心户"}
    for model in (page.members.model, page.groups.model, page.centrals.model):
        qtmodeltester.check(model)
    select.clearSelection()
    page.put_in_group()
    assert "select residents" in tab.message_bar.text.text()
    tab.select(grids["zone_a"].uuid)
    assert not tab.unit_tabs.isTabVisible(PAGE_KEYS.index("groups"))
