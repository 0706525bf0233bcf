"""帮办代办 quick log, for a clerk who records dozens a day with the keyboard only.

One entry row that never goes away: date (today) and centre (the chosen
community) rarely change; for whom, service kind, mode and notes do. Enter in
any field records; the row then clears for whom and notes, keeps the rest and
puts the cursor back in "for whom". Service kind and mode are chosen with the
digit keys (1 社保办理 …, 1 代办 …) or the arrows; Alt+letter jumps to a field;
for whom completes residents of the centre's community (Down, Enter) but a
typed name is enough; Esc clears the row. Below: today's running count and the
centre's newest entries, where Del (or 作废…) voids the selected one."""

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app import auth
from app.orders import lists
from app.support import proxy
from ui.kit.widgets import date_edit
from ui.tabs.support.keys import DigitCombo, EntryRow, ResidentCompleter
from ui.tabs.support.models import ProxyModel, proxy_rows
from ui.tabs.support.pages import SupportPage


class ProxyLogPage(SupportPage):
    def __init__(self, tab):
        super().__init__(tab, ProxyModel(), (90, 110, 100, 80, 70))
        self.resident_uuid: str | None = None
        self._paths: dict[str, str] = {}
        self.entry = EntryRow()
        self.entry.setFrameShape(QFrame.Shape.StyledPanel)
        self._today = QDate.currentDate()
        self.day = date_edit(self._today)
        self.day.setMaximumDate(self._today)
        self.centre = QComboBox()  # not mediation_dialogs.combo: importing that module cost the tab ~0.4 s
        self.for_whom = QLineEdit()
        self.for_whom.setPlaceholderText(self.tr("Name (residents of the centre's community are suggested)"))
        self.kind = DigitCombo(proxy.KINDS)
        self.mode = DigitCombo(proxy.MODES)
        self.notes = QLineEdit()
        self.record_button = QPushButton(self.tr("Record (Enter)"))
        self.record_button.clicked.connect(self.entry.submitted.emit)
        grid = QGridLayout(self.entry)
        fields = ((self.tr("&Date:"), self.day), (self.tr("&Centre:"), self.centre),
                  (self.tr("For &whom:"), self.for_whom), (self.tr("&Service:"), self.kind),
                  (self.tr("&Mode:"), self.mode), (self.tr("&Notes:"), self.notes))
        for column, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.record_button, 1, len(fields))
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(5, 2)
        self.counter = QLabel()
        self.counter.setStyleSheet("font-size: 16px; font-weight: bold; color: #1a73e8;")
        keys = QLabel(self.tr("Enter records · Tab next field · digits pick the service and mode · Esc clears · "
                              "Alt+E goes to the list, where Del voids the selected entry"))
        keys.setStyleSheet("color: #5f6368;")
        self.readonly = QLabel(self.tr("Your account can only view the log; recording needs a staff account."))
        layout = self.layout()
        for index, widget in enumerate((self.entry, self.counter, keys, self.readonly)):
            layout.insertWidget(index, widget)
        self.entry.setVisible(auth.can("write"))
        keys.setVisible(auth.can("write"))
        self.readonly.setVisible(not auth.can("write"))
        self.void_button = self.write_button(self.tr("Void…"), lambda: tab.actions.void_proxy(self.current()))
        self.finish_bar()
        recent = QLabel(self.tr("Newest &entries of this centre:"))
        recent.setBuddy(self.view)
        self.bar.insertWidget(0, recent)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        chain = (self.day, self.centre, self.for_whom, self.kind, self.mode, self.notes, self.record_button,
                 self.view, self.void_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.completer = ResidentCompleter(self.for_whom, self.entry)
        self.completer.chosen.connect(self._resident_chosen)
        self.for_whom.textEdited.connect(self._suggest)
        self.entry.submitted.connect(self.submit)
        self.entry.cleared.connect(self.clear)
        self.centre.currentIndexChanged.connect(lambda _i: self.fill())
        self.day.dateChanged.connect(lambda _d: self.show_count())
        self.view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.tab.actions.void_proxy(self.current())
            return True
        return super().eventFilter(watched, event)

    # -- the tab's filter: which centres ----------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.roll_day()
        if self.entry.isVisibleTo(self):
            self.for_whom.setFocus()  # ready to type as soon as the page is shown

    def roll_day(self) -> None:
        """Past midnight with the window left open, "today" moves on (a date the clerk chose stays)."""
        today = QDate.currentDate()
        if today != self._today:
            self.day.setMaximumDate(today)
            if self.day.date() == self._today:
                self.day.setDate(today)
            self._today = today

    def fill(self) -> None:
        self.roll_day()
        self._fill_centres()
        centre = self.centre.currentData()
        found = proxy_rows(centre)
        if centre is None:
            empty = self.tr("Choose a community above: proxy services are logged per service centre.")
        else:
            empty = self.empty_text(self.tr("Nothing logged at this centre yet."),
                                    self.tr("Type in the row above and press Enter."))
        self.show_rows(found, empty, keep=found[0].uuid if found else None)  # the newest entry selected
        self.show_count()

    def _fill_centres(self) -> None:
        keep = self.centre.currentData()
        communities = [u for u in lists.units(self._filter.root_path, 2) if u.level == 2]
        self._paths = {u.uuid: u.path for u in communities}
        self.centre.blockSignals(True)
        self.centre.clear()
        for unit in communities:
            self.centre.addItem(unit.name, unit.uuid)
        self.centre.setCurrentIndex(max(0, self.centre.findData(keep)))
        self.centre.blockSignals(False)
        self.entry.setEnabled(bool(communities))

    def show_count(self) -> None:
        centre, day = self.centre.currentData(), self.day.date().toPython()
        count = proxy.count_on(centre, day) if centre else 0
        text = self.tr("Today: %1 recorded") if day == dt.date.today() else self.tr("%2: %1 recorded")
        self.counter.setText(text.replace("%1", str(count)).replace("%2", str(day)))

    # -- the entry --------------------------------------------------------------
    def submit(self) -> None:
        self.roll_day()
        uuid = self.tab.actions.log_proxy(
            self.centre.currentData(), self.day.date().toPython(), self.kind.currentData(), self.mode.currentData(),
            self.for_whom.text(), self.resident_uuid, self.notes.text())
        if uuid:
            self.clear()

    def clear(self) -> None:
        self.for_whom.clear()
        self.notes.clear()
        self.resident_uuid = None
        self.completer.suggest("", None)
        self.for_whom.setFocus(Qt.FocusReason.OtherFocusReason)

    def _suggest(self, text: str) -> None:
        self.resident_uuid = None
        self.completer.suggest(text, self._paths.get(self.centre.currentData()))

    def _resident_chosen(self, uuid: str) -> None:
        self.resident_uuid = uuid
