"""双报到: registered units and in-service members (register, update, retire) and
their yearly service record from the supply list and the service orders."""

import datetime as dt

import pytest

from app import records
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.orders import offers, requests, reviews, service
from app.orders.offers import OfferInput
from app.orders.requests import RequestInput
from app.support import members, units
from app.support.members import MemberInput
from app.support.service_record import service_record
from app.support.units import UnitInput
from db.base import utcnow
from db.models import Member, Need, Unit


def unit_input(w, name="区财政局", **kw):
    return UnitInput(name=name, community_uuid=w["com"].uuid, **kw)


def test_register_update_and_retire_a_unit(orders_world):
    w = orders_world
    unit = units.register(unit_input(w, kind="机关", contact_name="张科长", contact_phone="0914 2312345",
                                     registered_on="2024-03-01"))
    assert (unit.community.uuid, unit.kind, unit.contact_phone, unit.registered_on) == (
        w["com"].uuid, "机关", "09142312345", dt.date(2024, 3, 1))
    assert units.register(unit_input(w, name="区水务局")).registered_on == dt.date.today()
    moved = units.update(unit.uuid, UnitInput(name="区财政局", community_uuid=w["other"].uuid, kind="机关"))
    assert Unit.get_by_id(unit.uuid).community.uuid == w["other"].uuid and moved.contact_phone is None
    units.retire(unit.uuid)
    assert Unit.get_by_id(unit.uuid).deleted
    with pytest.raises(NotFound):
        units.get(unit.uuid)
    assert unit.uuid not in [u.uuid for u in units.units()]


def test_unit_rules(orders_world):
    w = orders_world
    with pytest.raises(ValidationError) as e:
        units.register(unit_input(w, name="  "))
    assert e.value.field == "name"
    with pytest.raises(ValidationError, match="请选择一个社区") as e:
        units.register(UnitInput(name="区财政局", community_uuid=w["grid_a"].uuid))
    assert e.value.field == "community"
    with pytest.raises(ValidationError, match="请选择一个社区"):
        units.register(UnitInput(name="区财政局", community_uuid=w["sub"].uuid))
    with pytest.raises(ValidationError, match="电话号码") as e:
        units.register(unit_input(w, contact_phone="12345"))
    assert e.value.field == "contact_phone"
    with pytest.raises(ValidationError, match="单位类别"):
        units.register(unit_input(w, kind="合作社"))
    with pytest.raises(ValidationError, match="不能晚于今天"):
        units.register(unit_input(w, registered_on=dt.date.today() + dt.timedelta(days=1)))
    assert Unit.select().count() == 2  # the fixture's two, nothing written


def test_unit_in_a_retired_community_is_refused(orders_world):
    w = orders_world
    w["other"].delete_instance()
    with pytest.raises(ValidationError, match="请选择一个社区"):
        units.register(UnitInput(name="区财政局", community_uuid=w["other"].uuid))


def test_duplicate_unit_name_in_one_community(orders_world):
    w = orders_world
    with pytest.raises(Conflict, match="已登记报到单位“区住建局”"):
        units.register(unit_input(w, name=" 区住建局 "))
    twin = units.register(UnitInput(name="区住建局", community_uuid=w["other"].uuid))  # another community: fine
    with pytest.raises(Conflict):
        units.update(twin.uuid, unit_input(w, name="区住建局"))
    assert units.update(w["unit_a"].uuid, unit_input(w, name="区住建局", kind="机关")).kind == "机关"  # itself
    units.retire(w["unit_a"].uuid)
    assert units.register(unit_input(w, name="区住建局")).name == "区住建局"  # the retired one no longer counts


def test_register_update_and_retire_a_member(orders_world):
    w = orders_world
    m = members.register(MemberInput(name="刘芳", community_uuid=w["com"].uuid, unit_uuid=w["unit_b"].uuid,
                                     gender="F", phone="+86 138 0000 2222", registered_on=dt.date(2023, 5, 4)))
    assert (m.unit.uuid, m.community.uuid, m.phone, m.gender) == (w["unit_b"].uuid, w["com"].uuid, "13800002222", "F")
    direct = members.register(MemberInput(name="赵强", community_uuid=w["other"].uuid))
    assert direct.unit is None and direct.registered_on == dt.date.today()
    members.update(m.uuid, MemberInput(name="刘芳芳", community_uuid=w["com"].uuid))
    assert Member.get_by_id(m.uuid).name == "刘芳芳" and Member.get_by_id(m.uuid).unit is None
    assert [x.name for x in members.members(w["com"].path)] == ["党员李明", "刘芳芳"]
    assert [x.name for x in members.members(unit_uuid=w["unit_a"].uuid)] == ["党员李明"]
    members.retire(m.uuid)
    assert Member.get_by_id(m.uuid).deleted and [x.name for x in members.members(w["com"].path)] == ["党员李明"]
    records.restore(Member, m.uuid)
    assert members.get(m.uuid).name == "刘芳芳"


def test_member_rules(orders_world):
    w = orders_world
    with pytest.raises(ValidationError, match="请填写党员姓名"):
        members.register(MemberInput(name="", community_uuid=w["com"].uuid))
    with pytest.raises(ValidationError, match="请选择一个社区"):
        members.register(MemberInput(name="刘芳", community_uuid=w["zone_a"].uuid))
    with pytest.raises(ValidationError, match="电话号码"):
        members.register(MemberInput(name="刘芳", community_uuid=w["com"].uuid, phone="010-1"))
    with pytest.raises(ValidationError, match="性别"):
        members.register(MemberInput(name="刘芳", community_uuid=w["com"].uuid, gender="X"))
    units.retire(w["unit_b"].uuid)
    with pytest.raises(ValidationError, match="报到单位不存在或已被删除") as e:
        members.register(MemberInput(name="刘芳", community_uuid=w["com"].uuid, unit_uuid=w["unit_b"].uuid))
    assert e.value.field == "unit"
    assert Member.select().count() == 1


def test_writes_need_the_write_permission(orders_world, as_role):
    as_role("viewer")
    with pytest.raises(PermissionDenied):
        units.register(unit_input(orders_world))
    with pytest.raises(PermissionDenied):
        members.register(MemberInput(name="刘芳", community_uuid=orders_world["com"].uuid))
    with pytest.raises(PermissionDenied):
        units.retire(orders_world["unit_a"].uuid)


def _order(w, offer, complete=False, score=None):
    request = requests.log(RequestInput(grid_uuid=w["grid_a"].uuid, content="楼道灯坏了需要维修",
                                        category="repair", resident_uuid=w["resident"].uuid))
    requests.classify(request.uuid, "handle")
    order = service.dispatch(Need.get(Need.request == request).uuid, offer.uuid)
    if complete:
        service.accept(order.uuid)
        service.complete(order.uuid, "已修好", "已告知居民")
    if score:
        session = reviews.create_session(w["com"].uuid, utcnow().strftime("%Y-%m"), dt.date.today(),
                                         [{"name": "王大妈", "kind": "requester"}])
        reviews.score(session.uuid, order.uuid, score)
    return order


def test_service_record_of_a_unit_and_a_member(orders_world):
    w = orders_world
    mine = offers.add(OfferInput(community_uuid=w["com"].uuid, category="repair", description="提供水电维修服务",
                                 unit_uuid=w["unit_a"].uuid, capacity=5))
    offers.add(OfferInput(community_uuid=w["com"].uuid, category="repair", description="往年的维修服务",
                          unit_uuid=w["unit_a"].uuid, valid_from=dt.date(2020, 1, 1), valid_to=dt.date(2020, 12, 31)))
    theirs = offers.add(OfferInput(community_uuid=w["com"].uuid, category="repair", description="党员上门维修",
                                   member_uuid=w["member"].uuid))
    _order(w, mine, complete=True, score=5)
    _order(w, mine, complete=True, score=4)
    service.return_order(_order(w, mine).uuid, "人手不足")
    _order(w, theirs)
    year = dt.date.today().year
    record = service_record(units.get(w["unit_a"].uuid), year)
    assert (record.offers, record.dispatched, record.returned, record.completed) == (1, 3, 1, 2)
    assert record.average_score == 4.5 and record.completion_rate == round(2 / 3, 4)
    assert service_record(units.get(w["unit_a"].uuid), 2020).offers == 1
    assert service_record(units.get(w["unit_a"].uuid), 2020).dispatched == 0
    member = service_record(members.get(w["member"].uuid))
    assert (member.offers, member.dispatched, member.completed, member.average_score) == (1, 1, 0, None)
    assert service_record(units.get(w["unit_b"].uuid), year).dispatched == 0
    with pytest.raises(ValidationError):
        service_record(w["resident"], year)
