"""The notices of the three governances: 人民调解协议书 and 说事记录.

mediation_agreement — a case's agreement in the layout of the Ministry of Justice's
template (司法部《人民调解文书格式》): title, 编号, the parties, 纠纷主要事实、争议事项,
the agreement, 履行方式、时限, the closing sentences, signature lines for every party,
the mediators and the recorder, the committee's seal place and the signing date.
`--id` is the case's uuid or its number. The number printed is the case's own
(东关调〔2026〕第015号): the case file, the follow-up visits and a court's judicial
confirmation cite it; the register number the core gives (东关社调〔2026〕1号) stays in
the register, so the parties' document never shows two numbers. Nothing on it depends
on the day it is printed (the date is the signing date): a reprint is the same bytes.

Personal data: the agreement is the parties' own document, not a board notice, so
names, ages and addresses are printed in full; ID and phone numbers in full only for a
user with the `personal` permission (app.auth.can), masked by app.privacy otherwise —
and such a copy says it cannot serve as the agreement. Issuing needs `write`, which
every role holding `personal` has, so a registered agreement is always complete.
An oral agreement (人民调解法第二十八条: no document is made, the mediator records it)
is refused, as is a case without an agreement.

deliberation_minutes — the record of one deliberation meeting (`--id` its uuid): kind,
unit, date, place, host, attendance, each matter with its category, outcome and
follow-up (with the request or mediation case it led to), the notes, a closing line
and signature lines. Free text (topics, follow-ups, notes) may name residents: it is
printed as recorded, because this is an internal record filed by the community, not a
notice for the board.
"""

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from app.auth import can
from app.errors import NotFound, ValidationError
from app.mediation import agreements, cases, meetings
from app.mediation.common import community_of
from app.notices.document import (
    BODY_PT,
    DIGITS,
    LINE,
    WIDTH,
    chinese_date,
    para,
    signature_parts,
    table,
    title_para,
)
from app.notices.kinds import Meta, NoticeRequest, Page, register
from app.privacy import mask_id_number, mask_phone
from app.validators import id_birth_date
from db.models import DeliberationMeeting, MediationCase, MediationMediator, MediationParty, Person, Resident

GENDERS = {"M": "男", "F": "女"}
SIDE_ORDER = {"applicant": 0, "respondent": 1, "third": 2}
MASKED_NOTE = ("（预览：当前账号没有“查看完整身份证号和电话”权限，身份证号和联系方式已部分隐去；"
               "此件不能作为调解协议书使用。）")
BRACKETS = str.maketrans({"[": "〔", "［": "〔", "(": "〔", "（": "〔", "]": "〕", "］": "〕", ")": "〕", "）": "〕"})


def find_case(ref: str | None) -> MediationCase:
    """A live case by its uuid or its number (brackets typed as [] or () are accepted)."""
    ref = (ref or "").strip()
    found = list(MediationCase.live().where((MediationCase.uuid == ref)
                                            | (MediationCase.number == ref.translate(BRACKETS))).limit(2))
    if not found:
        raise NotFound(f"找不到调解案件“{ref}”：请核对案件编号（如 东关调〔2026〕第015号），或从案件列表中选择。")
    if len(found) > 1:
        raise ValidationError(f"有不止一个案件编号为“{ref}”（不同社区同名）：请从案件列表中选择。", field="id")
    return found[0]


def _agreement(case: MediationCase):
    agreement = agreements.of(case.uuid)
    if agreement is None:
        raise NotFound(f"调解案件 {case.number} 还没有达成调解协议（当前状态：{cases.STATES[case.state]}），"
                       "不能出具人民调解协议书。请在达成协议并登记协议内容后再出具。")
    if agreement.form != "written":
        raise ValidationError(f"调解案件 {case.number} 达成的是口头协议：依照《人民调解法》第二十八条，口头协议由"
                              "人民调解员记录在案，不制作调解协议书。协议内容请查看案件的调解记录。", field="id")
    return agreement


@register("mediation_agreement", "人民调解协议书", ("id",),
          "一个调解案件的人民调解协议书（司法部文书格式，含签名栏）：--id 案件编号或 uuid")
class MediationAgreementNotice:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        case = find_case(request.record_uuid)
        agreement = _agreement(case)
        return Meta(title="人民调解协议书", subject=f"{case.number} 人民调解协议书", org=case.community, mark="调",
                    record_uuid=case.uuid, dated=agreement.signed_on)

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        s, case = page.styles, find_case(meta.record_uuid)
        agreement, committee = _agreement(case), f"{case.community.name}人民调解委员会"
        parties = sorted(MediationParty.live().where(MediationParty.case == case),
                         key=lambda p: (SIDE_ORDER.get(p.side, 9), p.created_at, p.uuid))
        full = can("personal")
        story = [title_para("人民调解协议书", s), para(f"编号：{case.number}", s.right)]
        if not full:
            story.append(para(MASKED_NOTE, s.small))
        story.append(Spacer(1, LINE * 0.3))
        story += [_party(s, party, agreement.signed_on, full) for party in parties]
        all_of = "双方" if len(parties) == 2 else "各方"
        story += _section(s, "纠纷主要事实、争议事项：", agreement.facts)
        story += _section(s, f"经{committee}调解，{all_of}当事人自愿达成如下协议：", agreement.content)
        story += _section(s, "履行方式、时限：", _performance(agreement))
        story += [para("本协议自各方当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。", s.body),
                  para(f"经人民调解委员会调解达成的调解协议具有法律约束力，当事人应当按照约定自觉履行。{all_of}当事人认为"
                       "有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。", s.body)]
        rows = [("当事人（签名或盖章）", f"{cases.SIDES.get(p.side, '')} {p.name}") for p in parties]
        rows += [("调解员（签名）", name) for name in _mediators(case)] + [("记录人（签名）", "")]
        # the signatures never stand alone on a page: kept with the sentence before them
        story.append(KeepTogether([
            para(f"本协议一式{_count(len(parties) + 1)}份，当事人各执一份，{committee}留存一份。", s.body),
            _sign_lines(s, rows), *_seal(s, f"{committee}（印）", agreement.signed_on)]))
        return story


def _party(s, party: MediationParty, signed_on, full: bool):
    """当事人（申请人）：王某，男，56岁，身份证号码…，联系方式…，住…。 (the style of legal documents)."""
    parts = [f"当事人（{cases.SIDES.get(party.side, '')}）：{party.name}"]
    if party.gender in GENDERS:
        parts.append(GENDERS[party.gender])
    born = _born(party)
    if born:
        parts.append(f"{signed_on.year - born.year - ((signed_on.month, signed_on.day) < (born.month, born.day))}岁")
    if party.id_number:
        parts.append(f"身份证号码{party.id_number if full else mask_id_number(party.id_number)}")
    if party.phone:
        parts.append(f"联系方式{party.phone if full else mask_phone(party.phone)}")
    if party.address:
        parts.append(f"住{party.address}")
    return para("，".join(parts) + "。", s.body)


def _born(party: MediationParty):
    if party.id_number and (born := id_birth_date(party.id_number)):
        return born
    resident = Resident.get_or_none(Resident.uuid == party.resident_uuid) if party.resident_uuid else None
    return resident.birth_date if resident else None


def _section(s, heading: str, text: str) -> list:
    """A heading and its paragraphs; a heading never ends a page (at least two lines of text follow it)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return [CondPageBreak(LINE * 3.2), para(heading, s.heading), *[para(line, s.body) for line in lines]]


def _performance(agreement) -> str:
    text = agreement.performance.strip().rstrip("。；;，,")
    if agreement.perform_by:
        return f"{text}，于{chinese_date(agreement.perform_by)}前履行完毕。"
    return f"{text}。"


def _count(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else DIGITS[tens]) + ("十" if tens else "") + (DIGITS[ones] if ones else "")


def _mediators(case: MediationCase) -> list[str]:
    query = (Person.select(Person.name).join(MediationMediator, on=(MediationMediator.person == Person.uuid))
             .where((MediationMediator.case == case) & (MediationMediator.deleted == False))  # noqa: E712
             .order_by(MediationMediator.created_at, MediationMediator.uuid))
    return [p.name for p in query]


def _seal(s, issuer: str, day, *, seal: bool = True) -> list:
    """The core's issuer, date and seal place as plain flowables: a KeepTogether inside another
    one reports an endless height (reportlab forces its split) and would push the block to a
    page of its own."""
    return signature_parts(s, issuer, day, seal=seal)


def _sign_lines(s, rows: list[tuple[str, str]]) -> Table:
    """One line to sign on per row: what signs, who (printed), and the line."""
    style = ParagraphStyle("sign", parent=s.plain, leading=BODY_PT * 1.25)
    data = [[para(label, style), para(name, style), ""] for label, name in rows]
    result = Table(data, colWidths=[WIDTH * 0.38, WIDTH * 0.30, WIDTH * 0.32])
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.fonts.body.name), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LINEBELOW", (2, 0), (2, -1), 0.6, colors.black),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), LINE * 0.6),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return result


def _sign_row(s, labels: list[str]) -> Table:
    """Several signatures side by side on one row: label, line, label, line."""
    style = ParagraphStyle("sign", parent=s.plain, leading=BODY_PT * 1.25)
    cells = [c for label in labels for c in (para(label, style), "")]
    result = Table([cells], colWidths=[WIDTH / len(labels) * w for w in (0.6, 0.4)] * len(labels))
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.fonts.body.name), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                *[("LINEBELOW", (i, 0), (i, 0), 0.6, colors.black) for i in range(1, len(cells), 2)],
                                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                *[("LEFTPADDING", (i, 0), (i, 0), BODY_PT) for i in range(2, len(cells), 2)],
                                ("TOPPADDING", (0, 0), (-1, -1), LINE * 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return result


# -- 说事记录 ------------------------------------------------------------------------------------------------

def find_meeting(ref: str | None) -> DeliberationMeeting:
    ref = (ref or "").strip()
    meeting = DeliberationMeeting.live().where(DeliberationMeeting.uuid == ref).first()
    if meeting is None:
        raise NotFound(f"找不到议事会议“{ref}”：请从议事会议列表中选择要打印记录的会议。")
    return meeting


@register("deliberation_minutes", "说事记录", ("id",),
          "一次居民说事堂等议事会议的记录（议题、处理结果、后续跟进，含签名栏）：--id 会议 uuid")
class DeliberationMinutes:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        meeting = find_meeting(request.record_uuid)
        kind = meetings.KINDS.get(meeting.kind, meeting.kind)
        return Meta(title="说事记录", subject=f"{meeting.org_unit.name} {meeting.held_on.isoformat()} {kind}记录",
                    org=community_of(meeting.org_unit), mark="议", record_uuid=meeting.uuid, dated=meeting.held_on)

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        s, meeting = page.styles, find_meeting(meta.record_uuid)
        matters = meetings.matters(meeting.uuid)
        story = [para(page.number, s.right), title_para("说事记录", s), _facts_table(s, meeting, meta),
                 Spacer(1, LINE * 0.4), para("一、议题及处理结果", s.heading)]
        if matters:
            rows = [[str(i), m.topic, meetings.CATEGORIES.get(m.category, m.category),
                     meetings.OUTCOMES.get(m.outcome, m.outcome), _follow_up(m)] for i, m in enumerate(matters, 1)]
            story.append(table(s, ["序号", "议题", "类别", "处理结果", "后续跟进"], rows, [8, 30, 18, 18, 43],
                               codes={0}))
        else:
            story.append(para("本次会议没有记录议题。", s.plain))
        story += [Spacer(1, LINE * 0.3), para("二、会议情况", s.heading),
                  para(meeting.notes or "（未记录）", s.body)]
        counts = {key: sum(m.outcome == key for m in matters) for key in meetings.OUTCOMES}
        summary = "，".join(f"{label}{counts[key]}项" for key, label in meetings.OUTCOMES.items())
        story += [Spacer(1, LINE * 0.3), para(f"本次会议共议题{len(matters)}项：{summary}。记录完毕。", s.body)]
        closing = [_sign_row(s, ["记录人（签名）", "主持人（签名）"]),
                   *_seal(s, _unit(meeting, meta), meeting.held_on, seal=False)]
        story.append(KeepTogether(closing))
        return story


def _facts_table(s, meeting: DeliberationMeeting, meta: Meta) -> Table:
    cells = [("会议形式", meetings.KINDS.get(meeting.kind, meeting.kind)), ("召开单位", _unit(meeting, meta)),
             ("时间", chinese_date(meeting.held_on)), ("地点", meeting.place or ""),
             ("主持人", meeting.host), ("参会人数", f"{meeting.attendance}人")]
    data = [[para(text, s.head_cell if i % 2 == 0 else s.cell) for i, text in enumerate(a + b)]
            for a, b in zip(cells[::2], cells[1::2], strict=True)]
    result = Table(data, colWidths=[WIDTH * w for w in (0.14, 0.36, 0.14, 0.36)])
    result.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("FONTNAME", (0, 0), (-1, -1), s.fonts.body.name),
                                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEEEEE")),
                                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return result


def _unit(meeting: DeliberationMeeting, meta: Meta) -> str:
    """东关社区, or 东关社区东关第1网格 for a meeting held in a grid or zone."""
    unit = meeting.org_unit
    return unit.name if unit.uuid == meta.org.uuid or unit.name.startswith(meta.org.name) else meta.org.name + unit.name


def _follow_up(matter) -> str:
    parts = [matter.follow_up or ""]
    if matter.request_uuid:
        parts.append(f"已转为居民诉求 {matter.request.number}")
    numbers = [c.number for c in meetings.cases_of(matter.uuid)]
    if numbers:
        parts.append(f"已转人民调解 {'、'.join(numbers)}")
    return "；".join(p for p in parts if p)
