"""Window settings, declared once with typed defaults (Picard options.py style).

Stored with QSettings in an .ini file in the data folder (app.paths), so a
portable install keeps them beside the program and every test, which gets its
own GRIDDESK_DATA_DIR, gets its own settings.
"""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app.paths import data_dir


@dataclass(frozen=True)
class Option:
    key: str
    default: Any

    @property
    def kind(self) -> type:
        return type(self.default)


LANGUAGE = Option("ui/language", "zh_CN")  # zh_CN or en
REMEMBER_WINDOW = Option("ui/remember_window", True)
DAILY_BACKUP = Option("backup/daily_on_start", True)
LAST_USER = Option("login/last_user", "")
WINDOW_GEOMETRY = Option("window/geometry", QByteArray())
WINDOW_STATE = Option("window/state", QByteArray())
GRID_SPLITTER = Option("grid_tab/splitter", QByteArray())
GRID_TREE_HEADER = Option("grid_tab/tree_header", QByteArray())

LANGUAGES = ("zh_CN", "en")


def settings_file() -> str:
    return str(data_dir() / "griddesk.ini")


class Settings:
    """Typed access: `settings.get(LANGUAGE)` returns a str, never a QVariant surprise."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings(settings_file(), QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        value = self._q.value(option.key, option.default)
        if value is None:
            return option.default
        if option.kind is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        if option.kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        try:
            return option.kind(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self._q.setValue(option.key, value)

    def sync(self) -> None:
        self._q.sync()

    @property
    def path(self) -> str:
        return self._q.fileName()
