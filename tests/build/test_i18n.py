"""Every user-visible string has a Chinese translation, and the app starts in Chinese."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import i18n as build_i18n  # noqa: E402

TS = ROOT / "resources" / "i18n" / "griddesk_zh_CN.ts"


def test_every_message_is_translated(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([build_i18n.tool("pyside6-lupdate"), *build_i18n.source_files(), "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    problems = []
    for context in ET.parse(copy).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                problems.append(f"{name}: {message.findtext('source')!r}")
    assert not problems, "untranslated (run build/i18n.py --update and fill them in):\n" + "\n".join(problems)


@pytest.fixture
def chinese():
    subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "--if-missing"], check=True)
    from ui import i18n
    installed = i18n.install("zh_CN")
    yield installed
    i18n.remove()


def test_the_window_starts_in_chinese(chinese, session, qtbot):
    from ui import settings as opts
    from ui.main_window import MainWindow
    from ui.runner import Runner

    assert len(chinese) == 2  # qtbase_zh_CN and ours
    runner = Runner()
    window = MainWindow(session, runner, opts.Settings())
    qtbot.addWidget(window)
    try:
        assert [window.tabs.tabText(i) for i in range(2)] == ["首页", "网格管理"]
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        assert "管理员" in window.status.user.text()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        runner.shutdown()
