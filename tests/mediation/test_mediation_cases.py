"""人民调解: registration and numbering, the case state machine, the agreement and
follow-ups, validation messages, permissions, one transaction per write."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies

from app.errors import NotFound, PermissionDenied, ValidationError
from app.grid import roles
from app.mediation import agreements, cases
from app.mediation.agreements import AgreementInput
from app.mediation.cases import STATES, TRANSITIONS, CaseInput, PartyInput
from app.workflow import InvalidTransition
from db.base import utcnow
from db.models import MediationCase, MediationEvent, MediationParty, Role
from tests.helpers import valid_id

FACTS = "楼上住户装修漏水，楼下墙面受损，双方就赔偿金额争执不下。"


@pytest.fixture
def mworld(orders_world):
    w = orders_world
    mediator = roles.add_person("调解员老赵", org_unit=w["com"])
    roles.assign(mediator, w["com"], Role.MEDIATOR)
    lawyer = roles.add_person("律师孙明", org_unit=w["com"])
    roles.assign(lawyer, w["com"], Role.LEGAL_ADVISER)
    stranger = roles.add_person("网格员小钱", org_unit=w["other"])
    roles.assign(stranger, w["other"], Role.MEDIATOR)
    return {**w, "mediator": mediator, "lawyer": lawyer, "stranger": stranger}


def case_input(w, **kw) -> CaseInput:
    values = {"dispute_type": "neighbours", "facts": FACTS, "community_uuid": w["grid_a"].uuid,
              "parties": [PartyInput(side="applicant", resident_uuid=w["resident"].uuid),
                          PartyInput(side="respondent", name="李四", id_number=valid_id("456"), phone="13900002222")],
              "mediator_uuids": [w["mediator"].uuid, w["lawyer"].uuid]}
    values.update(kw)
    return CaseInput(**values)


def test_numbers_per_committee_and_year(mworld):
    first = cases.register(case_input(mworld))
    second = cases.register(case_input(mworld))
    assert first.number == f"东关调〔{utcnow().year}〕第001号" and second.number.endswith("第002号")
    old = cases.register(case_input(mworld, registered_at=dt.datetime(2025, 3, 1)))
    assert old.number == "东关调〔2025〕第001号"
    assert first.community.uuid == mworld["com"].uuid  # a grid was chosen: its community's committee


def test_full_course_to_archive(mworld):
    case = cases.register(case_input(mworld))
    cases.accept(case.uuid)
    cases.record_session(case.uuid, "王大妈、李四、调解员老赵", "双方陈述，调解员释法说理")
    cases.record_session(case.uuid, "王大妈、李四、律师孙明", "律师讲解相邻关系的法律规定，双方同意协商")
    agreement = agreements.record(case.uuid, AgreementInput(
        facts="漏水致墙面受损", content="李四赔偿王大妈修缮费800元", performance="一次性现金支付",
        perform_by=dt.date.today() + dt.timedelta(days=7)))
    assert cases.get(case.uuid).state == "agreed" and agreement.form == "written"
    with pytest.raises(InvalidTransition, match="尚未回访"):
        cases.archive(case.uuid)
    agreements.follow_up(case.uuid, kept=True, notes="已支付")
    assert cases.archive(case.uuid).state == "archived"
    assert [e.action for e in cases.history(case.uuid)] == ["register", "accept", "session", "session", "agree",
                                                           "follow_up", "archive"]
    assert all(e.by == "admin" for e in cases.history(case.uuid))
    doc = agreements.document(case.uuid)
    assert doc["committee"] == "东关社区人民调解委员会" and doc["content"] == "李四赔偿王大妈修缮费800元"
    assert [p["name"] for p in doc["parties"]] == ["王大妈", "李四"] and doc["parties"][1]["id_number"] == valid_id("456")
    assert set(doc["mediators"]) == {"调解员老赵", "律师孙明"}


def test_decline_needs_a_reason_and_fail_and_end(mworld):
    a, b, c = (cases.register(case_input(mworld)) for _ in range(3))
    with pytest.raises(ValidationError, match="不予受理的原因"):
        cases.decline(a.uuid, " ")
    assert cases.decline(a.uuid, "已起诉至法院").decline_reason == "已起诉至法院"
    cases.accept(b.uuid)
    with pytest.raises(InvalidTransition, match="当前状态为“已受理”，不能“调解不成”"):
        cases.fail(b.uuid, "分歧太大")
    assert cases.end(b.uuid, "申请人撤回申请").state == "ended"
    cases.accept(c.uuid)
    cases.record_session(c.uuid, "双方", "各执己见")
    failed = cases.fail(c.uuid, "分歧太大，已告知可向法院起诉")
    assert failed.state == "failed" and failed.concluded_at is not None
    assert cases.archive(a.uuid).state == cases.archive(b.uuid).state == cases.archive(c.uuid).state == "archived"


def test_accept_needs_a_mediator_and_mediators_must_hold_the_role(mworld):
    with pytest.raises(ValidationError, match="不是东关社区的人民调解员或法律顾问"):
        cases.register(case_input(mworld, mediator_uuids=[mworld["stranger"].uuid]))
    case = cases.register(case_input(mworld, mediator_uuids=[]))
    with pytest.raises(ValidationError, match="请先指定至少一名人民调解员"):
        cases.accept(case.uuid)
    cases.add_mediator(case.uuid, mworld["lawyer"].uuid)
    assert cases.accept(case.uuid).state == "accepted"


def test_validation_messages_in_chinese(mworld):
    bad_id = valid_id("456")[:-1] + ("0" if valid_id("456")[-1] != "0" else "1")
    with pytest.raises(ValidationError) as info:
        cases.register(case_input(mworld, parties=[
            PartyInput(resident_uuid=mworld["resident"].uuid),
            PartyInput(side="respondent", name="李四", id_number=bad_id)]))
    assert "当事人“李四”" in info.value.message and "校验位不对" in info.value.message
    assert info.value.field == "parties.2.id_number"
    with pytest.raises(ValidationError, match="当事人“李四”：电话号码“12345”格式不对"):
        cases.register(case_input(mworld, parties=[
            PartyInput(resident_uuid=mworld["resident"].uuid), PartyInput(side="respondent", name="李四", phone="12345")]))
    with pytest.raises(ValidationError, match="请至少登记两方当事人"):
        cases.register(case_input(mworld, parties=[PartyInput(resident_uuid=mworld["resident"].uuid)]))
    with pytest.raises(ValidationError, match="请写清纠纷事实"):
        cases.register(case_input(mworld, facts="吵架"))
    with pytest.raises(ValidationError, match="请选择纠纷类型：邻里纠纷"):
        cases.register(case_input(mworld, dispute_type="fight"))
    with pytest.raises(NotFound, match="居民诉求"):
        cases.register(case_input(mworld, source="orders"))
    assert MediationCase.select().count() == 0


def test_parties_are_masked_in_lists(mworld):
    case = cases.register(case_input(mworld))
    rows = cases.party_rows(case.uuid)
    assert rows[1] == {"side": "被申请人", "name": "李四", "id_number": valid_id("456")[:6] + "********"
                       + valid_id("456")[-4:], "phone": "139****2222"}
    assert rows[0]["phone"] == "138****1111"
    stored = MediationParty.get((MediationParty.case == case) & (MediationParty.name == "李四"))
    assert stored.gender == "F" and stored.id_number == valid_id("456")  # the gender comes from the ID number


def test_overdue_after_thirty_days(mworld):
    now = utcnow()
    old = cases.register(case_input(mworld, registered_at=now - dt.timedelta(days=31)))
    done = cases.register(case_input(mworld, registered_at=now - dt.timedelta(days=40)))
    cases.decline(done.uuid, "不属于民间纠纷")
    cases.register(case_input(mworld, registered_at=now - dt.timedelta(days=5)))
    assert [c.uuid for c in cases.overdue(now)] == [old.uuid]
    assert cases.overdue(now, mworld["other"].path) == []


def test_viewer_cannot_write(mworld, as_role):
    case = cases.register(case_input(mworld))
    as_role("viewer")
    with pytest.raises(PermissionDenied, match="没有“修改数据”权限"):
        cases.register(case_input(mworld))
    for call in (lambda: cases.accept(case.uuid), lambda: cases.decline(case.uuid, "原因"),
                 lambda: cases.record_session(case.uuid, "双方", "调解"),
                 lambda: agreements.record(case.uuid, AgreementInput()),
                 lambda: agreements.follow_up(case.uuid, True)):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(PermissionDenied, match="查看完整身份证号和电话"):
        agreements.document(case.uuid)
    assert cases.get(case.uuid).state == "registered"


def test_every_write_is_one_transaction(mworld, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(cases, "_event", broken)  # the last write of a registration fails
    with pytest.raises(RuntimeError):
        cases.register(case_input(mworld))
    assert MediationCase.select().count() == MediationParty.select().count() == 0
    monkeypatch.undo()
    case = cases.register(case_input(mworld))
    cases.accept(case.uuid)
    cases.record_session(case.uuid, "双方", "调解")
    monkeypatch.setattr(agreements.MediationAgreement, "create", broken)
    with pytest.raises(RuntimeError):
        agreements.record(case.uuid, AgreementInput(facts="事实", content="内容", performance="现金"))
    assert cases.get(case.uuid).state == "mediating"  # the move to agreed was rolled back with it
    assert MediationEvent.select().where(MediationEvent.action == "agree").count() == 0


def test_agreement_fields_are_checked(mworld):
    case = cases.register(case_input(mworld))
    cases.accept(case.uuid)
    cases.record_session(case.uuid, "双方", "调解")
    with pytest.raises(ValidationError, match="请填写双方达成的协议内容"):
        agreements.record(case.uuid, AgreementInput(facts="事实", performance="现金"))
    with pytest.raises(ValidationError, match="请选择协议形式：书面协议、口头协议"):
        agreements.record(case.uuid, AgreementInput(form="email", facts="事实", content="内容", performance="现金"))
    with pytest.raises(ValidationError, match="履行期限不能早于协议签订日期"):
        agreements.record(case.uuid, AgreementInput(facts="事实", content="内容", performance="现金",
                                                    perform_by=dt.date.today() - dt.timedelta(days=3)))
    agreements.record(case.uuid, AgreementInput(form="oral", facts="事实", content="内容", performance="当面道歉"))
    with pytest.raises(ValidationError, match="请写明未履行的情况"):
        agreements.follow_up(case.uuid, kept=False)


ACTIONS = ["accept", "decline", "session", "agree", "fail", "end", "follow_up", "archive"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(strategies.lists(strategies.sampled_from(ACTIONS), max_size=12))
def test_random_actions_never_reach_an_invalid_state(mworld, actions):
    case = cases.register(case_input(mworld))
    run = {
        "accept": lambda: cases.accept(case.uuid), "decline": lambda: cases.decline(case.uuid, "不属于民间纠纷"),
        "session": lambda: cases.record_session(case.uuid, "双方", "调解"),
        "agree": lambda: agreements.record(case.uuid, AgreementInput(facts="事实", content="内容", performance="现金")),
        "fail": lambda: cases.fail(case.uuid, "分歧大"), "end": lambda: cases.end(case.uuid, "撤回"),
        "follow_up": lambda: agreements.follow_up(case.uuid, True), "archive": lambda: cases.archive(case.uuid),
    }
    for action in actions:
        before = cases.get(case.uuid).state
        events = MediationEvent.select().where(MediationEvent.case == case.uuid).count()
        try:
            run[action]()
        except InvalidTransition:
            assert cases.get(case.uuid).state == before  # refused: nothing changed
            assert MediationEvent.select().where(MediationEvent.case == case.uuid).count() == events
            continue
        after = cases.get(case.uuid).state
        assert after in STATES and TRANSITIONS[action][before] == after
    events = cases.history(case.uuid)
    assert events[0].action == "register" and events[0].to_state == "registered"
    for earlier, later in zip(events, events[1:], strict=False):
        assert later.from_state == earlier.to_state
    final = cases.get(case.uuid)
    assert final.state == events[-1].to_state
    assert (agreements.of(case.uuid) is not None) == any(e.action == "agree" for e in events)
    if final.state == "archived":
        assert final.archived_at is not None


def test_the_audit_log_masks_parties_and_facts(mworld):
    import json

    from db.models import AuditLog

    case = cases.register(case_input(mworld))
    text = json.dumps([json.loads(a.changes) for a in AuditLog.select() if a.changes], ensure_ascii=False)
    party_names = [p.name for p in case.parties]
    assert party_names and all(name not in text for name in party_names)
    assert case.facts not in text


def test_a_case_entered_later_keeps_its_registration_time_in_the_history(mworld):
    import datetime as dt

    from db.base import utcnow

    when = utcnow() - dt.timedelta(days=3)
    case = cases.register(case_input(mworld, registered_at=when))
    first = cases.history(case.uuid)[0]
    assert first.action == "register" and first.at == when
