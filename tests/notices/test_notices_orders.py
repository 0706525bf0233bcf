"""The four orders' notices read back from the PDF (评单结果公示, 评单通报, 反馈函, 服务工单):
the Chinese title, the figures recomputed here from the database with plain SQL,
residents' personal data masked on the board, fonts embedded, the same bytes from
the same data, and the Chinese refusals of bad requests."""

import datetime as dt
import json
import re
import shutil
import sqlite3

import pytest

from app import auth
from app.errors import NotFound, ValidationError
from app.notices import periods
from app.notices.issue import issue, preview
from app.notices.kinds import NoticeRequest
from app.orders.reviews import monthly_record
from app.privacy import mask_phone
from app.session import close_session, open_session
from db.models import OrgUnit
from tests.notice_helpers import pdf_fonts, pdf_text, squeeze

DAY = dt.date(2026, 11, 27)
LABELS = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}


@pytest.fixture(scope="module")
def sql(small):
    con = sqlite3.connect(small)
    yield con
    con.close()


@pytest.fixture
def opened(small):
    open_session(small)
    auth.act_as_command_line()
    yield small
    close_session()


def make(kind, *, org=None, period=None, record=None):
    return preview(NoticeRequest(kind, org=OrgUnit.get(OrgUnit.code == org) if org else None,
                                 period=periods.parse(period) if period else None, record_uuid=record), today=DAY)


def bounds(key: str) -> tuple[str, str]:
    p = periods.parse(key)
    return str(p.start), str(p.end)


def personal_numbers(sql) -> set[str]:
    """Every resident's and requester's full phone and ID number in the database."""
    rows = sql.execute("SELECT phone FROM resident UNION SELECT id_number FROM resident "
                       "UNION SELECT requester_phone FROM request").fetchall()
    return {r[0] for r in rows if r[0] and len(r[0]) >= 7}


def assert_masked(text: str, sql) -> None:
    flat = squeeze(text)
    leaked = [n for n in personal_numbers(sql) if n in flat]
    assert not leaked, f"full personal numbers on a board notice: {leaked[:3]}"


def latest_callbacks(sql) -> dict[str, str]:
    rows = sql.execute("SELECT order_uuid, satisfaction FROM call_back WHERE deleted = 0 ORDER BY at, uuid")
    return {order: LABELS[value] for order, value in rows}


def first_session(sql):
    return sql.execute("SELECT s.uuid, s.month, s.reviewers, c.code, c.name, c.path FROM review_session s "
                       "JOIN org_unit c ON c.uuid = s.community_uuid WHERE s.deleted = 0 "
                       "ORDER BY s.month, c.code LIMIT 1").fetchone()


def provider_record(sql, root_path: str, month: str) -> list[tuple]:
    """(name, kind, accepted, completed, on_time, returned, average) per provider, recomputed with plain SQL."""
    start, end = bounds(month)
    rows = sql.execute("""
        SELECT coalesce(o.unit_uuid, o.member_uuid), coalesce(u.name, m.name), o.unit_uuid IS NOT NULL, so.uuid,
               so.state, so.dispatched_at, so.responded_at, so.completed_at, so.complete_by
        FROM service_order so JOIN offer o ON o.uuid = so.offer_uuid JOIN org_unit c ON c.uuid = so.community_uuid
        LEFT JOIN unit u ON u.uuid = o.unit_uuid LEFT JOIN member m ON m.uuid = o.member_uuid
        WHERE so.deleted = 0 AND c.path LIKE ? || '%'""", (root_path,)).fetchall()
    score = dict(sql.execute("SELECT sc.order_uuid, avg(sc.score) FROM review_score sc JOIN review_session s "
                             "ON s.uuid = sc.session_uuid WHERE s.month = ? AND sc.deleted = 0 "
                             "GROUP BY sc.order_uuid", (month,)))
    def inside(value):
        return value is not None and start <= value < end
    out: dict[str, list] = {}
    for key, name, is_unit, uuid, state, dispatched, responded, completed, complete_by in rows:
        if not (inside(dispatched) or inside(responded) or inside(completed)):
            continue
        r = out.setdefault(key, [name, "单位" if is_unit else "党员", 0, 0, 0, 0, []])
        r[2] += inside(responded) and state != "returned"
        r[5] += inside(responded) and state == "returned"
        if inside(completed):
            r[3] += 1
            r[4] += completed <= complete_by
            if uuid in score:
                r[6].append(score[uuid])
    result = [(*r[:6], round(sum(r[6]) / len(r[6]), 2) if r[6] else None) for r in out.values()]
    return sorted(result, key=lambda r: (-(r[6] or 0), -r[3], r[0]))


def test_review_results_show_the_sessions_scores_and_satisfaction_with_residents_masked(opened, sql, tmp_path):
    session_uuid, month, reviewers, code, name, _ = first_session(sql)
    done = make("review_results", org=code, period=month)
    text = pdf_text(done.pdf, tmp_path)
    flat = squeeze(text)
    label = periods.parse(month).label
    assert f"{name}{label}群众评单结果公示" in flat and done.number in flat and "公示期为七天" in flat
    people = json.loads(reviewers)
    counts = {k: sum(p["kind"] == k for p in people) for k in ("requester", "deputy", "representative")}
    assert (f"参加评议{len(people)}人，其中点单群众{counts['requester']}人、两代表一委员{counts['deputy']}人、"
            f"群众代表{counts['representative']}人") in flat
    assert not [p["name"] for p in people if p["name"] in flat]  # reviewers only as counts
    scored = sql.execute("""
        SELECT so.uuid, so.number, sc.score, r.requester_name, coalesce(u.name, m.name) FROM review_score sc
        JOIN service_order so ON so.uuid = sc.order_uuid JOIN need n ON n.uuid = so.need_uuid
        JOIN request r ON r.uuid = n.request_uuid JOIN offer o ON o.uuid = so.offer_uuid
        LEFT JOIN unit u ON u.uuid = o.unit_uuid LEFT JOIN member m ON m.uuid = o.member_uuid
        WHERE sc.session_uuid = ? AND sc.deleted = 0""", (session_uuid,)).fetchall()
    assert scored
    said = latest_callbacks(sql)
    for uuid, number, score, requester, provider in scored:
        assert number in flat and provider in flat  # providers (units, in-service members) are named
        assert f"{requester[0]}**" in flat and requester not in flat
        assert squeeze(f"{said[uuid]} {score}") in flat
    values = [s for _, _, s, _, _ in scored]
    good = sum(said[u] in ("满意", "基本满意") for u, *_ in scored)
    assert f"本次共评议工单{len(values)}张，平均得分{sum(values) / len(values):.2f}分" in flat
    assert f"群众满意率{100 * good / len(scored):.1f}%" in flat
    assert "中共" + name + "委员会" in flat and "二〇二六年十一月二十七日" in flat
    assert_masked(text, sql)


@pytest.mark.parametrize("scope", ["community", "subdistrict"])
def test_review_record_ranks_every_provider_with_the_figures_recomputed(opened, sql, tmp_path, scope):
    _, month, _, code, name, path = first_session(sql)
    if scope == "subdistrict":
        code, name, path = sql.execute("SELECT p.code, p.name, p.path FROM org_unit c JOIN org_unit p "
                                       "ON p.uuid = c.parent_uuid WHERE c.code = ?", (code,)).fetchone()
    done = make("review_record", org=code, period=month)
    text = pdf_text(done.pdf, tmp_path)
    flat = squeeze(text)
    assert f"关于{periods.parse(month).label}服务工单评单情况的通报" in flat and done.number in flat
    issuer = f"{name}办事处" if scope == "subdistrict" else f"中共{name}委员会"
    assert issuer in flat and flat.find(issuer) < flat.find("关于")  # the red 版头 above the title
    expected = provider_record(sql, path, month)
    assert expected
    positions = []
    for who, kind, accepted, completed, on_time, returned, average in expected:
        avg = "—" if average is None else f"{average:.2f}"
        town = r"\w*?社区" if scope == "subdistrict" else ""  # the provider's community
        found = re.search(re.escape(f"{who}{kind}") + town + re.escape(f"{accepted}{completed}{on_time}{returned}{avg}"),
                          flat)
        assert found, (who, kind)
        positions.append(found.start())
    assert positions == sorted(positions)  # ranked: best average, then most completed
    same = {(r.provider, r.accepted, r.completed, r.on_time, r.average_score) for r in monthly_record(path, month)}
    mine = {(e[0], e[2], e[3], e[4], e[6]) for e in expected}
    assert same <= mine and all(e[1] == e[2] == 0 for e in mine - same)  # app.orders.reviews' figures (+ dispatched)
    totals = [sum(e[i] for e in expected) for i in (2, 5, 3, 4)]
    assert "接单{}张、退单{}张，办结{}张，其中按时办结{}张".format(*totals) in flat
    assert_masked(text, sql)


def test_review_record_counts_a_returned_order(opened, sql, tmp_path):
    month, code, path = sql.execute("SELECT substr(so.responded_at, 1, 7), c.code, c.path FROM service_order so "
                                    "JOIN org_unit c ON c.uuid = so.community_uuid WHERE so.state = 'returned' "
                                    "ORDER BY so.responded_at LIMIT 1").fetchone()
    flat = squeeze(pdf_text(make("review_record", org=code, period=month).pdf, tmp_path))
    expected = provider_record(sql, path, month)
    assert sum(e[5] for e in expected) >= 1 and f"退单{sum(e[5] for e in expected)}张" in flat
    late = [e for e in expected if e[5]]
    assert all(f"{e[0]}（退单{e[5]}张" in flat for e in late)  # named in the improvement paragraph


def test_feedback_letter_tells_a_unit_what_it_did(opened, sql, tmp_path):
    unit_uuid, unit_name, first = sql.execute("""
        SELECT u.uuid, u.name, min(so.dispatched_at) FROM service_order so JOIN offer o ON o.uuid = so.offer_uuid
        JOIN unit u ON u.uuid = o.unit_uuid WHERE so.deleted = 0 GROUP BY u.uuid
        ORDER BY count(*) DESC, u.name LIMIT 1""").fetchone()
    day = dt.date.fromisoformat(first[:10])
    quarter = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    done = make("feedback_letter", record=unit_name, period=quarter)
    assert make("feedback_letter", record=unit_uuid, period=quarter).pdf == done.pdf  # by name or by uuid
    text = pdf_text(done.pdf, tmp_path)
    flat = squeeze(text)
    assert f"关于{periods.parse(quarter).label}服务群众情况的反馈函" in flat and f"{unit_name}：" in flat
    start, end = bounds(quarter)
    orders = sql.execute("""
        SELECT so.uuid, so.number, so.state, so.dispatched_at, so.responded_at, so.completed_at, so.complete_by
        FROM service_order so JOIN offer o ON o.uuid = so.offer_uuid WHERE o.unit_uuid = :u AND so.deleted = 0
          AND ((so.dispatched_at >= :s AND so.dispatched_at < :e) OR (so.responded_at >= :s AND so.responded_at < :e)
          OR (so.completed_at >= :s AND so.completed_at < :e))""",
        {"u": unit_uuid, "s": start, "e": end}).fetchall()
    assert orders

    def inside(value):
        return value is not None and start <= value < end
    said = latest_callbacks(sql)
    heard = [said[o[0]] for o in orders if o[0] in said]
    dispatched = sum(inside(o[3]) for o in orders)
    accepted = sum(inside(o[4]) and o[2] != "returned" for o in orders)
    returned = sum(inside(o[4]) and o[2] == "returned" for o in orders)
    completed = sum(inside(o[5]) for o in orders)
    on_time = sum(inside(o[5]) and o[5] <= o[6] for o in orders)
    assert (f"本期社区向贵单位派发服务工单{dispatched}张；贵单位接单{accepted}张、退单{returned}张，办结{completed}张，"
            f"其中按时办结{on_time}张。经回访，居民满意{heard.count('满意')}张、基本满意{heard.count('基本满意')}张、"
            f"不满意{heard.count('不满意')}张") in flat
    assert all(o[1] in flat for o in orders)
    comments = sql.execute(f"SELECT comment FROM call_back WHERE comment IS NOT NULL AND deleted = 0 AND order_uuid "
                           f"IN ({','.join('?' * len(orders))})", [o[0] for o in orders]).fetchall()
    assert comments and all(squeeze(c) in flat for (c,) in comments)  # what residents said, without who said it
    assert "特此函告" in flat and "盖章" in flat
    assert_masked(text, sql)


def test_feedback_letter_to_a_unit_without_orders(opened, sql, tmp_path):
    name = sql.execute("SELECT u.name FROM unit u WHERE u.deleted = 0 AND NOT EXISTS (SELECT 1 FROM offer o "
                       "JOIN service_order so ON so.offer_uuid = o.uuid WHERE o.unit_uuid = u.uuid) "
                       "ORDER BY u.name LIMIT 1").fetchone()[0]
    flat = squeeze(pdf_text(make("feedback_letter", record=name, period="2026-09").pdf, tmp_path))
    assert "2026年9月社区没有向贵单位派发服务工单" in flat and "更新供给清单" in flat


def slip_order(sql):
    return sql.execute("""
        SELECT so.uuid, so.number, n.description, r.requester_name, r.requester_phone, res.address, res.room,
               so.dispatched_at, so.complete_by, coalesce(u.name, m.name), c.name
        FROM service_order so JOIN need n ON n.uuid = so.need_uuid JOIN request r ON r.uuid = n.request_uuid
        JOIN resident res ON res.uuid = r.resident_uuid JOIN offer o ON o.uuid = so.offer_uuid
        JOIN org_unit c ON c.uuid = so.community_uuid
        LEFT JOIN unit u ON u.uuid = o.unit_uuid LEFT JOIN member m ON m.uuid = o.member_uuid
        WHERE so.deleted = 0 AND r.requester_phone IS NOT NULL ORDER BY so.number LIMIT 1""").fetchone()


def local(stored: str) -> str:
    value = dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


def test_order_slip_gives_the_provider_the_need_the_contact_and_a_feedback_part(opened, sql, tmp_path):
    uuid, number, need, name, phone, address, room, dispatched, complete_by, provider, community = slip_order(sql)
    done = make("order_slip", record=number)
    assert make("order_slip", record=uuid).pdf == done.pdf  # by number or by uuid
    assert done.pages == 1
    flat = squeeze(pdf_text(done.pdf, tmp_path))
    assert f"{community}服务工单" in flat and number in flat and squeeze(need) in flat and provider in flat
    assert name in flat and squeeze(f"{address}{room}") in flat
    assert phone in flat  # in full: the provider must call; the signed-in user may see personal data
    assert squeeze(local(dispatched)) in flat and squeeze(local(complete_by)) in flat
    for blank in ("办理反馈", "办理结果", "办结时间", "居民签字", "承办人签字", "□满意", "□基本满意", "□不满意"):
        assert blank in flat


def test_order_slip_masks_the_phone_for_a_user_who_may_not_see_personal_data(opened, sql, tmp_path):
    _, number, _, name, phone, *_ = slip_order(sql)
    auth.set_current_user(auth.User(id=0, username="viewer-test", display_name="只读", role="viewer"))
    assert not auth.can("personal")
    flat = squeeze(pdf_text(make("order_slip", record=number).pdf, tmp_path))
    assert phone not in flat and mask_phone(phone) in flat and "请向社区索取" in flat and name in flat


@pytest.mark.parametrize("kind", ["review_results", "review_record", "feedback_letter", "order_slip"])
def test_fonts_are_embedded_and_the_same_data_gives_the_same_bytes(opened, sql, tmp_path, kind):
    _, month, _, code, *_ = first_session(sql)
    unit = sql.execute("SELECT name FROM unit WHERE deleted = 0 ORDER BY name LIMIT 1").fetchone()[0]
    args = {"review_results": {"org": code, "period": month}, "review_record": {"org": code, "period": month},
            "feedback_letter": {"record": unit, "period": month}, "order_slip": {"record": slip_order(sql)[1]}}[kind]
    first, again = make(kind, **args), make(kind, **args)
    assert first.pdf == again.pdf and first.pdf.startswith(b"%PDF")
    used = pdf_fonts(first.pdf, tmp_path)
    assert used and all(f["emb"] == "yes" for f in used)


def test_issuing_registers_once_for_the_same_data(small, sql, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(small, copy)
    open_session(copy)
    try:
        auth.act_as_command_line()
        number = slip_order(sql)[1]
        request = NoticeRequest("order_slip", record_uuid=number)
        seen = preview(request, today=DAY)
        first, again = issue(request, today=DAY), issue(NoticeRequest("order_slip", record_uuid=slip_order(sql)[0]),
                                                       today=DAY + dt.timedelta(days=3))
        assert seen.pdf == first.pdf == again.pdf and first.notice.uuid == again.notice.uuid
        assert first.number.endswith("单〔2026〕1号")
    finally:
        close_session()


def test_bad_requests_are_refused_in_chinese(opened, sql):
    _, month, _, code, *_ = first_session(sql)
    grid = sql.execute("SELECT code FROM org_unit WHERE level = 4 ORDER BY code LIMIT 1").fetchone()[0]
    with pytest.raises(ValidationError, match="按社区出具：请选择一个社区"):
        make("review_results", org=grid, period=month)
    with pytest.raises(ValidationError, match="评单通报按社区或街道出具"):
        make("review_record", org=grid, period=month)
    with pytest.raises(ValidationError, match="按月出具"):
        make("review_results", org=code, period=f"{month[:4]}-Q1")
    quiet = sql.execute("SELECT s.month FROM review_session s JOIN org_unit c ON c.uuid = s.community_uuid "
                        "WHERE c.code = ?", (code,)).fetchall()
    empty = next(m for m in ("2024-01", "2024-02", "2024-03") if (m,) not in quiet)
    with pytest.raises(ValidationError, match="还没有召开评议会"):
        make("review_results", org=code, period=empty)
    with pytest.raises(NotFound, match="找不到服务工单“GD-000000-2026-999999-1”"):
        make("order_slip", record="GD-000000-2026-999999-1")
    with pytest.raises(NotFound, match="找不到报到单位"):
        make("feedback_letter", record="没有这个单位", period=month)
    with pytest.raises(ValidationError, match="按月或季度"):
        make("feedback_letter", record=sql.execute("SELECT uuid FROM unit LIMIT 1").fetchone()[0], period="2025")
    with pytest.raises(ValidationError, match="需要指定记录编号"):
        make("order_slip")
