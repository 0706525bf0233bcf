"""Draw the GridDesk emblem and save it as resources/icons/griddesk.ico and .png.

    python build/make_icon.py

A rounded blue tile with a 3x3 white grid and one highlighted cell: the grid a
street office manages. Drawn with QPainter (no image editor needed) and written
as a multi-size .ico (16-256 px, PNG entries) and a 256 px PNG. The outputs are
committed; run this again only when the emblem changes.
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (256, 64, 48, 32, 24, 16)
PNG_SIZE = 256
BLUE = QColor("#1f5fa8")
ACCENT = QColor("#f2a900")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.04
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawRoundedRect(tile, size * 0.18, size * 0.18)
    inner = tile.adjusted(size * 0.17, size * 0.17, -size * 0.17, -size * 0.17)
    cell = inner.width() / 3
    p.setBrush(ACCENT)
    p.drawRect(QRectF(inner.left() + cell, inner.top() + cell, cell, cell))
    pen = QPen(Qt.GlobalColor.white, max(1.0, size * 0.045))
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(inner)
    for i in (1, 2):
        x = inner.left() + i * cell
        y = inner.top() + i * cell
        p.drawLine(int(round(x)), int(round(inner.top())), int(round(x)), int(round(inner.bottom())))
        p.drawLine(int(round(inner.left())), int(round(y)), int(round(inner.right())), int(round(y)))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def write_ico(path: Path) -> None:
    """One .ico holding every size, each entry a PNG (Windows Vista and later read these).

    Qt's ICO writer stores one image per file, so the container is written here:
    ICONDIR, one ICONDIRENTRY per size, then the PNG payloads.
    """
    payloads = [(size, png_bytes(draw(size))) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(payloads))
    offset = len(header) + 16 * len(payloads)
    entries, blobs = b"", b""
    for size, data in payloads:
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + entries + blobs)


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    write_ico(ICONS / "griddesk.ico")
    draw(PNG_SIZE).save(str(ICONS / "griddesk.png"))
    print(f"make_icon: wrote {ICONS / 'griddesk.ico'} and griddesk.png")


if __name__ == "__main__":
    main()
