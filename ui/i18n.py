"""Translators: Qt's own qtbase_zh_CN (standard buttons, file dialogs) and ours, Chinese by default,
in every run mode (run.sh, the frozen build, tests)."""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.paths import resources_dir

logger = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def our_qm(language: str) -> str:
    return str(resources_dir() / "i18n" / f"griddesk_{language}.qm")


def install(language: str) -> list[QTranslator]:
    """Install the translators for `language` ('en' installs none). Idempotent."""
    remove()
    if language == "en":
        return []
    app = QCoreApplication.instance()
    qt = QTranslator(app)  # Qt's own strings (file dialogs, standard buttons): wherever this Qt keeps them
    if any(qt.load(f"qtbase_{language}", str(folder)) for folder in qt_translation_dirs()):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        logger.warning("translation qtbase_%s not found in %s", language, qt_translation_dirs())
    ours = QTranslator(app)
    if ours.load(our_qm(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        logger.warning("translation %s not found", our_qm(language))
    return list(_installed)


def qt_translation_dirs() -> list[Path]:
    """Where Qt's catalogs may be, first found wins: Qt's own setting, the PySide6 wheel (run.sh's
    .venv, a frozen build's PySide6/Qt/translations), a system Qt, our resources (a portable copy)."""
    import PySide6

    wheel = Path(PySide6.__file__).parent
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), wheel / "Qt" / "translations",
             wheel / "translations", Path("/usr/share/qt6/translations"), resources_dir() / "i18n"]
    return [folder for folder in dict.fromkeys(found) if folder.is_dir()]


def remove() -> None:
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
