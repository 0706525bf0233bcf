"""The user manual's screenshots, taken by the test suite at 1366×768 on the `small` demo in
Chinese, so they show the window as it is (docs/manual/img/; the tab pictures also replace
docs/screenshots/). The manual opens with F1 and 帮助 → 使用手册, at the chapter of the tab
on show, and every picture it names exists (issue 17, point 17)."""

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from tests.demo_window import SIZE, demo_window
from ui import i18n
from ui.app import make_application
from ui.dialogs.manual import ManualWindow, manual_index
from ui.runner import Runner

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "docs" / "manual" / "img"
SCREENSHOTS = ROOT / "docs" / "screenshots"
# picture -> (tab, page) in the window; the second name is its copy in docs/screenshots/
TABS = {
    "home": ("dashboard", None, ("dashboard", "main-window")),
    "grid-residents": ("grid", "residents", ("grid-tab",)),
    "grid-groups": ("grid", "groups", ("grid-groups",)),
    "orders-requests": ("orders", "requests", ("orders-requests",)),
    "orders-needs": ("orders", "needs", ()),
    "orders-board": ("orders", "board", ("orders-board",)),
    "orders-reviews": ("orders", "reviews", ("orders-reviews",)),
    "mediation-cases": ("mediation", "cases", ("mediation-cases",)),
    "mediation-meetings": ("mediation", "meetings", ()),
    "funds": ("funds", "ledger", ("funds",)),
    "support": ("support", "proxy", ("support",)),
    "notices": ("notices", "compose", ("notices",)),
    "exchange-import": ("exchange", "import", ("exchange-import",)),
    "exchange-sites": ("exchange", "sites", ("exchange-sites",)),
}


@pytest.fixture(scope="module")
def chinese():
    app = make_application()
    i18n.install("zh_CN")
    yield app
    i18n.remove()
    app.setApplicationDisplayName("")


@pytest.fixture
def window(small, tmp_path, chinese, qtbot):
    w, runner = demo_window(small, tmp_path, qtbot)
    qtbot.waitExposed(w)
    yield w
    runner.shutdown()


def idle(qtbot, window) -> None:
    """Until the window is quiet: what the switch asked for posted and handled (lazy pages built, their reads
    submitted), every job delivered, and the layouts of what arrived done."""
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
    QApplication.sendPostedEvents()


def save(picture, name: str, copies=()) -> None:
    """Kept unless the window looks different: a few changed rows (a computing time, a key's
    fingerprint, a date) leave the stored picture alone, so a test run does not churn the files."""
    IMAGES.mkdir(parents=True, exist_ok=True)
    path = IMAGES / f"{name}.png"
    if path.exists() and changed_rows(QImage(str(path)), picture.toImage()) <= 0.05:
        return
    assert picture.save(str(path))
    for copy in copies:
        shutil.copyfile(path, SCREENSHOTS / f"{copy}.png")


def changed_rows(old: QImage, new: QImage) -> float:
    """The share of pixel rows that differ (1.0 for another size)."""
    if old.size() != new.size():
        return 1.0
    old, new = (image.convertToFormat(QImage.Format.Format_RGB32) for image in (old, new))
    width = old.bytesPerLine()
    a, b = bytes(old.constBits()), bytes(new.constBits())
    rows = old.height()
    return sum(a[r * width:(r + 1) * width] != b[r * width:(r + 1) * width] for r in range(rows)) / rows


def test_the_tabs_are_photographed_at_1366x768(window, qtbot):
    for name, (tab, page, copies) in TABS.items():
        widget = getattr(window, f"{tab}_tab")
        window.tabs.setCurrentWidget(widget)
        if page:
            widget.show_page(page)
        idle(qtbot, window)
        picture = window.grab()
        assert (picture.width(), picture.height()) == SIZE
        save(picture, name, copies)


def test_the_dialogs_of_the_first_week_are_photographed(window, qtbot, tmp_path):
    from ui.dialogs.first_run import FirstRunWizard
    from ui.dialogs.login import LoginDialog
    from ui.tabs.mediation.case_dialogs import CaseDialog
    from ui.tabs.orders.request_dialogs import RequestDialog

    root = window.session.site.org_unit.path
    runner = Runner()
    try:
        for name, dialog in (("first-start", FirstRunWizard(tmp_path / "新站.sqlite3", runner)),
                             ("sign-in", LoginDialog(window.session.site.name, "admin")),
                             ("new-request", RequestDialog(root)), ("new-case", CaseDialog(root))):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            # active, its first field focused (and drawn so), its layouts done before the picture
            qtbot.waitUntil(lambda d=dialog: d.isActiveWindow() and QApplication.focusWidget() is not None)
            QApplication.sendPostedEvents()
            save(dialog.grab(), name)
            dialog.close()
    finally:
        runner.shutdown()


def test_f1_opens_the_manual_at_the_chapter_of_the_tab(window, qtbot):
    assert window.manual_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.manual_action.text().startswith("使用手册")
    window.tabs.setCurrentWidget(window.orders_tab)
    window.manual_action.trigger()
    manual = window.manual
    qtbot.waitExposed(manual)
    text = manual.browser.toPlainText()
    assert "网格治理工作台使用手册" in text and "出了问题怎么办" in text and "数据交换" in text
    assert manual.browser.textCursor().selectedText() == "四单管理"  # its chapter
    manual.close()


def test_every_picture_the_manual_names_exists_and_loads(qtbot):
    text = manual_index().read_text(encoding="utf-8")
    named = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert {Path(n).stem for n in named} >= set(TABS) | {"first-start", "sign-in", "new-request", "new-case"}
    manual = ManualWindow()
    qtbot.addWidget(manual)
    document = manual.browser.document()
    for name in named:
        assert (manual_index().parent / name).is_file(), name
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
