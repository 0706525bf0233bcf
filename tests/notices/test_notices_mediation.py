"""The notices of the three governances read back from the PDF: the people's mediation
agreement 人民调解协议书 (demo data and a hand-made case whose long text runs onto a
second page; ID and phone numbers per permission) and the deliberation minutes 说事记录."""

import datetime as dt

import pytest

from app import auth
from app.errors import NotFound, ValidationError
from app.grid import residents, roles
from app.mediation import agreements, cases, meetings
from app.mediation.agreements import AgreementInput
from app.mediation.cases import CaseInput, PartyInput
from app.mediation.meetings import MatterInput, MeetingInput
from app.notices.document import chinese_date
from app.notices.issue import issue, preview
from app.notices.kinds import NoticeRequest
from app.privacy import mask_id_number, mask_phone
from app.session import close_session, open_session
from db.models import (
    DeliberationMatter,
    DeliberationMeeting,
    MediationAgreement,
    MediationCase,
    MediationMediator,
    MediationParty,
    Role,
)
from tests.helpers import valid_id
from tests.notice_helpers import pdf_fonts, pdf_text, squeeze

SIGNED = dt.date(2026, 10, 12)
FACTS = ["2026年8月，被申请人李四家卫生间防水层老化，连续三次向楼下申请人王大妈家渗水，致王大妈家卫生间吊顶、"
         "客厅天花板和东侧墙面大面积受潮发霉，木地板起拱变形，部分家具受损。王大妈多次上门协商，双方因维修方式、"
         "维修期间的住宿安排和赔偿金额争执不下，并发生口角，邻里关系紧张。"] * 3 + [
    "东关第1网格网格长两次上门查看，认定渗水来自李四家卫生间，双方对此无异议；争议在于赔偿范围和金额："
    "王大妈要求赔偿维修费、家具损失和误工费共计人民币一万二千元，李四认为家具损失与渗水无关，只愿承担维修费用。"]
CONTENT = ["一、李四于2026年10月31日前自行请有资质的施工队重做卫生间防水层，完工后闭水试验四十八小时，"
           "由网格长和王大妈共同验收；", "二、李四赔偿王大妈房屋维修费、家具损失共计人民币捌仟元整（¥8,000.00），"
           "分两期支付：2026年10月20日前支付伍仟元，2026年11月20日前支付叁仟元；",
           "三、王大妈家维修期间，由李四负责搬运家具，所需费用由李四承担；", "四、双方今后互谅互让，和睦相处，"
           "本纠纷就此了结，双方不得再以此事为由向对方主张其他权利。"]


# -- demo data --------------------------------------------------------------------------------------------------

@pytest.fixture
def clerk(small):
    """The demo file opened by a staff clerk (previews only: the file is shared by the module)."""
    open_session(small)
    auth.set_current_user(auth.User(id=0, username="clerk", display_name="办事员", role="staff"))
    yield
    close_session()


def written_case() -> MediationCase:
    """A demo case with a written agreement and a party with an ID number and a phone."""
    query = (MediationCase.select().join(MediationAgreement, on=(MediationAgreement.case == MediationCase.uuid))
             .switch(MediationCase).join(MediationParty, on=(MediationParty.case == MediationCase.uuid))
             .where((MediationAgreement.form == "written") & MediationParty.id_number.is_null(False)
                    & MediationParty.phone.is_null(False))
             .order_by(MediationCase.number))
    return query.first()


def test_demo_agreement_reads_back(clerk, tmp_path):
    case = written_case()
    agreement = agreements.of(case.uuid)
    parties = list(MediationParty.live().where(MediationParty.case == case))
    done = preview(NoticeRequest("mediation_agreement", record_uuid=case.number))
    text = squeeze(pdf_text(done.pdf, tmp_path))
    committee = f"{case.community.name}人民调解委员会"
    assert text.startswith(f"—1—人民调解协议书编号：{case.number}")
    assert done.number not in text  # the register number stays in the register
    for party in parties:
        assert party.name in text and (not party.id_number or party.id_number in text)
        assert not party.phone or party.phone in text  # a staff clerk holds the personal permission
    assert squeeze(agreement.facts) in text and squeeze(agreement.content) in text
    assert squeeze(agreement.performance) in text and f"经{committee}调解" in text
    assert f"{committee}（印）{chinese_date(agreement.signed_on)}" in text
    assert f"本协议一式{'三四五'[len(parties) - 2]}份" in text
    mediators = MediationMediator.live().where(MediationMediator.case == case)
    assert all(m.person.name in text for m in mediators)
    assert all(f["emb"] == "yes" for f in pdf_fonts(done.pdf, tmp_path))
    by_uuid = preview(NoticeRequest("mediation_agreement", record_uuid=case.uuid))
    by_brackets = preview(NoticeRequest("mediation_agreement",
                                        record_uuid=case.number.replace("〔", "[").replace("〕", "]")))
    assert by_uuid.pdf == by_brackets.pdf == done.pdf


def test_demo_minutes_read_back_with_the_case_a_matter_led_to(clerk, tmp_path):
    matter = DeliberationMatter.get_by_id(MediationCase.select(MediationCase.matter)
                                          .where(MediationCase.matter.is_null(False)).scalar())
    meeting = matter.meeting
    done = preview(NoticeRequest("deliberation_minutes", record_uuid=meeting.uuid))
    text = squeeze(pdf_text(done.pdf, tmp_path))
    assert text.startswith(f"—1—{done.number}说事记录")
    assert meetings.KINDS[meeting.kind] in text and squeeze(meeting.place) in text and meeting.host in text
    assert f"参会人数{meeting.attendance}人" in text and chinese_date(meeting.held_on) in text
    for m in meetings.matters(meeting.uuid):
        assert squeeze(m.topic) in text and meetings.CATEGORIES[m.category] in text
        assert meetings.OUTCOMES[m.outcome] in text
    assert all(c.number in text for c in meetings.cases_of(matter.uuid))
    assert "记录人（签名）" in text and "主持人（签名）" in text
    assert all(f["emb"] == "yes" for f in pdf_fonts(done.pdf, tmp_path))


# -- a hand-made case ------------------------------------------------------------------------------------------

@pytest.fixture
def world(grids):
    wang = residents.add(grids["grid_a"].uuid, residents.ResidentInput(
        name="王大妈", id_number=valid_id("234", "19620315"), phone="13800001111", address="商州区北新街12号3单元"))
    zhao = roles.add_person("赵秀兰", org_unit=grids["com"])
    roles.assign(zhao, grids["com"], Role.MEDIATOR)
    sun = roles.add_person("孙明", org_unit=grids["com"])
    roles.assign(sun, grids["com"], Role.LEGAL_ADVISER)

    def case(**kw) -> MediationCase:
        return cases.register(CaseInput(
            dispute_type="neighbours", facts="楼上住户卫生间漏水，楼下墙面受损，双方就赔偿金额争执不下。",
            community_uuid=grids["grid_a"].uuid, mediator_uuids=[zhao.uuid, sun.uuid],
            parties=[PartyInput(side="applicant", resident_uuid=wang.uuid),
                     PartyInput(side="respondent", name="李四", id_number=valid_id("456"), phone="13900002222",
                                address="商州区北新街12号4单元")], **kw))
    return {**grids, "case": case}


def agree(case: MediationCase, form: str = "written") -> MediationCase:
    cases.accept(case.uuid)
    cases.record_session(case.uuid, "王大妈、李四、调解员赵秀兰、律师孙明", "双方陈述，调解员释法说理")
    agreements.record(case.uuid, AgreementInput(form=form, facts="\n".join(FACTS), content="\n".join(CONTENT),
                                                performance="李四自行组织施工并分两期以银行转账支付",
                                                perform_by=dt.date(2026, 11, 20), signed_on=SIGNED))
    return case


def pages(pdf: bytes, tmp_path) -> list[str]:
    return [squeeze(page) for page in pdf_text(pdf, tmp_path).split("\f") if page.strip()]


def test_a_long_agreement_flows_onto_the_next_page_with_its_signatures_kept_together(world, tmp_path):
    case = agree(world["case"]())
    done = issue(NoticeRequest("mediation_agreement", record_uuid=case.uuid), today=dt.date(2026, 11, 27))
    found = pages(done.pdf, tmp_path)
    assert done.pages == len(found) >= 2
    text = "".join(found)
    assert all(squeeze(line) in text for line in FACTS + CONTENT)
    assert f"编号：{case.number}" in found[0] and case.number == f"东关调〔{case.year}〕第001号"
    assert "当事人（申请人）：王大妈，女" in text and "当事人（被申请人）：李四，女，36岁" in text
    assert "住商州区北新街12号4单元" in text and "于二〇二六年十一月二十日前履行完毕" in text
    assert "本协议一式三份，当事人各执一份，东关社区人民调解委员会留存一份。" in text
    assert any("纠纷主要事实、争议事项：2026年8月" in page for page in found)  # no heading ends a page
    assert any("履行方式、时限：李四自行组织施工" in page for page in found)
    for n, page in enumerate(found, 1):
        assert f"—{n}—" in page
    last = found[-1]  # the signatures with the sentence before them, the seal and the date
    assert "本协议一式三份" in last and "申请人王大妈" in last and "被申请人李四" in last
    assert "赵秀兰" in last and "孙明" in last and "记录人（签名）" in last and last.count("当事人（签名或盖章）") == 2
    assert "东关社区人民调解委员会（印）二〇二六年十月十二日" in last
    assert done.notice.record_uuid == case.uuid and done.notice.org_unit_uuid == world["com"].uuid


def test_the_signatures_are_never_split_from_the_sentence_before_them(world, tmp_path):
    case = agree(world["case"]())
    request = NoticeRequest("mediation_agreement", record_uuid=case.uuid)
    for extra in range(22):  # one more line each time: the page break falls on every line of the block once
        content = "\n".join(CONTENT + ["双方确认上述条款。"] * extra)
        MediationAgreement.update(content=content).where(MediationAgreement.case == case).execute()
        found = pages(preview(request).pdf, tmp_path)
        last = found[-1]
        assert "本协议一式三份" in last and last.count("当事人（签名或盖章）") == 2 and "记录人（签名）" in last, extra
        assert "东关社区人民调解委员会（印）二〇二六年十月十二日" in last, extra


def test_id_and_phone_numbers_in_full_only_with_the_personal_permission(world, as_role, tmp_path):
    case = agree(world["case"]())
    request = NoticeRequest("mediation_agreement", record_uuid=case.number)
    full = squeeze(pdf_text(preview(request).pdf, tmp_path))
    assert valid_id("456") in full and "13900002222" in full and valid_id("234", "19620315") in full
    assert "不能作为调解协议书使用" not in full
    as_role("viewer")
    masked = squeeze(pdf_text(preview(request).pdf, tmp_path))
    assert valid_id("456") not in masked and "13900002222" not in masked and "13800001111" not in masked
    assert mask_id_number(valid_id("456")) in masked and mask_phone("13900002222") in masked
    assert "李四" in masked and "不能作为调解协议书使用" in masked  # names stay: the parties' own document


def test_same_agreement_same_bytes_whatever_the_day(world, tmp_path):
    case = agree(world["case"]())
    request = NoticeRequest("mediation_agreement", record_uuid=case.uuid)
    first = preview(request, today=dt.date(2026, 11, 27))
    assert preview(request, today=dt.date(2027, 3, 1)).pdf == first.pdf  # nothing on it is the print day
    issued = issue(request, today=dt.date(2026, 11, 28))
    assert issued.pdf == first.pdf and issue(request).notice.uuid == issued.notice.uuid


def test_refusals_in_chinese(world):
    with pytest.raises(NotFound, match="找不到调解案件“东关调〔2026〕第099号”"):
        preview(NoticeRequest("mediation_agreement", record_uuid="东关调〔2026〕第099号"))
    open_case = world["case"]()
    with pytest.raises(NotFound, match=f"调解案件 {open_case.number} 还没有达成调解协议（当前状态：已登记）"):
        preview(NoticeRequest("mediation_agreement", record_uuid=open_case.number))
    oral = agree(world["case"](), form="oral")
    with pytest.raises(ValidationError, match="口头协议"):
        preview(NoticeRequest("mediation_agreement", record_uuid=oral.uuid))
    with pytest.raises(ValidationError, match="记录编号"):
        preview(NoticeRequest("mediation_agreement"))
    with pytest.raises(NotFound, match="找不到议事会议"):
        preview(NoticeRequest("deliberation_minutes", record_uuid=oral.uuid))


def test_minutes_print_free_text_as_recorded(world, tmp_path):
    meeting = meetings.hold(MeetingInput(
        kind="courtyard_story", org_unit_uuid=world["grid_a"].uuid, held_on=dt.date(2026, 9, 18), place="3号楼前空地",
        host="网格长刘芳", attendance=26, notes="居民张桂兰反映夜间广场舞音响过大，网格长现场协调。", matters=[
            MatterInput(topic="张桂兰家门前停车堵路", category="parking", outcome="settled_grid"),
            MatterInput(topic="广场舞音响过大", category="dance_noise", outcome="referred",
                        follow_up="报社区协调文化广场管理方，两周内答复")]))
    done = issue(NoticeRequest("deliberation_minutes", record_uuid=meeting.uuid), today=dt.date(2026, 9, 20))
    text = squeeze(pdf_text(done.pdf, tmp_path))
    assert done.number == "东关社议〔2026〕1号" and text.startswith(f"—1—{done.number}说事记录")
    assert "庭院故事会" in text and "东关社区东关第1网格" in text and "参会人数26人" in text
    assert "张桂兰家门前停车堵路" in text and "居民张桂兰反映" in text  # an internal record: names as recorded
    assert "网格内解决" in text and "上报上级" in text and "报社区协调文化广场管理方，两周内答复" in text
    assert "本次会议共议题2项：网格内解决1项，社区解决0项，上报上级1项，待解决0项。" in text
    assert "东关社区东关第1网格二〇二六年九月十八日" in text and done.pages == 1
    assert done.notice.org_unit_uuid == world["com"].uuid and DeliberationMeeting.select().count() == 1
