"""Photos and documents kept with a record (a request, later a mediation case or a
voucher): copied into the `attachments` folder beside the database, named by
their SHA-256 (the same file twice is stored once), and recorded with that hash,
so a later check can tell whether a file was altered.

A file that must travel (an escalation's photos, `travels=True`) is also kept in the
database as `attachment_part` rows, base64 pieces of PART_BYTES, which go in the
bundles with the attachment; the receiving site rebuilds the file from them the first
time it is asked for (`local_path`), checked against the SHA-256."""

import base64
import hashlib
import shutil
from pathlib import Path

from app.errors import ValidationError
from app.files import write_whole
from db.connection import database
from db.models import Attachment, AttachmentPart

MAX_BYTES = 20 * 1024 * 1024
PART_BYTES = 512 * 1024  # base64 of it stays well under a bundle row's limit (1 MiB)
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


def store(owner_table: str, owner_uuid: str, source: Path | str, *, travels: bool = False) -> Attachment:
    """Copy the file in and record it (with its bytes as parts when it travels); call inside the
    owner's transaction."""
    source = check(source)
    digest, size = _hash(source)
    target = folder() / digest[:2] / f"{digest}{source.suffix.lower()}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        write_whole(target, lambda part: shutil.copyfile(source, part), what=f"附件“{source.name}”",
                    field="attachments")
    attachment = Attachment.create(owner_table=owner_table, owner_uuid=owner_uuid, file_name=source.name,
                                   sha256=digest, size=size)
    if travels:
        with open(target, "rb") as f:
            seq = 0
            while piece := f.read(PART_BYTES):
                AttachmentPart.create(attachment=attachment, owner_table=owner_table, owner_uuid=owner_uuid,
                                      seq=seq, data=base64.b64encode(piece).decode("ascii"))
                seq += 1
    return attachment


def local_path(attachment: Attachment) -> Path | None:
    """The file on this PC: as stored, or rebuilt from the parts that came in a bundle; None when
    neither is whole (the parts have not arrived, or they do not add up to the recorded hash)."""
    path = path_of(attachment)
    if path.is_file():
        return path
    parts = AttachmentPart.live().where(AttachmentPart.attachment == attachment.uuid).order_by(AttachmentPart.seq)
    data = b"".join(base64.b64decode(p.data) for p in parts)
    if len(data) != attachment.size or hashlib.sha256(data).hexdigest() != attachment.sha256:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    write_whole(path, lambda part: part.write_bytes(data), what=f"附件“{attachment.file_name}”",
                field="attachments")
    return path


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
