"""点单: logging, duplicates, classification, numbering."""

import datetime as dt

import pytest

from app.errors import Conflict, ValidationError
from app.orders import requests
from app.orders.catalogue import deadline
from app.orders.requests import RequestInput
from db.models import Need, Request


def ask(world, content="小区门口停车乱，车辆堵住消防通道", category="parking", **kw):
    data = RequestInput(grid_uuid=world["grid_a"].uuid, content=content, category=category,
                        resident_uuid=world["resident"].uuid, **kw)
    return requests.log(data)


def test_log_numbers_and_deadline(orders_world):
    first, second = ask(orders_world), ask(orders_world, "楼道灯坏了三天了", "repair")
    year = first.received_at.year
    assert first.number == f"611002-{year}-000001" and second.number == f"611002-{year}-000002"
    assert first.requester_name == "王大妈" and first.state == "new"
    assert first.due_at - first.received_at == dt.timedelta(hours=deadline("parking", "normal").complete_hours)


def test_deadline_rules_most_specific_wins(session):
    assert deadline("safety", "urgent").respond_hours == 4
    assert deadline("utilities", "normal").complete_hours == 72
    assert deadline("parking", "urgent").complete_hours == 48
    assert deadline("parking", "low").respond_hours == 48
    assert deadline("parking", "normal").complete_hours == 168


def test_typed_requester_and_validation(orders_world):
    r = requests.log(RequestInput(grid_uuid=orders_world["grid_a"].uuid, content="想咨询低保政策", category="policy",
                                  requester_name="路过群众", requester_phone="0914-2312345", channel="walk_in"))
    assert r.resident is None and r.requester_phone == "0914-2312345"
    for bad, field in (({"content": "停车"}, "content"), ({"category": "nope"}, "category"),
                       ({"channel": "fax"}, "channel"), ({"urgency": "now"}, "urgency")):
        data = RequestInput(grid_uuid=orders_world["grid_a"].uuid, content="小区停车难的问题", category="parking",
                            requester_name="甲")
        for k, v in bad.items():
            setattr(data, k, v)
        with pytest.raises(ValidationError) as info:
            requests.log(data)
        assert info.value.field == field
    assert Request.select().count() == 1


def test_similar_open_requests_are_offered_for_merging(orders_world):
    original = ask(orders_world)
    data = RequestInput(grid_uuid=orders_world["grid_a"].uuid, content="小区门口停车太乱，堵住消防通道了",
                        category="parking", requester_name="张三")
    assert [r.uuid for r in requests.similar_open(data)] == [original.uuid]
    other = RequestInput(grid_uuid=orders_world["grid_a"].uuid, content="广场舞晚上太吵", category="parking",
                         requester_name="张三")
    assert requests.similar_open(other) == []
    merged = requests.log(data, merge_into=original.uuid)
    assert merged.state == "merged" and merged.merged_into.uuid == original.uuid


def test_classification_paths(orders_world):
    reply = requests.classify(ask(orders_world, "咨询老年证怎么办理", "policy").uuid, "reply",
                              answer="带身份证到社区服务中心办理")
    assert reply.state == "closed" and reply.closed_at
    transfer = requests.classify(ask(orders_world, "路灯不亮需要维修", "repair").uuid, "transfer", department="区城管局")
    assert transfer.state == "transferred"
    assert requests.record_feedback(transfer.uuid, "已修复").state == "closed"
    handle = requests.classify(ask(orders_world).uuid, "handle")
    need = Need.get(Need.request == handle)
    assert handle.state == "need" and need.community.uuid == orders_world["com"].uuid and need.state == "open"
    with pytest.raises(Conflict, match="已经分类"):
        requests.classify(handle.uuid, "reply", answer="x")
    with pytest.raises(ValidationError, match="答复内容"):
        requests.classify(ask(orders_world, "问个问题看看", "policy").uuid, "reply")


def test_a_need_the_community_handles_itself(orders_world):
    request = requests.classify(ask(orders_world).uuid, "handle")
    need = Need.get(Need.request == request)
    requests.handle_need(need.uuid, "社区协调物业划定了临时停车位")
    assert Need.get_by_id(need.uuid).state == "handled"
    closed = Request.get_by_id(request.uuid)
    assert closed.state == "closed" and closed.answer.startswith("社区协调")
    with pytest.raises(Conflict):
        requests.handle_need(need.uuid, "再办一次")


def test_the_audit_log_keeps_no_request_text_or_requester_in_clear(orders_world):
    import json

    from db.models import AuditLog

    r = ask(orders_world, "王大妈家楼上漏水，电话13800001111")
    requests.classify(r.uuid, "reply", answer="已联系楼上住户王某")
    rows = [json.loads(a.changes) for a in AuditLog.select().where(AuditLog.row_key == r.uuid)]
    text = json.dumps(rows, ensure_ascii=False)
    for secret in ("王大妈", "13800001111", "楼上住户王某"):
        assert secret not in text
    assert rows[0]["requester_name"] == [None, "王**"] and rows[0]["content"] == [None, "(已填写)"]


def test_attachments_are_kept_with_their_hash(orders_world, tmp_path):
    import hashlib

    from app import attachments

    photo = tmp_path / "漏水照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"photo" * 1000)
    r = requests.log(RequestInput(grid_uuid=orders_world["grid_a"].uuid, content="楼顶漏水，附照片",
                                  category="repair", requester_name="居民"), attachments=[photo, photo])
    kept = attachments.of("request", r.uuid)
    assert [a.file_name for a in kept] == ["漏水照片.jpg", "漏水照片.jpg"]
    assert kept[0].sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert attachments.intact(kept[0]) and attachments.path_of(kept[0]).read_bytes() == photo.read_bytes()
    attachments.path_of(kept[0]).write_bytes(b"altered")
    assert not attachments.intact(kept[0])
    before = Request.select().count()
    exe = tmp_path / "virus.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(ValidationError, match="类型不支持"):
        requests.log(RequestInput(grid_uuid=orders_world["grid_a"].uuid, content="带了奇怪的附件",
                                  category="repair", requester_name="居民"), attachments=[exe])
    assert Request.select().count() == before  # nothing saved
