"""The main window: one tab per module, the menus, the status bar."""

import logging
import sys
import threading
import time

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from app import backups
from app.accounts import idle_minutes
from app.audit import record_event
from app.auth import can, current_user, set_current_user
from app.errors import EXPECTED, user_message
from app.session import Session
from ui import settings as opts
from ui.dialogs.about import AboutDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.hub import Changes, Hub
from ui.lazy_tabs import LazyTab, LazyTabs, maker
from ui.lock import IdleLock
from ui.preload import Preload, dialog_modules, folder_modules
from ui.runner import LOW, Runner
from ui.status_bar import StatusBar

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    dashboard_tab, grid_tab, orders_tab = LazyTab(), LazyTab(), LazyTab()
    mediation_tab, funds_tab, support_tab = LazyTab(), LazyTab(), LazyTab()
    linkage_tab, notices_tab, exchange_tab = LazyTab(), LazyTab(), LazyTab()

    def __init__(self, session: Session, runner: Runner, settings: opts.Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.runner, self.settings = session, runner, settings
        self.hub = Hub(self)
        self.setWindowTitle(session.site.name)  # Qt adds " — 网格治理工作台" (the application's display name)
        self.resize(1280, 760)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.lazy_tabs = LazyTabs(self.tabs)  # each tab built when first shown (the start page at once)
        self._add_tabs(self.hub, runner, settings, session)
        self.lazy_tabs.start()
        self.preload = Preload(folder_modules(self.lazy_tabs.modules()) + dialog_modules())  # once shown and idle
        self.setCentralWidget(self.tabs)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._build_menus()
        self._fill_status()
        self.hub.changed.connect(self._on_changed)
        self.signed_out = False
        self.idle_lock = IdleLock(self)
        self.idle_lock.signed_out.connect(self.sign_out)
        self._restored = settings.get(opts.REMEMBER_WINDOW) and self.restoreGeometry(
            settings.get(opts.WINDOW_GEOMETRY))
        if self._restored:
            self.restoreState(settings.get(opts.WINDOW_STATE))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.preload.schedule(self, self.runner)

    def _add_tabs(self, hub: Hub, runner: Runner, settings: opts.Settings, session: Session) -> None:
        add, tabs = self.lazy_tabs.add, "ui.tabs."
        add("dashboard", self.tr("Home"), maker(tabs + "dashboard.tab", "DashboardTab", hub, runner))  # 首页
        add("grid", self.tr("Grid management"), maker(tabs + "grid.tab", "GridTab", hub, settings, runner))
        add("orders", self.tr("Four orders"), maker(tabs + "orders.tab", "OrdersTab", hub, runner))
        add("mediation", self.tr("Mediation and deliberation"),
            maker(tabs + "mediation.tab", "MediationTab", hub, runner))
        add("funds", self.tr("Fund ledgers"), maker(tabs + "funds.tab", "FundsTab", hub, runner))
        add("support", self.tr("Four supports"), maker(tabs + "support.tab", "SupportTab", hub, runner))
        add("linkage", self.tr("Linkage"), maker(tabs + "linkage.tab", "LinkageTab", hub, runner))
        add("notices", self.tr("Notices and reports"), maker(tabs + "notices.tab", "NoticesTab", hub, runner))
        add("exchange", self.tr("Data exchange"),
            maker(tabs + "exchange.tab", "ExchangeTab", hub, settings, runner, session.db_path))

    def show_initial(self) -> None:
        """The remembered geometry, or maximised on a small office screen (1366x768)."""
        screen = self.screen().availableGeometry()
        if not self._restored and (screen.width() < 1500 or screen.height() < 900):
            self.setGeometry(screen)  # also without a window manager
            self.showMaximized()
        else:
            self.show()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now, file_menu)
        self.stick_backup_action = self._action(self.tr("Back up to a &USB stick…"),
                                                self.back_up_to_stick, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("E&xit"), self.close, file_menu, QKeySequence.StandardKey.Quit)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self._action(self.tr("&Preferences…"), self.show_settings, settings_menu)
        settings_menu.addSeparator()
        self._action(self.tr("New request &category…"), self.new_category, settings_menu)
        self._action(self.tr("&Deadline rules…"), self.deadline_rules, settings_menu)
        self._action(self.tr("&Fund standards…"), self.fund_standards, settings_menu)
        settings_menu.addSeparator()
        self.users_action = self._action(self.tr("&Users…"), self.show_users, settings_menu)
        self.users_action.setEnabled(can("admin"))
        self.audit_action = self._action(self.tr("&Audit log…"), self.show_audit, settings_menu)
        self.audit_action.setEnabled(can("approve"))
        self._action(self.tr("Change &password…"), self.change_password, settings_menu)
        self._action(self.tr("&Lock now"), lambda: self.idle_lock.lock(), settings_menu)
        self._action(self.tr("Sign &out"), self.sign_out, settings_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.manual_action = self._action(self.tr("User &manual"), self.show_manual, help_menu,
                                          QKeySequence.StandardKey.HelpContents)  # F1
        help_menu.addSeparator()
        self._action(self.tr("&About GridDesk"), self.show_about, help_menu)

    def _action(self, text: str, slot, menu, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_status(self) -> None:
        user = current_user()
        self.status.set_site(self.session.site.name)
        if user is not None:
            self.status.set_user(user.display_name, user.role)
        self.status.set_database(self.session.db_path)
        self.status.set_last_backup(self.session.db_path)

    def _on_changed(self, changes: Changes) -> None:
        if changes.backup:
            self.status.set_last_backup(self.session.db_path)
        if changes.site:
            self.status.set_site(self.session.site.name)

    # backups run on the runner's low-priority worker (its own SQLite connection): never holding the
    # worker the start page's figures and the visible tab need
    def start_daily_backup(self):
        """The day's backup on the low-priority worker, once the start page has its figures: at `1m` the
        copy reads gigabytes, and the figures would wait for the disk (issue 19)."""
        if not self.settings.get(opts.DAILY_BACKUP):
            return None
        db, path, ready = self.session.db, self.session.db_path, self._start_page_ready()

        def job(progress, cancelled):
            if not wait_for(ready, cancelled, START_PAGE_WAIT_S):
                return None  # cancelled: the window is closing
            return backups.daily(db, path)
        return self._run_backup(job, "daily-backup")

    def _start_page_ready(self) -> threading.Event:
        """Set when the start page's figures being computed now are in (at once if none are)."""
        ready, task = threading.Event(), self.dashboard_tab.task
        if task is None or task.status != "running":
            ready.set()
        else:
            task.finished.connect(lambda _value: ready.set())
            task.failed.connect(lambda _error: ready.set())
        return ready

    def backup_now(self):
        db, path = self.session.db, self.session.db_path
        self.status.showMessage(self.tr("Backing up…"))
        return self._run_backup(lambda progress, cancelled: backups.backup(db, path, "manual"), "backup")

    def _run_backup(self, job, name: str):
        task = self.runner.run(job, name, LOW)
        task.finished.connect(self._backup_done)
        task.failed.connect(self._backup_failed)
        return task

    def _backup_done(self, done: backups.BackupResult | None) -> None:
        if done is None:
            return
        record_event("backup", file=done.path.name)
        text = self.tr("Backup written: %1").replace("%1", done.path.name)
        if done.removed:
            text += self.tr("; %1 older backup(s) removed by the retention rules").replace("%1", str(len(done.removed)))
        self.status.showMessage(text, 8000)
        self.hub.did_change(Changes(backup=True))
        if done.warnings:  # not modal: the daily backup runs at start, behind the clerk's work
            self.backup_warning = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backups"), "\n".join(done.warnings),
                                              QMessageBox.StandardButton.Ok, self)
            self.backup_warning.open()

    def _backup_failed(self, error: BaseException) -> None:
        self.status.clearMessage()
        if isinstance(error, EXPECTED):
            QMessageBox.warning(self, self.tr("Backup failed"), user_message(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def back_up_to_stick(self):
        """The age encryption is loaded on first use, not at start."""
        from ui.offsite_backup import back_up_to_stick

        return back_up_to_stick(self)

    def show_settings(self) -> None:
        SettingsDialog.ask(self.settings, self)

    def new_category(self) -> None:
        from ui.tabs.orders.catalogue_dialogs import CategoryDialog
        CategoryDialog.ask(self)

    def deadline_rules(self) -> None:
        from ui.tabs.orders.catalogue_dialogs import DeadlineDialog
        DeadlineDialog.ask(self)

    def fund_standards(self) -> None:
        self.tabs.setCurrentWidget(self.funds_tab)
        self.funds_tab.actions.standards()

    def show_users(self) -> None:
        from ui.dialogs.users_dialog import UsersDialog
        UsersDialog.ask(self)
        self.idle_lock.set_minutes(idle_minutes())

    def show_audit(self) -> None:
        from ui.dialogs.audit_dialog import AuditDialog
        AuditDialog.ask(self.runner, self)

    def change_password(self) -> None:
        from ui.dialogs.password_dialogs import ChangePasswordDialog
        if ChangePasswordDialog.ask(parent=self):
            self.status.showMessage(self.tr("Password changed."), 8000)

    def sign_out(self) -> None:
        """Back to the sign-in dialog (ui/app.py): open dialogs are closed, the user is forgotten."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        record_event("sign_out")
        set_current_user(None)
        self.signed_out = True
        self.idle_lock.stop()
        self.close()

    def show_manual(self):
        """The manual at the chapter of the tab on show (its headings are the tabs' names)."""
        from ui.dialogs.manual import ManualWindow
        self.manual = ManualWindow.show_manual(self, self.tabs.tabText(self.tabs.currentIndex()))
        return self.manual

    def show_about(self) -> None:
        AboutDialog.ask(self.session.db_path, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings.get(opts.REMEMBER_WINDOW):
            self.settings.set(opts.WINDOW_GEOMETRY, self.saveGeometry())
            self.settings.set(opts.WINDOW_STATE, self.saveState())
            if self.lazy_tabs.built("grid") is not None:  # never built: nothing to remember
                self.grid_tab.save_state()
            self.settings.sync()
        super().closeEvent(event)


START_PAGE_WAIT_S = 30.0  # the backup waits for the start page's figures at most this long


def wait_for(event: threading.Event, cancelled, limit: float) -> bool:
    """Wait until `event` is set or `limit` seconds have passed; False if cancelled meanwhile."""
    deadline = time.monotonic() + limit
    while not event.wait(0.1):
        if cancelled():
            return False
        if time.monotonic() >= deadline:
            break
    return True

