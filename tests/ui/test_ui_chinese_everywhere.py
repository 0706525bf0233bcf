"""Chinese everywhere (issue 17, point 10): every window title and the visible text of every
tab, page and dialog a clerk can open from the window — every menu item and every button
clicked in turn on the demo data — holds no Latin word but names (GridDesk, Excel, PDF…);
Qt's own dialogs speak Chinese too, and no title repeats the application's name."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from tests.demo_window import demo_window
from ui import i18n
from ui.app import make_application
from ui.runner import Runner

NAMES = {"GridDesk", "Excel", "PDF", "USB", "ID", "UUID", "SHA", "Qt", "PySide", "Python", "TrueType", "Ctrl",
         "Shift", "Alt", "Tab", "Esc", "Del", "Enter", "WPS", "admin",
         "WenQuanYi", "Micro", "Hei", "Noto", "Sans", "Serif", "CJK", "SC"}  # font names
NOT_WORDS = re.compile(r"\b[0-9A-F]{8,}\b|(?:\b[0-9A-F]{4}\b[ -]?){3,}|<[^>]+>|&[a-z]+;|\([^()]*\*\.[^()]*\)|\S*[/\\]\S*|\S+\.(sqlite3|xlsx|pdf|json|gdb|log)\b"
                       r"|\b[A-Z]{1,3}-\d[\w-]*|\b\d+(\.\d+)+\w*")


def latin(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", NOT_WORDS.sub(" ", text or ""))) - NAMES


def chrome(widget: QWidget) -> list[str]:
    """The words on a window that are the program's own: titles, labels, buttons, headers, hints."""
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel):
            texts.append(child.text())
        elif isinstance(child, QAbstractButton):
            texts += [child.text(), child.toolTip()]
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QHeaderView) and child.orientation() == Qt.Orientation.Horizontal and child.model():
            model = child.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(child.count())]
    return texts


class Seen:
    def __init__(self):
        self.found: dict[str, set[str]] = {}
        self.titles: list[str] = []

    def check(self, where: str, texts: list[str]) -> None:
        for text in texts:
            words = latin(text)
            if words:
                self.found.setdefault(where, set()).update(words | {f"«{text[:60]}»"})

    def dialog(self, dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        self.titles.append(dialog.windowTitle())
        self.check(f"{type(dialog).__name__} «{dialog.windowTitle()}»", chrome(dialog))
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)


@pytest.fixture
def seen(monkeypatch):
    s = Seen()
    from PySide6 import QtPrintSupport, QtWidgets
    for cls in (QDialog, *(c for m in (QtWidgets, QtPrintSupport) for c in vars(m).values()
                           if isinstance(c, type) and issubclass(c, QDialog) and "exec" in vars(c))):
        monkeypatch.setattr(cls, "exec", lambda dialog: s.dialog(dialog))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a, _n=name: (s.titles.append(title), s.check(f"QMessageBox.{_n}", [title, text]),
                                                      QMessageBox.StandardButton.No)[-1]))
    for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(
            lambda parent, title="", folder="", filters="", *a, **k: (
                s.check(f"file dialog «{title}»", [title, filters]), ([] if False else "", ""))[-1]))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
        lambda parent, title="", *a, **k: (s.check(f"folder dialog «{title}»", [title]), "")[-1]))
    return s


@pytest.fixture
def window(small, tmp_path, seen, qtbot):
    app = make_application()
    i18n.install("zh_CN")
    w, runner = demo_window(small, tmp_path, qtbot)
    yield w
    runner.shutdown()
    i18n.remove()
    app.setApplicationDisplayName("")


def pages(window):
    """Every tab and every page inside it, made current in turn."""
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        tab = window.tabs.currentWidget()
        inner = [w for w in tab.findChildren(QTabWidget) if w.isVisibleTo(tab)]
        if not inner:
            yield window.tabs.tabText(i)
        for sub in inner[:1]:
            for j in range(sub.count()):
                sub.setCurrentIndex(j)
                yield f"{window.tabs.tabText(i)} › {sub.tabText(j)}"


def test_every_window_and_dialog_speaks_chinese(window, seen, qtbot):
    for action in [a for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                   for a in menu.actions()]:
        if action.text() and not action.isSeparator() and "退出" not in action.text():
            action.trigger()
    for where in pages(window):
        QApplication.processEvents()
        seen.check(where, chrome(window))
        page = window.tabs.currentWidget()
        for button in [b for b in page.findChildren(QPushButton) if b.isVisible() and b.isEnabled() and not b.menu()]:
            button.click()
            QApplication.processEvents()
    seen.titles.append(window.windowTitle())
    assert not seen.found, "\n".join(f"{k}: {sorted(v)}" for k, v in seen.found.items())
    assert all(shown(title).count(NAME) == 1 and "GridDesk" not in title for title in seen.titles), \
        [shown(t) for t in seen.titles if shown(t).count(NAME) != 1 or "GridDesk" in t]


NAME = "网格治理工作台"


def shown(title: str) -> str:
    """A title as the window manager shows it: Qt adds the application's name unless it ends with it."""
    return title if title.endswith(NAME) else f"{title} — {NAME}" if title else NAME


def test_the_first_start_and_the_sign_in_speak_chinese(seen, small, tmp_path, qtbot, monkeypatch):
    from ui.dialogs.first_run import FirstRunWizard
    from ui.dialogs.login import LoginDialog

    make_application()
    i18n.install("zh_CN")
    runner = Runner()
    try:
        wizard = FirstRunWizard(tmp_path / "新站 #1 %.sqlite3", runner)
        qtbot.addWidget(wizard)
        wizard.show()
        seen.titles.append(wizard.windowTitle())
        for page in (FirstRunWizard.CHOICE, FirstRunWizard.SITE, FirstRunWizard.DEMO, FirstRunWizard.JOIN):
            wizard.setStartId(page)
            wizard.restart()
            seen.check(f"first start, page {page}", chrome(wizard))
        wizard.join_page.choose()  # the enrolment file's filter
        login = LoginDialog("商州区")
        qtbot.addWidget(login)
        login.show()
        seen.titles.append(login.windowTitle())
        seen.check("sign in", chrome(login))
    finally:
        runner.shutdown()
        i18n.remove()
    assert not seen.found, "\n".join(f"{k}: {sorted(v)}" for k, v in seen.found.items())
    assert all(shown(title).count(NAME) == 1 and "GridDesk" not in title for title in seen.titles), seen.titles


def test_qt_s_own_dialogs_are_chinese(qtbot):
    make_application()
    i18n.install("zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        i18n.remove()
