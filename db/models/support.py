"""Registered units and in-service party members (双报到)."""

from peewee import BooleanField, DateField, ForeignKeyField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit


class Unit(SyncModel):
    name = TextField()
    kind = TextField(null=True)  # 机关 / 事业单位 / 国有企业 / ...
    community = ForeignKeyField(OrgUnit, backref="units", column_name="community_uuid")
    has_party_org = BooleanField(default=True)
    contact_name = TextField(null=True)
    contact_phone = TextField(null=True)
    registered_on = DateField(null=True)


class Member(SyncModel):
    name = TextField()
    gender = TextField(null=True)
    phone = TextField(null=True)
    unit = ForeignKeyField(Unit, null=True, backref="members", column_name="unit_uuid")
    community = ForeignKeyField(OrgUnit, backref="members", column_name="community_uuid")
    registered_on = DateField(null=True)
