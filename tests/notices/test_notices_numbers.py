"""Document numbers and the page a notice is printed on (issue 17, point 12): each kind has its
own 文号 series per unit and year, the unit is named as in the case numbers, a title's last
line never holds one character, and the PDF's creation date is its issue date."""

import datetime as dt
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from app import auth, org
from app.demo.generator import DEMO_PASSWORD
from app.notices import periods
from app.notices.issue import issue, stored_path
from app.notices.kinds import NoticeRequest
from app.session import open_session
from db.models import MediationAgreement, MediationCase, ReviewSession
from tests.notices.test_notices_core import publicity  # noqa: F401 (fixture)

DAY = dt.date(2026, 11, 5)


@pytest.fixture
def demo(small, tmp_path):
    path = tmp_path / "演示 #1 %.sqlite3"
    shutil.copy(small, path)
    open_session(path)
    auth.login("admin", DEMO_PASSWORD)


def test_two_kinds_of_notice_never_share_a_number(demo):
    session = ReviewSession.select().order_by(ReviewSession.month.desc()).first()
    community, month = session.community, periods.parse(session.month)
    quarter = periods.parse(f"{month.year}-Q{(month.start.month - 1) // 3 + 1}")
    review = issue(NoticeRequest("review_results", org=community, period=month), today=DAY)
    funds = issue(NoticeRequest("fund_publicity", org=community, period=quarter), today=DAY)
    assert review.number != funds.number
    assert review.number == f"{org.short_name(community)}社公〔2026〕1号"
    assert funds.number == f"{org.short_name(community)}社财〔2026〕1号"


def test_a_mediation_notice_names_the_committee_as_its_case_number_does(demo):
    case = MediationCase.select().join(MediationAgreement, on=(MediationAgreement.case == MediationCase.uuid)).first()
    done = issue(NoticeRequest("mediation_agreement", record_uuid=case.uuid), today=DAY)
    unit = case.number.split("调〔")[0]
    assert done.notice.number.startswith(f"{unit}社调〔")  # 工农路调〔2026〕… and 工农路社调〔2026〕…


def test_a_long_title_never_leaves_one_character_on_its_last_line(publicity, grids, tmp_path):  # noqa: F811
    org.rename(grids["com"], "新华路社区")  # 新华路社区2026年第三季度经费使用情况公 | 示
    done = issue(publicity, today=dt.date(2026, 10, 8))
    path = tmp_path / "公示 #1.pdf"
    path.write_bytes(done.pdf)
    text = subprocess.run(["pdftotext", "-layout", "-l", "1", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    lines = ["".join(line.split()) for line in text.splitlines() if line.strip()]
    wanted, title = "新华路社区2026年第三季度经费使用情况公示", []
    first = next(i for i, line in enumerate(lines) if line.startswith("新华路社区"))  # under the number
    while "".join(title) != wanted:
        title.append(lines[first + len(title)])
        assert wanted.startswith("".join(title))
    assert len(title) == 2 and all(len(line) >= 2 for line in title), title


def test_the_pdf_is_dated_the_day_it_is_issued(publicity):  # noqa: F811
    done = issue(publicity, today=dt.date(2026, 10, 8))
    info = PdfReader(stored_path(done.sha256)).metadata
    assert info.creation_date.date() == dt.date(2026, 10, 8)
