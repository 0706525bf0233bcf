"""About GridDesk: versions and where the files are."""

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import __version__
from app.paths import backup_dir, log_dir


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About GridDesk"))
        title = QLabel(self.tr("<h2>GridDesk %1</h2>").replace("%1", __version__))
        blurb = QLabel(self.tr("Grid governance workbench for subdistrict offices and communities."))
        rows = [
            (self.tr("Qt"), qVersion()), (self.tr("PySide6"), PySide6.__version__),
            (self.tr("Python"), platform.python_version()),
            (self.tr("Database file"), str(db_path)), (self.tr("Backups"), str(backup_dir(db_path))),
            (self.tr("Log files"), str(log_dir())),
        ]
        self.details = QLabel("<table>" + "".join(
            f"<tr><td style='padding-right:12px'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (title, blurb, self.details, buttons):
            layout.addWidget(widget)

    @classmethod
    def ask(cls, db_path: Path, parent: QWidget | None = None) -> None:
        cls(db_path, parent).exec()
