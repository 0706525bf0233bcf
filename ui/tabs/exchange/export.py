"""Export a bundle for one site onto a USB stick: pick a volume (removable ones
first, with their free space) or any folder, write on the runner with progress
and cancel, then say plainly that the file was written, read back and checked."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import drives
from app.errors import EXPECTED, user_message
from app.exchange import outgoing
from ui import ask
from ui.kit.run import run_now
from ui.kit.widgets import error_label, hint_label, set_error
from ui.runner import Runner

PSEUDO = {"proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "securityfs", "pstore", "debugfs",
          "tracefs", "mqueue", "hugetlbfs", "bpf", "autofs", "configfs", "fusectl", "binfmt_misc", "squashfs",
          "nsfs", "efivarfs", "ramfs"}
SYSTEM_PREFIXES = ("/proc", "/sys", "/dev", "/run/user", "/snap", "/boot", "/var", "/usr", "/etc")
REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Volume:
    path: str
    name: str
    free: int
    total: int
    removable: bool


def _system_root() -> str:
    if sys.platform == "win32":
        return (os.environ.get("SYSTEMDRIVE", "C:") + "/").upper()
    return "/"


def looks_removable(info: QStorageInfo) -> bool:
    """QStorageInfo has no 'removable' flag: on Windows ask the drive type; elsewhere not the
    root, not where the home folder lives, mounted where sticks are mounted."""
    root = info.rootPath()
    if sys.platform == "win32":
        return drives.windows_removable(root)
    if info.isRoot() or root.upper() == _system_root() or info == QStorageInfo(str(Path.home())):
        return False
    return root.startswith(REMOVABLE_PREFIXES)


INSERTED = drives.InsertionOrder()  # for the program's whole run: a stick that appears is the newest


def volumes() -> list[Volume]:
    """Ready, writable, real volumes; removable ones first (the newest-inserted first), then by free space."""
    found = []
    for info in QStorageInfo.mountedVolumes():
        fs = bytes(info.fileSystemType()).decode(errors="replace")
        root = info.rootPath()
        if not info.isValid() or not info.isReady() or info.isReadOnly() or fs in PSEUDO:
            continue
        if not info.isRoot() and root.startswith(SYSTEM_PREFIXES):
            continue
        found.append(Volume(root, info.displayName() or root, info.bytesAvailable(), info.bytesTotal(),
                            looks_removable(info)))
    return drives.ordered(found, INSERTED)


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def short_sha(sha: str) -> str:
    """The first 16 hex digits in groups of four, for reading aloud."""
    return " ".join(sha[i:i + 4] for i in range(0, 16, 4))


class ExportDialog(QDialog):
    def __init__(self, peer_uuid: str, peer_name: str, recovery: bool, runner: Runner | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.peer_uuid, self.recovery, self.runner = peer_uuid, recovery, runner
        self.receipt = None
        self.setWindowTitle(self.tr("Export a bundle"))
        self.setMinimumWidth(560)
        what = self.tr("Recovery bundle for %1") if recovery else self.tr("Bundle for %1")
        title = QLabel("<b>" + what.replace("%1", peer_name) + "</b>")
        self.list = QListWidget()
        self.list.setMinimumHeight(160)
        self.list.itemDoubleClicked.connect(lambda _i: self.export())
        choose = QPushButton(self.tr("Other folder…"))
        choose.clicked.connect(self.choose_folder)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.fill)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(refresh)
        row.addStretch(1)
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_text.setStyleSheet("background: #e6f4ea; border: 1px solid #81c995; padding: 8px;")
        self.result_text.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint_label(self.tr("Insert the USB stick and choose it below. Removable drives are "
                                            "listed first; any other folder works too.")))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.result_text)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for volume in volumes():
            kind = self.tr("Removable") if volume.removable else self.tr("This PC")
            text = self.tr("%1 (%2) – %3 free of %4 – %5").replace("%1", volume.name).replace(
                "%2", volume.path).replace("%3", human_size(volume.free)).replace(
                "%4", human_size(volume.total)).replace("%5", kind)
            self._add(text, volume.path)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _add(self, text: str, path: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, path)
        self.list.addItem(item)
        return item

    def choose_folder(self) -> None:
        path = ask.folder(self, self.tr("Choose the folder for the bundle"))
        if path:
            self.add_folder(path)

    def add_folder(self, path: str) -> None:
        free = QStorageInfo(path).bytesAvailable()
        text = self.tr("%1 – %2 free – chosen folder").replace("%1", path).replace("%2", human_size(free))
        self.list.setCurrentItem(self._add(text, path))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def export(self) -> None:
        set_error(self.error, "")
        folder = self.chosen()
        if not folder:
            set_error(self.error, self.tr("Please choose a USB stick or a folder first."))
            return
        peer, recovery, message = self.peer_uuid, self.recovery, self.tr("Writing the bundle… %1 records")

        def job(progress, cancelled):
            def step(rows):
                if cancelled():
                    raise InterruptedError("cancelled")
                progress(rows, 0, message.replace("%1", str(rows)))
            return outgoing.export(peer, Path(folder), recovery=recovery, progress=step)

        outcome = run_now(self.runner, job, self.tr("Export"), self.tr("Writing the bundle…"), self)
        if outcome.status == "done":
            self.show_receipt(outcome.value)
        elif outcome.status == "cancelled":
            set_error(self.error, self.tr("Cancelled. No bundle was left on the stick."))
        elif isinstance(outcome.error, EXPECTED):
            set_error(self.error, user_message(outcome.error))
        else:
            sys.excepthook(type(outcome.error), outcome.error, outcome.error.__traceback__)

    def show_receipt(self, receipt) -> None:
        self.receipt = receipt
        text = self.tr("<b>Written and checked: you can safely remove the USB stick.</b><br>"
                       "File: %1<br>Size: %2<br>SHA-256: %3…")
        self.result_text.setText(text.replace("%1", receipt.path.name).replace("%2", human_size(receipt.size))
                                 .replace("%3", short_sha(receipt.sha256)))
        self.result_text.show()
        self.export_button.setEnabled(False)

    @classmethod
    def ask(cls, peer_uuid: str, peer_name: str, recovery: bool, runner: Runner | None,
            parent: QWidget | None = None):
        dialog = cls(peer_uuid, peer_name, recovery, runner, parent)
        dialog.exec()
        return dialog.receipt

