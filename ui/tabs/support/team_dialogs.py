"""Party task forces and volunteer teams: create or edit a team (a volunteer team
may start from the examples the article names: 管得宽, 一家亲, 安居乐), and add a
member — an in-service party member, a resident found in the roster, or just a
name and phone."""

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app import org
from app.support import members, team_members, teams
from app.support.team_members import TeamMemberInput
from app.support.teams import TeamInput
from ui.kit.form_dialog import FormDialog
from ui.kit.resident_picker import ResidentPicker
from ui.kit.text_limits import limit_fields
from ui.tabs.mediation.dialogs import date_edit
from ui.tabs.support.dialog_common import org_combo


class TeamDialog(FormDialog):
    def __init__(self, kind: str, root_path: str | None, uuid: str | None = None, parent: QWidget | None = None):
        kind_name = teams.KINDS[kind]
        title = self.tr("New %1") if uuid is None else self.tr("Edit %1")
        super().__init__(title.replace("%1", kind_name), parent)
        self.kind, self.uuid = kind, uuid
        row = teams.get(uuid) if uuid else None
        self.org_unit = self.add_field(self.tr("Community or subdistrict:"),
                                       org_combo(root_path, (1, 2), row and row.org_unit_uuid), "org_unit")
        self.name = self.add_field(self.tr("Team name:"), QComboBox(), "name")
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if kind == "volunteer" and row is None:
            self.name.addItems(list(teams.VOLUNTEER_EXAMPLES))
            self.name.textActivated.connect(self._example)
        self.name.setEditText(row.name if row else "")
        self.leader = self.add_field(self.tr("Team leader:"), QLineEdit(row.leader_name or "" if row else ""))
        self.focus = self.add_field(self.tr("What it does:"), QLineEdit(row.focus or "" if row else ""), "focus")
        limit_fields(self, TeamInput, leader_name=self.leader)
        self.founded_on = self.add_field(self.tr("Founded on:"), date_edit(row.founded_on if row else None),
                                         "founded_on")

    def _example(self, name: str) -> None:
        if name in teams.VOLUNTEER_EXAMPLES and not self.focus.text():
            self.focus.setText(teams.VOLUNTEER_EXAMPLES[name])

    def save(self) -> str:
        data = TeamInput(kind=self.kind, org_unit_uuid=self.org_unit.currentData(), name=self.name.currentText(),
                         leader_name=self.leader.text(), focus=self.focus.text(),
                         founded_on=self.founded_on.date().toPython())
        return (teams.update(self.uuid, data) if self.uuid else teams.create(data)).uuid


class TeamMemberDialog(FormDialog):
    """入队: who joins — a party member of the team's area, a resident, or a typed name."""

    def __init__(self, team_uuid: str, parent: QWidget | None = None):
        team = teams.get(team_uuid)
        super().__init__(self.tr("Add a member to %1").replace("%1", team.name), parent)
        self.team_uuid = team_uuid
        self.root_path = org.unit(team.org_unit_uuid).path
        self.source = self.add_field(self.tr("Who:"), QComboBox())
        for key, text in (("member", self.tr("In-service party member")), ("resident", self.tr("Resident")),
                          ("name", self.tr("Someone not in the roster"))):
            self.source.addItem(text, key)
        self.member = self.add_field(self.tr("Party member:"), QComboBox(), "member")
        for member in members.members(self.root_path):
            self.member.addItem(member.name, member.uuid)
        self.picker = ResidentPicker(self, self.root_path, self.tr("Name, phone or ID in the roster"))
        self.find = self.picker.find
        self.finder = self.add_field(self.tr("Find resident:"), self.picker.row)
        self.resident = self.add_field(self.tr("Resident:"), self.picker.combo, "resident")
        self.name = self.add_field(self.tr("Name:"), QLineEdit(), "name")
        self.phone = self.add_field(self.tr("Phone:"), QLineEdit(), "phone")
        limit_fields(self, TeamMemberInput)
        self.joined_on = self.add_field(self.tr("Joined on:"), date_edit(), "joined_on")
        self.note = self.add_field("", QLabel())
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self._source_changed()

    def choose_source(self, key: str) -> None:
        self.source.setCurrentIndex(self.source.findData(key))

    def _source_changed(self) -> None:
        key = self.source.currentData()
        self.member.setEnabled(key == "member")
        for widget in (self.find, self.finder, self.resident):
            widget.setEnabled(key == "resident")
        if key == "member" and not self.member.count():
            self.note.setText(self.tr("No party members are registered here yet: register them on the "
                                      "“In-service members” page first."))
        else:
            self.note.setText(self.tr("The name and phone of a party member or resident come from their record; "
                                      "type them only for someone else."))

    def find_resident(self) -> None:
        self.picker.search()

    def save(self) -> str:
        key = self.source.currentData()
        data = TeamMemberInput(member_uuid=self.member.currentData() if key == "member" else None,
                               resident_uuid=self.resident.currentData() if key == "resident" else None,
                               name=self.name.text(), phone=self.phone.text(),
                               joined_on=self.joined_on.date().toPython())
        return team_members.join(self.team_uuid, data).uuid
