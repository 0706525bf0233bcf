"""People who hold a role on an org unit (grid leader, building leader, ...)."""

from peewee import DateField, ForeignKeyField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit


class Role:
    GRID_LEADER = "grid_leader"
    BUILDING_LEADER = "building_leader"
    HOUSEHOLD_LEADER = "household_leader"
    SECRETARY = "community_secretary"
    LEGAL_ADVISER = "legal_adviser"
    POLICE_LIAISON = "police_liaison"
    MEDIATOR = "mediator"
    ALL = (GRID_LEADER, BUILDING_LEADER, HOUSEHOLD_LEADER, SECRETARY, LEGAL_ADVISER, POLICE_LIAISON, MEDIATOR)


class Person(SyncModel):
    name = TextField()
    gender = TextField(null=True)  # M / F
    phone = TextField(null=True)
    id_number = TextField(null=True, index=True)
    org_unit = ForeignKeyField(OrgUnit, null=True, column_name="org_unit_uuid")
    resident_uuid = TextField(null=True, index=True)  # the same person in the roster, if known


class RoleAssignment(SyncModel):
    person = ForeignKeyField(Person, backref="roles", column_name="person_uuid")
    org_unit = ForeignKeyField(OrgUnit, backref="role_assignments", column_name="org_unit_uuid")
    role = TextField(index=True)
    start_date = DateField()
    end_date = DateField(null=True)
