"""Excel on the grid-management tab: the blank template, importing a roster
(checked on the runner with progress, then the report, then only the valid
rows) and exporting any table. File names are asked through ui.ask."""

from pathlib import Path

from PySide6.QtCore import QObject

from app import org
from app.errors import EXPECTED, user_message
from app.excel import write_table
from ui import ask
from ui.hub import Changes
from ui.kit.progress import Outcome, run_with_progress
from ui.tabs.grid.roster_report import VALID, ImportReportDialog


def _roster():
    """app.grid.roster (openpyxl), imported when a roster is first imported or exported."""
    import app.grid.roster.export
    import app.grid.roster.importer
    import app.grid.roster.template

    return app.grid.roster


def rejected_name(source: Path) -> Path:
    return source.with_name(f"{source.stem}-待修改.xlsx")


class GridExcel(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def _bar(self):
        return self.tab.message_bar

    def _unit(self) -> org.OrgUnit | None:
        uuid = self.tab.selected_uuid()
        return org.unit(uuid)

    def _work(self, job, label: str) -> Outcome:
        """Run on the runner with a progress dialog (or here, without a runner)."""
        if self.tab.runner is None:
            try:
                return Outcome("done", job(lambda *a: None, lambda: False))
            except BaseException as exc:  # noqa: BLE001 - shown below like a runner failure
                return Outcome("failed", error=exc)
        return run_with_progress(self.tab.runner, job, title=self.tr("Excel"), label=label, parent=self.tab,
                                 name="excel")

    def _failed(self, outcome: Outcome) -> bool:
        if outcome.status == "done":
            return False
        if outcome.status == "failed" and not isinstance(outcome.error, EXPECTED):
            raise outcome.error
        text = user_message(outcome.error) if outcome.error else self.tr("Cancelled.")
        self._bar().show_message(text, error=True)
        return True

    def download_template(self, kind: str = "residents") -> Path | None:
        name = "居民名单模板.xlsx" if kind == "residents" else "楼栋名单模板.xlsx"
        path = ask.save_path(self.tab, self.tr("Save the blank roster"), name)
        if not path:
            return None
        try:
            written = _roster().template.write_template(path, kind)
        except EXPECTED as exc:
            self._bar().show_message(user_message(exc), error=True)
            return None
        self._bar().show_message(self.tr("Template saved: %1").replace("%1", str(written)))
        return written

    def import_roster(self) -> object | None:
        unit = self._unit()
        if not self.tab.actions.may_write():
            return None
        if unit is None or unit.level < 2:
            self._bar().show_message(self.tr("Please select a community, zone or grid first."), error=True)
            return None
        source = ask.open_path(self.tab, self.tr("Import a roster into %1").replace("%1", unit.name))
        if not source:
            return None
        source = Path(source)
        outcome = self._work(lambda progress, cancelled: _roster().importer.plan_import(source, unit, progress=progress),
                             self.tr("Checking the roster…"))
        if self._failed(outcome):
            return None
        plan = outcome.value
        if ImportReportDialog.ask(plan, source.name, self.tab) != VALID:
            self._bar().show_message(self.tr("Nothing was imported."))
            return None
        rejected_path = None
        if plan.rejected:
            rejected_path = ask.save_path(self.tab, self.tr("Save the rows to fix"), str(rejected_name(source)))
        outcome = self._work(lambda progress, cancelled: _roster().importer.apply(plan, rejected_path),
                             self.tr("Importing…"))
        if self._failed(outcome):
            return None
        result = outcome.value
        self.tab.hub.did_change(Changes(roster=True))
        text = self.tr("%1 rows imported.").replace("%1", str(result.imported))
        if result.rejected_file:
            text += " " + self.tr("Rows to fix: %1").replace("%1", str(result.rejected_file))
        self._bar().show_message(text)
        return result

    def export(self, page_key: str, headers: list[str] | None = None, rows: list | None = None,
               title: str = "") -> Path | None:
        """Residents and buildings of the selected unit through app.grid.roster.export
        (full numbers only for can("personal")); other tables as shown."""
        unit = self._unit()
        if unit is None:
            return None
        path = ask.save_path(self.tab, self.tr("Export to Excel"), f"{unit.name}-{title}.xlsx")
        if not path:
            return None
        if page_key == "residents":
            job = lambda progress, cancelled: _roster().export.export_residents(unit, path)  # noqa: E731
        elif page_key == "buildings":
            job = lambda progress, cancelled: _roster().export.export_buildings(unit, path)  # noqa: E731
        else:
            job = lambda progress, cancelled: write_table(path, title, headers, rows)  # noqa: E731
        outcome = self._work(job, self.tr("Writing the workbook…"))
        if self._failed(outcome):
            return None
        self._bar().show_message(self.tr("%1 rows exported to %2").replace("%1", str(outcome.value))
                                 .replace("%2", str(path)))
        return Path(path)
