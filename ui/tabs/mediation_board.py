"""The case board: the states on the left with their counts (overdue ones too), the
cases of the chosen state in the middle (lazy, overdue first and in red), and on
the right the selected case — parties (masked), mediators, sessions, agreement,
follow-ups — the actions its state allows (only those) and its history."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.mediation import agreements, cases, lists
from app.mediation.lists import BOARD_STATES, Filter
from db.base import utcnow
from db.models import MediationFollowUp
from ui.models.order_models import Column, PagedModel, local_time
from ui.tabs.mediation_actions import CASE_ACTIONS, case_allowed
from ui.tabs.unit_pages import table_view


class CaseBoard(QWidget):
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
        self.states = QListWidget()
        self.states.setMaximumWidth(160)
        self.states.setSpacing(3)
        for key in BOARD_STATES:
            item = QListWidgetItem(cases.STATES[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.states.addItem(item)
        self.states.setCurrentRow(0)
        self.states.currentRowChanged.connect(lambda _r: self._fill_cases())
        self.model = PagedModel(self.columns(), self, page_size,
                                flag=lambda c: ("warn", self.tr("Overdue: open 30 days")) if c.overdue else None)
        self.view = table_view()
        self.view.setSortingEnabled(False)
        self.view.setModel(self.model)
        for column, width in enumerate((40, 150, 116, 70, 90)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_case())
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        texts = (self.tr("Accept"), self.tr("Decline…"), self.tr("Add mediator…"), self.tr("Record session…"),
                 self.tr("Record agreement…"), self.tr("Failed…"), self.tr("End…"), self.tr("Follow-up visit…"),
                 self.tr("Archive"))
        for i, (action, text) in enumerate(zip(CASE_ACTIONS, texts, strict=True)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, a=action: tab.actions.case_action(self.current_uuid(), a))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[action] = button
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("By"), self.tr("Note")])
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column, width in enumerate((116, 70, 60)):
            self.history.setColumnWidth(column, width)
        side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(4, 0, 0, 0)
        right.addWidget(self.detail, 3)
        right.addLayout(grid)
        right.addWidget(QLabel(self.tr("History")))
        right.addWidget(self.history, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.states, self.view, side):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([130, 640, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._filter = Filter()
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
        self._filter = f
        counts = lists.case_state_counts(self.filter())
        for row in range(self.states.count()):
            item = self.states.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            n, late = counts.get(key, (0, 0))
            text = f"{cases.STATES[key]}（{n:,}）"
            if late:
                text += "\n" + self.tr("%1 overdue").replace("%1", f"{late:,}")
            item.setText(text)
            item.setForeground(Qt.GlobalColor.red if late else Qt.GlobalColor.black)
        self._fill_cases()

    def state(self) -> str:
        return self.states.currentItem().data(Qt.ItemDataRole.UserRole)

    def show_state(self, key: str) -> None:
        self.states.setCurrentRow(BOARD_STATES.index(key))

    def _fill_cases(self) -> None:
        f, state = self.filter(), self.state()
        keep = self.current_uuid()
        self.model.set_source(lambda after, n, _o, _d: lists.case_page(f, state, after or 0, n))
        row = self.model.row_of(keep) if keep else -1
        self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self.show_case()

    def select(self, uuid: str) -> None:
        """Show a case: its state's column, then the case in it."""
        self.show_state(cases.get(uuid).state)
        while self.model.row_of(uuid) < 0 and self.model.canFetchMore():
            self.model.fetchMore()
        self.view.setCurrentIndex(self.model.index(self.model.row_of(uuid), 0))
        self.show_case()

    def current_uuid(self) -> str | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.uuid if row else None

    def show_case(self) -> None:
        uuid = self.current_uuid()
        offered = case_allowed(uuid) if uuid and auth.can("write") else set()
        for action, button in self.buttons.items():
            button.setEnabled(action in offered)
        self.new_button.setEnabled(auth.can("write"))
        self.detail.setHtml(self.describe(uuid) if uuid else self.tr("No case selected."))
        events = cases.history(uuid) if uuid else []
        self.history.setRowCount(len(events))
        for row, e in enumerate(events):
            for column, value in enumerate((local_time(e.at), cases.ACTIONS.get(e.action, e.action), e.by or "",
                                            e.note or "")):
                self.history.setItem(row, column, QTableWidgetItem(value))

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
        for v in MediationFollowUp.live().where(MediationFollowUp.case == uuid).order_by(MediationFollowUp.visited_on):
            out.append(f"<b>{visit_label}</b> {v.visited_on}：{kept if v.kept else broken}　{escape(v.notes or '')}")
        return "<br>".join(out)

    def export(self) -> int | None:
        columns = [Column(self.tr("State"), lambda c: c.state_name),
                   Column(self.tr("Overdue"), lambda c: "✓" if c.overdue else ""), *self.columns()[1:],
                   Column(self.tr("Source"), lambda c: c.source_name)]
        f = self.filter()
        return self.tab.actions.export(
            self.tr("Mediation cases"), [c.header for c in columns],
            lambda: [[local_time(v) if hasattr(v, "hour") else v for v in (col.get(r) for col in columns)]
                     for r in lists.all_cases(f)])
