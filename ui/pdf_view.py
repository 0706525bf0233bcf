"""The rendered pages of a PDF in the window (QtPdf: every page, fit to the width),
with a line above them (what it is, its number and font, "共 N 页") — or, instead
of the pages, a message (nothing chosen yet, or why there is nothing to show) —
and printing those pages through QPrinter at the printer's resolution."""

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

MAX_PRINT_DPI = 600  # finer than a page of text needs; a 1200 dpi printer gets 600 dpi bands scaled up
BAND_PIXELS = 8_000_000  # about 32 MB of image per band


class NoticePreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.pdf = b""
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5f6368;")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.busy)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Choose a kind of notice and its parameters, then press Preview."))

    def show_pdf(self, pdf: bytes, title: str, detail: str) -> int:
        """Show the pages; returns their count (0 and a message if the bytes are not a PDF)."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            self.show_message(self.tr("This file cannot be shown: it is not a readable PDF."), error=True)
            return 0
        self.pdf = pdf
        count = self.document.pageCount()
        self.title.setText(title)
        self.detail.setText(detail + ("　" if detail else "") + self.tr("%1 pages in all").replace("%1", str(count)))
        self.stack.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(0, self.view.pageNavigator().currentLocation(), 0)
        return count

    def show_message(self, text: str, error: bool = False) -> None:
        """Instead of the pages: a hint, or (red) why there is nothing to show."""
        self.pdf = b""
        self.document.close()
        self.title.setText("")
        self.detail.setText("")
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e; font-size: 14px;" if error else "color: #5f6368;")
        self.stack.setCurrentWidget(self.message)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0

    def showing_pages(self) -> bool:
        return self.stack.currentWidget() is self.view


def printer_for(document: QPdfDocument | None = None) -> QPrinter:
    """A printer set up for the document's paper (A4 without one: notices are A4), whole pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if document is not None and document.pageCount():
        size = document.pagePointSize(0)
        printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait if size.height() >= size.width()
                                   else QPageLayout.Orientation.Landscape)
    printer.setFullPage(True)
    return printer


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system printer dialog (tests replace this function)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document: QPdfDocument, printer: QPrinter, step: Callable[[], None] | None = None) -> int:
    """Paint the chosen pages (all, or the dialog's from–to) onto the printer, each rendered at the
    printer's resolution (at most 600 dpi) in bands; returns the number of pages printed."""
    first, last = 1, document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        first, last = max(1, printer.fromPage()), min(last, printer.toPage() or last)
    if first > last:
        first, last = 1, document.pageCount()
    printer.setFullPage(True)
    res = printer.resolution()
    dpi = min(res, MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            _paint_page(document, number - 1, painter, res, dpi, step)
    finally:
        painter.end()
    return last - first + 1


def _paint_page(document: QPdfDocument, page: int, painter: QPainter, res: int, dpi: int, step) -> None:
    points = document.pagePointSize(page)
    width, height = round(points.width() * dpi / 72), round(points.height() * dpi / 72)
    scale = res / dpi  # device pixels per rendered pixel
    band = max(1, BAND_PIXELS // max(1, width))
    for top in range(0, height, band):
        rows = min(band, height - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, top, width, rows))
        image = document.render(page, QSize(width, rows), options)
        painter.drawImage(QRectF(0, top * scale, width * scale, rows * scale), image)
        if step is not None:
            step()
