"""点单 dialogs: log a new request (the resident from the roster or typed in; a
similar open request is offered for merging first), classify it, and record a
department's feedback on a transferred one."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import EXPECTED, user_message
from app.orders import lists, requests
from app.orders.catalogue import CHANNELS, KINDS, URGENCIES, categories
from app.orders.requests import RequestInput
from ui.kit.fields import combo, text_box
from ui.kit.form_dialog import FormDialog
from ui.kit.resident_picker import ResidentPicker
from ui.kit.table_model import local_time
from ui.kit.text_limits import limit_fields
from ui.kit.widgets import hint_label, searchable, set_error


class RequestDialog(FormDialog):
    """Result: (uuid, merged into another request?)."""

    def __init__(self, root_path: str | None, grid_uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("New request"), parent)
        self.setMinimumWidth(560)
        self.root_path, self.merge_into = root_path, None
        self.grid = self.add_field(self.tr("Grid:"), searchable(QComboBox()), "grid")  # among hundreds
        for unit in lists.units(root_path, 4):
            if unit.level == 4:
                self.grid.addItem(unit.name, unit.uuid)
        self.grid.setCurrentIndex(max(0, self.grid.findData(grid_uuid)) if grid_uuid else 0)
        self.picker = ResidentPicker(self, root_path, self.tr("Name, phone or address in the roster"),
                                     self.tr("(not in the roster: type name and phone below)"),
                                     ("phone_masked", "grid_name", "address"))
        self.find = self.picker.find
        self.add_field(self.tr("Find resident:"), self.picker.row)
        self.resident = self.add_field(self.tr("Resident:"), self.picker.combo, "resident")
        self.resident.currentIndexChanged.connect(self._resident_chosen)
        self.picker.found.connect(self._found)
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "requester_name")
        self.phone = self.add_field(self.tr("Phone:"), QLineEdit(), "requester_phone")
        self.channel = self.add_field(self.tr("Channel:"), combo(CHANNELS), "channel")
        self.category = self.add_field(self.tr("Category:"), combo(categories()), "category")
        self.category.insertItem(0, self.tr("(choose a category)"), "")
        self.category.setCurrentIndex(0)  # chosen by the clerk, never a default
        self.urgency = self.add_field(self.tr("Urgency:"), combo(URGENCIES, "normal"), "urgency")
        self.content = self.add_field(self.tr("Content:"), text_box(90), "content")
        limit_fields(self, RequestInput, requester_name=self.name, requester_phone=self.phone)
        self.content.setPlaceholderText(self.tr("What, where, and what the resident hopes for"))
        files_row = QWidget()
        files_layout = QHBoxLayout(files_row)
        files_layout.setContentsMargins(0, 0, 0, 0)
        self.files_label = QLineEdit()
        self.files_label.setReadOnly(True)
        self.files_label.setPlaceholderText(self.tr("No photos or documents"))
        add_files = QPushButton(self.tr("Add…"))
        add_files.clicked.connect(self.add_files)
        files_layout.addWidget(self.files_label, 1)
        files_layout.addWidget(add_files)
        self.attachments: list[str] = []
        self.add_field(self.tr("Attachments:"), files_row, "attachments")

    def add_files(self) -> None:
        from ui import ask

        chosen = ask.open_paths(self, self.tr("Photos or documents"),
                                self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.txt)"))
        self.attachments += [p for p in chosen if p not in self.attachments]
        from pathlib import Path
        self.files_label.setText("、".join(Path(p).name for p in self.attachments))

    def find_resident(self) -> None:
        self.picker.search()

    def _found(self, count: int) -> None:
        if count == 1:
            self._resident_chosen()
        elif count:  # several: the clerk picks one, nothing is picked for them
            set_error(self.errors["resident"], self.tr("%1 residents found: choose one in the list.")
                      .replace("%1", str(count)))
        else:
            set_error(self.errors["resident"], self.tr("Nobody found; type the name and phone instead."))

    def choose_resident(self, uuid: str) -> None:
        self.picker.choose(uuid)

    def _resident_chosen(self, *_args) -> None:
        chosen = self.picker.uuid()
        self.name.setEnabled(chosen is None)
        self.phone.setEnabled(chosen is None)
        set_error(self.errors["resident"], "")
        if chosen:
            self.grid.setCurrentIndex(max(0, self.grid.findData(self.picker.grid_uuid())))

    def data(self) -> RequestInput:
        index = self.grid.findText(self.grid.currentText())
        return RequestInput(grid_uuid=self.grid.itemData(index) if index >= 0 else "",
                            content=self.content.toPlainText(), category=self.category.currentData(),
                            channel=self.channel.currentData(), urgency=self.urgency.currentData(),
                            resident_uuid=self.picker.uuid(), requester_name=self.name.text(),
                            requester_phone=self.phone.text())

    def accept(self) -> None:
        """Before saving: offer to merge into a similar open request of the same grid and category."""
        try:
            similar = requests.similar_open(self.data())
        except EXPECTED as exc:
            set_error(self.errors["general"], user_message(exc))
            return
        self.merge_into = None
        if similar:
            choice = MergeDialog.ask(similar, parent=self)
            if choice is None:
                return
            self.merge_into = choice or None
        super().accept()

    def save(self) -> tuple[str, bool]:
        if not self.grid.currentData() or self.grid.findText(self.grid.currentText()) < 0:
            from app.errors import ValidationError
            raise ValidationError(self.tr("Please choose the grid the request comes from."), field="grid")
        return (requests.log(self.data(), merge_into=self.merge_into, attachments=self.attachments).uuid,
                self.merge_into is not None)


class MergeDialog(QDialog):
    """Similar open requests: merge into one (returns its uuid), save as new (""), or go back (None)."""

    def __init__(self, similar: list[requests.Request], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Similar open requests"))
        self.setMinimumWidth(640)
        self.similar, self.result_value = list(similar), None
        self.table = QTableWidget(len(self.similar), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Received"), self.tr("Requester"),
                                              self.tr("Content")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, r in enumerate(self.similar):
            for j, value in enumerate((r.number, local_time(r.received_at), r.requester_name, r.content)):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.selectRow(0)
        buttons = QDialogButtonBox()
        merge = buttons.addButton(self.tr("Merge into the selected one"), QDialogButtonBox.ButtonRole.AcceptRole)
        new = buttons.addButton(self.tr("Save as a new request"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        merge.clicked.connect(self.merge)
        new.clicked.connect(self.save_new)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr("These open requests of the same grid and category look alike. "
                                            "Merge the new one into one of them, or save it as a new request.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def merge(self) -> None:
        row = max(0, self.table.currentRow())
        self.result_value = self.similar[row].uuid
        self.accept()

    def save_new(self) -> None:
        self.result_value = ""
        self.accept()

    @classmethod
    def ask(cls, similar: list[requests.Request], parent: QWidget | None = None) -> str | None:
        dialog = cls(similar, parent)
        dialog.exec()
        return dialog.result_value


class ClassifyDialog(FormDialog):
    def __init__(self, request_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Classify request"), parent)
        self.setMinimumWidth(520)
        self.request = requests.get(request_uuid)
        content = QLabel(f"{self.request.number}：{self.request.content}")
        content.setWordWrap(True)
        self.add_field(self.tr("Request:"), content)
        self.kind = self.add_field(self.tr("Kind:"), combo(KINDS, "handle"), "kind")
        self.answer = self.add_field(self.tr("Answer:"), text_box(), "answer")
        self.department = self.add_field(self.tr("Department:"), QLineEdit(), "department")
        self.need_text = self.add_field(self.tr("Need:"), text_box(text=self.request.content), "need_text")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.answer.setEnabled(kind == "reply")
        self.department.setEnabled(kind == "transfer")
        self.need_text.setEnabled(kind == "handle")

    def choose(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def save(self) -> str:
        return requests.classify(self.request.uuid, self.kind.currentData(), answer=self.answer.toPlainText(),
                                 department=self.department.text(), need_text=self.need_text.toPlainText()).state


class FeedbackDialog(FormDialog):
    def __init__(self, request_uuid: str, parent: QWidget | None = None):
        super().__init__(self.tr("Department feedback"), parent)
        self.request = requests.get(request_uuid)
        self.add_field(self.tr("Department:"), QLabel(self.request.department or ""))
        self.feedback = self.add_field(self.tr("Feedback:"), text_box(90), "answer")

    def save(self) -> str:
        return requests.record_feedback(self.request.uuid, self.feedback.toPlainText()).uuid
