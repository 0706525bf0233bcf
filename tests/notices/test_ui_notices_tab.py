"""The notices tab (公示与报表) driven like a clerk on a small demo database: the main
window, the org subtree, a preview, saving (the register gets it, verify() finds it),
printing to a PDF file through the printer dialog, a kind made from a record, the
refusal without a Chinese font, a viewer, the report builder, the settings' font."""

import hashlib
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from app import auth, org
from app.demo import DEMO_PASSWORD
from app.notices import fonts, periods
from app.notices.issue import preview as render_preview
from app.notices.issue import stored_path, verify
from app.notices.kinds import NoticeRequest
from app.session import get_value, open_session
from db.models import MediationCase, Notice
from tests.notice_helpers import pdf_text, squeeze
from ui import ask, pdf_view
from ui import settings as opts
from ui.hub import Hub
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.tabs.notices.tab import NoticesTab

COMMUNITY = "611002001001"  # 北街社区 of the small demo


@pytest.fixture
def demo(small, tmp_path):
    """A copy of the small demo, opened, its administrator signed in."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(small, path)
    opened = open_session(path)
    auth.login("admin", DEMO_PASSWORD)
    return opened


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def make_tab(qtbot, runner=None) -> NoticesTab:
    tab = NoticesTab(Hub(), runner)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    return tab


def settle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.busy(), timeout=30000)


def community():
    return org.by_code(COMMUNITY)


def print_to(path: Path):
    """A printer dialog the clerk answers with "print to this PDF file"."""
    def answer(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(72)  # quick; the pages are the same
        return True
    return answer


def test_preview_save_print_and_check_a_file_from_the_window(demo, runner, qtbot, monkeypatch, tmp_path):
    window = MainWindow(demo, runner, opts.Settings())
    qtbot.addWidget(window)
    window.show()
    tab = window.notices_tab
    window.tabs.setCurrentWidget(tab)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Notices and reports"
    assert window.tabs.indexOf(tab) == window.tabs.indexOf(window.exchange_tab) - 1
    qtbot.waitUntil(lambda: not tab.kind_reads.pending(), timeout=30000)  # the kinds imported on the runner
    tab.choose_unit(community().path)  # the org subtree
    assert tab.compose.unit_label.text() == "北街社区"
    assert tab.compose.choose_kind("fund_publicity") and tab.compose.period.grain.currentData() == "quarter"
    tab.compose.period.set_text("2026-Q3")
    expected = render_preview(NoticeRequest("fund_publicity", org=community(), period=periods.parse("2026-Q3")))

    tab.compose.preview_button.click()
    settle(qtbot, tab)
    shown = tab.compose.preview
    assert shown.page_count() == expected.pages >= 2 and expected.number == "北街社财〔2026〕1号"
    assert expected.number in shown.detail.text() and f"{expected.pages} pages" in shown.detail.text()
    assert expected.font in shown.detail.text() and "not registered" in shown.title.text()
    assert Notice.select().count() == 0  # a preview takes no number

    out = tmp_path / "公示.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *a: str(out))
    tab.compose.save_button.click()
    settle(qtbot, tab)
    assert out.read_bytes() == expected.pdf and not Path(f"{out}.part").exists()
    row = verify(out)
    assert (row.number, row.kind, row.pages) == (expected.number, "fund_publicity", expected.pages)
    assert stored_path(row.sha256).exists() and expected.number in tab.message_bar.text.text()

    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(pdf_view, "ask_printer", print_to(printed))
    tab.compose.print_button.click()
    settle(qtbot, tab)
    assert len(PdfReader(printed).pages) == expected.pages
    assert Notice.select().count() == 1  # the same data: the same register entry

    tab.show_page("register")
    register = tab.register
    assert register.model.rowCount() == 1
    entry = register.current()
    assert (entry.number, entry.unit, entry.sha_short) == (expected.number, "北街社区", expected.sha256[:12])
    assert entry.by == auth.current_user().display_name and entry.font == expected.font
    monkeypatch.setattr(ask, "open_file", lambda *a: str(out))
    assert tab.actions.verify_file().uuid == entry.uuid
    assert expected.number in register.result.text() and "公示.pdf" in register.result.text()
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(out.read_bytes().replace(b"/Producer", b"/Producex"))
    monkeypatch.setattr(ask, "open_file", lambda *a: str(changed))
    assert tab.actions.verify_file() is None and "改动" in register.result.text()

    tab.choose_unit(org.by_code("611002001002").path)  # another community: its register is empty
    assert register.model.rowCount() == 0
    tab.choose_unit(community().path)
    assert tab.actions.reopen(register.current())
    assert tab.pages.currentWidget() is tab.compose and shown.page_count() == expected.pages
    assert "reopened" in shown.title.text() and tab.actions.shown.registered


def test_a_notice_made_from_a_record(demo, qtbot, monkeypatch, tmp_path):
    tab = make_tab(qtbot)
    tab.choose_unit(community().path)
    compose = tab.compose
    assert compose.choose_kind("mediation_agreement")
    assert not compose.period.isVisible() and compose.record.isVisible()
    picker = compose.record
    cases = picker.model.rowCount()
    assert cases and all("北街调" in picker.model.record_at(i).number for i in range(cases))
    number = picker.model.record_at(0).number
    picker.search.setText(number[-6:])
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    assert picker.current_text() == number
    tab.actions.preview()
    assert compose.preview.page_count() >= 1 and "北街社调〔2026〕" in compose.preview.detail.text()
    assert number in squeeze(pdf_text(compose.preview.pdf, tmp_path))  # made from the chosen case

    picker.search.setText("没有这样的纠纷")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 0)
    tab.actions.preview()
    assert compose.preview.page_count() == 0 and "record" in compose.preview.message.text()

    picker.search.setText("")
    qtbot.waitUntil(lambda: picker.model.rowCount() == cases)
    gone = picker.model.record_at(0)
    MediationCase.update(deleted=True).where(MediationCase.uuid == gone.uuid).execute()
    tab.actions.preview()  # removed meanwhile: the kind's message, no empty preview
    assert compose.preview.page_count() == 0 and compose.preview.message.text()
    assert compose.preview.message.text() == tab.message_bar.text.text()

    assert compose.choose_kind("order_slip") and compose.record.model.rowCount() > 0
    out = tmp_path / "工单.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *a: str(out))
    tab.actions.save()
    notice = Notice.get()
    assert (notice.kind, notice.record_uuid) == ("order_slip", compose.record.current_uuid())
    assert verify(out).uuid == notice.uuid

def test_without_a_chinese_font_the_clerk_is_told_what_to_install(demo, qtbot, monkeypatch, tmp_path):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setattr(fonts, "font_dirs", lambda: [empty])
    assert not get_value(fonts.SETTING_KEY)
    tab = make_tab(qtbot)
    tab.choose_unit(community().path)
    tab.compose.choose_kind("fund_publicity")
    tab.compose.period.set_text("2026-Q3")
    tab.actions.preview()
    preview = tab.compose.preview
    assert preview.page_count() == 0 and not preview.showing_pages()
    assert "中文字体" in preview.message.text() and "中文字体" in tab.message_bar.text.text()
    monkeypatch.setattr(ask, "save_file", lambda *a: str(tmp_path / "x.pdf"))
    tab.actions.save()
    assert Notice.select().count() == 0 and not (tmp_path / "x.pdf").exists()


def test_a_viewer_may_preview_only(demo, qtbot, monkeypatch):
    viewer = auth.create_user("viewer1", "只读用户", "viewer", "password-1")
    auth.set_current_user(viewer)
    tab = make_tab(qtbot)
    tab.choose_unit(community().path)
    compose = tab.compose
    assert not compose.save_button.isEnabled() and not compose.print_button.isEnabled()
    assert "preview only" in compose.save_button.toolTip() and not tab.reports.pdf_button.isEnabled()
    compose.choose_kind("fund_publicity")
    compose.period.set_text("2026-Q3")
    tab.actions.preview()
    assert compose.preview.page_count() >= 2
    assert not compose.save_button.isEnabled()  # still, after the preview
    monkeypatch.setattr(ask, "save_file", lambda *a: pytest.fail("no save dialog for a viewer"))
    monkeypatch.setattr(pdf_view, "ask_printer", lambda *a: pytest.fail("no printer dialog for a viewer"))
    assert tab.actions.save() is None and tab.actions.print() is None
    assert Notice.select().count() == 0 and tab.message_bar.text.text()


def test_reports_to_pdf_and_excel(demo, runner, qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    tab = make_tab(qtbot, runner)
    tab.choose_unit(org.by_code("611002001").path)
    tab.show_page("reports")
    page = tab.reports
    page.kind.setCurrentIndex(page.kind.findData("quarterly"))
    page.period.set_text("2026-Q3")
    assert page.pdf_button.isEnabled() and page.excel_button.isEnabled()
    pdf, xlsx = tmp_path / "季报.pdf", tmp_path / "季报.xlsx"
    monkeypatch.setattr(ask, "save_file", lambda *a: str(pdf if a[-1].startswith("PDF") else xlsx))
    assert page.make_pdf() == str(pdf)
    notice = Notice.get()
    assert notice.kind == "work_report" and hashlib.sha256(pdf.read_bytes()).hexdigest() == notice.sha256
    assert page.make_excel() == str(xlsx) and load_workbook(xlsx).active.max_row > 5
    assert str(xlsx) in tab.message_bar.text.text()


def test_models_pass_the_model_tester(demo, qtbot, qtmodeltester, monkeypatch, tmp_path):
    tab = make_tab(qtbot)
    tab.choose_unit(community().path)
    tab.compose.choose_kind("deliberation_minutes")
    assert tab.compose.record.model.rowCount() > 0
    qtmodeltester.check(tab.compose.record.model)
    tab.compose.choose_kind("fund_publicity")
    monkeypatch.setattr(ask, "save_file", lambda *a: str(tmp_path / "a.pdf"))
    for period in ("2026-Q2", "2026-Q3"):
        tab.compose.period.set_text(period)
        tab.actions.save()
    tab.show_page("register")
    assert tab.register.model.rowCount() == 2
    assert tab.register.model.row_at(0).number.endswith("2号")  # newest first
    qtmodeltester.check(tab.register.model)


def test_the_administrator_chooses_the_notice_font(demo, qtbot, monkeypatch, tmp_path):
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(opts.Settings())
    qtbot.addWidget(dialog)
    assert dialog.font_path is not None and fonts.resolve().describe() in dialog.font_used.text()
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"not a font")
    monkeypatch.setattr(ask, "open_file", lambda *a: str(bad))
    assert not dialog.choose_font() and "不能用于公示" in dialog.font_error.text()
    good = tmp_path / "mine.ttc"
    good.write_bytes(Path(fonts.resolve().body.path).read_bytes())
    monkeypatch.setattr(ask, "open_file", lambda *a: str(good))
    assert dialog.choose_font() and dialog.font_error.isHidden()
    assert "only without one" in dialog.font_used.text()  # the installed font still comes first
    dialog.accept()
    assert get_value(fonts.SETTING_KEY) == str(good)

    staff = auth.create_user("staff1", "办事员", "staff", "password-1")
    auth.set_current_user(staff)
    plain = SettingsDialog(opts.Settings())
    qtbot.addWidget(plain)
    assert plain.font_path is None
