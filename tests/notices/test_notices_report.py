"""The work report 工作统计报表 as a notice, read back from the PDF: the 版头 and 文号, the
title, the chapter headings, every figure as the report formats it, the funds' totals in
capital Chinese, the charts drawn (pixels of their colours on the rendered pages), every
font embedded, and the same bytes from the same data."""

import datetime as dt
import io
import subprocess
from collections import namedtuple

import pytest
from PIL import Image
from reportlab.graphics import renderPDF

from app import auth
from app.errors import ValidationError
from app.funds import money
from app.notices import periods
from app.notices.fonts import resolve
from app.notices.issue import preview
from app.notices.kinds import NoticeRequest, load
from app.reports import charts
from app.reports.builder import build_report, to_pdf
from app.reports.figures import change_text, text
from app.session import close_session, open_session
from db.models import Level, Notice, OrgUnit
from tests.cli_helpers import cli
from tests.notice_helpers import pdf_fonts, pdf_text, squeeze

DAY = dt.date(2026, 11, 5)
_Month = namedtuple("_Month", "label quick_completion_rate service_completion_rate")


@pytest.fixture
def opened(small):
    open_session(small)
    auth.act_as_command_line()
    yield small
    close_session()


def page_of(pdf_path, pages: int, needle: str) -> int:
    for page in range(1, pages + 1):
        out = subprocess.run(["pdftotext", "-raw", "-f", str(page), "-l", str(page), str(pdf_path), "-"],
                             check=True, capture_output=True, text=True).stdout
        if needle in squeeze(out):
            return page
    raise AssertionError(f"{needle} not found")


def pixels_like(pdf_path, page: int, color, tolerance: int = 30) -> int:
    png = subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(page), "-l", str(page), str(pdf_path)],
                         check=True, capture_output=True).stdout
    image = Image.open(io.BytesIO(png)).convert("RGB")
    target = (int(color.red * 255), int(color.green * 255), int(color.blue * 255))
    data = image.tobytes()
    return sum(1 for i in range(0, len(data), 3)
               if all(abs(data[i + k] - target[k]) <= tolerance for k in range(3)))


def test_the_district_report_reads_back_with_its_head_headings_and_figures(opened, tmp_path):
    report = build_report("611002", "yearly", "2025")
    done = to_pdf(report, register=False, today=DAY)
    body = squeeze(pdf_text(done.pdf, tmp_path))
    assert done.number == "商州区报〔2026〕1号" and done.number in body
    assert "商州区人民政府办公室" in body and "商州区2025年工作统计报表" in body and "上期为2024年" in body
    for heading in ("一、组织体系", "二、四单管理", "三、三治共促", "（一）自治", "（二）德治", "（三）法治", "四、四重支持",
                    "五、经费保障", "六、统计图"):
        assert heading in body, heading
    for row in report.rows():
        line = squeeze(row.label + text(row.kind, row.value) + text(row.kind, row.previous)
                       + change_text(row.kind, row.change))
        assert line in body, line
    allocated = report.row("funds.allocated").value
    assert f"{money.yuan(allocated)}人民币{money.capital(allocated)}" in body
    assert "图1" in body and "图3" in body and "二〇二六年十一月五日" in body


def test_the_charts_are_drawn(opened, tmp_path):
    done = to_pdf(build_report("611002", "yearly", "2025"), register=False, today=DAY)
    path = tmp_path / "report.pdf"
    path.write_bytes(done.pdf)
    bars = page_of(path, done.pages, "图1")
    assert pixels_like(path, bars, charts.BLUE) > 2000  # twelve filled bars (a line alone gives a few hundred)
    lines = page_of(path, done.pages, "图2")
    assert pixels_like(path, lines, charts.ORANGE) > 60  # the service-completion line
    funds = page_of(path, done.pages, "图3")
    assert pixels_like(path, funds, charts.ORANGE) > 150 and pixels_like(path, funds, charts.BLUE) > 150
    assert pixels_like(path, 1, charts.BLUE) == 0  # page 1 holds tables only: the count tells charts apart


def test_every_font_is_embedded(opened, tmp_path):
    done = to_pdf(build_report("611002001", "quarterly", "2026-Q3"), register=False, today=DAY)
    used = pdf_fonts(done.pdf, tmp_path)
    assert used and all(f["emb"] == "yes" for f in used)
    assert not any("Helvetica" in f["name"] for f in used)


def test_same_data_same_bytes_and_the_register_has_it(opened):
    report = build_report("611002001", "quarterly", "2026-Q3")
    first = to_pdf(report, register=False, today=DAY)
    again = to_pdf(build_report("611002001", "quarterly", "2026-Q3"), register=False, today=DAY)
    assert first.pdf == again.pdf
    issued = to_pdf(report, today=DAY)
    assert issued.pdf == first.pdf and issued.number == "城关街报〔2026〕1号"
    row = Notice.get(Notice.sha256 == issued.sha256)
    assert (row.kind, row.period, row.subject) == ("work_report", "2026-Q3", "城关街道 2026年第三季度 工作统计报表")
    assert to_pdf(report, today=dt.date(2026, 11, 9)).notice.uuid == row.uuid  # unchanged data: the same entry


def test_a_community_report_has_no_subdistrict_rows(opened, tmp_path):
    request = NoticeRequest("work_report", org=OrgUnit.get(OrgUnit.code == "611002001001"),
                            period=periods.parse("2026-09"))
    body = squeeze(pdf_text(preview(request, today=DAY).pdf, tmp_path))
    assert "北街社区居民委员会" in body and "北街社区2026年9月工作统计报表" in body and "上期为2026年8月" in body
    assert "街道办事处（个）" not in body and "街道行政编制" not in body and "片区（个）" in body


def test_the_kind_is_listed_and_needs_an_org_unit_of_a_level_it_serves(opened):
    assert "work_report" in load() and load()["work_report"].label == "工作统计报表"
    zone = OrgUnit.get(OrgUnit.level == int(Level.ZONE))
    with pytest.raises(ValidationError, match="区、街道或社区"):
        preview(NoticeRequest("work_report", org=zone, period=periods.parse("2026")))
    with pytest.raises(ValidationError, match="期间"):
        preview(NoticeRequest("work_report", org=zone))


@pytest.mark.parametrize("period", ["2026-11", "2026-Q4", "2026"])
def test_a_new_site_without_records_gets_its_report(tmp_path, period):
    """A site created today has no request, order or fund yet: its first work report is
    issued (every rate 无), not a crash inside the chart code."""
    folder = tmp_path / "新站点 #1 %20"
    folder.mkdir()
    db = folder / "城关 街道.sqlite3"
    made = cli(folder / "data", "init", "--db", db, "--site-name", "城关街道", "--level", "subdistrict",
               "--admin", "admin", stdin="Passw0rd!Passw0rd\n")
    assert made.returncode == 0, made.stderr
    out = folder / f"报表 {period}.pdf"
    done = cli(folder / "data", "notice", "work_report", "--db", db, "--org", "611002001", "--period", period,
               "--out", out)
    assert done.returncode == 0, done.stderr
    body = squeeze(pdf_text(out.read_bytes(), tmp_path))
    assert "城关街道" in body and "工作统计报表" in body and "图2" in body


def test_a_rate_with_one_month_is_drawn_as_its_marker():
    months = [_Month(f"{m}月", 0.9 if m == 11 else None, None) for m in range(1, 13)]
    drawing = charts.rates_chart(months, resolve())
    assert renderPDF.drawToString(drawing).startswith(b"%PDF")
