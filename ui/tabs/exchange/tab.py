"""数据交换: this site's fingerprint, export to a site (or a recovery bundle at
the district), import a bundle, and the pages 导入 / 历史 / 冲突 / 站点. Every
write broadcasts Changes(exchange=True) (plus the data flags after an import);
pages read nothing until shown."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.errors import EXPECTED, user_message
from app.exchange import views
from app.session import local_site
from ui import ask, labels
from ui import settings as opts
from ui.hub import Changes, Hub
from ui.lazy_pages import LazyPage, lazy_pages
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.exchange.incoming import ImportPage, fingerprint_label
from ui.tabs.exchange.pages import ConflictsPage, HistoryPage, SitesPage

STALE_DAYS = opts.Option("exchange/stale_days", views.DEFAULT_STALE_DAYS)
PAGE_KEYS = ("import", "history", "conflicts", "sites")


class ExchangeTab(QWidget):
    import_page, history, conflicts, sites = LazyPage(), LazyPage(), LazyPage(), LazyPage()  # built when first shown

    def __init__(self, hub: Hub, settings: opts.Settings, runner: Runner | None, db_path=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.settings, self.runner, self.db_path = hub, settings, runner, db_path
        self.site = local_site()
        self.message_bar = MessageBar()
        sites = self.tr("Sites") if self.site.level == "district" else self.tr("Peers")
        self.pages = lazy_pages(self, (("import_page", self.tr("Import"), lambda: ImportPage(self)),
                                       ("history", self.tr("History"), lambda: HistoryPage(self)),
                                       ("conflicts", self.tr("Conflicts"), lambda: ConflictsPage(self)),
                                       ("sites", sites, lambda: SitesPage(self, settings.get(STALE_DAYS)))))
        self.pages.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._header())
        layout.addLayout(self._actions())
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self._stale = set(PAGE_KEYS) - {"import"}
        hub.changed.connect(self.on_changed)

    def _header(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("fingerprintBox")
        frame.setStyleSheet("#fingerprintBox { background: #f1f3f4; border-radius: 4px; }")
        me = QLabel(self.tr("This site: <b>%1</b> (%2)").replace("%1", self.site.name)
                    .replace("%2", labels.site_level(self.site.level)))
        self.fingerprint = fingerprint_label()
        self.fingerprint.setToolTip(self.tr("Read this to another office when you compare keys."))
        box = QHBoxLayout(frame)
        box.addWidget(me)
        box.addSpacing(24)
        box.addWidget(QLabel(self.tr("Key fingerprint:")))
        box.addWidget(self.fingerprint)
        box.addStretch(1)
        return frame

    def _actions(self) -> QHBoxLayout:
        self.peer = QComboBox()
        self.peer.setMinimumWidth(220)
        self.recovery = QCheckBox(self.tr("Recovery bundle (everything, for a rebuilt PC)"))
        self.recovery.setVisible(self.site.level == "district")
        self.export_button = QPushButton(self.tr("Export a bundle…"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import a bundle…"))
        self.import_button.clicked.connect(self.start_import)
        writer = auth.can("write")
        self.export_button.setEnabled(writer)
        self.import_button.setEnabled(writer)
        if not writer:
            tip = self.tr("A read-only account cannot export or import.")
            self.export_button.setToolTip(tip)
            self.import_button.setToolTip(tip)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Send to:")))
        bar.addWidget(self.peer)
        bar.addWidget(self.recovery)
        bar.addWidget(self.export_button)
        bar.addSpacing(24)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        return bar

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.fingerprint.text():
            self._fill_peers()
            self.fingerprint.setText(views.my_fingerprint())
        self._refresh_current()

    # -- export / import ------------------------------------------------------
    def _fill_peers(self) -> None:
        keep = self.peer.currentData()
        self.peer.clear()
        for peer in views.export_peers():
            self.peer.addItem(f"{peer.name}（{labels.site_level(peer.level)}）", (peer.uuid, peer.name))
        if keep:
            self.peer.setCurrentIndex(max(0, self.peer.findData(keep)))
        self.export_button.setEnabled(auth.can("write") and self.peer.count() > 0)

    def export(self):
        from ui.tabs.exchange.export import ExportDialog

        if self.peer.currentData() is None:
            self.message_bar.show_message(self.tr("No site to send to yet."), error=True)
            return None
        uuid, name = self.peer.currentData()
        receipt = ExportDialog.ask(uuid, name, self.recovery.isChecked(), self.runner, self)
        if receipt is not None:
            self.changed()
        return receipt

    def start_import(self) -> None:
        self.show_page("import")
        self.import_page.choose()

    def ask_file(self, title: str, file_filter: str) -> str | None:
        return ask.open_file(self, title, file_filter)

    def enrol(self):
        from ui.tabs.exchange.enrol import EnrolDialog

        result = EnrolDialog.ask(parent=self)
        if result is None:
            return None
        site, path = result
        text = self.tr("Enrolled %1. Give the site the file %2 and read this site's fingerprint to its "
                       "operator: %3")
        self.message_bar.show_message(text.replace("%1", site.name).replace("%2", str(path))
                                      .replace("%3", views.my_fingerprint()))
        self.hub.did_change(Changes(exchange=True, site=True))
        return result

    def set_stale_days(self, days: int) -> None:
        self.settings.set(STALE_DAYS, days)

    # -- refresh --------------------------------------------------------------
    def changed(self, data: bool = False) -> None:
        """Broadcast after a write; an import may have changed any data."""
        self.hub.did_change(Changes(exchange=True, org=data, people=data, roster=data, orders=data, mediation=data,
                                    funds=data, support=data))

    def on_changed(self, changes: Changes) -> None:
        if changes.exchange or changes.site:
            self._stale = set(PAGE_KEYS) - {"import"}
            if self.fingerprint.text():
                self._fill_peers()
            self._refresh_current()

    def _refresh_current(self) -> None:
        key = PAGE_KEYS[self.pages.currentIndex()]
        if key in self._stale and self.isVisible():
            self._stale.discard(key)
            try:
                self.pages.currentWidget().refresh()
            except EXPECTED as exc:
                self.message_bar.show_message(user_message(exc), error=True)
        self._title_conflicts()

    def _title_conflicts(self) -> None:
        if not self.isVisible():
            return
        count = len(views.conflicts()) if "conflicts" in self._stale else self.conflicts.table.model.rowCount()
        index = PAGE_KEYS.index("conflicts")
        title = self.tr("Conflicts")
        self.pages.setTabText(index, f"{title} ({count})" if count else title)

    def show_page(self, key: str) -> None:
        self.pages.setCurrentIndex(PAGE_KEYS.index(key))
        self._refresh_current()
