"""The organisation tree: district -> subdistrict -> community -> zone -> grid."""

from enum import IntEnum

from peewee import ForeignKeyField, IntegerField, TextField

from db.base import SyncModel


class Level(IntEnum):
    DISTRICT = 0
    SUBDISTRICT = 1
    COMMUNITY = 2
    ZONE = 3
    GRID = 4

    @property
    def key(self) -> str:
        return self.name.lower()

    @classmethod
    def from_key(cls, key: str) -> "Level":
        return cls[key.upper()]


class OrgUnit(SyncModel):
    """One node of the tree. `path` is the codes from the root, each followed by
    '/', so "everything under X" is the indexed range query `path_prefix()`."""

    code = TextField(unique=True)
    name = TextField()
    level = IntegerField(index=True)
    parent = ForeignKeyField("self", null=True, backref="children", column_name="parent_uuid")
    path = TextField(index=True)
    sort_order = IntegerField(default=0)

    @classmethod
    def under(cls, path: str):
        """Expression: this node and everything below it (uses the path index)."""
        return (cls.path >= path) & (cls.path < path + "\uffff")
