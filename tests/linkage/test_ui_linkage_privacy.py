"""A member organisation's contact phone is shown whole nowhere in the window but where it is
typed in: the member list (and its Excel export) masks it (app/privacy.py: first 3 and last 4),
and the places members appear besides — the session roster, the decide and decision dialogs'
pickers, the decisions page and its export, the minutes — carry no phone at all; the audit
log keeps it masked."""

import datetime as dt

from openpyxl import load_workbook

from app.linkage import conference, escalations
from app.notices.issue import issue
from app.notices.kinds import NoticeRequest
from db.models import AuditLog
from tests.exchange_helpers import at
from tests.linkage_helpers import carry, log_request, three_sites
from tests.notice_helpers import pdf_text, squeeze
from ui import ask
from ui.hub import Hub
from ui.tabs.linkage.dialogs import DecideDialog
from ui.tabs.linkage.session_dialogs import LinkageDecisionDialog, LinkageSessionDialog
from ui.tabs.linkage.tab import LinkageTab

PHONE, MASKED = "13912345678", "139****5678"


def _texts(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def _sheet_text(path) -> str:
    return " ".join(str(c.value) for row in load_workbook(path).active.iter_rows() for c in row if c.value)


def test_member_phones_are_masked_or_absent_outside_the_member_form(district, tmp_path, qtbot, monkeypatch):
    world = three_sites(district, tmp_path)
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "供电线路需要街道协调")
    carry(world, "com", "sub")
    with at(world["sub"]):
        member = conference.add_member("城关供电所", "stationed", "李工", PHONE)
        held = conference.hold_session(dt.date.today(), "街道三楼会议室", 0, "路灯", [(member.uuid, "李工")])
        conference.decide(held.uuid, "供电所两周内更换线路", member.uuid, dt.date.today() + dt.timedelta(days=14),
                          escalation_uuid=esc.uuid)
        shown = []
        for dialog in (DecideDialog(esc.uuid), LinkageDecisionDialog(), LinkageSessionDialog()):
            qtbot.addWidget(dialog)
            shown += _texts(dialog.member) if hasattr(dialog, "member") else []
            shown += [dialog.members.item(i).text() for i in range(dialog.members.count())] \
                if hasattr(dialog, "members") else []
        assert "城关供电所" in shown and not any(PHONE[3:7] in text for text in shown)

        tab = LinkageTab(Hub(), None)
        qtbot.addWidget(tab)
        tab.show()
        out = tmp_path / "导出 #1 %"
        out.mkdir()
        for page in ("members", "decisions", "inbox"):
            tab.show_page(page)
            path = out / f"{page}.xlsx"
            monkeypatch.setattr(ask, "save_path", lambda *a, p=path: str(p))
            getattr(tab, page).export(page)
            text = _sheet_text(path)
            assert PHONE not in text and "城关供电所" in text
            assert (MASKED in text) == (page == "members")
        notice = issue(NoticeRequest("conference_minutes", record_uuid=held.uuid))
        minutes = squeeze(pdf_text(notice.pdf, tmp_path))
        assert "城关供电所（李工）" in minutes and PHONE not in minutes and MASKED not in minutes
        logged = [a.changes for a in AuditLog.select().where(AuditLog.table == "linkage_member")]
        assert logged and all(PHONE not in c for c in logged) and any(MASKED in c for c in logged)
