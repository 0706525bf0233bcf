"""联席会议纪要 read back from the PDF: the session, the agenda, each decision with its
responsible member, deadline and how it was done; numbered 纪, the same bytes again."""

import datetime as dt

import pytest

from app.errors import NotFound, ValidationError
from app.linkage import conference
from app.notices.issue import issue, preview
from app.notices.kinds import NoticeRequest
from tests.notice_helpers import pdf_fonts, pdf_text, squeeze


def test_the_minutes_of_a_joint_conference_session(session, tmp_path):
    member = conference.add_member("区城管执法大队派驻中队", "stationed", "周队长", "13900003333")
    other = conference.add_member("快递物流行业党委", "new_sector")
    held = conference.hold_session(dt.date(2026, 9, 25), "街道三楼会议室", 14, "东关社区上报的占道经营问题；快递车辆乱停")
    done = conference.decide(held.uuid, "整治农贸市场周边占道经营", member.uuid, dt.date(2026, 10, 15))
    conference.complete(done.uuid, "已清理摊点12处", dt.date(2026, 10, 10))
    conference.decide(held.uuid, "规范快递车辆停放", other.uuid, dt.date(2026, 10, 30))
    notice = issue(NoticeRequest("conference_minutes", record_uuid=held.uuid), today=dt.date(2026, 10, 12))
    text = squeeze(pdf_text(notice.pdf, tmp_path))
    assert notice.number == "商州区测试站区纪〔2026〕1号"
    assert "联席会议纪要" in text and "二〇二六年九月二十五日" in text and "参会14人" in text
    assert "东关社区上报的占道经营问题" in text and "整治农贸市场周边占道经营" in text
    assert "区城管执法大队派驻中队" in text and "已清理摊点12处" in text and "办理中" in text
    assert "本次会议共形成决定2项，已办结1项。" in text and "13900003333" not in text
    assert all(f["emb"] == "yes" for f in pdf_fonts(notice.pdf, tmp_path))
    again = preview(NoticeRequest("conference_minutes", record_uuid=held.uuid))
    assert again.number == notice.number and again.sha256 == notice.sha256


def test_an_unknown_session_is_named(session):
    with pytest.raises(NotFound, match="联席会议"):
        preview(NoticeRequest("conference_minutes", record_uuid="no-such-session"))


def test_the_minutes_list_who_attended(session, tmp_path):
    police = conference.add_member("东关派出所", "stationed", "赵警官", "13900002222")
    power = conference.add_member("城关供电所", "stationed")
    conference.add_member("快递物流行业党委", "new_sector")  # a member that did not come
    held = conference.hold_session(dt.date(2026, 9, 25), "街道三楼会议室", 0, "东关社区路灯线路",
                                   [(police.uuid, "赵警官"), (power.uuid, ""), (None, "街道办主任李强")])
    assert held.attendance == 3  # at least the roster
    assert conference.roster(held.uuid) == ["东关派出所（赵警官）", "城关供电所", "街道办主任李强"]
    notice = issue(NoticeRequest("conference_minutes", record_uuid=held.uuid), today=dt.date(2026, 10, 12))
    text = squeeze(pdf_text(notice.pdf, tmp_path))
    assert "出席：东关派出所（赵警官）、城关供电所、街道办主任李强" in text
    assert "快递物流行业党委" not in text and "13900002222" not in text


def test_a_roster_names_only_members_of_this_body(session):
    with pytest.raises(NotFound, match="成员名单"):
        conference.hold_session(dt.date(2026, 9, 25), attendees=[("no-such-member", "张三")])
    with pytest.raises(ValidationError, match="参会人员"):
        conference.hold_session(dt.date(2026, 9, 25), attendees=[(None, " ")])
