"""Writing a whole file safely: into `<name>.part` first, renamed into place when
complete, so a file never stands half-written under its name (a full disk, a USB
stick pulled out). A failure removes the part and says, in Chinese, what to check."""

import os
from collections.abc import Callable
from pathlib import Path

from app.errors import GridDeskError, ValidationError

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
        part.unlink(missing_ok=True)
        hint = in_use if isinstance(exc, PermissionError) and target.is_file() else advice
        raise error(f"无法写入{what or target}（{exc.strerror or exc}）：{hint}", **fields) from exc
    return target


def write_bytes(path: Path | str, data: bytes, **options) -> Path:
    return write_whole(path, lambda part: part.write_bytes(data), **options)
