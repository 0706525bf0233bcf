"""德治 — activities of the rule of virtue: family-tradition education 家风教育,
moral lectures 道德讲堂, "small stool" talks 小板凳宣讲, neighbourhood festivals
邻里节, and any kind an administrator adds (reference data, sent by the
district). Photos and files are kept with app.attachments (owner_table
"virtue_activity")."""

import datetime as dt
import re
from dataclasses import dataclass

from app import owners
from app.attachments import check as check_attachment
from app.attachments import store as store_attachment
from app.auth import require
from app.errors import Conflict, ValidationError
from app.mediation.common import count, day, live, org_unit, required, text
from app.validators import check_input, check_text, text_field
from db.connection import database
from db.ids import stable_uuid
from db.models import ActivityKind, Attachment, Level, VirtueActivity

BUILTIN_KINDS = {"family_education": "家风教育", "moral_lecture": "道德讲堂", "small_stool": "小板凳宣讲",
                 "neighbourhood": "邻里节"}
OWNER_TABLE = "virtue_activity"
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


@dataclass
class ActivityInput:
    kind: str = text_field(32, "活动类别")
    org_unit_uuid: str | None = None  # community, zone or grid
    held_on: dt.date | None = None
    title: str = text_field(60, "活动名称")
    place: str = text_field(100, "活动地点")
    organiser: str = text_field(60, "组织者")
    audience: int = 0
    notes: str = text_field(1000, "活动情况", multiline=True)


def kinds() -> dict[str, str]:
    """code -> name: the built-in kinds, then the added ones."""
    added = ActivityKind.live().order_by(ActivityKind.sort_order, ActivityKind.name)
    return {**BUILTIN_KINDS, **{k.code: k.name for k in added}}


def add_kind(code: str, name: str) -> ActivityKind:
    """An administrator of the district adds a kind (e.g. 重阳敬老宴); it travels down."""
    require("admin")
    owners.require_district("activity_kind")
    check_text(name or "", label="活动类别名称", limit=20, field="name")
    code, name = (code or "").strip().lower(), required(name, "name", "活动类别名称")
    if not _CODE_RE.match(code):
        raise ValidationError("类别代码请用2-32位小写字母、数字或下划线，以字母开头，如 elder_feast。", field="code")
    known = kinds()
    if code in known or name in known.values():
        raise Conflict(f"活动类别“{known.get(code, name)}”已存在，无需重复添加。", field="code")
    with database.atomic():
        return ActivityKind.create(uuid=stable_uuid(f"activity_kind:{code}"), code=code, name=name,
                                   sort_order=len(known))


def record(data: ActivityInput, attachments: list | None = None) -> VirtueActivity:
    """An activity held, with its photos or files, in one transaction."""
    require("write")
    check_input(data)
    known = kinds()
    if data.kind not in known:
        raise ValidationError(f"请选择活动类别：{'、'.join(known.values())}。", field="kind")
    values = {"kind": data.kind,
              "org_unit": org_unit(data.org_unit_uuid, (Level.COMMUNITY, Level.ZONE, Level.GRID),
                                   "请选择举办活动的社区或网格。"),
              "held_on": day(data.held_on or dt.date.today(), "held_on", "活动日期"),
              "title": text(data.title), "place": text(data.place),
              "organiser": required(data.organiser, "organiser", "组织者"),
              "audience": count(data.audience, "audience", "参加人数"), "notes": text(data.notes)}
    files = [check_attachment(f) for f in attachments or []]
    with database.atomic():
        activity = VirtueActivity.create(**values)
        for f in files:
            store_attachment(OWNER_TABLE, activity.uuid, f)
    return activity


def attach(activity_uuid: str, source) -> Attachment:
    require("write")
    activity = live(VirtueActivity, activity_uuid, "活动")
    with database.atomic():
        return store_attachment(OWNER_TABLE, activity.uuid, source)
