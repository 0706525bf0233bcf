"""The main window's status bar: site, user and role, database file, last backup."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app import backups
from ui import labels


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.site, self.user, self.database, self.backup = QLabel(), QLabel(), QLabel(), QLabel()
        for label in (self.site, self.user, self.database, self.backup):
            label.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(label)

    def set_site(self, name: str) -> None:
        self.site.setText(self.tr("Site: %1").replace("%1", name))

    def set_user(self, display_name: str, role: str) -> None:
        self.user.setText(self.tr("User: %1 (%2)").replace("%1", display_name).replace("%2", labels.role(role)))

    def set_database(self, path: Path) -> None:
        self.database.setText(self.tr("Database: %1").replace("%1", Path(path).name))
        self.database.setToolTip(str(path))

    def set_last_backup(self, db_path: Path) -> None:
        newest = backups.last_backup(Path(db_path))
        if newest is None:
            when = self.tr("none yet")
        else:
            when = dt.datetime.fromtimestamp(newest.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            self.backup.setToolTip(str(newest))
        self.backup.setText(self.tr("Last backup: %1").replace("%1", when))
