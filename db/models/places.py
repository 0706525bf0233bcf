"""Buildings inside a grid."""

from peewee import BooleanField, ForeignKeyField, IntegerField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit
from db.models.people import Person


class Building(SyncModel):
    grid = ForeignKeyField(OrgUnit, backref="buildings", column_name="grid_uuid")
    name = TextField()
    address = TextField(null=True)
    floors = IntegerField(null=True)
    households = IntegerField(null=True)
    leader = ForeignKeyField(Person, null=True, column_name="leader_uuid")
    is_civilized = BooleanField(default=False)  # 文明楼
    is_model = BooleanField(default=False)  # 示范楼
