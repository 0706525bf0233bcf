"""Translated labels for values stored as keys (levels, roles, site levels)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LEVELS = {
    0: QT_TRANSLATE_NOOP("Labels", "District"),
    1: QT_TRANSLATE_NOOP("Labels", "Subdistrict"),
    2: QT_TRANSLATE_NOOP("Labels", "Community"),
    3: QT_TRANSLATE_NOOP("Labels", "Zone"),
    4: QT_TRANSLATE_NOOP("Labels", "Grid"),
}
SITE_LEVELS = {
    "district": QT_TRANSLATE_NOOP("Labels", "District"),
    "subdistrict": QT_TRANSLATE_NOOP("Labels", "Subdistrict"),
    "community": QT_TRANSLATE_NOOP("Labels", "Community"),
}
ROLES = {
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "leader": QT_TRANSLATE_NOOP("Labels", "Leader"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    "viewer": QT_TRANSLATE_NOOP("Labels", "Read-only"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def level(value: int) -> str:
    return tr(LEVELS[value]) if value in LEVELS else str(value)


def site_level(key: str) -> str:
    return tr(SITE_LEVELS[key]) if key in SITE_LEVELS else key


def role(key: str) -> str:
    return tr(ROLES[key]) if key in ROLES else key
