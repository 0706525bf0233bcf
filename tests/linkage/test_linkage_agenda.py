"""A session's agenda drawn from the period (app/linkage/agenda.py): the escalations the
subdistrict holds undecided — those put on the agenda first — and the request categories
most raised in its subtree in the quarter before the session, at real sites exchanging
real bundles."""

import datetime as dt

from app import org
from app.linkage import agenda, escalations
from app.orders import requests
from app.orders.requests import RequestInput
from tests.exchange_helpers import at
from tests.linkage_helpers import carry, three_sites

GRID = "6110020010010101"


def _log(content: str, category: str, received_at: dt.datetime):
    return requests.log(RequestInput(grid_uuid=org.by_code(GRID).uuid, content=content, category=category,
                                     requester_name="王秀兰", requester_phone="13812345678", received_at=received_at))


def test_the_agenda_lists_the_held_escalations_and_the_hot_issues_of_the_quarter_before(district, tmp_path):
    world, today = three_sites(district, tmp_path), dt.date.today()
    quarter = agenda.quarter_before(today)
    inside = dt.datetime.combine(quarter.start + dt.timedelta(days=5), dt.time(4))
    with at(world["com"]):
        lamp = _log("小区东门路灯坏了三个月，需要更换线路", "utilities", inside)
        _log("3号楼暖气不热，需要协调热力公司", "utilities", inside + dt.timedelta(days=20))
        wall = _log("垃圾站旁围墙倒塌，需要重建", "sanitation", inside + dt.timedelta(days=30))
        for day in (1, 2, 3):  # the quarter before that one: not this session's period
            _log(f"小区门口乱停车第{day}次，需要划线", "parking", inside - dt.timedelta(days=90 + day))
        _log("楼下绿地被占用种菜", "greening", dt.datetime.combine(today, dt.time(0)))  # this quarter: not yet
        first = escalations.escalate("request", lamp.uuid, "供电线路需要街道协调")
        tabled = escalations.escalate("request", wall.uuid, "重建资金需要街道统筹")
    carry(world, "com", "sub")
    with at(world["sub"]):
        escalations.decide(tabled.uuid, "agenda", "提交联席会议研究")
        sub = org.by_code("611002001")
        assert agenda.hot_issues(sub.path, today) == [("水电气暖", 2), ("环境卫生", 1)]
        assert [r.uuid for r in agenda.matters(sub)] == [tabled.uuid, first.uuid]  # the tabled one first
        text = agenda.drawn(today).splitlines()
        assert text[0] == "一、研究下级上报事项" and text[1].startswith("1. 【待会议研究】")
        assert text[3] == f"二、{quarter.label}诉求热点" and text[4:] == ["1. 水电气暖（2件）", "2. 环境卫生（1件）"]
        escalations.decide(first.uuid, "answer", "供电所已更换线路")
        escalations.decide(tabled.uuid, "answer", "街道已安排资金")
        later = today + dt.timedelta(days=200)  # nothing held, and a quarter without requests
        assert agenda.drawn(later) == ""
