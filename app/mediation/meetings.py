"""自治 — deliberation meetings 说事/议事 and their matters 议题.

A meeting (居民说事堂, 我对党有话说, 我的脱贫故事, 庭院故事会) is held in a grid or a
community; each matter raised has a topic, a category and an outcome: settled
in the grid, settled in the community, referred upward, or still open ("small
matters stay in the grid, big ones in the community"). A matter may link to the
request it became; a mediation case links back to the matter it came from
(cases.CaseInput.matter_uuid)."""

import datetime as dt
from dataclasses import dataclass, field

from app.auth import require
from app.errors import ValidationError
from app.mediation.common import choice, count, day, live, org_unit, required, text
from app.validators import check_input, check_text, text_field
from db.connection import database
from db.models import DeliberationMatter, DeliberationMeeting, Level, MediationCase, Request

KINDS = {"speak_hall": "居民说事堂", "party_talk": "我对党有话说", "poverty_story": "我的脱贫故事",
         "courtyard_story": "庭院故事会"}
CATEGORIES = {"parking": "停车", "dance_noise": "广场舞噪音", "sanitation": "环境卫生", "property_fees": "物业费",
              "greening": "绿化", "facilities": "公共设施", "neighbours": "邻里关系", "safety": "安全隐患",
              "pets": "文明养犬", "other": "其他"}
OUTCOMES = {"settled_grid": "网格内解决", "settled_community": "社区解决", "referred": "上报上级", "open": "待解决"}
RESOLVED = ("settled_grid", "settled_community")


@dataclass
class MatterInput:
    topic: str = text_field(100, "议题")
    category: str = text_field(20, "议题类别", default="other")
    outcome: str = text_field(20, "议题结果", default="open")
    follow_up: str = text_field(500, "后续跟进", multiline=True)
    request_uuid: str | None = None


@dataclass
class MeetingInput:
    kind: str = text_field(20, "会议形式", default="speak_hall")
    org_unit_uuid: str | None = None  # a grid or a community
    held_on: dt.date | None = None
    place: str = text_field(100, "会议地点")
    host: str = text_field(30, "主持人")
    attendance: int = 0
    notes: str = text_field(1000, "会议记录", multiline=True)
    matters: list[MatterInput] = field(default_factory=list)


def _meeting(data: MeetingInput) -> dict:
    check_input(data)
    return {"kind": choice(data.kind, KINDS, "kind", "会议形式"),
            "org_unit": org_unit(data.org_unit_uuid, (Level.COMMUNITY, Level.ZONE, Level.GRID),
                                 "请选择召开会议的网格或社区。"),
            "held_on": day(data.held_on or dt.date.today(), "held_on", "会议日期"),
            "place": text(data.place), "host": required(data.host, "host", "主持人"),
            "attendance": count(data.attendance, "attendance", "参会人数"), "notes": text(data.notes)}


def _matter(data: MatterInput) -> dict:
    check_input(data)
    topic = text(data.topic) or ""
    if len(topic) < 2:
        raise ValidationError("请写明议题（至少2个字），如：小区停车难。", field="topic")
    values = {"topic": topic, "category": choice(data.category, CATEGORIES, "category", "议题类别"),
              "outcome": choice(data.outcome, OUTCOMES, "outcome", "议题结果"), "follow_up": text(data.follow_up),
              "request": live(Request, data.request_uuid, "居民诉求") if data.request_uuid else None}
    if values["outcome"] in ("referred", "open") and not values["follow_up"]:
        raise ValidationError(f"议题“{topic}”尚未解决：请写明后续跟进（谁负责、怎么办）。", field="follow_up")
    return values


def hold(data: MeetingInput) -> DeliberationMeeting:
    """Record a meeting with its matters, in one transaction."""
    require("write")
    values = _meeting(data)
    matters = [_matter(m) for m in data.matters]
    with database.atomic():
        meeting = DeliberationMeeting.create(**values)
        for matter in matters:
            DeliberationMatter.create(meeting=meeting, **matter)
    return meeting


def add_matter(meeting_uuid: str, data: MatterInput) -> DeliberationMatter:
    require("write")
    meeting = live(DeliberationMeeting, meeting_uuid, "议事会议")
    values = _matter(data)
    with database.atomic():
        return DeliberationMatter.create(meeting=meeting, **values)


def set_outcome(matter_uuid: str, outcome: str, follow_up: str = "",
                request_uuid: str | None = None) -> DeliberationMatter:
    """A matter settled later, referred upward, or turned into a request."""
    require("write")
    check_text(follow_up or "", label="后续跟进", limit=500, field="follow_up", multiline=True)
    matter = live(DeliberationMatter, matter_uuid, "议题")
    values = _matter(MatterInput(topic=matter.topic, category=matter.category, outcome=outcome,
                                 follow_up=follow_up or matter.follow_up or "",
                                 request_uuid=request_uuid or matter.request_uuid))
    with database.atomic():
        for key in ("outcome", "follow_up", "request"):
            setattr(matter, key, values[key])
        matter.save()
    return matter


def matters(meeting_uuid: str) -> list[DeliberationMatter]:
    return list(DeliberationMatter.live().where(DeliberationMatter.meeting == meeting_uuid)
                .order_by(DeliberationMatter.created_at))


@dataclass(frozen=True)
class MatterOrigin:
    """Where a case registered from a deliberation matter comes from: the meeting's unit and the topic."""
    unit_uuid: str
    unit_name: str
    topic: str


def matter_origin(matter_uuid: str | None) -> MatterOrigin | None:
    matter = DeliberationMatter.get_or_none(DeliberationMatter.uuid == matter_uuid) if matter_uuid else None
    if matter is None:
        return None
    unit = matter.meeting.org_unit
    return MatterOrigin(unit.uuid, unit.name, matter.topic)


def cases_of(matter_uuid: str) -> list[MediationCase]:
    """The mediation cases that came of a matter."""
    return list(MediationCase.live().where(MediationCase.matter == matter_uuid).order_by(MediationCase.registered_at))
