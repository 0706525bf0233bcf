"""Reference data of the four orders: categories, channels, urgencies, the kinds of
classification, and the deadline rules (hours per category and urgency)."""

from dataclasses import dataclass

from app import owners
from app.auth import require
from app.errors import Conflict, ValidationError
from app.linkage.levels import seed_deadlines
from app.validators import check_text
from db.connection import database
from db.ids import stable_uuid
from db.models import Category, DeadlineRule

DEFAULT_CATEGORIES = (
    ("parking", "停车管理"), ("sanitation", "环境卫生"), ("elderly", "养老助老"), ("repair", "房屋维修"),
    ("dispute", "矛盾纠纷"), ("policy", "政策咨询"), ("employment", "就业创业"), ("health", "医疗健康"),
    ("education", "教育助学"), ("property", "物业服务"), ("safety", "安全隐患"), ("noise", "噪音扰民"),
    ("utilities", "水电气暖"), ("greening", "绿化美化"), ("disability", "助残帮扶"), ("other", "其他"),
)
CHANNELS = {"visit": "网格长走访", "phone": "电话", "walk_in": "来访", "online": "微信/网上", "meeting": "议事会"}
URGENCIES = {"urgent": "紧急", "normal": "一般", "low": "不急"}
KINDS = {"reply": "回复解释类", "transfer": "转交办理类", "handle": "受理自办类"}
# (category, urgency, respond_hours, complete_hours); '*' matches any
DEFAULT_RULES = (
    ("*", "*", 24, 7 * 24),
    ("*", "urgent", 4, 2 * 24),
    ("*", "low", 48, 15 * 24),
    ("safety", "*", 4, 3 * 24),
    ("utilities", "*", 12, 3 * 24),
)


@dataclass(frozen=True)
class Deadline:
    respond_hours: int
    complete_hours: int


def seed_reference() -> None:
    """Write the default categories and rules into an empty catalogue (one transaction).
    Their keys are the same at every site, so the district's copy and a site's agree."""
    with database.atomic():
        if not Category.select().exists():
            for order, (code, name) in enumerate(DEFAULT_CATEGORIES):
                Category.create(uuid=stable_uuid(f"category:{code}"), code=code, name=name, sort_order=order)
        if not DeadlineRule.select().exists():
            for category, urgency, respond, complete in DEFAULT_RULES:
                DeadlineRule.create(uuid=stable_uuid(f"deadline:{category}:{urgency}"), category=category,
                                    urgency=urgency, respond_hours=respond, complete_hours=complete)
        seed_deadlines()  # the linkage levels' hours (app/linkage/levels.py)


def categories() -> dict[str, str]:
    rows = Category.live().where(Category.active == True).order_by(Category.sort_order, Category.code)  # noqa: E712
    return {c.code: c.name for c in rows}


def check_category(code: str) -> str:
    if not code:
        raise ValidationError("请选择类别。", field="category")
    if code not in categories():
        raise ValidationError(f"类别“{code}”不在类别目录中，请从列表中选择。", field="category")
    return code


def deadline(category: str, urgency: str) -> Deadline:
    """The most specific rule: exact category and urgency, then category, then urgency, then default."""
    rules = {(r.category, r.urgency): r for r in DeadlineRule.live()}
    for key in ((category, urgency), (category, "*"), ("*", urgency), ("*", "*")):
        if key in rules:
            return Deadline(rules[key].respond_hours, rules[key].complete_hours)
    return Deadline(24, 7 * 24)


def set_rule(category: str, urgency: str, respond_hours: int, complete_hours: int) -> DeadlineRule:
    require("admin")
    owners.require_district("deadline_rule")
    if category != "*":
        check_category(category)
    if urgency != "*" and urgency not in URGENCIES:
        raise ValidationError("紧急程度无效。", field="urgency")
    if not 0 < respond_hours <= complete_hours:
        raise ValidationError("响应时限须大于0，且不超过办结时限。", field="respond_hours")
    with database.atomic():
        rule = DeadlineRule.live().where((DeadlineRule.category == category) & (DeadlineRule.urgency == urgency))
        row = rule.first()
        if row is None:
            return DeadlineRule.create(category=category, urgency=urgency, respond_hours=respond_hours,
                                       complete_hours=complete_hours)
        row.respond_hours, row.complete_hours = respond_hours, complete_hours
        row.save()
        return row


def add_category(code: str, name: str) -> Category:
    require("admin")
    owners.require_district("category")
    check_text(name or "", label="类别名称", limit=20, field="name")
    code, name = (code or "").strip(), (name or "").strip()
    if not code or not name:
        raise ValidationError("请填写类别编码和名称。", field="code")
    if Category.select().where(Category.code == code).exists():
        raise Conflict(f"类别编码“{code}”已存在。", field="code")
    with database.atomic():
        return Category.create(code=code, name=name, sort_order=len(categories()))
