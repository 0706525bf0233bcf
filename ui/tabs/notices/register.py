"""出具登记: every notice issued for the chosen unit's subtree, newest first — kind,
number, subject, unit, date, by whom, pages, font and the start of its SHA-256 —
with 重新打开 (the stored file in the preview) and 核对文件… (is this PDF one we
issued, unchanged?), whose answer stays under the table."""

from PySide6.QtWidgets import QLabel

from app.notices.kinds import load
from app.notices.records import register, register_row
from ui.kit.page import Page
from ui.tabs.notices.models import NoticeRegisterModel

WIDTHS = (110, 170, 260, 110, 90, 80, 50, 170)


class NoticeRegisterPage(Page):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.model = NoticeRegisterModel(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        for column, width in enumerate(WIDTHS):
            self.view.setColumnWidth(column, width)
        self.reopen_button = self.button(self.tr("Reopen"), lambda: tab.actions.reopen(self.current()),
                                         self.tr("Show the file as it was issued in the preview, to print or save "
                                                 "it again."))
        self.verify_button = self.button(self.tr("Check a file…"), lambda: tab.actions.verify_file(),
                                         self.tr("Choose a PDF: is it a notice this system issued, unchanged?"))
        self.finish_bar()
        self.activated.connect(lambda: tab.actions.reopen(self.current()))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        self.layout().addWidget(self.result)

    def refresh(self, root_path: str | None) -> None:
        keep = self.current()
        labels = {key: kind.label for key, kind in load().items()}
        self.model.set_rows(register(root_path, labels))
        self.info.setText(self.tr("%1 notices issued").replace("%1", str(self.model.rowCount())))
        row = self.model.row_of(keep.uuid) if keep else -1
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("color: #b3261e; font-weight: bold;" if error else "color: #1e7e34; font-weight: bold;")
        self.result.show()

    def show_match(self, notice, file_name: str) -> None:
        """The register entry of a checked file: say so, and select it if it is in the list."""
        row = register_row(notice, {key: kind.label for key, kind in load().items()})
        self.show_result(self.tr("%1 matches the register: %2 “%3”, issued on %4 by %5 (%6 pages).")
                         .replace("%1", file_name).replace("%2", row.number).replace("%3", row.subject)
                         .replace("%4", str(row.issued_on)).replace("%5", row.by).replace("%6", str(row.pages)))
        found = self.model.row_of(row.uuid)
        if found >= 0:
            self.view.setCurrentIndex(self.model.index(found, 0))
