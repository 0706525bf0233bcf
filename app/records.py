"""The two things every use case does with a synced record: fetch a live one (or
tell the clerk it is gone) and bring a tombstoned one back (undo)."""

from app.auth import require
from app.errors import NotFound
from app.scope import check_record
from db.connection import database

GONE = "找不到这条记录，可能已被其他人删除。请刷新后再试。"


def get_live(model, uuid: str | None, message: str = GONE):
    row = model.live_by_id(uuid)
    if row is None:
        raise NotFound(message)
    return check_record(model, row)  # a record outside the user's scope is not shown


def restore(model, uuid: str, message: str = GONE):
    """Undo a retirement: the tombstone is lifted with a new stamp (one transaction)."""
    require("write")
    row = model.get_or_none(model.uuid == uuid)
    if row is None:
        raise NotFound(message)
    with database.atomic():
        row.deleted = False
        row.save()
    return row
