"""Writing events into the audit log that no record change shows: sign-ins with an unknown
name, sign-outs and screen locks, backups, restores, imports and exports.

Record changes are captured by triggers (db/triggers.py); an event is a row of the
same append-only table with `table` = "event", `row_key` the kind of event and
`changes` a JSON object of plain facts (counts, file names — never a person's name).
"""

import json
import logging

from peewee import DatabaseError

from db import context
from db.base import utcnow
from db.connection import database
from db.errors import StorageError
from db.models import AuditLog

logger = logging.getLogger(__name__)

EVENT_TABLE = "event"
EVENT_OP = "E"
EVENTS = {
    "sign_in_failed": "登录失败", "sign_out": "退出登录", "screen_locked": "锁屏", "screen_unlocked": "解除锁屏",
    "backup": "备份", "restore": "恢复", "import": "导入", "export": "导出",
}


def record_event(kind: str, user: str | None = None, **facts) -> None:
    """Append one event row; never raises into the caller's work (a failed audit write is logged)."""
    if database.obj is None:  # no database open (a template written before any is chosen)
        return
    try:
        with database.atomic():
            write_event(kind, user, **facts)
    except (DatabaseError, StorageError):  # the audit must not turn a finished backup or export into a
        logger.exception("could not write the audit event %s", kind)  # failure (a read-only medium, a full disk)


def write_event(kind: str, user: str | None = None, **facts) -> None:
    """Append one event row inside the caller's transaction: it fails with the work it records."""
    changes = json.dumps(facts, ensure_ascii=False, default=str) if facts else None
    AuditLog.insert(at=utcnow(), user=user or context.current.user, table=EVENT_TABLE,
                    row_key=kind, op=EVENT_OP, changes=changes).execute()
