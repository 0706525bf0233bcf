"""The notice core: fonts, the GB/T 9704 page, periods, numbers, the register,
same data -> same bytes, and the fund-use publicity read back from the PDF."""

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import NotFound, ValidationError
from app.funds import ledger
from app.funds.ledger import ExpenseInput
from app.notices import fonts, periods
from app.notices.document import chinese_date
from app.notices.issue import issue, preview, stored_path, verify
from app.notices.kinds import NoticeRequest
from db.models import Notice
from tests.funds_helpers import allocate_world
from tests.notice_helpers import pdf_fonts, pdf_text, squeeze


@pytest.mark.parametrize(("day", "text"), [(dt.date(2026, 11, 27), "二〇二六年十一月二十七日"),
                                          (dt.date(2020, 1, 10), "二〇二〇年一月十日"),
                                          (dt.date(2026, 10, 1), "二〇二六年十月一日"),
                                          (dt.date(2026, 12, 31), "二〇二六年十二月三十一日")])
def test_dates_in_chinese(day, text):
    assert chinese_date(day) == text


@pytest.mark.parametrize(("text", "key", "start", "end", "label"), [
    ("2026-10", "2026-10", dt.date(2026, 10, 1), dt.date(2026, 11, 1), "2026年10月"),
    ("2026-12", "2026-12", dt.date(2026, 12, 1), dt.date(2027, 1, 1), "2026年12月"),
    ("2026-q3", "2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 10, 1), "2026年第三季度"),
    ("2026Q4", "2026-Q4", dt.date(2026, 10, 1), dt.date(2027, 1, 1), "2026年第四季度"),
    ("2025", "2025", dt.date(2025, 1, 1), dt.date(2026, 1, 1), "2025年")])
def test_periods(text, key, start, end, label):
    period = periods.parse(text)
    assert (period.key, period.start, period.end, period.label) == (key, start, end, label)


@pytest.mark.parametrize("text", ["", "2026-13", "26-10", "2026/10", "2026-Q5"])
def test_bad_periods_are_refused(text):
    with pytest.raises(ValidationError, match="2026-Q3"):
        periods.parse(text)


def test_no_chinese_font_gives_a_clear_message_not_empty_boxes(tmp_path):
    (tmp_path / "fake.ttf").write_bytes(b"not a font")
    with pytest.raises(fonts.NoChineseFont, match="没有找到可用于公示的中文字体"):
        fonts.resolve(dirs=[tmp_path])
    with pytest.raises(fonts.NoChineseFont, match="不能用于公示"):
        fonts.resolve(chosen=str(tmp_path / "fake.ttf"), dirs=[tmp_path])
    dejavu = next(iter(Path("/usr/share/fonts").rglob("DejaVuSans.ttf")), None)
    if dejavu is not None:  # a real TrueType font without Chinese glyphs is refused too
        with pytest.raises(fonts.NoChineseFont):
            fonts.check_font_file(str(dejavu))


def test_the_administrators_font_is_used_when_no_known_font_is_there(tmp_path):
    wqy = fonts.resolve().body.path  # the font this machine has (test.sh installs WenQuanYi)
    chosen = tmp_path / "my-font.ttc"
    chosen.write_bytes(Path(wqy).read_bytes())
    found = fonts.resolve(chosen=str(chosen), dirs=[tmp_path / "empty"])
    assert found.body.path == str(chosen) and found.describe() == "my-font"


@pytest.fixture
def publicity(grids):
    world = allocate_world(grids)
    for amount, voucher, payee in (("1,200.00", "记2026-0001", "商州区文印店"), ("800.50", "", "秦岭物业有限公司")):
        ledger.post_expense(world["public"].uuid, ExpenseInput(
            posted_on=dt.date(2026, 8, 3), amount=amount, voucher=voucher, payee=payee, purpose="publicity",
            description="居务公开栏更新", approver="社区书记"))
    wrong = ledger.post_expense(world["service"].uuid, ExpenseInput(
        posted_on=dt.date(2026, 8, 5), amount="99.00", payee="便民超市", purpose="visits", description="慰问品",
        approver="社区书记"))
    ledger.reverse(wrong.uuid, "重复报销", dt.date(2026, 8, 6))
    return NoticeRequest("fund_publicity", org=grids["com"], period=periods.parse("2026-Q3"))


def test_fund_publicity_reads_back_with_title_figures_and_capital_chinese(publicity, tmp_path):
    done = issue(publicity, today=dt.date(2026, 10, 8))
    text = squeeze(pdf_text(done.pdf, tmp_path))
    assert "东关社区2026年第三季度经费使用情况公示" in text
    assert done.number == "东关社财〔2026〕1号" and done.number in text
    assert "1,200.00" in text and "800.50" in text and "-99.00" in text and "（冲销）" in text
    assert "2,000.50" in text and "人民币贰仟元伍角" in text  # 1,200 + 800.50 + 99 − 99
    assert "阳光小区党支部党建经费" in text and "二〇二六年十月八日" in text and "—1—" in text
    used = pdf_fonts(done.pdf, tmp_path)
    assert used and all(f["emb"] == "yes" for f in used)
    info = PdfReader(stored_path(done.sha256)).metadata
    assert done.font in info.get("/Keywords", "")  # the notice names its font


def test_same_data_gives_the_same_bytes_and_the_same_register_entry(publicity, tmp_path):
    seen = preview(publicity, today=dt.date(2026, 10, 8))
    first = issue(publicity, today=dt.date(2026, 10, 8))
    assert seen.pdf == first.pdf and seen.notice is None
    again = issue(publicity, today=dt.date(2026, 10, 9))
    assert again.notice.uuid == first.notice.uuid and again.pdf == first.pdf
    assert Notice.select().count() == 1
    row = first.notice
    assert (row.kind, row.subject, row.created_by, row.pages) == ("fund_publicity", "东关社区 2026年第三季度 经费使用",
                                                                   "admin", first.pages)
    assert stored_path(row.sha256).read_bytes() == first.pdf


def test_changed_data_gives_a_new_number(publicity, grids):
    first = issue(publicity, today=dt.date(2026, 10, 8))
    fund = next(f for f in __import__("app.funds.funds", fromlist=["x"]).funds_of(grids["com"].path, 2026)
                if f.fund_type == "party")
    ledger.post_expense(fund.uuid, ExpenseInput(posted_on=dt.date(2026, 9, 1), amount="10", payee="书店",
                                                purpose="training", description="学习材料", approver="书记"))
    second = issue(publicity, today=dt.date(2026, 10, 9))
    assert second.number == "东关社财〔2026〕2号" and second.sha256 != first.sha256


def test_a_printed_copy_is_checked_against_the_register(publicity, tmp_path):
    done = issue(publicity, today=dt.date(2026, 10, 8))
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(done.pdf)
    assert verify(copy).number == done.number
    copy.write_bytes(done.pdf.replace(b"/Producer", b"/Producex"))
    with pytest.raises(NotFound, match="改动"):
        verify(copy)


def test_fund_publicity_is_for_a_community(grids):
    with pytest.raises(ValidationError, match="社区"):
        preview(NoticeRequest("fund_publicity", org=grids["sub"], period=periods.parse("2026-Q3")))
    with pytest.raises(ValidationError, match="期间"):
        preview(NoticeRequest("fund_publicity", org=grids["com"]))
