"""党员突击队 and 志愿服务队: one page per kind — the teams with their member counts
(disbanded ones on request, greyed) and, below, the members of the selected team
with join and leave."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter

from app.support import teams
from ui.tabs.support.models import TeamMembersModel, TeamsModel, team_member_rows, team_rows
from ui.tabs.support.pages import SupportPage


class TeamMembersPanel(SupportPage):
    """The members of the team selected above."""

    def __init__(self, tab, team_page: "TeamsPage"):
        super().__init__(tab, TeamMembersModel(), (100, 90, 110, 90))
        self.team_page = team_page
        self.heading = QLabel()
        self.bar.addWidget(self.heading)
        self.join_button = self.write_button(self.tr("Add a member…"), lambda: tab.actions.join_team(team_page.current()))
        self.leave_button = self.write_button(self.tr("Leave the team…"), lambda: tab.actions.leave_team(self.current()))
        self.show_left = QCheckBox(self.tr("Show members who left"))
        self.show_left.toggled.connect(lambda _on: self.fill())
        self.finish_bar()
        self.bar.addWidget(self.show_left)

    def fill(self) -> None:
        if self.team_page.current() is None:
            self.reads.supersede()
            self.heading.setText("")
            self.show_rows([], self.tr("Select a team above to see its members."))
            return
        super().fill()

    def reader(self):
        team, include_left = self.team_page.current(), self.show_left.isChecked()
        return lambda: (team, team_member_rows(team.uuid, include_left))

    def show(self, found: tuple) -> None:
        team, rows = found
        self.heading.setText(self.tr("Members of %1").replace("%1", f"<b>{team.name}</b>"))
        if team.disbanded_on:
            empty = self.tr("This team was disbanded on %1.").replace("%1", str(team.disbanded_on))
        else:
            empty = self.empty_text(self.tr("This team has no members yet."),
                                    self.tr("Click “Add a member…”: a party member, a resident or just a name."))
        self.show_rows(rows, empty)
        self.join_button.setEnabled(team.disbanded_on is None)
        self.info.setText(self.tr("%1 members").replace("%1", str(len([r for r in rows if not r.left_on]))))


class TeamsPage(SupportPage):
    def __init__(self, tab, kind: str):
        super().__init__(tab, TeamsModel(), (120, 130, 80, 60, 200, 90))
        self.kind = kind
        name = teams.KINDS[kind]
        self.write_button(self.tr("New %1…").replace("%1", name), lambda: tab.actions.new_team(kind))
        self.write_button(self.tr("Edit…"), lambda: tab.actions.edit_team(kind, self.current()))
        self.disband_button = self.write_button(self.tr("Disband…"), lambda: tab.actions.disband_team(self.current()))
        self.activated.connect(lambda: tab.actions.edit_team(kind, self.current()))
        self.show_disbanded = QCheckBox(self.tr("Show disbanded teams"))
        self.show_disbanded.toggled.connect(lambda _on: self.fill())
        self.finish_bar()
        self.bar.addWidget(self.show_disbanded)
        self.members = TeamMembersPanel(tab, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.layout().removeWidget(self.stack)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.members)
        self.layout().addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())

    def reader(self):
        root, kind, disbanded = self._filter.root_path, self.kind, self.show_disbanded.isChecked()
        return lambda: team_rows(teams.teams(root, kind, include_disbanded=disbanded))

    def show(self, rows: list) -> None:
        name = teams.KINDS[self.kind]
        empty = self.empty_text(self.tr("No %1 here yet.").replace("%1", name),
                                self.tr("Click “New %1…” to set one up.").replace("%1", name))
        self.show_rows(rows, empty)
        active = [r for r in rows if not r.disbanded_on]
        self.info.setText(self.tr("%1 teams, %2 members").replace("%1", str(len(active)))
                          .replace("%2", str(sum(r.members for r in active))))
        self._selected()

    def _selected(self) -> None:
        team = self.current()
        self.disband_button.setEnabled(team is not None and team.disbanded_on is None)
        self.members.fill()
