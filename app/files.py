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


def write_whole(path: Path | str, write: Callable[[Path], object], *, what: str = "",
                advice: str = DISK_ADVICE, error: type[GridDeskError] = ValidationError, **fields) -> Path:
    """`write(part)` fills the part file; then it is renamed to `path`."""
    target = Path(path)
    part = target.with_name(target.name + ".part")
    try:
        write(part)
        os.replace(part, target)
    except OSError as exc:
        _drop_half_written(exc)
        part.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise error(disk_full_error(target.parent, what or str(target)).message, **fields) from exc
        raise error(f"无法写入{what or target}（{exc.strerror or exc}）：{advice}", **fields) from exc
    return target


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
