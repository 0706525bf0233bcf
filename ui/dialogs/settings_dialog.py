"""Settings a clerk expects: language, remembering the window, the daily backup."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ui import settings as opts
from ui.widgets import hint_label


class SettingsDialog(QDialog):
    def __init__(self, settings: opts.Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(opts.LANGUAGE))))
        self.remember = QCheckBox(self.tr("Remember window size and column widths"))
        self.remember.setChecked(settings.get(opts.REMEMBER_WINDOW))
        self.daily_backup = QCheckBox(self.tr("Back up the database on the first start of each day"))
        self.daily_backup.setChecked(settings.get(opts.DAILY_BACKUP))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", hint_label(self.tr("A new language takes effect the next time GridDesk starts.")))
        form.addRow(self.remember)
        form.addRow(self.daily_backup)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set(opts.LANGUAGE, self.language.currentData())
        self.settings.set(opts.REMEMBER_WINDOW, self.remember.isChecked())
        self.settings.set(opts.DAILY_BACKUP, self.daily_backup.isChecked())
        self.settings.sync()
        super().accept()

    @classmethod
    def ask(cls, settings: opts.Settings, parent: QWidget | None = None) -> bool:
        return cls(settings, parent).exec() == QDialog.DialogCode.Accepted
