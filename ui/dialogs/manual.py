"""帮助 → 使用手册 (F1): the Chinese user manual, docs/manual/index.md with its screenshots,
shown as formatted text in a window beside the workbench (not modal: the clerk reads and
works at once). Links to other pages of the manual open inside it; web links outside."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.paths import manual_dir


def manual_index() -> Path:
    return manual_dir() / "index.md"


class ManualWindow(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User manual"))
        self.resize(980, 700)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        index = manual_index()
        if index.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(index)))
        else:
            self.browser.setPlainText(self.tr("The user manual was not found at %1. Please reinstall the program "
                                              "or ask your administrator for the manual.").replace("%1", str(index)))

    def _follow(self, url: QUrl) -> None:
        if url.isLocalFile() or url.isRelative():
            self.browser.setSource(url if not url.isRelative() else self.browser.source().resolved(url))
        else:
            QDesktopServices.openUrl(url)

    def find(self, heading: str) -> bool:
        """Scroll to the first line holding `heading` (the tabs' F1 opens their chapter)."""
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        return self.browser.find(heading)

    @classmethod
    def show_manual(cls, parent: QWidget | None = None, heading: str = "") -> "ManualWindow":
        window = cls(parent)
        window.show()
        if heading:
            window.find(heading)
        return window
