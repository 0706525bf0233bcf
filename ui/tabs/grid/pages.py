"""The tables on the right of the grid-management tab: columns, flags and buttons.
Each page is filled for the selected unit's subtree by `fill(path)`."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QMenu, QToolButton

from app.grid import coverage, lists
from ui.kit.page import TablePage
from ui.kit.table_model import Column, TableModel
from ui.lazy_pages import LazyPage
from ui.tabs.grid.groups import GroupsPage
from ui.tabs.grid.residents_page import ResidentsPage


class Pages(QObject):
    """Builds the pages, each when first shown (the tab's `lazy_pages`), and wires their buttons to
    the tab's actions and Excel."""

    buildings, residents, establishments = LazyPage(), LazyPage(), LazyPage()
    roles, groups, coverage = LazyPage(), LazyPage(), LazyPage()  # built when first shown

    def __init__(self, tab, page_size: int | None = None):
        super().__init__(tab)
        self.tab = tab
        self.page_size = page_size or lists.PAGE

    @property
    def lazy_pages(self):
        return self.tab.lazy_pages

    def makers(self) -> dict:
        """The pages' makers by attribute, for `lazy_pages`."""
        tab = self.tab
        return {"buildings": lambda: self._buildings(tab.actions, tab.excel), "residents": self._residents,
                "establishments": lambda: self._establishments(tab.actions, tab.excel),
                "roles": lambda: self._roles(tab.actions, tab.excel), "groups": lambda: GroupsPage(tab),
                "coverage": self._coverage}

    def _residents(self) -> ResidentsPage:
        tab, actions, excel = self.tab, self.tab.actions, self.tab.excel
        r = ResidentsPage(page_size=self.page_size)
        r.button(self.tr("Add resident…"), actions.add_resident)
        r.button(self.tr("Open"), tab.open_current_resident)
        r.button(self.tr("Move to grid…"), lambda: actions.move_resident(r.current()))
        r.button(self.tr("Remove…"), lambda: actions.retire_resident(r.current()))
        self.template_button = self._template_button(excel)
        r.bar.addWidget(self.template_button)
        r.button(self.tr("Import roster…"), excel.import_roster, self.tr("Import residents or buildings from Excel"))
        r.button(self.tr("Export to Excel…"), lambda: excel.export("residents", title="居民名单"))
        r.finish_bar()
        r.activated.connect(tab.open_current_resident)
        return r

    def _coverage(self) -> TablePage:
        page = TablePage(TableModel([
            Column(self.tr("Community"), lambda c: c.community_name),
            Column(self.tr("Buildings"), lambda c: c.buildings, right=True),
            Column(self.tr("With leader"), lambda c: c.with_leader, right=True),
            Column(self.tr("Coverage"), lambda c: f"{c.rate:.0%}", right=True)],
            flag=lambda c: ("warn", self.tr("Below 90%")) if c.buildings and c.rate < 0.9 else None), (160, 80, 80))
        page.button(self.tr("Export to Excel…"), lambda: self.export_table(page, "楼栋长覆盖"))
        page.finish_bar()
        return page

    def _template_button(self, excel) -> QToolButton:
        """下载模板 with both blank rosters: residents and buildings (the import tells them apart by header)."""
        button = QToolButton()
        button.setText(self.tr("Download template"))
        button.setToolTip(self.tr("A blank roster workbook to fill in"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        self.residents_template = menu.addAction(self.tr("Residents roster template"),
                                                 lambda: excel.download_template("residents"))
        self.buildings_template = menu.addAction(self.tr("Buildings roster template"),
                                                 lambda: excel.download_template("buildings"))
        button.setMenu(menu)
        return button

    def yes(self, value: bool) -> str:
        return self.tr("Yes") if value else ""

    def export_table(self, page: TablePage, title: str):
        page.fetch_all()
        headers, rows = page.model.table()
        return self.tab.excel.export("table", headers, rows, title)

    def _buildings(self, actions, excel) -> TablePage:
        page = TablePage(TableModel([
            Column(self.tr("Building"), lambda b: b.name), Column(self.tr("Address"), lambda b: b.address),
            Column(self.tr("Floors"), lambda b: b.floors, right=True), Column(self.tr("Households"), lambda b: b.households, right=True),
            Column(self.tr("Residents"), lambda b: b.residents, right=True),
            Column(self.tr("Building leader"), lambda b: b.leader or self.tr("(none)")),
            Column(self.tr("Civilised"), lambda b: self.yes(b.is_civilized)), Column(self.tr("Model"), lambda b: self.yes(b.is_model)),
            Column(self.tr("Grid"), lambda b: b.grid_name)],
            flag=lambda b: None if b.leader else ("warn", self.tr("No building leader")), page_size=self.page_size),
            (90, 150, 50, 60, 60, 90, 50, 50))
        page.button(self.tr("Add building…"), actions.add_building)
        page.button(self.tr("Edit…"), lambda: actions.edit_building(page.current()))
        page.button(self.tr("Move to grid…"), lambda: actions.move_building(page.current()))
        page.button(self.tr("Retire…"), lambda: actions.retire_building(page.current()))
        page.button(self.tr("Export to Excel…"), lambda: excel.export("buildings", title="楼栋名单"))
        page.finish_bar()
        page.activated.connect(lambda: actions.edit_building(page.current()))
        return page

    def _establishments(self, actions, excel) -> TablePage:
        page = TablePage(TableModel([
            Column(self.tr("Kind"), lambda e: "驻社单位" if e.kind == "unit" else "商业网点"), Column(self.tr("Name"), lambda e: e.name),
            Column(self.tr("Category"), lambda e: e.category), Column(self.tr("Address"), lambda e: e.address),
            Column(self.tr("Contact"), lambda e: e.contact_name), Column(self.tr("Phone"), lambda e: e.phone_masked),
            Column(self.tr("Party org."), lambda e: self.yes(e.has_party_org)), Column(self.tr("Grid"), lambda e: e.grid_name)],
            page_size=self.page_size),
            (70, 160, 80, 150, 70, 100, 60))
        page.button(self.tr("Add…"), actions.add_establishment)
        page.button(self.tr("Edit…"), lambda: actions.edit_establishment(page.current()))
        page.button(self.tr("Remove…"), lambda: actions.retire_establishment(page.current()))
        page.button(self.tr("Export to Excel…"), lambda: self.export_table(page, "驻社单位和商业网点"))
        page.finish_bar()
        page.activated.connect(lambda: actions.edit_establishment(page.current()))
        return page

    def _roles(self, actions, excel) -> TablePage:
        page = TablePage(TableModel([
            Column(self.tr("Person"), lambda r: r.person), Column(self.tr("Role"), lambda r: r.role_name),
            Column(self.tr("Unit"), lambda r: r.unit_name), Column(self.tr("Phone"), lambda r: r.phone_masked),
            Column(self.tr("From"), lambda r: r.start_date), Column(self.tr("Until"), lambda r: r.end_date or self.tr("in office"))],
            flag=lambda r: None if r.active else ("muted", self.tr("Ended; kept in the history")),
            page_size=self.page_size),
            (80, 80, 150, 100, 90))
        page.button(self.tr("Assign a role…"), actions.assign_role)
        page.button(self.tr("End role…"), lambda: actions.end_role(page.current()))
        page.button(self.tr("Export to Excel…"), lambda: self.export_table(page, "人员职务"))
        self.show_ended = QCheckBox(self.tr("Show ended roles"))
        self.show_ended.toggled.connect(lambda _on: self.fill("roles", self.tab.selected_path()))
        page.bar.addWidget(self.show_ended)
        page.finish_bar()
        return page

    def fill(self, key: str, path: str | None) -> None:
        if key == "residents":
            self.residents.set_scope(path)
            return
        if key == "groups":
            self.groups.set_unit(self.tab.selected_uuid() if path else None)
            return
        page = getattr(self, key)
        if not path:
            page.set_rows([])
            return
        if key == "buildings":
            total, missing = lists.building_counts(path)
            page.set_source(lambda after, n: lists.buildings(path, after, n), total,
                            self.tr("%1 buildings, %2 without leader").replace("%1", f"{total:,}").replace(
                                "%2", f"{missing:,}"))
        elif key == "establishments":
            total = lists.establishment_count(path)
            page.set_source(lambda after, n: lists.establishments(path, after, n), total,
                            self.tr("%1 rows").replace("%1", f"{total:,}"))
        elif key == "roles":
            ended = self.show_ended.isChecked()
            total = lists.role_count(path, ended)
            page.set_source(lambda after, n: lists.role_rows(path, ended, after, n), total,
                            self.tr("%1 rows").replace("%1", f"{total:,}"))
        elif key == "coverage":
            page.set_rows(coverage.coverage_by_community(path))
