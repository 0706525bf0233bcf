"""The register of issued notices 公示/通报/协议书/工单: what was printed, by whom
(created_by), when (created_at), and the SHA-256 of the file, so a printed copy
can be checked later."""

from peewee import DateField, ForeignKeyField, IntegerField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit


class Notice(SyncModel):
    kind = TextField(index=True)
    number = TextField()  # 文号 or notice number
    subject = TextField()
    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    period = TextField(null=True)  # 2026-10 / 2026-Q3 / 2026
    record_uuid = TextField(null=True)  # the case, order, unit or meeting it was made from
    issued_on = DateField()  # the date printed on it
    sha256 = TextField(index=True)
    size = IntegerField()
    pages = IntegerField()
    font = TextField()  # the font it was set in
