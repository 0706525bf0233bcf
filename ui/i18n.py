"""Translators: Qt's own qtbase_zh_CN (standard buttons) and ours, Chinese by default."""

import logging

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
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{language}", qt_dir), (our_qm(language), "")):
        translator = QTranslator(app)
        if translator.load(name, directory) if directory else translator.load(name):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            logger.warning("translation %s not found", name)
    return list(_installed)


def remove() -> None:
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
