"""Writing a whole file safely: into `<name>.part` first, renamed into place when
complete, so a file never stands half-written under its name (a full disk, a USB
stick pulled out). A failure removes the part and says, in Chinese, what to check."""

import os
from collections.abc import Callable
from pathlib import Path

from app.errors import GridDeskError, ValidationError

DISK_ADVICE = "请检查文件夹、写入权限和磁盘剩余空间后重试。"


def write_whole(path: Path | str, write: Callable[[Path], object], *, what: str = "",
                advice: str = DISK_ADVICE, error: type[GridDeskError] = ValidationError, **fields) -> Path:
    """`write(part)` fills the part file; then it is renamed to `path`."""
    target = Path(path)
    part = target.with_name(target.name + ".part")
    try:
        write(part)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure(target, exc, what=what, advice=advice, error=error, **fields) from exc
    return target


def failure(target: Path, exc: OSError, *, what: str = "", advice: str = DISK_ADVICE,
            error: type[GridDeskError] = ValidationError, **fields) -> GridDeskError:
    return error(f"无法写入{what or target}（{exc.strerror or exc}）：{advice}", **fields)


def existing_folder(folder: Path | str) -> Path:
    """The folder a file is about to be written into, or a NotFound that says it is missing."""
    from app.errors import NotFound

    path = Path(folder)
    if not path.is_dir():
        raise NotFound(f"文件夹 {path} 不存在：请插好U盘，或选择一个已有的文件夹后重试。", field="file")
    return path


def write_bytes(path: Path | str, data: bytes, **options) -> Path:
    return write_whole(path, lambda part: part.write_bytes(data), **options)


def write_verified(path: Path | str, data: bytes, **options) -> str:
    """As safely as a bundle: the part is fsynced, renamed, the folder synced, and the file read back
    and compared by SHA-256 (a stick that lies about a write is caught); returns that hash."""
    import hashlib

    target, want = Path(path), hashlib.sha256(data).hexdigest()

    def write(part: Path) -> None:
        with open(part, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    write_whole(target, write, **options)
    try:
        _sync_folder(target.parent)
        if hashlib.sha256(target.read_bytes()).hexdigest() != want:
            raise OSError(0, "读回的内容与写入的不同")
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise failure(target, exc, **options) from exc
    return want


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
