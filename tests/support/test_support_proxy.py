"""帮办代办 quick log (log, recent, per day, void) and the subdistrict reform
figures (reference data: administrator at a district site, one record per
subdistrict and year)."""

import datetime as dt

import pytest

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.session import open_session
from app.sites import init_site
from app.support import posts, proxy
from db.ids import stable_uuid
from db.models import OrgUnit, ProxyService, SubdistrictPosts

TODAY = dt.date.today()


def test_log_a_proxy_service(orders_world):
    w = orders_world
    s = proxy.log(w["com"].uuid, TODAY, "social_security", "proxy", for_whom=" 李大爷 ", notes="养老认证")
    assert (s.centre.uuid, s.served_on, s.service_kind, s.mode, s.for_whom, s.notes) == (
        w["com"].uuid, TODAY, "social_security", "proxy", "李大爷", "养老认证")
    typed = proxy.log(w["com"].uuid, "2025-03-02", "居住证办理", "延时服务", resident_uuid=w["resident"].uuid)
    assert (typed.service_kind, typed.mode, typed.for_whom, typed.resident.uuid) == (
        "residence_permit", "extended_hours", "王大妈", w["resident"].uuid)
    assert set(proxy.KINDS.values()) >= {"社保办理", "医保报销", "户籍证明", "居住证办理", "老年优待证", "残疾人证",
                                         "低保申请", "就业登记", "生育登记", "其他"}
    assert proxy.MODES == {"proxy": "代办", "assisted": "帮办", "extended_hours": "延时服务", "appointment": "预约服务"}


def test_proxy_rules(orders_world):
    w = orders_world
    cases = [((w["com"].uuid, TODAY + dt.timedelta(days=1), "other", "proxy"), "served_on", "不能晚于今天"),
             ((w["com"].uuid, dt.date(1999, 12, 31), "other", "proxy"), "served_on", "不能早于2000年"),
             ((w["com"].uuid, TODAY, "pets", "proxy"), "kind", "请选择服务事项：社保办理"),
             ((w["com"].uuid, TODAY, "other", "walk_in"), "mode", "请选择服务方式：代办、帮办、延时服务、预约服务"),
             ((w["grid_a"].uuid, TODAY, "other", "proxy"), "centre", "请选择一个社区"),
             ((w["sub"].uuid, TODAY, "other", "proxy"), "centre", "请选择一个社区")]
    for args, field, message in cases:
        with pytest.raises(ValidationError, match=message) as e:
            proxy.log(*args)
        assert e.value.field == field
    w["other"].delete_instance()
    with pytest.raises(ValidationError, match="请选择一个社区"):
        proxy.log(w["other"].uuid, TODAY, "other", "proxy")
    with pytest.raises(NotFound, match="居民不存在"):
        proxy.log(w["com"].uuid, TODAY, "other", "proxy", resident_uuid="no-such-resident")
    assert ProxyService.select().count() == 0


def test_recent_and_per_day(orders_world):
    w = orders_world
    day1, day2 = dt.date(2025, 6, 2), dt.date(2025, 6, 3)
    a = proxy.log(w["com"].uuid, day1, "birth", "assisted")
    b = proxy.log(w["com"].uuid, day2, "employment", "appointment")
    c = proxy.log(w["com"].uuid, day2, "other", "proxy")
    proxy.log(w["other"].uuid, day2, "other", "proxy")
    assert [s.uuid for s in proxy.recent(w["com"].uuid)] == [c.uuid, b.uuid, a.uuid]
    assert [s.uuid for s in proxy.recent(w["com"].uuid, limit=2)] == [c.uuid, b.uuid]
    assert proxy.per_day(w["com"].uuid, day1, dt.date(2025, 7, 1)) == {day1: 1, day2: 2}
    assert proxy.per_day(w["com"].uuid, day2, day2) == {}
    assert proxy.count_on(w["com"].uuid, day2) == 2 and proxy.count_on(w["com"].uuid) == 0
    proxy.log(w["com"].uuid, TODAY, "other", "proxy")
    assert proxy.count_on(w["com"].uuid) == 1


def test_void_a_wrong_entry(orders_world):
    w = orders_world
    s = proxy.log(w["com"].uuid, TODAY, "other", "proxy", notes="重复录入")
    with pytest.raises(ValidationError, match="请填写作废原因"):
        proxy.void(s.uuid, " ")
    proxy.void(s.uuid, "录重了")
    stored = ProxyService.get_by_id(s.uuid)
    assert stored.deleted and stored.notes == "重复录入；作废：录重了"
    assert proxy.recent(w["com"].uuid) == [] and proxy.count_on(w["com"].uuid) == 0
    with pytest.raises(Conflict, match="已经作废"):
        proxy.void(s.uuid, "再来一次")
    with pytest.raises(NotFound):
        proxy.void("no-such-entry", "录错")


def test_viewer_cannot_log(orders_world, as_role):
    as_role("viewer")
    with pytest.raises(PermissionDenied):
        proxy.log(orders_world["com"].uuid, TODAY, "other", "proxy")


def test_set_subdistrict_posts_at_the_district(grids):
    sub = grids["sub"]
    row = posts.set_posts(sub.uuid, 2024, 8, 30, 40)
    assert row.uuid == stable_uuid(f"subdistrict_posts:{sub.uuid}:2024") == posts.posts_uuid(sub.uuid, 2024)
    again = posts.set_posts(sub.uuid, 2024, 9, 32, "41")
    assert again.uuid == row.uuid and SubdistrictPosts.select().count() == 1
    stored = SubdistrictPosts.get_by_id(row.uuid)
    assert (stored.internal_bodies, stored.admin_posts, stored.institution_posts) == (9, 32, 41)
    newer = posts.set_posts(sub.uuid, 2025, 9, 33, 41)
    assert posts.newest(sub.uuid).uuid == newer.uuid
    assert [(p.year, p.admin_posts) for p in posts.posts(grids["district"].path)] == [(2025, 33), (2024, 32)]
    assert [p.year for p in posts.posts(year=2024)] == [2024] and posts.posts(grids["com"].path) == []


def test_set_posts_updates_a_row_keyed_elsewhere(grids):
    """A row for the same subdistrict and year that came with another key is updated, not doubled."""
    sub = grids["sub"]
    SubdistrictPosts.create(subdistrict=sub, year=2024, internal_bodies=1, admin_posts=1, institution_posts=1,
                            deleted=True)
    row = posts.set_posts(sub.uuid, 2024, 8, 30, 40)
    assert SubdistrictPosts.select().count() == 1 and not row.deleted and row.admin_posts == 30


def test_posts_rules(grids):
    sub = grids["sub"]
    cases = [((grids["com"].uuid, 2024, 1, 1, 1), "subdistrict", "请选择一个街道"),
             ((sub.uuid, 1999, 1, 1, 1), "year", "年度应在"),
             ((sub.uuid, TODAY.year + 2, 1, 1, 1), "year", "年度应在"),
             ((sub.uuid, "二〇二四", 1, 1, 1), "year", "四位数字"),
             ((sub.uuid, 2024, -1, 1, 1), "internal_bodies", "不能为负数"),
             ((sub.uuid, 2024, 1, -1, 1), "admin_posts", "不能为负数"),
             ((sub.uuid, 2024, 1, 1, -1), "institution_posts", "不能为负数")]
    for args, field, message in cases:
        with pytest.raises(ValidationError, match=message) as e:
            posts.set_posts(*args)
        assert e.value.field == field
    assert SubdistrictPosts.select().count() == 0


def test_only_an_administrator_sets_posts(grids, as_role):
    as_role("leader")
    with pytest.raises(PermissionDenied):
        posts.set_posts(grids["sub"].uuid, 2024, 8, 30, 40)


def test_posts_refused_at_a_subdistrict_site(tmp_path):
    open_session(tmp_path / "sub.sqlite3", create=True)
    init_site(name="城关街道", level="subdistrict", admin_name="admin", password="admin-pass-1", org_code="611002001")
    sub = OrgUnit.get(OrgUnit.code == "611002001")
    with pytest.raises(PermissionDenied, match="只能在区级站点由管理员设置"):
        posts.set_posts(sub.uuid, 2024, 8, 30, 40)
    assert SubdistrictPosts.select().count() == 0
