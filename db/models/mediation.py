"""The three governances 三治共促: deliberation meetings 说事/议事 and their matters 议题
(自治), people's mediation cases 人民调解 with their parties, mediators, sessions,
events, agreement 调解协议书 and follow-up visits, the activities of the rule of
virtue (德治), and the rule-of-law log: visits and talks of legal advisers and
police liaisons, and the events that break a community's "three zeros" (法治).

Free text that may hold personal details uses the column names the audit
triggers mask (facts, content, notes)."""

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from db.base import SyncModel
from db.models.orders import Request
from db.models.org import OrgUnit
from db.models.people import Person
from db.models.residents import Resident


class DeliberationMeeting(SyncModel):
    """居民说事堂 / 我对党有话说 / 我的脱贫故事 / 庭院故事会, held in a grid or a community."""

    kind = TextField(index=True)
    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    held_on = DateField(index=True)
    place = TextField(null=True)
    host = TextField()
    attendance = IntegerField(default=0)
    notes = TextField(null=True)


class DeliberationMatter(SyncModel):
    """One matter 议题 of a meeting and what became of it."""

    meeting = ForeignKeyField(DeliberationMeeting, backref="matters", column_name="meeting_uuid")
    topic = TextField()
    category = TextField(index=True)
    outcome = TextField(index=True)  # settled_grid / settled_community / referred / open
    follow_up = TextField(null=True)
    request = ForeignKeyField(Request, null=True, column_name="request_uuid")


class MediationCase(SyncModel):
    number = TextField(index=True)
    community = ForeignKeyField(OrgUnit, column_name="community_uuid")
    year = IntegerField()
    seq = IntegerField()
    source = TextField()
    dispute_type = TextField(index=True)
    facts = TextField()
    place = TextField()
    state = TextField(index=True)
    registered_at = DateTimeField(index=True)
    accepted_at = DateTimeField(null=True, index=True)
    due_at = DateTimeField()
    concluded_at = DateTimeField(null=True)  # agreement reached, failed or ended
    archived_at = DateTimeField(null=True)
    decline_reason = TextField(null=True)
    conclusion = TextField(null=True)  # why it failed or ended
    request = ForeignKeyField(Request, null=True, column_name="request_uuid")  # came from
    matter = ForeignKeyField(DeliberationMatter, null=True, backref="cases", column_name="matter_uuid")  # came from
    result_request = ForeignKeyField(Request, null=True, column_name="result_request_uuid")  # led to


class MediationParty(SyncModel):
    case = ForeignKeyField(MediationCase, backref="parties", column_name="case_uuid")
    side = TextField()  # applicant / respondent / other
    resident = ForeignKeyField(Resident, null=True, column_name="resident_uuid")
    name = TextField()
    gender = TextField(null=True)
    id_number = TextField(null=True)
    phone = TextField(null=True)
    address = TextField(null=True)


class MediationMediator(SyncModel):
    case = ForeignKeyField(MediationCase, backref="mediators", column_name="case_uuid")
    person = ForeignKeyField(Person, column_name="person_uuid")
    role = TextField()  # the Role held: mediator / legal_adviser


class MediationSession(SyncModel):
    case = ForeignKeyField(MediationCase, backref="sessions", column_name="case_uuid")
    held_at = DateTimeField()
    place = TextField(null=True)
    attendees = TextField()
    notes = TextField()  # what was said


class MediationEvent(SyncModel):
    case = ForeignKeyField(MediationCase, backref="events", column_name="case_uuid")
    at = DateTimeField()
    action = TextField()
    from_state = TextField(null=True)
    to_state = TextField()
    by = TextField(null=True)
    note = TextField(null=True)


class MediationAgreement(SyncModel):
    """人民调解协议书, field by field (the parties are the case's parties)."""

    case = ForeignKeyField(MediationCase, backref="agreements", column_name="case_uuid")
    form = TextField()  # written / oral
    facts = TextField()  # 纠纷主要事实、争议事项
    content = TextField()  # 协议内容
    performance = TextField()  # 履行方式
    perform_by = DateField(null=True)  # 履行期限
    signed_on = DateField()


class MediationFollowUp(SyncModel):
    """回访: is the agreement being kept?"""

    case = ForeignKeyField(MediationCase, backref="follow_ups", column_name="case_uuid")
    visited_on = DateField()
    kept = BooleanField()
    notes = TextField(null=True)
    by = TextField(null=True)


class ActivityKind(SyncModel):
    """A kind of virtue activity an administrator added (the four built-in ones live in code)."""

    code = TextField(unique=True)
    name = TextField()
    sort_order = IntegerField(default=0)


class VirtueActivity(SyncModel):
    kind = TextField(index=True)
    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    held_on = DateField(index=True)
    title = TextField(null=True)
    place = TextField(null=True)
    organiser = TextField()
    audience = IntegerField(default=0)
    notes = TextField(null=True)


class LawVisit(SyncModel):
    """A legal adviser's or police liaison's visit, talk or consultation day in a community."""

    person = ForeignKeyField(Person, column_name="person_uuid")
    community = ForeignKeyField(OrgUnit, column_name="community_uuid")
    role = TextField()  # legal_adviser / police_liaison
    kind = TextField()  # visit / talk / consultation
    held_on = DateField(index=True)
    topic = TextField()
    audience = IntegerField(default=0)
    notes = TextField(null=True)


class SafetyEvent(SyncModel):
    """An event that breaks the "three zeros": a petition, an accident or a crime,
    recorded on a community (or on a subdistrict itself)."""

    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    kind = TextField(index=True)  # petition / accident / crime
    occurred_on = DateField(index=True)
    notes = TextField(null=True)
