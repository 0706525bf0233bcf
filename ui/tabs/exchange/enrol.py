"""登记新站点 (district, admin): a site below, its organisation unit and where to
save the enrolment file (enrol.enroll)."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.errors import ValidationError
from app.exchange import enrol, views
from ui import ask, labels
from ui.kit.form_dialog import FormDialog

ENROL_FILTER = "GridDesk enrolment (*.json)"
LEVEL_OF = {1: "subdistrict", 2: "community"}


class EnrolDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Enrol a new site"), parent)
        self.unit = QComboBox()
        for unit in views.enrolable_units():
            self.unit.addItem(f"{'　' * (unit.level - 1)}{unit.name}（{labels.level(unit.level)}，{unit.code}）",
                              (unit.code, unit.level, unit.name))
        self.unit.currentIndexChanged.connect(lambda _i: self._unit_changed())
        self.name = QLineEdit()
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.file, 1)
        box.addWidget(browse)
        self.add_field(self.tr("Organisation unit:"), self.unit, "level")
        self.add_field(self.tr("Site name:"), self.name, "name")
        self.add_field(self.tr("Save the enrolment file to:"), row, "file")
        self._unit_changed()

    def _unit_changed(self) -> None:
        data = self.unit.currentData()
        if data:
            code, _level, name = data
            self.name.setText(name)
            self.file.setText(str(Path.home() / f"griddesk-enrol-{code}.json"))

    def browse(self) -> None:
        path = ask.save_file(self, self.tr("Save the enrolment file"), self.file.text(), ENROL_FILTER)
        if path:
            self.file.setText(path)

    def save(self):
        data = self.unit.currentData()
        if not data:
            raise ValidationError(self.tr("Every unit below already has a site."), field="level")
        if not self.file.text().strip():
            raise ValidationError(self.tr("Please choose where to save the enrolment file."), field="file")
        code, level, _name = data
        path = Path(self.file.text().strip())
        site = enrol.enroll(self.name.text(), LEVEL_OF[level], code, path)
        return site, path
