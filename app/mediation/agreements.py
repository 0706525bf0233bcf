"""人民调解协议书 — the agreement, recorded field by field so it can be printed, and
the follow-up visits 回访 that check it is being kept.

Recording the agreement is the case's `agree` transition (mediating -> agreed);
a follow-up is the `follow_up` transition (agreed -> agreed). See cases.py."""

import datetime as dt
from dataclasses import dataclass

from app.auth import current_user, require
from app.errors import NotFound, ValidationError
from app.mediation import cases
from app.mediation.common import choice, day, required, text
from app.validators import check_input, check_text, text_field
from db.connection import database
from db.models import MediationAgreement, MediationFollowUp, MediationMediator, MediationParty, Person

FORMS = {"written": "书面协议", "oral": "口头协议"}


@dataclass
class AgreementInput:
    form: str = text_field(20, "协议形式", default="written")
    facts: str = text_field(2000, "纠纷主要事实", multiline=True)  # 纠纷主要事实、争议事项
    content: str = text_field(2000, "协议内容", multiline=True)  # 当事人达成的协议内容
    performance: str = text_field(500, "履行方式", multiline=True)  # 履行方式
    perform_by: dt.date | None = None  # 履行期限
    signed_on: dt.date | None = None


def _clean(data: AgreementInput) -> dict:
    check_input(data)
    signed = day(data.signed_on or dt.date.today(), "signed_on", "协议签订日期")
    perform_by = day(data.perform_by, "perform_by", "履行期限", future=True) if data.perform_by else None
    if perform_by and perform_by < signed:
        raise ValidationError("履行期限不能早于协议签订日期，请核对。", field="perform_by")
    return {"form": choice(data.form, FORMS, "form", "协议形式"),
            "facts": required(data.facts, "facts", "纠纷主要事实和争议事项"),
            "content": required(data.content, "content", "双方达成的协议内容"),
            "performance": required(data.performance, "performance", "协议的履行方式（如：一次性支付、分期、当面道歉）"),
            "perform_by": perform_by, "signed_on": signed}


def record(case_uuid: str, data: AgreementInput) -> MediationAgreement:
    """达成协议: the agreement and the case's move to agreed, in one transaction."""
    require("write")
    values = _clean(data)
    case = cases.get(case_uuid)
    with database.atomic():
        cases.move(case, "agree", FORMS[values["form"]])
        case.concluded_at = dt.datetime.combine(values["signed_on"], dt.time())
        case.save()
        return MediationAgreement.create(case=case, **values)


def of(case_uuid: str) -> MediationAgreement | None:
    return (MediationAgreement.live().where(MediationAgreement.case == case_uuid)
            .order_by(MediationAgreement.created_at.desc()).first())


def follow_ups(case_uuid: str) -> list[MediationFollowUp]:
    """The live follow-up visits of a case, oldest first."""
    return list(MediationFollowUp.live().where(MediationFollowUp.case == case_uuid).order_by(MediationFollowUp.visited_on))


def follow_up(case_uuid: str, kept: bool, notes: str = "", visited_on: dt.date | None = None) -> MediationFollowUp:
    """回访: is the agreement being kept? (any number of visits; then the case can be archived)."""
    require("write")
    check_text(notes or "", label="回访情况", limit=1000, field="notes", multiline=True)
    visited = day(visited_on or dt.date.today(), "visited_on", "回访日期")
    case = cases.get(case_uuid)
    agreement = of(case_uuid)
    if agreement and visited < agreement.signed_on:
        raise ValidationError("回访日期不能早于协议签订日期，请核对。", field="visited_on")
    if not kept and not text(notes):
        raise ValidationError("协议未履行时，请写明未履行的情况和下一步措施。", field="notes")
    user = current_user()
    with database.atomic():
        cases.move(case, "follow_up", "协议已履行" if kept else "协议未履行")
        case.save()
        return MediationFollowUp.create(case=case, visited_on=visited, kept=bool(kept), notes=text(notes),
                                        by=user.username if user else None)


def document(case_uuid: str) -> dict:
    """Everything the printed 人民调解协议书 holds, unmasked (needs the personal permission)."""
    require("personal")
    case = cases.get(case_uuid)
    agreement = of(case_uuid)
    if agreement is None:
        raise NotFound(f"调解案件 {case.number} 还没有调解协议。")
    parties = MediationParty.live().where(MediationParty.case == case).order_by(MediationParty.created_at)
    mediators = (Person.select(Person.name).join(MediationMediator, on=(MediationMediator.person == Person.uuid))
                 .where((MediationMediator.case == case) & (MediationMediator.deleted == False)))  # noqa: E712
    return {
        "number": case.number, "committee": f"{case.community.name}人民调解委员会",
        "parties": [{"side": cases.SIDES[p.side], "name": p.name, "gender": p.gender, "id_number": p.id_number,
                     "phone": p.phone, "address": p.address} for p in parties],
        "dispute_type": cases.DISPUTE_TYPES[case.dispute_type], "facts": agreement.facts,
        "content": agreement.content, "performance": agreement.performance, "perform_by": agreement.perform_by,
        "form": FORMS[agreement.form], "signed_on": agreement.signed_on, "place": case.place,
        "mediators": [m.name for m in mediators],
    }
