"""Which tables travel, in which order, and how a row's place in the org tree is found.

Scope rules (what `scope_path()` returns for a row): the path of the org unit
the row belongs to, found through its own org column or through its parent
record. A site may only send rows whose path lies inside its own subtree;
district-owned reference tables may only come from the district.
"""

from db.models import SYNC_MODELS

# table -> ("org", column) | ("parent", column, parent table) | ("path",) | ("reference",)
SCOPE = {
    "org_unit": ("path",),
    "site": ("org", "org_unit_uuid"),
    "person": ("org", "org_unit_uuid"),
    "role_assignment": ("org", "org_unit_uuid"),
    "building": ("org", "grid_uuid"),
    "unit": ("org", "community_uuid"),
    "member": ("org", "community_uuid"),
    "resident_group": ("org", "grid_uuid"),
    "resident": ("org", "grid_uuid"),
    "tag_def": ("reference",),
    "resident_tag": ("parent", "resident_uuid", "resident"),
    "central_household": ("org", "grid_uuid"),
    "central_household_link": ("parent", "central_household_uuid", "central_household"),
    "establishment": ("org", "grid_uuid"),
    "category": ("reference",),
    "deadline_rule": ("reference",),
    "request": ("org", "grid_uuid"),
    "need": ("org", "community_uuid"),
    "offer": ("org", "community_uuid"),
    "service_order": ("org", "community_uuid"),
    "order_event": ("parent", "order_uuid", "service_order"),
    "call_back": ("parent", "order_uuid", "service_order"),
    "review_session": ("org", "community_uuid"),
    "review_score": ("parent", "session_uuid", "review_session"),
    "attachment": ("owner",),
    "deliberation_meeting": ("org", "org_unit_uuid"),
    "deliberation_matter": ("parent", "meeting_uuid", "deliberation_meeting"),
    "mediation_case": ("org", "community_uuid"),
    "mediation_party": ("parent", "case_uuid", "mediation_case"),
    "mediation_mediator": ("parent", "case_uuid", "mediation_case"),
    "mediation_session": ("parent", "case_uuid", "mediation_case"),
    "mediation_event": ("parent", "case_uuid", "mediation_case"),
    "mediation_agreement": ("parent", "case_uuid", "mediation_case"),
    "mediation_follow_up": ("parent", "case_uuid", "mediation_case"),
    "activity_kind": ("reference",),
    "virtue_activity": ("org", "org_unit_uuid"),
    "law_visit": ("org", "community_uuid"),
    "safety_event": ("org", "org_unit_uuid"),
    "fund_standard": ("reference",),
    "party_branch": ("org", "community_uuid"),
    "fund": ("org", "community_uuid"),
    "ledger_entry": ("parent", "fund_uuid", "fund"),
    "period_close": ("org", "org_unit_uuid"),
    "team": ("org", "org_unit_uuid"),
    "team_member": ("parent", "team_uuid", "team"),
    "project": ("org", "community_uuid"),
    "volunteer_service": ("org", "org_unit_uuid"),
    "proxy_service": ("org", "centre_uuid"),
    "subdistrict_posts": ("reference",),
    "notice": ("org", "org_unit_uuid"),
    "linkage_deadline": ("reference",),
    "linkage_member": ("org", "org_unit_uuid"),
    "escalation": ("org", "unit_uuid"),  # the escalated record's unit, so every step travels to where it began
    "linkage_session": ("org", "org_unit_uuid"),
    "escalation_step": ("parent", "escalation_uuid", "escalation"),
    "linkage_decision": ("parent", "session_uuid", "linkage_session"),
    "linkage_member_grid": ("org", "grid_uuid"),  # the grid looked after, inside the member's community
    "linkage_attendance": ("parent", "session_uuid", "linkage_session"),
    "attachment_part": ("owner",),  # an attachment's bytes, where its owner record goes
}
ORDER = [m._meta.table_name for m in SYNC_MODELS]  # parents before children
MODELS = {m._meta.table_name: m for m in SYNC_MODELS}
REFERENCE = {t for t, rule in SCOPE.items() if rule[0] == "reference"}
# reference rows that name an org unit travel only to sites that hold that unit
REFERENCE_ORG = {"subdistrict_posts": "subdistrict_uuid"}
# the column naming the unit that acted: from a site below it must lie inside the sender's subtree as well
# (a community may file a step under its own grid, but not as the subdistrict's answer)
ACTOR = {"escalation": "from_unit_uuid", "escalation_step": "acting_unit_uuid"}
# never in a bundle going up: the district's own records (org units down to the communities are filtered by level)
UP_NEVER = REFERENCE | {"site"}


def columns(table: str) -> list[str]:
    return [f.column_name for f in MODELS[table]._meta.sorted_fields]


def foreign_keys(table: str) -> dict[str, str]:
    """column -> referenced table, for the synced tables a row points at."""
    out = {}
    for field in MODELS[table]._meta.sorted_fields:
        rel = getattr(field, "rel_model", None)
        if rel is not None and rel._meta.table_name in MODELS:
            out[field.column_name] = rel._meta.table_name
    return out


assert set(SCOPE) == set(ORDER), "every synced table needs a scope rule"
