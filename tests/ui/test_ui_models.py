"""The org tree model and its filter, the leader model: qtmodeltester and behaviour."""

from PySide6.QtCore import QModelIndex

from app import org
from app.grid.summary import Leader
from app.org import by_code
from ui.tabs.grid.leader_model import LeaderModel
from ui.tabs.grid.org_tree_model import OrgFilterProxy, OrgTreeModel


def build_tree() -> dict[str, str]:
    """Below the session's district 611002: two subdistricts, communities, a zone and a grid."""
    root = by_code("611002")
    cg = org.add_unit(root, "611002001", "城关街道")
    dz = org.add_unit(root, "611002002", "大赵峪街道")
    dg = org.add_unit(cg, "611002001001", "东关社区")
    org.add_unit(dz, "611002002001", "大赵峪社区")
    zone = org.add_unit(dg, "611002001001-1", "东关一片区")
    grid = org.add_unit(zone, "611002001001-1-1", "城关东关第一网格")
    return {"root": root.uuid, "chengguan": cg.uuid, "dazhaoyu": dz.uuid, "dongguan": dg.uuid,
            "zone": zone.uuid, "grid": grid.uuid}


def names(model, parent=QModelIndex()) -> list[str]:
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index.data())
        out += names(model, index)
    return out


def test_org_tree_model_passes_modeltester(session, qtmodeltester):
    build_tree()
    model = OrgTreeModel()
    model.set_rows(org.tree_rows())
    qtmodeltester.check(model)
    assert model.unit_count() == 7
    root = model.index(0, 0)
    assert root.data() == "商州区测试站"
    assert model.rowCount(root) == 2
    assert model.index(0, OrgTreeModel.CHILDREN).data() == 2
    assert model.index(0, OrgTreeModel.LEVEL).data() == "District"


def test_index_of_finds_a_deep_unit(session):
    ids = build_tree()
    model = OrgTreeModel()
    model.set_rows(org.tree_rows())
    index = model.index_of(ids["grid"])
    assert index.data() == "城关东关第一网格"
    assert index.parent().data() == "东关一片区"
    assert index.data(OrgTreeModel.UuidRole) == ids["grid"]


def test_filter_keeps_the_path_to_matching_units(session, qtmodeltester):
    build_tree()
    model = OrgTreeModel()
    model.set_rows(org.tree_rows())
    proxy = OrgFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("城关")
    qtmodeltester.check(proxy)
    assert names(proxy) == ["商州区测试站", "城关街道", "东关社区", "东关一片区", "城关东关第一网格"]
    proxy.set_text("611002002")
    assert names(proxy) == ["商州区测试站", "大赵峪街道", "大赵峪社区"]
    proxy.set_text("no such unit")
    assert proxy.rowCount() == 0
    proxy.set_text("")
    assert len(names(proxy)) == 7


def test_empty_tree_model(qtmodeltester):
    model = OrgTreeModel()
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_leader_model_passes_modeltester(qtmodeltester):
    model = LeaderModel()
    model.set_rows([Leader("张三", "138****0000", "第一网格"), Leader("李四", "", "第二网格")])
    qtmodeltester.check(model)
    assert model.index(1, LeaderModel.GRID).data() == "第二网格"
