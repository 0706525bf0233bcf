"""Questions the tab asks the clerk (confirm, file names, notices), in one place so
tests can answer them by monkeypatching these functions."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

EXCEL_FILTER = "Excel (*.xlsx)"
# the file filters of the window, translated here where they are shown (their modules keep them as data)
FILTERS = (QT_TRANSLATE_NOOP("FileFilter", "GridDesk enrolment (*.json)"),
           QT_TRANSLATE_NOOP("FileFilter", "GridDesk (*.gdb)"))


def _filter(text: str) -> str:
    return QCoreApplication.translate("FileFilter", text) if text else text


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def save_path(parent: QWidget | None, title: str, default: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, default, EXCEL_FILTER)
    return path or None


def open_path(parent: QWidget | None, title: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", EXCEL_FILTER)
    return path or None


def open_file(parent: QWidget | None, title: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", _filter(file_filter))
    return path or None


def save_file(parent: QWidget | None, title: str, default: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, default, _filter(file_filter))
    return path or None


def folder(parent: QWidget | None, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None


def open_paths(parent: QWidget | None, title: str, filter_text: str = "") -> list[str]:
    """Several files to open (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filter_text)
    return list(paths)
