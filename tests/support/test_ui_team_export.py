"""The members of a volunteer team go to Excel like every other list (the panel's title label
hid the page's title() and the export failed with a TypeError; found by the walk of
tests/ui/test_ui_chinese_everywhere.py)."""

from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton

from app.support import team_members, teams
from app.support.team_members import TeamMemberInput
from app.support.teams import TeamInput
from tests.support.test_ui_support_tab import make_tab
from ui import ask


def test_the_members_of_a_team_go_to_excel(orders_world, qtbot, monkeypatch, tmp_path):
    team = teams.create(TeamInput(kind="volunteer", org_unit_uuid=orders_world["com"].uuid, name="一家亲",
                                  leader_name="刘阿姨"))
    team_members.join(team.uuid, TeamMemberInput(name="热心人老周", phone="13900003333"))
    tab = make_tab(qtbot)
    tab.show_page("volunteers")
    page = tab.volunteers
    page.select_uuid(team.uuid)
    target = tmp_path / "队员 #1 %.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(target))
    export = next(b for b in page.members.findChildren(QPushButton) if b.text() == page.members.tr("Export to Excel…"))
    export.click()
    sheet = load_workbook(target).active
    assert any("热心人老周" in str(cell.value) for row in sheet.iter_rows() for cell in row)
