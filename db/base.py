"""Base models.

`SyncModel` is every record that travels between offices: a UUIDv7 text key
made where it was born, the origin site, a hybrid-logical-clock version stamp
set on every write, a tombstone flag instead of deletes, and who/when columns
(UTC). The stamping lives in the peewee write entry points (`insert`,
`insert_many`, `update`, `delete`) so `save()`, `create()`, bulk `update()` and
`bulk_update()` all pass through it. Capture into the change sequence and the
audit log is done by SQLite triggers (db/triggers.py), so even a raw SQL write
is recorded, and a hard DELETE on a synced table is refused by the database.

`LocalModel` is data that never leaves this PC (users, settings): integer
keys, the same who/when columns, audited but not sequenced.
"""

import datetime as dt

from peewee import (
    BooleanField,
    DateTimeField,
    Model,
    TextField,
)

from db import context
from db.connection import database
from db.ids import new_uuid


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(Model):
    created_at = DateTimeField(default=utcnow)
    created_by = TextField(null=True)
    updated_at = DateTimeField(default=utcnow)
    updated_by = TextField(null=True)

    class Meta:
        database = database
        legacy_table_names = False

    @classmethod
    def _who(cls, data: dict, *, creating: bool) -> dict:
        now, user = utcnow(), context.current.user
        data.setdefault(cls.updated_at, now)
        data.setdefault(cls.updated_by, user)
        if creating:
            data.setdefault(cls.created_at, now)
            data.setdefault(cls.created_by, user)
        return data

    @classmethod
    def update(cls, __data=None, **update):
        data = cls._normalize_data(__data, update)
        context.check_write(cls, data)
        return super().update(cls._stamp(data, creating=False))

    @classmethod
    def insert(cls, __data=None, **insert):
        data = cls._normalize_data(__data, insert)
        context.check_write(cls, data)
        return super().insert(cls._stamp(data, creating=True))

    @classmethod
    def _stamp(cls, data: dict, *, creating: bool) -> dict:
        return cls._who(data, creating=creating)

    def _stamp_instance(self, creating: bool) -> None:
        self.updated_at, self.updated_by = utcnow(), context.current.user
        if creating:
            self.created_at, self.created_by = self.updated_at, self.updated_by

    def save(self, force_insert=False, only=None):
        context.check_write(type(self), self.__data__)
        self._stamp_instance(creating=force_insert)
        if only is not None:
            only = list(only) + [type(self).updated_at, type(self).updated_by]
        return super().save(force_insert=force_insert, only=only)


class LocalModel(BaseModel):
    """Never leaves this PC; integer key."""


class SyncModel(BaseModel):
    uuid = TextField(primary_key=True, default=new_uuid)
    origin_site = TextField(index=True, default=lambda: context.current.site_id)
    version = TextField(index=True)
    deleted = BooleanField(default=False)  # no index of its own: it would mislead the planner

    @classmethod
    def _stamp(cls, data: dict, *, creating: bool) -> dict:
        cls._who(data, creating=creating)
        if creating:
            data.setdefault(cls.origin_site, context.current.site_id)
        if cls.version not in data:
            data[cls.version] = context.current.stamp()
        else:  # a version from elsewhere (an import): the clock must move past it
            context.current.observe(data[cls.version])
        return data

    @classmethod
    def insert_many(cls, rows, fields=None):
        """Stamp dict rows (the only form GridDesk code uses for synced models)."""
        stamp = context.current.stamp()
        stamped = []
        for row in rows:
            if not isinstance(row, dict):
                raise TypeError("SyncModel.insert_many takes dict rows so every row can be stamped")
            row = cls._normalize_data(row, {})
            context.check_write(cls, row)
            row.setdefault(cls.uuid, new_uuid())
            if cls.version in row:
                context.current.observe(row[cls.version])
            row.setdefault(cls.version, stamp)
            stamped.append(cls._stamp(row, creating=True))
        return super().insert_many(stamped)

    @classmethod
    def delete(cls):
        """A tombstone, never a hard delete: returns an UPDATE setting deleted."""
        return cls.update({cls.deleted: True})

    def delete_instance(self, recursive=False, delete_nullable=False):
        self.deleted = True
        return self.save(only=[type(self).deleted])

    def save(self, force_insert=False, only=None):
        cls = type(self)
        if force_insert and self.version:  # created with a version from elsewhere: keep it
            context.current.observe(self.version)
        else:
            self.version = context.current.stamp()
        if only is not None:
            only = list(only) + [cls.version]
        rows = super().save(force_insert=force_insert, only=only)
        if rows == 0 and not force_insert:
            raise LookupError(f"{cls.__name__} {self.uuid} is not stored yet: create it with {cls.__name__}.create()")
        return rows

    @classmethod
    def live(cls):
        """Records not tombstoned."""
        return cls.select().where(cls.deleted == False)  # noqa: E712

    @classmethod
    def live_by_id(cls, uuid: str | None):
        """The record if it exists and is not tombstoned, else None."""
        return cls.live().where(cls.uuid == uuid).first() if uuid else None
