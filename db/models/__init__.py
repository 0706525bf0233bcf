"""All models, in dependency order (the order tables are created in)."""

from db.models.exchange import BundleLog, Conflict, PeerState, RelayState, SiteKey
from db.models.funds import Fund, FundStandard, LedgerEntry, PartyBranch, PeriodClose
from db.models.journal import AuditLog, ChangeLog
from db.models.linkage import (
    Escalation,
    EscalationStep,
    LinkageAttendance,
    LinkageDeadline,
    LinkageDecision,
    LinkageMember,
    LinkageMemberGrid,
    LinkageSession,
)
from db.models.local import KeyValue, User
from db.models.mediation import (
    ActivityKind,
    DeliberationMatter,
    DeliberationMeeting,
    LawVisit,
    MediationAgreement,
    MediationCase,
    MediationEvent,
    MediationFollowUp,
    MediationMediator,
    MediationParty,
    MediationSession,
    SafetyEvent,
    VirtueActivity,
)
from db.models.notices import Notice
from db.models.orders import (
    Attachment,
    AttachmentPart,
    CallBack,
    Category,
    DeadlineRule,
    Need,
    Offer,
    OrderEvent,
    Request,
    ReviewScore,
    ReviewSession,
    ServiceOrder,
)
from db.models.org import Level, OrgUnit
from db.models.people import Person, Role, RoleAssignment
from db.models.places import Building
from db.models.residents import (
    CentralHousehold,
    CentralHouseholdLink,
    Establishment,
    Resident,
    ResidentGroup,
    ResidentTag,
    TagDef,
)
from db.models.sites import Site
from db.models.support import (
    Member,
    Project,
    ProxyService,
    SubdistrictPosts,
    Team,
    TeamMember,
    Unit,
    VolunteerService,
)

LOCAL_MODELS = [KeyValue, User, ChangeLog, AuditLog, SiteKey, PeerState, RelayState, BundleLog, Conflict]
SYNC_MODELS = [OrgUnit, Site, Person, RoleAssignment, Building, Unit, Member,
               ResidentGroup, Resident, TagDef, ResidentTag, CentralHousehold, CentralHouseholdLink, Establishment,
               Category, DeadlineRule, Request, Need, Offer, ServiceOrder, OrderEvent, CallBack, ReviewSession,
               ReviewScore, DeliberationMeeting, DeliberationMatter, MediationCase, MediationParty,
               MediationMediator, MediationSession, MediationEvent, MediationAgreement, MediationFollowUp,
               ActivityKind, VirtueActivity, LawVisit, SafetyEvent, FundStandard, PartyBranch, Fund, LedgerEntry,
               PeriodClose, Team, TeamMember, Project, VolunteerService, ProxyService, SubdistrictPosts, Notice,
               LinkageDeadline, LinkageMember, Escalation, LinkageSession, EscalationStep, LinkageDecision,
               LinkageMemberGrid, LinkageAttendance, Attachment, AttachmentPart]  # last: an attachment's owner (any table) arrives before it
ALL_MODELS = LOCAL_MODELS + SYNC_MODELS

__all__ = [
    "ALL_MODELS", "LOCAL_MODELS", "SYNC_MODELS", "BundleLog", "Conflict", "PeerState", "RelayState", "SiteKey", "Attachment", "AttachmentPart", "CallBack", "Category", "DeadlineRule", "Need",
    "Offer", "OrderEvent", "Request", "ReviewScore", "ReviewSession", "ServiceOrder",
    "AuditLog", "Building", "CentralHousehold", "CentralHouseholdLink", "ChangeLog", "Establishment", "Level", "KeyValue", "Member", "OrgUnit",
    "Person", "Resident", "ResidentGroup", "ResidentTag", "Role", "RoleAssignment", "Site", "TagDef",
    "Unit", "User", "ActivityKind", "DeliberationMatter", "DeliberationMeeting", "LawVisit", "MediationAgreement",
    "MediationCase", "MediationEvent", "MediationFollowUp", "MediationMediator", "MediationParty", "MediationSession",
    "SafetyEvent", "VirtueActivity", "Fund", "FundStandard", "LedgerEntry", "PartyBranch", "PeriodClose",
    "Escalation", "EscalationStep", "LinkageAttendance", "LinkageDeadline", "LinkageDecision", "LinkageMember", "LinkageMemberGrid", "LinkageSession",
    "Notice", "Project", "ProxyService", "SubdistrictPosts", "Team", "TeamMember", "VolunteerService",
]
