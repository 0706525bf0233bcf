"""Conflicts a leader reviews: a local change that lost to a newer incoming one.

"Keep incoming" closes the conflict; "keep mine" writes the kept local values
again with a new stamp, so they win everywhere with the next bundle.
"""

import json

from app.auth import current_user, require
from app.errors import NotFound
from app.exchange.tables import MODELS
from db.base import utcnow
from db.connection import database
from db.models import Conflict

NOT_COPIED = {"uuid", "version", "origin_site", "created_at", "created_by", "updated_at", "updated_by"}


def open_conflicts() -> list[Conflict]:
    return list(Conflict.select().where(Conflict.resolved_at.is_null()).order_by(Conflict.id))


def resolve(conflict_id: int, keep: str) -> Conflict:
    """keep = 'incoming' or 'mine'."""
    require("approve")
    row = Conflict.get_or_none((Conflict.id == conflict_id) & Conflict.resolved_at.is_null())
    if row is None:
        raise NotFound("这条冲突已处理或不存在。")
    with database.atomic():
        if keep == "mine":
            model = MODELS[row.table]
            values = {k: v for k, v in json.loads(row.local_row).items() if k not in NOT_COPIED}
            fields = {model._meta.columns[k]: v for k, v in values.items() if k in model._meta.columns}
            model.update(fields).where(model.uuid == row.row_uuid).execute()
        row.resolved_at, row.resolved_by = utcnow(), current_user().username
        row.resolution = "kept_mine" if keep == "mine" else "kept_incoming"
        row.save()
    return row
