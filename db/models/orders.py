"""The four orders (四单): requests 诉求, needs 需求清单, offers 供给清单, service
orders 服务清单/工单 with every transition, call-backs 回访, monthly review
sessions 评议会 with their scores, and the reference data that drives them."""

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit
from db.models.residents import Resident
from db.models.support import Member, Unit


class Category(SyncModel):
    """A request/need/offer category (reference data the district edits)."""

    code = TextField(unique=True)
    name = TextField()
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)


class DeadlineRule(SyncModel):
    """Hours allowed per category ('*' = any) and urgency ('*' = any); the most specific wins."""

    category = TextField()
    urgency = TextField()
    respond_hours = IntegerField()
    complete_hours = IntegerField()


class Request(SyncModel):
    number = TextField(index=True)
    grid = ForeignKeyField(OrgUnit, backref="requests", column_name="grid_uuid")
    resident = ForeignKeyField(Resident, null=True, column_name="resident_uuid")
    requester_name = TextField()
    requester_phone = TextField(null=True)
    channel = TextField()
    content = TextField()
    category = TextField(index=True)
    urgency = TextField(default="normal")
    kind = TextField(null=True)  # reply / transfer / handle, once classified
    department = TextField(null=True)  # for transfer
    state = TextField(index=True)  # new / transferred / need / closed / merged
    received_at = DateTimeField(index=True)
    due_at = DateTimeField()  # received + the complete hours of its deadline rule
    closed_at = DateTimeField(null=True)
    answer = TextField(null=True)  # the reply, or the department's feedback
    merged_into = ForeignKeyField("self", null=True, column_name="merged_into_uuid")


class Need(SyncModel):
    request = ForeignKeyField(Request, backref="needs", column_name="request_uuid")
    community = ForeignKeyField(OrgUnit, column_name="community_uuid")
    category = TextField(index=True)
    description = TextField()
    state = TextField(index=True)  # open / ordered / handled / closed


class Offer(SyncModel):
    community = ForeignKeyField(OrgUnit, column_name="community_uuid")
    unit = ForeignKeyField(Unit, null=True, column_name="unit_uuid")
    member = ForeignKeyField(Member, null=True, column_name="member_uuid")
    category = TextField(index=True)
    description = TextField()
    capacity = IntegerField(default=1)  # orders at a time
    availability = TextField(null=True)  # e.g. 周末, 工作日晚上
    willingness = TextField(null=True)
    valid_from = DateField()
    valid_to = DateField(null=True)


class ServiceOrder(SyncModel):
    number = TextField(index=True)
    need = ForeignKeyField(Need, backref="orders", column_name="need_uuid")
    offer = ForeignKeyField(Offer, backref="orders", column_name="offer_uuid")
    community = ForeignKeyField(OrgUnit, column_name="community_uuid")
    state = TextField(index=True)
    dispatched_at = DateTimeField(index=True)
    respond_by = DateTimeField()
    complete_by = DateTimeField()
    responded_at = DateTimeField(null=True)
    completed_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    contact_note = TextField(null=True)
    result = TextField(null=True)
    feedback = TextField(null=True)
    return_reason = TextField(null=True)
    redo_count = IntegerField(default=0)
    supervised = BooleanField(default=False)
    match_reason = TextField(null=True)


class OrderEvent(SyncModel):
    order = ForeignKeyField(ServiceOrder, backref="events", column_name="order_uuid")
    at = DateTimeField()
    action = TextField()
    from_state = TextField(null=True)
    to_state = TextField()
    by = TextField(null=True)
    note = TextField(null=True)


class CallBack(SyncModel):
    order = ForeignKeyField(ServiceOrder, backref="callbacks", column_name="order_uuid")
    at = DateTimeField()
    satisfaction = TextField()  # satisfied / basic / unsatisfied
    resolved = BooleanField()
    comment = TextField(null=True)


class ReviewSession(SyncModel):
    community = ForeignKeyField(OrgUnit, column_name="community_uuid")
    month = TextField(index=True)  # YYYY-MM
    held_on = DateField()
    place = TextField(null=True)
    reviewers = TextField()  # JSON list of {"name", "kind": requester/deputy/representative}
    notes = TextField(null=True)


class ReviewScore(SyncModel):
    session = ForeignKeyField(ReviewSession, backref="scores", column_name="session_uuid")
    order = ForeignKeyField(ServiceOrder, column_name="order_uuid")
    score = IntegerField()  # 1..5
    comment = TextField(null=True)


class Attachment(SyncModel):
    owner_table = TextField()
    owner_uuid = TextField(index=True)
    file_name = TextField()
    sha256 = TextField()
    size = IntegerField()


class AttachmentPart(SyncModel):
    """A piece of an attachment's bytes (base64, at most 512 KiB of the file each), kept for a
    file that must travel in bundles (an escalation's photos): the receiving site rebuilds the
    file from them. The owner columns repeat the attachment's, so a part goes where it goes."""

    attachment = ForeignKeyField(Attachment, backref="parts", column_name="attachment_uuid")
    owner_table = TextField()
    owner_uuid = TextField()
    seq = IntegerField()
    data = TextField()

