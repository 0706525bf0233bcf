"""共建项目 and 志愿服务: create or edit a co-building project (planned, or already
under way), and record or edit a volunteer service with the problems it solved."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from app.support import projects, services, teams, units
from app.support.projects import ProjectInput
from app.support.services import ServiceInput
from ui.kit.form_dialog import FormDialog
from ui.kit.text_limits import limit_fields
from ui.tabs.mediation.dialogs import date_edit, text_box
from ui.tabs.support.dialog_common import org_combo


class ProjectDialog(FormDialog):
    def __init__(self, root_path: str | None, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("New co-building project") if uuid is None else self.tr("Edit project"), parent)
        self.uuid = uuid
        row = projects.get(uuid) if uuid else None
        if uuid:
            self.add_history_button("project", uuid)  # 修改记录
        self.community = self.add_field(self.tr("Community:"), org_combo(root_path, (2,), row and row.community_uuid),
                                        "community")
        self.name = self.add_field(self.tr("Project name:"), QLineEdit(row.name if row else ""), "name")
        self.parties = self.add_field(self.tr("Parties:"), QLineEdit(row.parties if row else ""), "parties")
        self.parties.setPlaceholderText(self.tr("e.g. 东关社区、区住建局、区供电公司"))
        self.goal = self.add_field(self.tr("Goal:"), text_box(60), "goal")
        limit_fields(self, ProjectInput)
        self.goal.setPlainText(row.goal if row else "")
        self.unit = self.add_field(self.tr("Lead unit:"), QComboBox(), "unit")
        self.unit.addItem(self.tr("(none)"), None)
        for unit in units.units(root_path):
            self.unit.addItem(unit.name, unit.uuid)
        if row and row.unit_uuid:
            self.unit.setCurrentIndex(max(0, self.unit.findData(row.unit_uuid)))
        self.under_way = self.add_field("", QCheckBox(self.tr("Already under way")))
        self.under_way.setVisible(row is None)
        self.started_on = self.add_field(self.tr("Started on:"), date_edit(row.started_on if row else None),
                                         "started_on")
        self.started_on.setEnabled(row is not None and row.started_on is not None)
        self.under_way.toggled.connect(self.started_on.setEnabled)

    def save(self) -> str:
        started = self.started_on.date().toPython() if self.started_on.isEnabled() else None
        data = ProjectInput(community_uuid=self.community.currentData(), name=self.name.text(),
                            parties=self.parties.text(), goal=self.goal.toPlainText(),
                            unit_uuid=self.unit.currentData(), started_on=started)
        if self.uuid:
            return projects.update(self.uuid, data).uuid
        return projects.create(data, "ongoing" if self.under_way.isChecked() else "planned").uuid


class VolunteerServiceDialog(FormDialog):
    def __init__(self, root_path: str | None, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Record a volunteer service") if uuid is None else self.tr("Edit volunteer service"),
                         parent)
        self.uuid = uuid
        row = services.get(uuid) if uuid else None
        self.org_unit = self.add_field(self.tr("Where:"), org_combo(root_path, (1, 2, 3, 4), row and row.org_unit_uuid),
                                       "org_unit")
        self.served_on = self.add_field(self.tr("Date:"), date_edit(row.served_on if row else None), "served_on")
        self.title = self.add_field(self.tr("Service:"), QLineEdit(row.title if row else ""), "title")
        self.title.setPlaceholderText(self.tr("e.g. 义务理发进小区"))
        self.team = self.add_field(self.tr("Team:"), QComboBox(), "team")
        self.team.addItem(self.tr("(none)"), None)
        for team in teams.teams(root_path, include_disbanded=row is not None):
            self.team.addItem(f"{team.name}（{teams.KINDS[team.kind]}）", team.uuid)
        self.project = self.add_field(self.tr("Co-building project:"), QComboBox(), "project")
        self.project.addItem(self.tr("(none)"), None)
        for project in projects.projects(root_path):
            if project.status != "dropped":
                self.project.addItem(project.name, project.uuid)
        self.volunteers = self.add_field(self.tr("Volunteers:"), QSpinBox(), "volunteers")
        self.problems = self.add_field(self.tr("Problems solved:"), QSpinBox(), "problems_solved")
        for box in (self.volunteers, self.problems):
            box.setRange(0, 100000)
        self.description = self.add_field(self.tr("What was done:"), text_box(60), "description")
        limit_fields(self, ServiceInput)
        if row is not None:
            self.team.setCurrentIndex(max(0, self.team.findData(row.team_uuid)))
            self.project.setCurrentIndex(max(0, self.project.findData(row.project_uuid)))
            self.volunteers.setValue(row.volunteers)
            self.problems.setValue(row.problems_solved)
            self.description.setPlainText(row.description or "")
        self.served_on.setMaximumDate(QDate.currentDate())

    def save(self) -> str:
        data = ServiceInput(org_unit_uuid=self.org_unit.currentData(), served_on=self.served_on.date().toPython(),
                            title=self.title.text(), team_uuid=self.team.currentData(),
                            project_uuid=self.project.currentData(), volunteers=self.volunteers.value(),
                            problems_solved=self.problems.value(), description=self.description.toPlainText())
        return (services.update(self.uuid, data) if self.uuid else services.record(data)).uuid
