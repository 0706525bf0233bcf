"""The change sequence (what an export reads) and the append-only audit log.

Both are filled by triggers (db/triggers.py), never by Python code.
"""

from peewee import AutoField, DateTimeField, Model, TextField

from db.connection import database


class ChangeLog(Model):
    """One row per insert/update of a synced record, in local order (`seq`)."""

    seq = AutoField()
    table = TextField()
    row_uuid = TextField()
    op = TextField()  # I or U (a tombstone is an U with deleted = 1)
    version = TextField(index=True)
    origin_site = TextField(null=True)

    class Meta:
        database = database
        table_name = "change_log"


class AuditLog(Model):
    """Who changed what, when: append-only, personal fields masked."""

    id = AutoField()
    at = DateTimeField()
    user = TextField(null=True)
    table = TextField()
    row_key = TextField()
    op = TextField()  # I, U, D
    changes = TextField(null=True)  # JSON {column: [old, new]}

    class Meta:
        database = database
        table_name = "audit_log"
        indexes = ((("table", "row_key", "at"), False), (("at",), False), (("user", "at"), False),
                   (("table", "at"), False))
