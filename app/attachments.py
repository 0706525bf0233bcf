"""Photos and documents kept with a record (a request, later a mediation case or a
voucher): copied into the `attachments` folder beside the database, named by
their SHA-256 (the same file twice is stored once), and recorded with that hash,
so a later check can tell whether a file was altered."""

import hashlib
import shutil
from pathlib import Path

from app.errors import ValidationError
from app.files import write_whole
from db.connection import database
from db.models import Attachment

MAX_BYTES = 20 * 1024 * 1024
ALLOWED = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".txt", ".wps"}


def folder() -> Path:
    return Path(database.obj.database).resolve().parent / "attachments"


def check(source: Path | str) -> Path:
    """Refuse what cannot be kept, before anything is written."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"找不到附件文件：{source}。", field="attachments")
    if source.suffix.lower() not in ALLOWED:
        raise ValidationError(f"附件“{source.name}”的类型不支持：请用照片（jpg/png）或文档（pdf/doc/xls/txt）。",
                              field="attachments")
    if source.stat().st_size > MAX_BYTES:
        raise ValidationError(f"附件“{source.name}”超过 20 MB，请压缩后再添加。", field="attachments")
    return source


def store(owner_table: str, owner_uuid: str, source: Path | str) -> Attachment:
    """Copy the file in and record it; call inside the owner's transaction."""
    source = check(source)
    digest, size = _hash(source)
    target = folder() / digest[:2] / f"{digest}{source.suffix.lower()}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        write_whole(target, lambda part: shutil.copyfile(source, part), what=f"附件“{source.name}”",
                    field="attachments")
    return Attachment.create(owner_table=owner_table, owner_uuid=owner_uuid, file_name=source.name, sha256=digest,
                             size=size)


def of(owner_table: str, owner_uuid: str) -> list[Attachment]:
    return list(Attachment.live().where((Attachment.owner_table == owner_table)
                                        & (Attachment.owner_uuid == owner_uuid)).order_by(Attachment.created_at))


def path_of(attachment: Attachment) -> Path:
    return folder() / attachment.sha256[:2] / f"{attachment.sha256}{Path(attachment.file_name).suffix.lower()}"


def intact(attachment: Attachment) -> bool:
    path = path_of(attachment)
    return path.is_file() and _hash(path)[0] == attachment.sha256


def _hash(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
