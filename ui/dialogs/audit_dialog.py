"""设置 → 操作日志 (administrators and leaders): who did what, when, to which record, with the
changed fields old → new (masked as the log stores them); newest first, fetched a page at a
time as the list scrolls; filters; export to Excel. `for_record()` opens one record's history."""

import datetime as dt
from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import audit_view
from app.audit_labels import KINDS
from app.audit_view import AuditFilter
from app.errors import EXPECTED, user_message
from app.local_days import utcnow
from ui import ask
from ui.dialogs.audit_model import OpenEndedRowsModel
from ui.dialogs.user_dialogs import scope_combo
from ui.kit.table_model import Column
from ui.kit.widgets import error_label, set_error

PERIOD_DAYS = (None, 1, 7, 30, 365)


def local_time(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def changes_text(row) -> str:
    return "；".join(f"{c.field}：{c.old} → {c.new}" if c.old else f"{c.field}：{c.new}" for c in row.changes)


class AuditDialog(QDialog):
    def __init__(self, record: tuple[str, str] | None = None, runner=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.record, self.runner = record, runner
        self.setWindowTitle(self.tr("Audit log") if record is None else self.tr("Changes to this record"))
        self.resize(1100, 560)
        self.model = OpenEndedRowsModel(self._columns(), page_size=audit_view.PAGE)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(self._bottom())
        self.refresh()

    def _columns(self) -> list[Column]:
        return [Column(self.tr("Time"), lambda r: local_time(r.at)), Column(self.tr("User"), lambda r: r.user),
                Column(self.tr("Action"), lambda r: r.op_name), Column(self.tr("Kind"), lambda r: r.kind),
                Column(self.tr("Record"), lambda r: r.record), Column(self.tr("Changed fields"), changes_text)]

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.user = QComboBox()
        self.user.addItem(self.tr("All users"), "")
        for name in audit_view.users():
            self.user.addItem(name, name)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for table, label in KINDS.items():
            self.kind.addItem(label, table)
        self.org = scope_combo()
        self.period = QComboBox()
        for days, text in zip(PERIOD_DAYS, (self.tr("Any time"), self.tr("Last day"), self.tr("Last 7 days"),
                                            self.tr("Last 30 days"), self.tr("Last year")), strict=True):
            self.period.addItem(text, days)
        for label, combo in ((self.tr("User:"), self.user), (self.tr("Kind:"), self.kind),
                             (self.tr("Unit:"), self.org), (self.tr("Period:"), self.period)):
            row.addWidget(QLabel(label))
            row.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _: self.refresh())
            combo.setEnabled(self.record is None or combo in (self.user, self.period))
        row.addStretch(1)
        return row

    def _bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        row.addWidget(self.export_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    def current_filter(self) -> AuditFilter:
        days = self.period.currentData()
        table, key = self.record or (self.kind.currentData() or None, None)
        return AuditFilter(user=self.user.currentData() or None, table=table, row_key=key,
                           org_path=self._org_path(), start=utcnow() - dt.timedelta(days=days) if days else None)

    def _org_path(self) -> str | None:
        from app import org
        code = self.org.currentData()
        return org.by_code(code).path if code else None

    def refresh(self) -> None:
        set_error(self.error, "")
        try:
            self.model.set_open_source(partial(audit_view.page, self.current_filter()))
        except EXPECTED as exc:
            self.model.set_rows([])
            set_error(self.error, user_message(exc))

    def export(self):
        path = ask.save_path(self, self.tr("Export the audit log"), self.tr("audit log.xlsx"))
        if not path:
            return None
        job, f = audit_view.export, self.current_filter()
        if self.runner is None:
            return job(f, path)
        task = self.runner.run(lambda progress, cancelled: job(f, path), "audit-export")
        task.failed.connect(lambda exc: set_error(self.error, user_message(exc)))
        return task

    @classmethod
    def ask(cls, runner=None, parent: QWidget | None = None) -> None:
        cls(None, runner, parent).exec()

    @classmethod
    def for_record(cls, table: str, uuid: str, parent: QWidget | None = None) -> None:
        """A record's history (修改记录), from its own dialog."""
        cls((table, uuid), None, parent).exec()
