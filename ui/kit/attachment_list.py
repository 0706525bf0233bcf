"""Photos and documents chosen in a dialog before it is saved: each shown by name (a
photo with a small picture of it, its full path as the tip), added through
ui.ask.open_paths and removed one by one; nothing is copied until the dialog saves."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

PICTURES = {".jpg", ".jpeg", ".png", ".gif", ".bmp"}
THUMB = 48


class AttachmentList(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMaximumHeight(3 * THUMB + 12)
        self.add_button = QPushButton(self.tr("Add photos or documents…"))
        self.add_button.clicked.connect(self.add_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.list, 1)
        line.addLayout(buttons)

    @property
    def paths(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def add_files(self) -> None:
        from ui import ask

        chosen = ask.open_paths(self, self.tr("Photos or documents"), self.tr(
            "Photos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.pdf *.doc *.docx *.xls *.xlsx *.txt *.wps)"))
        for path in chosen:
            self.add(path)

    def add(self, path: str) -> None:
        if path in self.paths:
            return
        item = QListWidgetItem(Path(path).name)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(path)
        if Path(path).suffix.lower() in PICTURES:
            picture = QPixmap(path)
            if not picture.isNull():
                item.setIcon(QIcon(picture.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)))
        self.list.addItem(item)
        self.list.setCurrentItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
