"""出具公示: on the left the kinds (every kind app/notices registers, with its help)
and the parameters the chosen kind needs — the unit (the tab's), the period, the
record; on the right the preview with 预览 (no number is taken), 保存PDF… and 打印…
(both issue the notice: the register gets it). A viewer may preview only."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.notices.kinds import Kind, load, loaded
from ui.kit.widgets import hint_label
from ui.pdf_view import NoticePreview
from ui.tabs.notices.params import NoticePeriodPicker, NoticeRecordPicker, suggested_grain

KeyRole = Qt.ItemDataRole.UserRole + 1


def window_help(text: str) -> str:
    """A kind's help without its command-line part ("…：--org 社区编码 --period 2026-Q3")."""
    for mark in ("：--", ": --"):
        if mark in text:
            return text.split(mark, 1)[0]
    return text


class NoticeComposePage(QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.kinds = QListWidget()
        self._kinds_listed = False  # listed when first shown: the kinds bring reportlab (not needed to start)
        self.help = hint_label("")
        self.unit_label = QLabel()
        self.period = NoticePeriodPicker()
        self.record = NoticeRecordPicker()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Unit:"), self.unit_label)
        self.form.addRow(self.tr("Period:"), self.period)
        self.record_label = QLabel(self.tr("Record:"))
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 4, 4, 0)
        box.addWidget(QLabel(self.tr("Kind of notice")))
        box.addWidget(self.kinds)
        box.addWidget(self.help)
        box.addLayout(self.form)
        box.addWidget(self.record_label)
        box.addWidget(self.record, 1)
        self.filler = QWidget()
        box.addWidget(self.filler, 1)  # keeps the rows up when there is no record list
        self.preview = NoticePreview()
        self.preview_button = self._button(self.tr("Preview"), tab.actions.preview,
                                           self.tr("Render the pages; no number is taken and nothing is registered."))
        self.save_button = self._button(self.tr("Save as PDF…"), tab.actions.save)
        self.print_button = self._button(self.tr("Print…"), tab.actions.print)
        self._writer_tips()
        bar = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            bar.addWidget(button)
        bar.addStretch(1)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(4, 4, 0, 0)
        rbox.addLayout(bar)
        rbox.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.kinds.currentItemChanged.connect(lambda *_a: self._kind_changed())
        self.period.changed.connect(self.parameters_changed)
        self.record.changed.connect(self.parameters_changed)


    def list_kinds(self) -> None:
        """Fill the list of kinds (kinds.load(): every kind module) once."""
        if self._kinds_listed:
            return
        self._kinds_listed = True
        for kind in load().values():
            item = QListWidgetItem(kind.label)
            item.setData(KeyRole, kind.key)
            item.setToolTip(kind.help)
            self.kinds.addItem(item)
        rows = min(max(self.kinds.count(), 4), 12)
        self.kinds.setFixedHeight(self.kinds.sizeHintForRow(0) * rows + 2 * self.kinds.frameWidth() + 4)

    def showEvent(self, event) -> None:
        if loaded():  # else the tab imports them on the runner first, then refreshes this page
            self.list_kinds()
        super().showEvent(event)
    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        button.setToolTip(tip)
        return button

    def _writer_tips(self) -> None:
        may = auth.can("write")
        for button in (self.save_button, self.print_button):
            button.setEnabled(may)
        if may:
            self.save_button.setToolTip(self.tr("Issue the notice (it takes its number and is registered) and save "
                                                "it as a PDF file."))
            self.print_button.setToolTip(self.tr("Issue the notice (it takes its number and is registered) and "
                                                 "print it."))
        else:
            tip = self.tr("Read-only users may preview only: issuing a notice registers it, which needs the right "
                          "to enter data.")
            self.save_button.setToolTip(tip)
            self.print_button.setToolTip(tip)

    # -- the kind and its parameters -----------------------------------------------
    def kind(self) -> Kind | None:
        item = self.kinds.currentItem()
        return load().get(item.data(KeyRole)) if item is not None else None

    def choose_kind(self, key: str) -> bool:
        self.list_kinds()
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KeyRole) == key:
                self.kinds.setCurrentRow(row)
                return True
        return False

    def _kind_changed(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        self.help.setText(window_help(kind.help))
        self.help.setToolTip(kind.help)
        for widget, need in ((self.unit_label, "org"), (self.period, "period")):
            self.form.setRowVisible(widget, need in kind.needs)
        for widget in (self.record_label, self.record):
            widget.setVisible("id" in kind.needs)
        self.filler.setVisible("id" not in kind.needs)
        grain = suggested_grain(kind.help)
        if grain:
            self.period.set_grain(grain)
        self.record.set_scope(kind.key, self.tab.filter())
        self.parameters_changed()

    def refresh(self, root_path: str | None) -> None:
        """The tab's unit changed (or the records did)."""
        self.unit_label.setText(self.tab.unit_name())
        self.list_kinds()
        if self.kinds.currentItem() is None and self.kinds.count():
            self.kinds.setCurrentRow(0)  # the first time the page is shown
        kind = self.kind()
        if kind is not None:
            self.record.kind = ""  # read the records again
            self.record.set_scope(kind.key, root_path)
        self.parameters_changed()

    def parameters_changed(self) -> None:
        """What is shown no longer matches the parameters: say so (the next Preview renders anew)."""
        self.tab.actions.forget_shown()
