"""Fund types, expense purposes and the district's default yearly standards.

The keys are what is stored and what travels; the Chinese labels are shown in
the window, in Excel and in notices (they are domain terms, not UI text).
"""

from db.ids import stable_uuid

# key -> (label, holder): a community's funds, or a residential-compound party branch's
FUND_TYPES = {
    "public": ("公用经费", "community"),
    "service": ("服务群众专项经费", "community"),
    "party": ("党建工作经费", "community"),
    "compound_party": ("小区党支部党建工作经费", "branch"),
}
COMMUNITY_TYPES = tuple(k for k, (_, holder) in FUND_TYPES.items() if holder == "community")

# the district's standards (docs: domain.md), in fen; an administrator sets those of a new year
DEFAULT_STANDARDS = {"public": 5_000_000, "service": 10_000_000, "party": 500_000, "compound_party": 2_000_000}

# expense purposes 支出用途
PURPOSES = {
    "office": "办公用品",
    "activity": "活动组织",
    "publicity": "宣传印刷",
    "visits": "走访慰问",
    "repairs": "设施维修",
    "training": "学习培训",
    "volunteer": "志愿服务",
    "utilities": "水电物业",
    "other": "其他",
}

KINDS = {"allocation": "拨付", "expense": "支出", "transfer_in": "调入", "transfer_out": "调出"}


def type_label(fund_type: str) -> str:
    return FUND_TYPES.get(fund_type, (fund_type, ""))[0]


def fund_uuid(holder_uuid: str, fund_type: str, year: int) -> str:
    """The same key wherever the fund is opened: holder (community or branch), type, year."""
    return stable_uuid(f"fund:{holder_uuid}:{fund_type}:{year}")


def standard_uuid(year: int, fund_type: str) -> str:
    return stable_uuid(f"fund_standard:{year}:{fund_type}")


def close_uuid(org_uuid: str, year: int, month: int) -> str:
    return stable_uuid(f"period_close:{org_uuid}:{year}:{month}")
