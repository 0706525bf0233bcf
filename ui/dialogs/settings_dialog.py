"""Settings a clerk expects: language, remembering the window, the daily backup; for an
administrator also the font notices are set in (公示字体) when no usual Chinese font is installed."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import auth, session
from app import backup_retention as retention
from app.errors import user_message
from ui import ask
from ui import settings as opts
from ui.kit.widgets import error_label, hint_label, set_error


def _fonts():
    """app.notices.fonts (reportlab), imported when the font row is used."""
    from app.notices import fonts

    return fonts


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
        self.retention = hint_label(self.retention_text())
        form.addRow("", self.retention)
        self.font_path = None
        if auth.can("admin"):
            self._font_row(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def retention_text(self) -> str:
        """What app/backup_retention.py keeps (docs/deployment.md says the same)."""
        text = self.tr("Backups kept: the last %1 daily and %2 weekly ones, the last %3 before an import and %4 before "
                       "an upgrade. They are compressed and take at most %5 times the database's size; beyond that the "
                       "oldest of the kind with the most copies is deleted first, the newest of each kind never.")
        for n, value in enumerate((retention.DAILY, retention.WEEKS, retention.KEEP["before-import"],
                                   retention.KEEP["before-migrate"], retention.SPACE_FACTOR), start=1):
            text = text.replace(f"%{n}", str(value))
        return text

    def accept(self) -> None:
        self.settings.set(opts.LANGUAGE, self.language.currentData())
        self.settings.set(opts.REMEMBER_WINDOW, self.remember.isChecked())
        self.settings.set(opts.DAILY_BACKUP, self.daily_backup.isChecked())
        if self.font_path is not None and self.font_path.text() != (session.get_value(_fonts().SETTING_KEY) or ""):
            auth.require("admin")
            session.set_value(_fonts().SETTING_KEY, self.font_path.text())
        self.settings.sync()
        super().accept()

    # -- 公示字体 (administrators) ----------------------------------------------------------
    def _font_row(self, form: QFormLayout) -> None:
        self.setMinimumWidth(560)
        self.font_path = QLineEdit(session.get_value(_fonts().SETTING_KEY) or "")
        self.font_path.setReadOnly(True)
        self.font_path.setPlaceholderText(self.tr("None chosen (the usual Chinese fonts are used)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self.choose_font())
        automatic = QPushButton(self.tr("Clear"))
        automatic.clicked.connect(lambda: self.set_font(""))
        row = QHBoxLayout()
        row.addWidget(self.font_path, 1)
        row.addWidget(choose)
        row.addWidget(automatic)
        self.font_used = hint_label("")
        self.font_error = error_label()
        form.addRow(self.tr("Notice font:"), row)
        form.addRow("", self.font_used)
        form.addRow("", self.font_error)
        self._describe_font()

    def choose_font(self) -> bool:
        path = ask.open_file(self, self.tr("Choose a font for notices"), self.tr("TrueType fonts (*.ttf *.ttc)"))
        if not path:
            return False
        try:
            _fonts().check_font_file(path)
        except _fonts().NoChineseFont as exc:
            set_error(self.font_error, user_message(exc))
            return False
        self.set_font(path)
        return True

    def set_font(self, path: str) -> None:
        set_error(self.font_error, "")
        self.font_path.setText(path)
        self._describe_font()

    def _describe_font(self) -> None:
        """Which font notices use with this choice (the usual fonts come first)."""
        chosen = self.font_path.text() or None
        try:
            used = _fonts().resolve(chosen)
        except _fonts().NoChineseFont as exc:
            self.font_used.setText("")
            set_error(self.font_error, user_message(exc))
            return
        text = self.tr("Notices are set in: %1").replace("%1", used.describe())
        if chosen and used.body.path != chosen:
            text += self.tr(" (a usual Chinese font is installed, so the chosen file is used only without one)")
        self.font_used.setText(text)

    @classmethod
    def ask(cls, settings: opts.Settings, parent: QWidget | None = None) -> bool:
        return cls(settings, parent).exec() == QDialog.DialogCode.Accepted
