"""The first thing on screen: a splash with the application's name, shown as soon as Qt is up
(before the translations, the database and the window's modules are loaded), hidden while a
dialog asks something (sign-in, first start, a damaged database) and closed when the main
window shows. `shown_ms` (milliseconds from process start) is what --smoke prints as
splash_ms for tests/bench/bench_splash.py.

The picture is a PNG made beforehand (`python -m ui.splash` writes resources/icons/splash.png):
the first text Qt draws loads the fonts, which takes longer than everything else before it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.paths import resources_dir
from app.proctime import ms_since_start

SIZE = (440, 200)
PICTURE = resources_dir() / "icons" / "splash.png"
_splash: "Splash | None" = None
shown_ms: int | None = None


class Splash(QLabel):
    """A frameless picture on top. Not a QSplashScreen: that one waits up to a second for the
    window system to say the window is exposed before it returns from show()."""

    def __init__(self):
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        stored = QPixmap(str(PICTURE))
        self.picture = stored if not stored.isNull() else picture()
        self.setPixmap(self.picture)
        self.setFixedSize(self.picture.size())
        screen = QApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())

    def show_message(self, message: str) -> None:
        shown = QPixmap(self.picture)
        painter = QPainter(shown)
        painter.fillRect(1, 110, SIZE[0] - 2, 40, QColor("#ffffff"))
        painter.setPen(QColor("#5f6368"))
        painter.drawText(shown.rect().adjusted(0, 90, 0, -40), Qt.AlignmentFlag.AlignCenter, message)
        painter.end()
        self.setPixmap(shown)


def show(message: str = "") -> Splash:
    """Show (or show again) the splash, with `message` under the name; painted before returning."""
    global _splash, shown_ms
    if _splash is None:
        _splash = Splash()
    if message:
        _splash.show_message(message)
    _splash.show()
    _splash.repaint()
    QApplication.processEvents()
    if shown_ms is None:
        shown_ms = ms_since_start()
    return _splash


def hide() -> None:
    """Out of the way of a dialog (the splash stays on top of everything)."""
    if _splash is not None:
        _splash.hide()


def finish(window: QWidget) -> None:
    """Close the splash once `window` is up."""
    global _splash
    if _splash is not None:
        _splash.close()
        _splash.deleteLater()
        _splash = None


def picture() -> QPixmap:
    """The splash drawn (the text: 网格治理工作台 and 正在启动…)."""
    picture = QPixmap(*SIZE)
    picture.fill(QColor("#ffffff"))
    painter = QPainter(picture)
    painter.fillRect(0, 0, SIZE[0], 8, QColor("#c00000"))
    font = QFont()
    font.setPointSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202124"))
    painter.drawText(picture.rect().adjusted(0, 0, 0, -50), Qt.AlignmentFlag.AlignCenter, "网格治理工作台")
    font.setPointSize(11)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor("#5f6368"))
    painter.drawText(picture.rect().adjusted(0, 90, 0, -40), Qt.AlignmentFlag.AlignCenter, "正在启动…")
    painter.setPen(QColor("#dadce0"))
    painter.drawRect(0, 0, SIZE[0] - 1, SIZE[1] - 1)
    painter.end()
    return picture


if __name__ == "__main__":  # python -m ui.splash: draw the picture again (after changing picture())
    application = QApplication([])
    picture().save(str(PICTURE))
    print(PICTURE)
