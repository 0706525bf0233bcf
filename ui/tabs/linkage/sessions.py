"""The decisions page of the 联动 tab: every decision of this site's joint
conference or federation with its session, responsible member, deadline and
result; sessions and decisions are recorded here and followed up until done."""

import datetime as dt

from app.linkage import conference
from app.mediation.lists import Filter
from ui.kit.table_model import Column
from ui.tabs.mediation.pages import RowsPage


class LinkageDecisionsPage(RowsPage):
    def __init__(self, tab):
        columns = [Column(self.tr("Session"), lambda d: d.session.held_on), Column(self.tr("Decision"), lambda d: d.subject),
                   Column(self.tr("Responsible"), lambda d: d.member.name if d.member_uuid else ""),
                   Column(self.tr("Deadline"), lambda d: d.due_on), Column(self.tr("Done"), lambda d: d.done_on),
                   Column(self.tr("Result"), lambda d: d.result)]
        super().__init__(tab, columns, (90, 240, 160, 90, 90),
                         lambda d: ("warn", self.tr("Past its deadline")) if _late(d) else None)
        actions = tab.actions
        self.write_button(self.tr("New session…"), actions.new_session)
        self.write_button(self.tr("New decision…"), actions.new_decision)
        self.write_button(self.tr("Done…"), lambda: actions.decision_done(self.current()))
        self.finish(self.tr("Decisions"))

    def refresh(self, f: Filter) -> None:
        self._filter = f
        self.load(lambda: [d for s in conference.sessions() for d in conference.decisions(s.uuid)], self._show)

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.info.setText(self.tr("%1 decisions").replace("%1", str(self.model.rowCount())))


def _late(decision) -> bool:
    return decision.done_on is None and decision.due_on < dt.date.today()
