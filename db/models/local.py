"""Data that never leaves this PC."""

from peewee import AutoField, BooleanField, DateTimeField, IntegerField, Model, TextField

from db.base import LocalModel
from db.connection import database


class KeyValue(Model):
    """Key/value facts about this installation (site id, clock, last backup)."""

    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        database = database
        table_name = "meta"


class User(LocalModel):
    ROLES = ("admin", "staff", "leader", "viewer")

    id = AutoField()
    username = TextField(unique=True)
    display_name = TextField()
    role = TextField()
    password_hash = TextField()
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    active = BooleanField(default=True)
    last_login_at = DateTimeField(null=True)
    scope_uuid = TextField(null=True)  # an org unit: the user sees and edits that subtree only
    areas = TextField(null=True)  # comma-separated kinds of record a department clerk may change
    must_change_password = BooleanField(default=False)
