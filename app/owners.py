"""Who owns which records: what a site may write, at the source and on import.

- The district owns the reference data (categories, deadline rules, tags,
  activity kinds, fund standards, subdistrict posts), the sites, and the org
  tree down to the communities: only the district creates, renames, moves or
  retires a subdistrict or a community.
- Every other record belongs to the org unit it is filed under (tables.SCOPE):
  a site may write it when that unit lies inside the site's own subtree — a
  community owns its zones, grids and everything in them; a subdistrict its own
  joint records and its communities' records; the district everything.

On import the same rule is applied to the sender, to the row as it arrives AND
as it is stored here (a record may not be moved into or out of the sender's
subtree). District-owned rows may come from the district, or be relayed down by
a site above the recipient; never from a site below.
"""

from app.errors import PermissionDenied
from db.models import Level

# the district's tables (app/exchange/tables.py: the reference tables and the sites; a test keeps them equal)
DISTRICT_TABLES = {"category", "deadline_rule", "tag_def", "activity_kind", "fund_standard", "subdistrict_posts", "site",
                   "linkage_deadline"}
DISTRICT_UNIT_LEVELS = {Level.DISTRICT, Level.SUBDISTRICT, Level.COMMUNITY}
TABLE_LABELS = {"category": "诉求类别", "deadline_rule": "办理时限", "tag_def": "居民标签", "activity_kind": "活动类型",
                "fund_standard": "经费标准", "subdistrict_posts": "街道编制", "site": "站点", "org_unit": "组织架构",
                "linkage_deadline": "联动办理时限"}


def district_owned(table: str, row: dict | None) -> bool:
    """Is this record (as given) the district's to write?"""
    if table in DISTRICT_TABLES:
        return True
    if table == "org_unit" and row is not None:
        level = row.get("level")
        return type(level) is int and level in DISTRICT_UNIT_LEVELS
    return False


def inside(path: str | None, scope: str) -> bool:
    return isinstance(path, str) and path.startswith(scope)


def require_district(table: str, site_level: str | None = None) -> None:
    """At the source: refuse a write of district-owned data at a site below the district."""
    if site_level is None:
        from app.session import has_site, local_site

        site_level = local_site().level if has_site() else "district"
    if site_level != "district":
        label = TABLE_LABELS.get(table, "基础数据")
        raise PermissionDenied(f"{label}由区里统一维护，本站不能修改。如需调整，请联系区级管理员修改后随数据包下发。")


def require_unit_owner(unit_level: int) -> None:
    """At the source: a subdistrict or community org unit is the district's to change."""
    if unit_level in DISTRICT_UNIT_LEVELS:
        require_district("org_unit")
