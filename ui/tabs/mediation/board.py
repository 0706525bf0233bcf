"""The case board: the states on the left with their counts (overdue ones too), the
cases of the chosen state in the middle (lazy, overdue first and in red), and on
the right the selected case — parties (masked), mediators, sessions, agreement,
follow-ups — the actions its state allows (only those) and its history."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from app import auth
from app.local_days import utcnow
from app.mediation import agreements, cases, lists
from app.mediation.lists import BOARD_STATES, Filter
from ui.kit.state_board import StateBoard
from ui.kit.table_model import Column, TableModel, local_time
from ui.tabs.linkage.standing import standing_html
from ui.tabs.mediation.actions import CASE_ACTIONS, case_allowed


class CaseBoard(StateBoard):
    def __init__(self, tab, page_size: int = 200, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("Register a case…"))
        self.new_button.clicked.connect(lambda: tab.actions.new_case())
        self.new_button.setEnabled(auth.can("write"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All dispute types"), None)
        for key, name in cases.DISPUTE_TYPES.items():
            self.kind.addItem(name, key)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh(self._filter))
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self.export)
        for widget in (self.new_button, self.kind):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(export)
        self.make_states({key: cases.STATES[key] for key in BOARD_STATES}, 160)
        self.make_view(TableModel(self.columns(),
                                  lambda c: ("warn", self.tr("Overdue: open 30 days")) if c.overdue else None,
                                  self, page_size=page_size, local_times=True),
                       (40, 150, 116, 70, 90))
        # a case number holds its community's name (工农路调〔2026〕第015号): never cut, however long
        self.model.modelReset.connect(lambda: self.view.resizeColumnToContents(1))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        texts = (self.tr("Accept"), self.tr("Decline…"), self.tr("Add mediator…"), self.tr("Record session…"),
                 self.tr("Record agreement…"), self.tr("Failed…"), self.tr("End…"), self.tr("Follow-up visit…"),
                 self.tr("Archive"))
        grid = self.make_buttons(list(zip(CASE_ACTIONS, texts, strict=True)), 3,
                                 lambda action: tab.actions.case_action(self.current_uuid(), action))
        self.escalate_button = QPushButton(self.tr("Escalate…"))
        self.escalate_button.clicked.connect(lambda: tab.actions.escalate_case(self.current_uuid()))
        self.decide_button = QPushButton(self.tr("Decide on the escalation…"))
        self.decide_button.clicked.connect(lambda: tab.actions.decide_escalation(self.current_uuid()))
        row = grid.rowCount()
        grid.addWidget(self.escalate_button, row, 0)
        grid.addWidget(self.decide_button, row, 1)
        self.make_history((116, 70, 60))
        self.lay_out(self.detail, grid, [130, 640, 460], stretch=(3, 2), bar=bar)
        self._filter = self._chosen = Filter()
        self.show_case()

    def columns(self) -> list[Column]:
        return [Column("", lambda c: self.tr("Overdue") if c.overdue else ""),
                Column(self.tr("Number"), lambda c: c.number),
                Column(self.tr("Registered"), lambda c: c.registered_at),
                Column(self.tr("Community"), lambda c: c.community),
                Column(self.tr("Dispute type"), lambda c: c.dispute_name),
                Column(self.tr("Parties"), lambda c: c.parties)]

    def filter(self, f: Filter | None = None) -> Filter:
        f = f or self._filter
        return Filter(root_path=f.root_path, kind=self.kind.currentData(), start=f.start, end=f.end)

    def refresh(self, f: Filter) -> None:
        self._filter = self._chosen = chosen = self.filter(f)  # widgets are read here, never on the runner
        self.count_later(lambda: lists.case_state_counts(chosen), self._show_counts)
        self.fill()

    def _show_counts(self, counts: dict) -> None:
        for row in range(self.states.count()):
            item = self.states.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            n, late = counts.get(key, (0, 0))
            text = f"{cases.STATES[key]}（{n:,}）"
            if late:
                text += "\n" + self.tr("%1 overdue").replace("%1", f"{late:,}")
            item.setText(text)
            item.setForeground(Qt.GlobalColor.red if late else Qt.GlobalColor.black)

    def fetch(self, state: str, after: int, n: int) -> list:
        return lists.case_page(self._chosen, state, after, n)

    def select(self, uuid: str) -> None:
        """Show a case: its state's column, then the case in it."""
        self.select_in(cases.get(uuid).state, uuid)

    def show_current(self) -> None:
        uuid = self.current_uuid()
        offered = case_allowed(uuid) if uuid and auth.can("write") else set()
        for action, button in self.buttons.items():
            button.setEnabled(action in offered)
        self.escalate_button.setEnabled(bool(uuid) and auth.can("write"))
        self.decide_button.setEnabled(bool(uuid) and auth.can("write"))
        self.new_button.setEnabled(auth.can("write"))
        self.detail.setHtml(self.describe(uuid) if uuid else self.tr("No case selected."))
        self.show_history([(local_time(e.at), cases.ACTIONS.get(e.action, e.action), e.by or "", e.note or "")
                           for e in (cases.history(uuid) if uuid else [])])

    show_case = show_current

    def describe(self, uuid: str) -> str:
        c = cases.get(uuid)
        overdue, parties_label, mediators_label = self.tr("Overdue"), self.tr("Parties"), self.tr("Mediators")
        session_label, agreement_label, visit_label = self.tr("Session"), self.tr("Agreement"), self.tr("Follow-up")
        late = c.state in cases.OPEN_STATES and c.due_at < utcnow()
        out = [f"<b>{escape(c.number)}</b>　{cases.STATES[c.state]}"
               + (f"　<span style='color:#b3261e'>{overdue}</span>" if late else ""),
               f"{cases.DISPUTE_TYPES[c.dispute_type]}　{cases.SOURCES[c.source]}　{escape(c.place)}　"
               + self.tr("due %1").replace("%1", local_time(c.due_at)),
               escape(c.facts)]
        if c.decline_reason or c.conclusion:
            out.append(self.tr("Reason: %1").replace("%1", escape(c.decline_reason or c.conclusion)))
        out.append(f"<b>{parties_label}</b>")
        out += [f"{p['side']}：{escape(p['name'])}　{p['id_number']}　{p['phone']}" for p in cases.party_rows(uuid)]
        mediators = "、".join(f"{escape(n)}（{r}）" for n, r in lists.mediators(uuid)) or self.tr("none yet")
        out.append(f"<b>{mediators_label}</b>：{mediators}")
        for s in cases.sessions(uuid):
            out.append(f"<b>{session_label}</b> {local_time(s.held_at)}　{escape(s.attendees)}：{escape(s.notes)}")
        agreement = agreements.of(uuid)
        if agreement:
            by = self.tr(", by %1").replace("%1", str(agreement.perform_by)) if agreement.perform_by else ""
            out.append(f"<b>{agreement_label}</b>（{agreements.FORMS[agreement.form]}，{agreement.signed_on}）："
                       f"{escape(agreement.content)}；{escape(agreement.performance)}{by}")
        kept, broken = self.tr("kept"), self.tr("not kept")
        for v in agreements.follow_ups(uuid):
            out.append(f"<b>{visit_label}</b> {v.visited_on}：{kept if v.kept else broken}　{escape(v.notes or '')}")
        return "<br>".join(out + [standing_html(uuid)])

    def export(self) -> int | None:
        columns = [Column(self.tr("State"), lambda c: c.state_name),
                   Column(self.tr("Overdue"), lambda c: "✓" if c.overdue else ""), *self.columns()[1:],
                   Column(self.tr("Source"), lambda c: c.source_name)]
        f = self.filter()
        return self.tab.actions.export(
            self.tr("Mediation cases"), [c.header for c in columns],
            lambda: [[local_time(v) if hasattr(v, "hour") else v for v in (col.get(r) for col in columns)]
                     for r in lists.all_cases(f)])
