"""共建项目 by status (planned -> ongoing -> done, or dropped with the reason), and
志愿服务: the volunteer services of the tab's period with the problems they solved."""

from PySide6.QtWidgets import QComboBox, QLabel

from app.support import projects, services
from ui.tabs.support.models import ProjectsModel, ServicesModel, project_rows, service_rows
from ui.tabs.support.pages import SupportPage


class ProjectsPage(SupportPage):
    def __init__(self, tab):
        super().__init__(tab, ProjectsModel(), (100, 210, 60, 210, 130, 85, 85))
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for key, name in projects.STATUSES.items():
            self.status.addItem(name, key)
        self.status.currentIndexChanged.connect(lambda _i: self.fill())
        self.bar.addWidget(self.status)
        self.write_button(self.tr("New project…"), tab.actions.new_project)
        self.write_button(self.tr("Edit…"), lambda: tab.actions.edit_project(self.current()))
        self.moves = {"start": self.write_button(self.tr("Start"), lambda: tab.actions.start_project(self.current())),
                      "finish": self.write_button(self.tr("Finish…"),
                                                  lambda: tab.actions.finish_project(self.current())),
                      "drop": self.write_button(self.tr("Drop…"), lambda: tab.actions.drop_project(self.current()))}
        self.activated.connect(lambda: tab.actions.edit_project(self.current()))
        self.finish_bar()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.layout().addWidget(self.detail)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())

    def choose_status(self, key: str | None) -> None:
        self.status.setCurrentIndex(self.status.findData(key))

    def reader(self):
        root, status = self._filter.root_path, self.status.currentData()
        return lambda: project_rows(root, status)

    def show(self, rows: list) -> None:
        if self.status.currentData():
            empty = self.tr("No project is “%1”.").replace("%1", projects.STATUSES[self.status.currentData()])
        else:
            empty = self.empty_text(self.tr("No co-building projects here yet."),
                                    self.tr("Click “New project…” to enter one with its parties and goal."))
        self.show_rows(rows, empty)
        counts = {key: sum(1 for r in rows if r.status == key) for key in projects.STATUSES}
        self.info.setText("  ".join(f"{projects.STATUSES[k]} {n}" for k, n in counts.items() if n))
        self._selected()

    def _selected(self) -> None:
        row = self.current()
        moves = projects.allowed_actions(row) if row else set()
        for key, button in self.moves.items():
            button.setEnabled(key in moves)
        if row is None:
            self.detail.setText("")
            return
        text = self.tr("Goal: %1").replace("%1", row.goal)
        if row.outcome:
            label = self.tr("Outcome: %1") if row.status == "done" else self.tr("Why it stopped: %1")
            text += "\n" + label.replace("%1", row.outcome)
        self.detail.setText(text)


class ServicesPage(SupportPage):
    def __init__(self, tab):
        super().__init__(tab, ServicesModel(), (90, 120, 200, 130, 160, 70, 70))
        self.write_button(self.tr("Record a service…"), tab.actions.record_service)
        self.write_button(self.tr("Edit…"), lambda: tab.actions.edit_service(self.current()))
        self.write_button(self.tr("Delete"), lambda: tab.actions.retire_service(self.current()))
        self.activated.connect(lambda: tab.actions.edit_service(self.current()))
        self.finish_bar()

    def reader(self):
        f = self._filter
        return lambda: service_rows(services.services(f.root_path, f.start, f.end), f.root_path)

    def show(self, rows: list) -> None:
        self.show_rows(rows, self.empty_text(
            self.tr("No volunteer services in this period."),
            self.tr("Click “Record a service…” after each outing, with the problems it solved.")))
        text = self.tr("%1 services, %2 volunteers, %3 problems solved").replace("%1", str(len(rows)))
        text = text.replace("%2", str(sum(r.volunteers for r in rows)))
        text = text.replace("%3", str(sum(r.problems_solved for r in rows)))
        if len(rows) >= services.NEWEST:
            text += self.tr(" (the newest 500; choose a shorter period)")
        self.info.setText(text)
