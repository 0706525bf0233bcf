"""What the buttons of the notices tab do. Rendering and issuing run on the runner
(a long notice does not freeze the window; the preview shows a busy bar and the
buttons wait); an expected failure — no Chinese font, a missing record, a bad
period — is shown in Chinese in place of the pages and in the message bar."""

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.errors import EXPECTED, GridDeskError, ValidationError, user_message
from app.files import PDF_IN_USE, write_bytes
from app.notices import periods
from app.notices.kinds import NoticeRequest
from app.notices.records import RegisterRow
from ui import ask, pdf_view
from ui.kit.tab_actions import TabActions

PDF_FILTER = "PDF (*.pdf)"


def _issue():
    """app.notices.issue (reportlab and the fonts), imported when a notice is first made."""
    from app.notices import issue

    return issue


@dataclass
class Shown:
    """What the preview holds: a preview (nothing registered) or a registered notice."""
    pdf: bytes
    number: str
    registered: bool
    name: str  # a file name to offer


class NoticeActions(TabActions):
    def __init__(self, tab):
        super().__init__(tab)
        self.task = None
        self._on_done = None
        self.shown: Shown | None = None

    def busy(self) -> bool:
        return self.task is not None

    # -- the request of the compose page --------------------------------------------
    def request(self) -> NoticeRequest:
        page = self.tab.compose
        kind = page.kind()
        if kind is None:
            raise ValidationError(self.tr("Choose a kind of notice first."))
        unit = self.tab.chosen_unit() if "org" in kind.needs else None
        period = periods.parse(page.period.text()) if "period" in kind.needs else None
        record = page.record.current_uuid() if "id" in kind.needs else None
        if "id" in kind.needs and not record:
            raise ValidationError(self.tr("Choose the record the notice is made from (search the list on the left)."))
        return NoticeRequest(kind.key, org=unit, period=period, record_uuid=record)

    def _file_name(self, request: NoticeRequest) -> str:
        kind = self.tab.compose.kind()
        parts = [kind.label if kind else request.kind]
        if request.org is not None:
            parts.append(request.org.name)
        if request.period is not None:
            parts.append(request.period.key)
        if request.record_uuid:
            parts.append(self.tab.compose.record.current_text() or request.record_uuid[:8])
        return "-".join(p.replace("/", "-").replace("\\", "-") for p in parts) + ".pdf"

    # -- preview, save, print ---------------------------------------------------------
    def preview(self):
        if self.busy():
            return None
        try:
            request = self.request()
        except EXPECTED as exc:
            return self._failed(exc)
        name = self._file_name(request)
        return self._run(lambda progress, cancelled: _issue().preview(request),
                         lambda done: self._show(done, False, name), "notice-preview")

    def _to_issue(self):
        """(the registered notice on show, None) or (None, the request to issue), or None when the
        user may not or the request is wrong (said in the bar)."""
        if self.busy() or not self.may_write():
            return None
        shown = self.shown if self.shown is not None and self.shown.registered else None
        try:
            return shown, None if shown else self.request()
        except EXPECTED as exc:
            self._failed(exc)
            return None

    def save(self):
        chosen = self._to_issue()
        if chosen is None:
            return None
        shown, request = chosen
        name = shown.name if shown else self._file_name(request)
        path = ask.save_file(self.tab, self.tr("Save the notice as PDF"), name, PDF_FILTER)
        if not path:
            return None
        if shown:
            return self._act(lambda: write_pdf(path, shown.pdf), self.tr("Saved %1 to %2.")
                             .replace("%1", shown.number).replace("%2", path), broadcast=False)

        def job(progress, cancelled):
            done = _issue().issue(request)
            write_pdf(path, done.pdf)
            return done

        def saved(done) -> None:
            self._show(done, True, name)
            self._bar().show_message(self.tr("Issued %1 (%2 pages) and saved it to %3.").replace("%1", done.number)
                                     .replace("%2", str(done.pages)).replace("%3", path))
            self.tab.register_changed()
        return self._run(job, saved, "notice-save")

    def print(self):
        chosen = self._to_issue()
        if chosen is None:
            return None
        shown, request = chosen
        preview = self.tab.compose.preview
        printer = pdf_view.printer_for(preview.document if shown else None)
        if not pdf_view.ask_printer(self.tab, printer):
            return None
        if shown:
            return self._print(printer, shown.number)

        def issued(done) -> None:
            self._show(done, True, self._file_name(request))
            self.tab.register_changed()
            self._print(printer, done.number)
        return self._run(lambda progress, cancelled: _issue().issue(request), issued, "notice-print")

    def _print(self, printer, number: str) -> int | None:
        preview = self.tab.compose.preview
        preview.set_busy(True)
        try:
            pages = pdf_view.print_document(preview.document, printer, step=QApplication.processEvents)
        except OSError:
            self._bar().show_message(self.tr("The printer could not be started. Check that it is switched on and "
                                             "chosen correctly, then try again."), error=True)
            return None
        finally:
            preview.set_busy(False)
        self._bar().show_message(self.tr("Printed %1 (%2 pages).").replace("%1", number).replace("%2", str(pages)))
        return pages

    # -- the register -----------------------------------------------------------------
    def reopen(self, row: RegisterRow | None) -> bool:
        """Show a registered notice's stored file in the preview (checked against its SHA-256)."""
        if row is None:
            self._bar().show_message(self.tr("Choose a notice in the register first."), error=True)
            return False
        path = _issue().stored_path(row.sha256)
        if not path.exists():
            self._bar().show_message(self.tr("The file of %1 is not on this computer (it was issued at another site, "
                                             "or the file was moved).").replace("%1", row.number), error=True)
            return False
        pdf = path.read_bytes()
        if hashlib.sha256(pdf).hexdigest() != row.sha256:
            self._bar().show_message(self.tr("The stored file of %1 has been changed since it was issued: it is not "
                                             "shown.").replace("%1", row.number), error=True)
            return False
        self.tab.show_page("compose")
        self._display(pdf, row.number, row.font, self.tr("Issued notice (reopened from the register)"))
        self.shown = Shown(pdf, row.number, True, f"{row.kind_label}-{row.number}.pdf")
        self._bar().show_message(self.tr("Reopened %1: Save as PDF and Print use this file as it was issued.")
                                 .replace("%1", row.number))
        return True

    def verify_file(self):
        """核对文件: is a PDF (a copy sent around, a file re-saved) one this system issued, unchanged?"""
        path = ask.open_file(self.tab, self.tr("Check a file against the register"), PDF_FILTER)
        if not path:
            return None
        page = self.tab.register
        try:
            row = _issue().verify(path)
        except EXPECTED as exc:
            page.show_result(user_message(exc), error=True)
            return None
        except OSError as exc:
            page.show_result(self.tr("The file cannot be read: %1").replace("%1", exc.strerror or str(exc)), error=True)
            return None
        page.show_match(row, Path(path).name)
        return row

    # -- running and showing ----------------------------------------------------------
    def _run(self, job, done, name: str):
        preview = self.tab.compose.preview
        preview.set_busy(True)
        self._enable(False)
        if self.tab.runner is None:
            self.task = "here"
            try:
                value = job(lambda *a: None, lambda: False)
            except EXPECTED as exc:
                return self._failed(exc)
            finally:
                self._idle()
            done(value)
            return value
        self._on_done = done
        task = self.task = self.tab.runner.run(job, name)
        task.failed.connect(self._failed)  # bound methods: nothing arrives after the tab is gone
        task.ended.connect(self._idle)
        task.finished.connect(self._arrived)
        return task

    def _arrived(self, value) -> None:
        done, self._on_done = self._on_done, None
        if done is not None:
            done(value)

    def _idle(self) -> None:
        self.task = None
        self.tab.compose.preview.set_busy(False)
        self._enable(True)

    def _enable(self, on: bool) -> None:
        page = self.tab.compose
        page.preview_button.setEnabled(on)
        page._writer_tips()
        if not on:
            page.save_button.setEnabled(False)
            page.print_button.setEnabled(False)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, (*EXPECTED, OSError)):
            sys.excepthook(type(error), error, error.__traceback__)
            return None
        text = user_message(error) if isinstance(error, GridDeskError) else str(error)
        self.shown = None
        self.tab.compose.preview.show_message(text, error=True)
        self._bar().show_message(text, error=True)
        return None

    def _show(self, done, registered: bool, name: str) -> None:
        title = self.tr("Issued notice (registered)") if registered else self.tr("Preview (not registered yet)")
        self._display(done.pdf, done.number, done.font, title)
        self.shown = Shown(done.pdf, done.number, registered, name)

    def _display(self, pdf: bytes, number: str, font: str, title: str) -> None:
        detail = self.tr("Number: %1　Font: %2").replace("%1", number).replace("%2", font)
        self.tab.compose.preview.show_pdf(pdf, title, detail)

    def forget_shown(self) -> None:
        """The parameters changed: the pages shown are no longer what Save or Print would issue."""
        if self.shown is None:
            return
        self.shown = None
        preview = self.tab.compose.preview
        if preview.showing_pages():
            preview.title.setText(self.tr("Parameters changed: press Preview to render them"))


def write_pdf(path: str, pdf: bytes) -> None:
    """Write the file as .part, then rename it into place (never half a PDF under its name)."""
    write_bytes(path, pdf, in_use=PDF_IN_USE)
