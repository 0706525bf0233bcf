"""Residents and what groups them inside a grid."""

from peewee import BooleanField, DateField, ForeignKeyField, IntegerField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit
from db.models.places import Building


class ResidentGroup(SyncModel):
    """居民小组."""

    grid = ForeignKeyField(OrgUnit, backref="resident_groups", column_name="grid_uuid")
    name = TextField()


class Resident(SyncModel):
    grid = ForeignKeyField(OrgUnit, backref="residents", column_name="grid_uuid")
    building = ForeignKeyField(Building, null=True, backref="residents", column_name="building_uuid")
    group = ForeignKeyField(ResidentGroup, null=True, backref="residents", column_name="group_uuid")
    name = TextField(index=True)
    gender = TextField(null=True)  # M / F
    birth_date = DateField(null=True)
    id_number = TextField(null=True, index=True)
    phone = TextField(null=True)
    room = TextField(null=True)
    address = TextField(null=True)
    household_no = TextField(null=True, index=True)  # 户号: residents sharing it form a household
    relation = TextField(null=True)  # 户主 / 配偶 / 子女 / 父母 / 其他
    notes = TextField(null=True)


class TagDef(SyncModel):
    """A tag a grid leader may record on a resident (独居老人, 低保户 ...)."""

    name = TextField(unique=True)
    sort_order = IntegerField(default=0)


class ResidentTag(SyncModel):
    resident = ForeignKeyField(Resident, backref="tags", column_name="resident_uuid")
    tag = TextField(index=True)


class CentralHousehold(SyncModel):
    """中心户: a household leader who looks after neighbouring residents."""

    grid = ForeignKeyField(OrgUnit, backref="central_households", column_name="grid_uuid")
    leader = ForeignKeyField(Resident, column_name="leader_uuid")
    name = TextField(null=True)


class CentralHouseholdLink(SyncModel):
    household = ForeignKeyField(CentralHousehold, backref="links", column_name="central_household_uuid")
    resident = ForeignKeyField(Resident, column_name="resident_uuid")


class Establishment(SyncModel):
    """驻社单位 (kind 'unit') and 商业网点 (kind 'shop') inside a grid."""

    grid = ForeignKeyField(OrgUnit, backref="establishments", column_name="grid_uuid")
    kind = TextField(index=True)
    name = TextField()
    category = TextField(null=True)
    address = TextField(null=True)
    contact_name = TextField(null=True)
    contact_phone = TextField(null=True)
    has_party_org = BooleanField(default=False)
