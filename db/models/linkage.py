"""Four-level linkage 四级联动: escalations 上报 and what each level decided on them
(交办, 答复, 再上报), the per-level deadlines (district reference data), and the
joint conference 联席会议 (subdistrict) / co-building federation 共建联合会
(community) with its members, sessions and decisions.

Ownership (docs/linkage.md): an `escalation` is written by the site that holds
the record and filed under the record's unit; each `escalation_step` is written
by the level that acted and filed through its escalation (so it travels down to
the originating community); members, sessions and decisions are filed under
their own body's unit.
"""

from peewee import DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit


class LinkageDeadline(SyncModel):
    """Hours a level has to decide on an escalation it received (reference data)."""

    level = IntegerField()  # Level of the receiving unit: 2 community, 1 subdistrict, 0 district
    hours = IntegerField()


class LinkageMember(SyncModel):
    """A member organisation of a subdistrict's joint conference or a community's federation."""

    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    name = TextField()
    kind = TextField()  # stationed / unit / new_sector / police / urban / market / land / tax / property / other
    contact_name = TextField(null=True)
    contact_phone = TextField(null=True)
    joined_on = DateField(null=True)
    left_on = DateField(null=True)


class Escalation(SyncModel):
    """A request, need, mediation case or deliberation matter sent up from `from_unit`."""

    unit = ForeignKeyField(OrgUnit, column_name="unit_uuid")  # the escalated record's unit (its scope)
    from_unit = ForeignKeyField(OrgUnit, column_name="from_unit_uuid")  # the level that sent it first
    record_table = TextField()  # request / need / mediation_case / deliberation_matter
    record_uuid = TextField(index=True)
    subject = TextField()
    reason = TextField()
    escalated_at = DateTimeField(index=True)
    closed_at = DateTimeField(null=True)
    close_note = TextField(null=True)
    satisfaction = TextField(null=True)  # the call-back of a request: satisfied / basic / unsatisfied


class LinkageSession(SyncModel):
    """A joint-conference or federation session (date, place, attendance, agenda)."""

    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    held_on = DateField(index=True)
    place = TextField(null=True)
    attendance = IntegerField(default=0)
    agenda = TextField(null=True)


class EscalationStep(SyncModel):
    """What one level did: escalate further, assign (交办), put on the agenda, answer."""

    escalation = ForeignKeyField(Escalation, backref="steps", column_name="escalation_uuid")
    unit = ForeignKeyField(OrgUnit, column_name="acting_unit_uuid")  # the level that acted
    action = TextField()  # escalate / assign / agenda / answer
    at = DateTimeField()
    note = TextField(null=True)  # the reason, the instruction or the answer
    assignee = TextField(null=True)  # the member organisation's or the lower unit's name
    member_uuid = TextField(null=True)  # a linkage_member of the acting unit (not carried below it)
    assignee_unit = ForeignKeyField(OrgUnit, null=True, column_name="assignee_unit_uuid")
    due_at = DateTimeField(null=True)


class LinkageDecision(SyncModel):
    """A session's decision: what, which member is responsible, by when, and when done."""

    session = ForeignKeyField(LinkageSession, backref="decisions", column_name="session_uuid")
    member = ForeignKeyField(LinkageMember, null=True, column_name="member_uuid")
    escalation = ForeignKeyField(Escalation, null=True, column_name="escalation_uuid")
    subject = TextField()
    due_on = DateField()
    done_on = DateField(null=True)
    result = TextField(null=True)


class LinkageMemberGrid(SyncModel):
    """包抓网格: a grid a federation member (the community police officer above all) looks after."""

    member = ForeignKeyField(LinkageMember, backref="grids", column_name="member_uuid")
    grid = ForeignKeyField(OrgUnit, column_name="grid_uuid")


class LinkageAttendance(SyncModel):
    """Who attended a session: a member organisation (with the person it sent, if recorded) or a
    person present for the level itself (member empty, e.g. the subdistrict's leader)."""

    session = ForeignKeyField(LinkageSession, backref="attendees", column_name="session_uuid")
    member = ForeignKeyField(LinkageMember, null=True, column_name="member_uuid")
    person = TextField(null=True)

