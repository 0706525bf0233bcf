"""Writing a whole file safely: into `<name>.part` first, renamed into place when
complete, so a file never stands half-written under its name (a full disk, a USB
stick pulled out). A failure removes the part and says, in Chinese, what to check."""

import gc
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from app.errors import GridDeskError, ValidationError
from db.medium import disk_full_error, is_disk_full

DISK_ADVICE = "请检查文件夹、写入权限和磁盘剩余空间后重试。"
IN_USE_ADVICE = "该文件正被其他程序打开，请先在那个程序中关闭它，再重试。"
PDF_IN_USE = "请先在 PDF 阅读器中关闭该文件，再重新保存。"


def write_whole(path: Path | str, write: Callable[[Path], object], *, what: str = "",
                advice: str = DISK_ADVICE, in_use: str = IN_USE_ADVICE,
                error: type[GridDeskError] = ValidationError, **fields) -> Path:
    """`write(part)` fills the part file; then it is renamed to `path`. Replacing a file another
    program holds open (a PDF reader, Excel) is refused on Windows with PermissionError
    ("拒绝访问"): then the advice is `in_use`, not the one about permissions and disk space."""
    target = Path(path)
    part = target.with_name(target.name + ".part")
    try:
        write(part)
        os.replace(part, target)
    except OSError as exc:
        _drop_half_written(exc)
        part.unlink(missing_ok=True)
        hint = in_use if isinstance(exc, PermissionError) and target.is_file() else advice
        raise failure(target, exc, what=what, advice=hint, error=error, **fields) from exc
    return target


def failure(target: Path, exc: OSError, *, what: str = "", advice: str = DISK_ADVICE,
            error: type[GridDeskError] = ValidationError, **fields) -> GridDeskError:
    if is_disk_full(exc):
        return error(disk_full_error(target.parent, what or str(target)).message, **fields)
    return error(f"无法写入{what or target}（{exc.strerror or exc}）：{advice}", **fields)


def existing_folder(folder: Path | str) -> Path:
    """The folder a file is about to be written into, or a NotFound that says it is missing."""
    from app.errors import NotFound

    path = Path(folder)
    if not path.is_dir():
        raise NotFound(f"文件夹 {path} 不存在：请插好U盘，或选择一个已有的文件夹后重试。", field="file")
    return path


def _drop_half_written(exc: OSError) -> None:
    """Let the writer's half-closed objects go now and quietly: a ZipFile (openpyxl) that
    could not write would otherwise try again when collected and print a traceback."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        traceback.clear_frames(exc.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = hook


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
