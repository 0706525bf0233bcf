"""Sites: installations of GridDesk (this PC and, at the district, the enrolled ones)."""

from peewee import ForeignKeyField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit


class Site(SyncModel):
    name = TextField()
    level = TextField()  # district / subdistrict / community
    org_unit = ForeignKeyField(OrgUnit, null=True, column_name="org_unit_uuid")
