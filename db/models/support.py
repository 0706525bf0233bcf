"""The four supports 四重支持: registered units and in-service party members (双报到),
party task forces and volunteer teams with their members, co-building projects,
volunteer services and the problems they solved, proxy services 帮办代办 at the
service centres, and the subdistrict reform figures (reference data)."""

from peewee import BooleanField, DateField, ForeignKeyField, IntegerField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit
from db.models.residents import Resident


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


class Team(SyncModel):
    """党员突击队 (kind task_force) or 志愿服务队 (kind volunteer) of a community or subdistrict."""

    kind = TextField(index=True)
    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    name = TextField()
    leader_name = TextField(null=True)
    focus = TextField(null=True)  # what it does: 管得宽 — 矛盾排查, 一家亲 — 邻里互助 ...
    founded_on = DateField(null=True)
    disbanded_on = DateField(null=True)


class TeamMember(SyncModel):
    team = ForeignKeyField(Team, backref="team_members", column_name="team_uuid")
    member = ForeignKeyField(Member, null=True, column_name="member_uuid")  # an in-service party member, or
    resident = ForeignKeyField(Resident, null=True, column_name="resident_uuid")  # a resident volunteer
    name = TextField()
    phone = TextField(null=True)
    joined_on = DateField(null=True)
    left_on = DateField(null=True)


class Project(SyncModel):
    """共建项目: a co-building project of a community with its units."""

    community = ForeignKeyField(OrgUnit, column_name="community_uuid")
    unit = ForeignKeyField(Unit, null=True, column_name="unit_uuid")  # the lead unit
    name = TextField()
    parties = TextField()  # 共建各方
    goal = TextField()
    status = TextField(index=True)  # planned / ongoing / done / dropped
    outcome = TextField(null=True)
    started_on = DateField(null=True)
    ended_on = DateField(null=True)


class VolunteerService(SyncModel):
    """One volunteer service: who served, where, and how many problems it solved."""

    team = ForeignKeyField(Team, null=True, column_name="team_uuid")
    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    project = ForeignKeyField(Project, null=True, column_name="project_uuid")
    served_on = DateField(index=True)
    title = TextField()
    description = TextField(null=True)
    volunteers = IntegerField(default=0)
    problems_solved = IntegerField(default=0)


class ProxyService(SyncModel):
    """帮办代办: one service at a community service centre."""

    centre = ForeignKeyField(OrgUnit, column_name="centre_uuid")  # the community whose centre served
    served_on = DateField(index=True)
    service_kind = TextField(index=True)
    mode = TextField()  # proxy 代办 / assisted 帮办 / extended_hours 延时 / appointment 预约
    for_whom = TextField(null=True)
    resident = ForeignKeyField(Resident, null=True, column_name="resident_uuid")
    notes = TextField(null=True)


class SubdistrictPosts(SyncModel):
    """Subdistrict reform figures (reference data): internal bodies and posts 编制 of one office."""

    subdistrict = ForeignKeyField(OrgUnit, column_name="subdistrict_uuid")
    year = IntegerField()
    internal_bodies = IntegerField()
    admin_posts = IntegerField()  # 行政编制
    institution_posts = IntegerField()  # 全额事业编制
